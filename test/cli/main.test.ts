import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('main', () => {
  it('prints help with every command and exits 0', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['validate', 'plan', 'apply', 'sandbox'])
      expect(io.stdout).toContain(command);
  });

  it('prints usage to stderr and exits 1 when no command is given', async () => {
    const io = memoryIo();
    expect(await main([], io)).toBe(1);
    expect(io.stderr).toContain('Usage: intercom-as-code <command>');
    expect(io.stdout).toBe('');
  });

  it('prints the package version for --version, which the help lists', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const io = memoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout).toBe(`${version}\n`);
    const help = memoryIo();
    await main(['--help'], help);
    expect(help.stdout).toMatch(/-v, --version +print the version/);
  });

  it('prints a command’s help for `help <command>`', async () => {
    const io = memoryIo();
    expect(await main(['help', 'plan'], io)).toBe(0);
    expect(io.stdout).toContain('Usage: intercom-as-code plan');
  });

  it('suggests the closest command or top-level flag for a typo', async () => {
    const io = memoryIo();
    expect(await main(['plna'], io)).toBe(1);
    expect(io.stderr).toContain('did you mean `intercom-as-code plan`?');
    const flag = memoryIo();
    expect(await main(['--verison'], flag)).toBe(1);
    expect(flag.stderr).toMatch(
      /unknown flag "--verison"[\s\S]*did you mean `intercom-as-code --version`/,
    );
  });

  it('rejects an unknown command with exit 1 and a hint', async () => {
    const io = memoryIo();
    expect(await main(['deploy'], io)).toBe(1);
    expect(io.stderr).toMatch(/unknown command "deploy"[\s\S]*hint/);
  });

  it('rejects an unknown flag as a user error, not a bug', async () => {
    const io = memoryIo();
    expect(await main(['plan', '--frobnicate'], io)).toBe(1);
    expect(io.stderr).toContain('--frobnicate');
    expect(io.stderr).not.toContain('bug');
  });

  it('suggests the flag a typo was meant to be', async () => {
    const io = memoryIo();
    expect(await main(['drift', '--sandbx'], io)).toBe(1);
    expect(io.stderr).toContain('did you mean --sandbox?');
  });

  it('refuses apply without a terminal and without --auto-approve, before reading anything', async () => {
    const io = memoryIo({ env: { INTERCOM_TOKEN: 'secret-token' } });
    expect(await main(['apply', '-c', 'does-not-exist.yaml'], io)).toBe(1);
    expect(io.stderr).toMatch(/no terminal to ask on[\s\S]*--auto-approve/);
  });

  it('asks for a token unless --sandbox is given', async () => {
    const io = memoryIo();
    expect(await main(['plan', '-c', 'examples/workspace.yaml'], io)).toBe(1);
    expect(io.stderr).toMatch(/INTERCOM_TOKEN is not set[\s\S]*--sandbox/);
  });

  it('rejects a bad --concurrency', async () => {
    const io = memoryIo();
    expect(await main(['apply', '--auto-approve', '--concurrency', '0'], io)).toBe(1);
    expect(io.stderr).toContain('--concurrency must be a whole number');
  });
});

describe('validate', () => {
  it('takes the config given alone, and refuses another kind of argument or the config twice', async () => {
    const io = memoryIo();
    expect(await main(['validate', 'examples/workspace.yaml'], io)).toBe(0);
    expect(io.stdout).toMatch(/^examples\/workspace\.yaml is valid/);
    const other = memoryIo();
    expect(await main(['validate', 'examples/sandbox-seed.json'], other)).toBe(1);
    expect(other.stderr).toMatch(
      /does not take "examples\/sandbox-seed\.json"[\s\S]*\.yaml or \.yml/,
    );
    const twice = memoryIo();
    expect(await main(['plan', '-c', 'a.yaml', 'examples/workspace.yaml'], twice)).toBe(1);
    expect(twice.stderr).toContain('given twice');
  });

  it('accepts the example with its warnings and exits 0', async () => {
    const io = memoryIo();
    expect(await main(['validate', '-c', 'examples/workspace.yaml'], io)).toBe(0);
    expect(io.stdout).toContain(
      'examples/workspace.yaml is valid: 4 tags, 5 collections, 7 articles, 3 companies, 2 admins.',
    );
    expect(io.stderr).toMatch(/welcome\.md:11:1: warning: .*h3/);
  });
});
