// plan reads, never writes. With --detailed-exitcode it tells CI whether anything would change.
import { renderPlanText } from '../../render/index.js';
import { CONFIG_OPTION, HELP_OPTION, TARGET_OPTIONS, parse } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor, type Io } from '../io.js';
import { HELP } from '../help.js';
import { planFromConfig } from '../plan-from-config.js';

export async function planCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values } = parse('plan', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    'detailed-exitcode': { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.plan), EXIT.ok);
  const { plan, target } = await planFromConfig(io, values.config, {
    sandbox: values.sandbox,
    sandboxState: values['sandbox-state'],
  });
  await target.close();
  io.out(renderPlanText(plan, { color: colorFor(io, 'stdout') }) + '\n');
  const changed = plan.changes.length > 0;
  return values['detailed-exitcode'] && changed ? EXIT.changes : EXIT.ok;
}
