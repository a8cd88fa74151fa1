// apply plans afresh (or runs a saved plan after checking it is still true), shows the plan, asks
// (or takes --auto-approve), then runs it. It never waits on a prompt nobody can answer: without
// a TTY and without --auto-approve it refuses before reading anything.
import { existsSync } from 'node:fs';
import { applyPlan } from '../../apply/apply-plan.js';
import { renderApplyResult } from '../../render/index.js';
import { renderPlan, showWarnings } from '../output-format.js';
import { UserError } from '../../errors/user-error.js';
import {
  CONFIG_OPTION,
  HELP_OPTION,
  TARGET_OPTIONS,
  VERBOSE_OPTION,
  ALLOW_VAR_OPTION,
  intFlag,
  parse,
  targetFlags,
} from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor, type Io } from '../io.js';
import { HELP } from '../help.js';
import { planFromConfig } from '../plan-from-config.js';
import { planFromFile, type OnConflict } from '../plan-from-file.js';
import { unsafeReason } from '../safety-gate.js';
import { applyUi } from '../apply-ui.js';
import { planFromJournal } from '../plan-from-journal.js';
import { resumeCommand } from '../resume-hint.js';
import { acquireApplyLock } from '../../apply/apply-lock.js';
import { readSavedPlan } from '../../planner/saved-plan.js';
import {
  defaultJournalPath,
  openJournal,
  removeJournal,
  reopenJournal,
} from '../../apply/journal.js';

export async function applyCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('apply', argv, {
    ...CONFIG_OPTION,
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    ...VERBOSE_OPTION,
    ...ALLOW_VAR_OPTION,
    'auto-approve': { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    'on-conflict': { type: 'string', default: 'fail' },
    force: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    'detailed-exitcode': { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.apply), EXIT.ok);
  const concurrency = intFlag('concurrency', values.concurrency, 4);
  const onConflict = values['on-conflict'] as OnConflict;
  if (onConflict !== 'fail' && onConflict !== 'skip') {
    throw new UserError(`--on-conflict must be fail or skip, not "${onConflict}"`);
  }
  if (positionals.length > 1) throw new UserError('apply takes at most one saved plan file');
  if (values.resume && positionals.length > 0) {
    throw new UserError('--resume continues from the journal; it takes no plan file', {
      hint: 'run `apply --resume -c <config>` with the config of the interrupted apply',
    });
  }
  const interactive = io.stdinIsTTY && io.stderrIsTTY;
  if (!values['auto-approve'] && !interactive) {
    throw new UserError('apply needs confirmation, and there is no terminal to ask on', {
      hint: 'run `intercom-as-code plan` to review, then `apply --auto-approve`',
    });
  }
  const flags = targetFlags(values);
  const allowVars = values['allow-var'];
  const file = positionals[0];
  const journalPath = defaultJournalPath(values.config);
  // Held from before the plan is made until the apply ends: two applies that both plan the same
  // creates would make duplicates however carefully each one runs.
  const configOfRun = file !== undefined ? (await readSavedPlan(file)).config.path : values.config;
  const lock = await acquireApplyLock(defaultJournalPath(configOfRun));
  try {
    return await planAndApply();
  } finally {
    await lock.release();
  }

  async function planAndApply(): Promise<ExitCode> {
    const { plan, target, providers } = values.resume
      ? await planFromJournal(io, journalPath, values.config, flags, allowVars)
      : file !== undefined
        ? await planFromFile(io, file, flags, onConflict, allowVars)
        : await planFromConfig(io, values.config, flags, allowVars);
    try {
      io.out(await renderPlan(plan, 'text', io, 'plan'));
      showWarnings(io, plan.warnings, values.verbose);
      if (plan.changes.length === 0) {
        if (values.resume) await removeJournal(journalPath);
        return EXIT.ok;
      }
      // What a resume has left is part of a plan that already passed the gate (or was forced).
      const unsafe = values.resume ? undefined : unsafeReason(plan, values.force);
      if (unsafe) throw unsafe;
      const ui = applyUi(io);
      if (!values['auto-approve'] && !(await ui.confirm())) {
        io.err('Apply cancelled; nothing was changed.\n');
        return EXIT.error;
      }
      const configForResume = file !== undefined ? plan.configPath : values.config;
      const freshJournal = defaultJournalPath(configForResume);
      if (!values.resume && existsSync(freshJournal)) {
        io.err(
          `note: replacing the journal of an earlier interrupted apply (${freshJournal}); this plan was made fresh.\n`,
        );
      }
      const journal = values.resume
        ? await reopenJournal(journalPath)
        : await openJournal(freshJournal, plan);
      const progress = await ui.progress();
      let result;
      try {
        result = await applyPlan({
          plan,
          client: target.client,
          providers,
          concurrency,
          onEvent: progress.onEvent,
          journal,
        });
      } finally {
        await progress.finish();
      }
      io.out(renderApplyResult(result, { color: colorFor(io, 'stdout') }) + '\n');
      if (result.failed.length > 0 || result.skipped.length > 0) {
        io.err(
          `The journal is kept at ${journal.path}; to finish, fix what failed and run:\n  ${resumeCommand(configForResume, flags, values['allow-var'] ?? [])}\n`,
        );
        return EXIT.error;
      }
      return values['detailed-exitcode'] ? EXIT.changes : EXIT.ok;
    } finally {
      await target.close();
    }
  }
}
