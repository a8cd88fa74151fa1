// Serves the Intercom emulator until interrupted, so plan, apply, plan can be tried by hand.
import { HELP_OPTION, intFlag, noPositionals, parse } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { DEFAULT_SEED } from '../target.js';

export async function sandboxCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('sandbox', argv, {
    ...HELP_OPTION,
    port: { type: 'string' },
    seed: { type: 'string' },
    state: { type: 'string' },
  });
  if (values.help) return (io.out(HELP.sandbox), EXIT.ok);
  noPositionals('sandbox', positionals, 'give the seed with --seed FILE');
  const { startSandbox } = await import('../../sandbox/index.js');
  const sandbox = await startSandbox({
    port: intFlag('port', values.port, 4010),
    seed: values.seed ?? DEFAULT_SEED,
    statePath: values.state,
  });
  io.err(
    `Sandbox listening on ${sandbox.url}\n` +
      `Try: INTERCOM_API_URL=${sandbox.url} INTERCOM_TOKEN=any intercom-as-code plan -c examples/workspace.yaml\n` +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return EXIT.ok;
}
