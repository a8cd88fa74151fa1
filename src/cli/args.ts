// Argument parsing with node:util parseArgs: no dependency, strict about unknown flags, and a
// UserError (not a stack trace) for every mistake.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors/user-error.js';
import { closest } from '../config/closest.js';
import type { TargetFlags } from './target.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses argv; when the command takes `-c`, a `.yaml`/`.yml` positional is the config (giving
 * both is refused, so neither silently wins). Other positionals are left for the command.
 */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  const parsed = strictParse(command, argv, options);
  if (!('config' in options)) return { values: parsed.values, positionals: parsed.positionals };
  const given = parsed.tokens.some((t) => t.kind === 'option' && t.name === 'config');
  const values = parsed.values as Record<string, unknown>;
  const positionals = takeConfig(command, values, parsed.positionals, given);
  return { values: parsed.values, positionals };
}

function strictParse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw argumentError(command, error, Object.keys(options));
  }
}

function argumentError(command: string, error: unknown, names: string[]): UserError {
  const help = `run \`intercom-as-code ${command} --help\` to see the flags`;
  const unknown = /^Unknown option '--([^'=]+)'/.exec((error as Error).message)?.[1];
  if (unknown === undefined) {
    return new UserError(`${command}: ${(error as Error).message}`, { hint: help });
  }
  const guess = closest(unknown, names);
  return new UserError(`${command}: unknown flag --${unknown}`, {
    hint: guess === undefined ? help : `did you mean --${guess}? (${help})`,
  });
}

const isYaml = (arg: string): boolean => /\.ya?ml$/i.test(arg);

function takeConfig(
  command: string,
  values: Record<string, unknown>,
  positionals: string[],
  configGiven: boolean,
): string[] {
  const yaml = positionals.filter(isYaml);
  if (yaml.length === 0) return positionals;
  if (yaml.length > 1) {
    throw new UserError(`${command} takes one configuration file, not ${yaml.join(' and ')}`);
  }
  if (configGiven) {
    throw new UserError(
      `${command}: the configuration is given twice, as -c ${String(values.config)} and as ${yaml[0]}`,
      { hint: `give it once: \`intercom-as-code ${command} ${yaml[0]}\` or \`-c ${yaml[0]}\`` },
    );
  }
  values.config = yaml[0];
  return positionals.filter((p) => !isYaml(p));
}

/** For commands whose only positional is the config, which parse() has already taken. */
export function noPositionals(command: string, positionals: string[], hint: string): void {
  const [first] = positionals;
  if (first !== undefined) throw new UserError(`${command} does not take "${first}"`, { hint });
}

export const CONFIG_HINT = 'give the configuration as a .yaml or .yml file, or with -c FILE';

export const CONFIG_OPTION = {
  config: { type: 'string', short: 'c', default: 'workspace.yaml' },
} as const;
export const TARGET_OPTIONS = {
  sandbox: { type: 'boolean', default: false },
  'sandbox-state': { type: 'string' },
  'sandbox-seed': { type: 'string' },
} as const;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;
export const VERBOSE_OPTION = { verbose: { type: 'boolean', default: false } } as const;
/** Names `${NAME}` in the config may read besides INTERCOM_AS_CODE_VAR_*; repeatable. */
export const ALLOW_VAR_OPTION = { 'allow-var': { type: 'string', multiple: true } } as const;

export function targetFlags(values: {
  sandbox?: boolean;
  'sandbox-state'?: string;
  'sandbox-seed'?: string;
}): TargetFlags {
  return {
    sandbox: values.sandbox,
    sandboxState: values['sandbox-state'],
    sandboxSeed: values['sandbox-seed'],
  };
}

export function intFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError(`--${name} must be a whole number of at least 1, not "${value}"`);
  }
  return n;
}
