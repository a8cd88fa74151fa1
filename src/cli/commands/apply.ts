// apply plans afresh, shows the plan, asks (or takes --auto-approve), then runs it. It never
// waits on a prompt nobody can answer: without a TTY and without --auto-approve it refuses.
import { applyPlan } from '../../apply/apply-plan.js';
import { renderApplyResult, renderPlanText } from '../../render/index.js';
import { applyUi } from '../apply-ui.js';
import { UserError } from '../../errors/user-error.js';
import { CONFIG_OPTION, HELP_OPTION, TARGET_OPTIONS, intFlag, parse } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor, type Io } from '../io.js';
import { HELP } from '../help.js';
import { planFromConfig } from '../plan-from-config.js';

export async function applyCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values } = parse('apply', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    'auto-approve': { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    'detailed-exitcode': { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.apply), EXIT.ok);
  const concurrency = intFlag('concurrency', values.concurrency, 4);
  const interactive = io.stdinIsTTY && io.stderrIsTTY;
  if (!values['auto-approve'] && !interactive) {
    throw new UserError('apply needs confirmation, and there is no terminal to ask on', {
      hint: 'run `intercom-as-code plan` to review, then `apply --auto-approve`',
    });
  }
  const { plan, target, providers } = await planFromConfig(io, values.config, {
    sandbox: values.sandbox,
    sandboxState: values['sandbox-state'],
  });
  try {
    io.out(renderPlanText(plan, { color: colorFor(io, 'stdout') }) + '\n');
    if (plan.changes.length === 0) return EXIT.ok;
    const applied = values['detailed-exitcode'] ? EXIT.changes : EXIT.ok;
    const ui = applyUi(io);
    if (!values['auto-approve'] && !(await ui.confirm())) {
      io.err('Apply cancelled; nothing was changed.\n');
      return EXIT.error;
    }
    const progress = await ui.progress();
    let result;
    try {
      result = await applyPlan({
        plan,
        client: target.client,
        providers,
        concurrency,
        onEvent: progress.onEvent,
      });
    } finally {
      await progress.finish();
    }
    io.out(renderApplyResult(result, { color: colorFor(io, 'stdout') }) + '\n');
    return result.failed.length > 0 || result.skipped.length > 0 ? EXIT.error : applied;
  } finally {
    await target.close();
  }
}
