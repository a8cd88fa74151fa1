// drift is plan for a nightly job: read-only by construction (it never builds an apply), works
// with a read-only token, and its exit code is the answer: 0 in sync, 2 drift, 1 error, 3 invalid.
// Unmanaged objects are listed but are not drift: with prune off they are expected, and a job
// that fails every night on them would be ignored.
import {
  CONFIG_HINT,
  CONFIG_OPTION,
  HELP_OPTION,
  TARGET_OPTIONS,
  VERBOSE_OPTION,
  ALLOW_VAR_OPTION,
  noPositionals,
  parse,
  targetFlags,
} from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { planFromConfig } from '../plan-from-config.js';
import {
  PUBLIC_OPTION,
  FORMAT_OPTION,
  formatFlag,
  renderPlan,
  showWarnings,
} from '../output-format.js';

export async function driftCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('drift', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    ...VERBOSE_OPTION,
    ...ALLOW_VAR_OPTION,
    ...FORMAT_OPTION,
    ...PUBLIC_OPTION,
  });
  if (values.help) return (io.out(HELP.drift), EXIT.ok);
  noPositionals('drift', positionals, CONFIG_HINT);
  const format = formatFlag(values.format);
  const { plan, target } = await planFromConfig(
    io,
    values.config,
    targetFlags(values),
    values['allow-var'],
  );
  await target.close();
  io.out(await renderPlan(plan, format, io, 'drift', values.public));
  showWarnings(io, plan.warnings, values.verbose);
  return plan.changes.length > 0 ? EXIT.changes : EXIT.ok;
}
