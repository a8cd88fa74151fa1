// Argument parsing with node:util parseArgs: no dependency, strict about unknown flags, and a
// UserError (not a stack trace) for every mistake.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors/user-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${command}: ${(error as Error).message}`, {
      hint: `run \`intercom-as-code ${command} --help\` to see the flags`,
    });
  }
}

export const CONFIG_OPTION = {
  config: { type: 'string', short: 'c', default: 'workspace.yaml' },
} as const;
export const TARGET_OPTIONS = {
  sandbox: { type: 'boolean', default: false },
  'sandbox-state': { type: 'string' },
} as const;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

export function intFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError(`--${name} must be a whole number of at least 1, not "${value}"`);
  }
  return n;
}
