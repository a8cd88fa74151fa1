// plan reads, never writes to Intercom. --out saves the plan for `apply FILE`; --format picks the
// output for people (text), machines (json) or pull requests (markdown); --detailed-exitcode
// tells CI whether anything would change.
import { createSavedPlan, writeSavedPlan } from '../../planner/saved-plan.js';
import { hashConfig } from '../../planner/config-hash.js';
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
import { unsafeReason } from '../safety-gate.js';

export async function planCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('plan', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    ...VERBOSE_OPTION,
    ...ALLOW_VAR_OPTION,
    ...FORMAT_OPTION,
    ...PUBLIC_OPTION,
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    'detailed-exitcode': { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.plan), EXIT.ok);
  noPositionals('plan', positionals, CONFIG_HINT);
  const format = formatFlag(values.format);
  const { plan, target, desired } = await planFromConfig(
    io,
    values.config,
    targetFlags(values),
    values['allow-var'],
  );
  await target.close();
  io.out(await renderPlan(plan, format, io, 'plan', values.public));
  showWarnings(io, plan.warnings, values.verbose);
  const unsafe = unsafeReason(plan, values.force);
  if (unsafe) throw unsafe;
  if (values.out !== undefined) {
    const saved = createSavedPlan(plan, {
      configHash: await hashConfig(desired),
      target: target.baseUrl,
    });
    await writeSavedPlan(values.out, saved);
    io.err(
      `Saved the plan to ${values.out}; run \`intercom-as-code apply ${values.out}\` to apply it.\n`,
    );
  }
  const changed = plan.changes.length > 0;
  return values['detailed-exitcode'] && changed ? EXIT.changes : EXIT.ok;
}
