// plan reads, never writes to Intercom. --out saves the plan for `apply FILE`; --format picks the
// output for people (text), machines (json) or pull requests (markdown); --detailed-exitcode
// tells CI whether anything would change.
import { CONFIG_OPTION, HELP_OPTION, TARGET_OPTIONS, parse } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { planFromConfig } from '../plan-from-config.js';
import { FORMAT_OPTION, formatFlag, renderPlan } from '../output-format.js';

export async function planCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values } = parse('plan', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    ...FORMAT_OPTION,
    'detailed-exitcode': { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.plan), EXIT.ok);
  const format = formatFlag(values.format);
  const { plan, target } = await planFromConfig(io, values.config, {
    sandbox: values.sandbox,
    sandboxState: values['sandbox-state'],
  });
  await target.close();
  io.out(await renderPlan(plan, format, io, 'plan'));
  const changed = plan.changes.length > 0;
  return values['detailed-exitcode'] && changed ? EXIT.changes : EXIT.ok;
}
