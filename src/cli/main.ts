// The only place that decides exit codes and prints errors. User-actionable errors print their
// message and hint; configuration and plan problems print every problem; anything else is a bug
// and prints its stack so it can be reported.
import { ConfigError } from '../errors/config-error.js';
import { PlanError } from '../errors/plan-error.js';
import { isUserError } from '../errors/user-error.js';
import { closest } from '../config/closest.js';
import { renderProblems } from '../render/problems.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import { colorFor, processIo, type Io } from './io.js';

type Command = (argv: string[], io: Io) => Promise<ExitCode>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  apply: async () => (await import('./commands/apply.js')).applyCommand,
  drift: async () => (await import('./commands/drift.js')).driftCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  sandbox: async () => (await import('./commands/sandbox.js')).sandboxCommand,
};

const TOP_FLAGS = ['--help', '-h', '--version', '-v'];

export async function main(argv: string[], io: Io = processIo()): Promise<ExitCode> {
  const [name, ...rest] = argv;
  // Bare `intercom-as-code` is a mistake in a script, not a request for help: fail, loudly.
  if (name === undefined) {
    io.err(HELP.main);
    return EXIT.error;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0] !== undefined && rest[0] in COMMANDS ? rest[0] : 'main';
    io.out(HELP[topic as keyof typeof HELP]);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    const { createRequire } = await import('node:module');
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    io.out(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    const guess = closest(name, [
      ...Object.keys(COMMANDS),
      ...TOP_FLAGS.filter((f) => f.startsWith('--')),
    ]);
    const what = name.startsWith('-') ? 'flag' : 'command';
    const hint = guess
      ? `did you mean \`intercom-as-code ${guess}\`?`
      : 'run `intercom-as-code --help`';
    io.err(`error: unknown ${what} "${name}"\n    hint: ${hint}\n`);
    return EXIT.error;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    return report(error, io, rest.includes('--verbose'));
  }
}

function report(error: unknown, io: Io, verbose: boolean): ExitCode {
  const color = colorFor(io, 'stderr');
  if (error instanceof ConfigError || error instanceof PlanError) {
    io.err(renderProblems(error.problems, { color, verbose }) + '\n');
    io.err(`error: ${error.message}\n`);
    return error instanceof ConfigError ? EXIT.invalidConfig : EXIT.error;
  }
  if (isUserError(error)) {
    io.err(`error: ${error.message}\n`);
    if (error.hint) io.err(`    hint: ${error.hint}\n`);
    return EXIT.error;
  }
  io.err('This is a bug in intercom-as-code; please report it with the output below.\n');
  io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.error;
}
