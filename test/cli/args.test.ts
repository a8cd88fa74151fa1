// The argument papercuts: a config given alone, a config given twice, and a typo in a flag.
import { describe, expect, it } from 'vitest';
import {
  CONFIG_OPTION,
  HELP_OPTION,
  TARGET_OPTIONS,
  noPositionals,
  parse,
  targetFlags,
} from '../../src/cli/args.js';
import { UserError } from '../../src/errors/user-error.js';

const OPTIONS = { ...CONFIG_OPTION, ...TARGET_OPTIONS, ...HELP_OPTION };
const failure = (run: () => unknown): UserError => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
};

describe('parse', () => {
  it('takes a .yaml or .yml positional as the config when -c is not given', () => {
    expect(parse('plan', ['ws.yaml'], OPTIONS)).toMatchObject({
      values: { config: 'ws.yaml' },
      positionals: [],
    });
    expect(parse('plan', ['--sandbox', 'dir/WS.YML'], OPTIONS).values.config).toBe('dir/WS.YML');
    expect(parse('plan', [], OPTIONS).values.config).toBe('workspace.yaml');
  });

  it('leaves other positionals to the command, so apply keeps its saved plan file', () => {
    expect(parse('apply', ['plan.json'], OPTIONS)).toMatchObject({
      values: { config: 'workspace.yaml' },
      positionals: ['plan.json'],
    });
    expect(parse('apply', ['ws.yaml', 'plan.json'], OPTIONS)).toMatchObject({
      values: { config: 'ws.yaml' },
      positionals: ['plan.json'],
    });
  });

  it('refuses a config given both with -c and alone, naming both', () => {
    for (const argv of [
      ['-c', 'a.yaml', 'b.yaml'],
      ['b.yaml', '--config=a.yaml'],
    ]) {
      const error = failure(() => parse('validate', argv, OPTIONS));
      expect(error.message).toContain('given twice');
      expect(error.message).toContain('a.yaml');
      expect(error.message).toContain('b.yaml');
    }
    expect(failure(() => parse('plan', ['a.yaml', 'b.yml'], OPTIONS)).message).toBe(
      'plan takes one configuration file, not a.yaml and b.yml',
    );
  });

  it('leaves a .yaml positional alone for a command without -c', () => {
    expect(parse('export', ['ws.yaml'], { ...TARGET_OPTIONS }).positionals).toEqual(['ws.yaml']);
  });

  it('suggests the closest flag for a typo, and only the help when nothing is close', () => {
    const typo = failure(() => parse('plan', ['--sandbx'], OPTIONS));
    expect(typo.message).toBe('plan: unknown flag --sandbx');
    expect(typo.hint).toMatch(/^did you mean --sandbox\? /);
    expect(failure(() => parse('plan', ['--sandbox-stat=x'], OPTIONS)).hint).toMatch(
      /did you mean --sandbox-state\?/,
    );
    const far = failure(() => parse('plan', ['--frobnicate'], OPTIONS));
    expect(far.hint).toBe('run `intercom-as-code plan --help` to see the flags');
  });

  it('keeps parseArgs’ own message for other mistakes', () => {
    expect(failure(() => parse('plan', ['--sandbox-state'], OPTIONS)).message).toMatch(
      /^plan: .*--sandbox-state/,
    );
  });
});

describe('noPositionals', () => {
  it('refuses a leftover argument with the hint given', () => {
    expect(() => noPositionals('plan', [], 'h')).not.toThrow();
    const error = failure(() => noPositionals('plan', ['ws.json'], 'give a .yaml'));
    expect(error.message).toBe('plan does not take "ws.json"');
    expect(error.hint).toBe('give a .yaml');
  });
});

describe('targetFlags', () => {
  it('carries every sandbox flag to the target', () => {
    const { values } = parse(
      'plan',
      ['--sandbox-state', 's.json', '--sandbox-seed', 'seed.json'],
      OPTIONS,
    );
    expect(targetFlags(values)).toEqual({
      sandbox: false,
      sandboxState: 's.json',
      sandboxSeed: 'seed.json',
    });
  });
});
