// Property 4: the same generated cases with faults injected into the first apply (429s, 500s,
// dropped connections, writes applied but answered 500). That apply may fail; with the faults
// gone, a second apply (fresh, or `apply --resume` from its journal) must succeed, and then the
// workspace has converged with no duplicates, exactly as without faults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { specArb } from './arbitraries.js';
import { faultSpecArb, forFaults } from './arbitraries-faults.js';
import { buildCase } from './build-case.js';
import { CaseRun } from './harness.js';
import { KNOWN_GAPS } from './known-gaps.js';
import { declareOneMoreTag } from './edit-config.js';
import { checkProperty } from './property.js';
import { describeCase } from './render.js';
import { runsFor, timeoutFor } from './settings.js';
import { printTallies, tally } from './stats.js';
import { expectConverged, fail, validateThenPlan } from './steps.js';

const RUNS = runsFor(20, 0.2);

describe('generated workspaces converge through injected faults', () => {
  afterAll(() => printTallies('faults: what the cases exercised'));
  it(
    `a failed apply under faults is finished by a second apply or --resume (${RUNS} cases)`,
    async () => {
      await checkProperty(
        {
          name: 'faults',
          arb: fc.tuple(specArb.map(forFaults), faultSpecArb),
          runs: RUNS,
          describe: ([spec, f]) => {
            const c = buildCase(spec);
            return `${describeCase(c.files, c.seed)}\n--- faults during the first apply ---\n${JSON.stringify(f, null, 2)}`;
          },
          file: 'test/e2e/generative/faults.test.ts',
        },
        async ([spec, f]) => {
          let c = buildCase(spec);
          // A short rate-limit window: a client honouring X-RateLimit-Reset waits milliseconds.
          const run = await CaseRun.start(c, { rateWindowMs: 200 });
          try {
            const before = run.snapshot();
            if (!(await validateThenPlan(run, c))) return;
            run.sb.setFaults(f.faults);
            const first = await run.cli('apply', '-c', run.config, '--auto-approve');
            run.sb.setFaults({});
            tally(`first apply under faults: exit ${first.code}`);
            if (first.code !== 0 && first.code !== 1) {
              throw fail(run, [
                `apply under faults exited ${first.code} (want 0, or 1 for a failure it reports)`,
              ]);
            }
            if (first.code !== 0) {
              const journal = join(run.dir, '.intercom-as-code', 'journal.jsonl');
              const resume = f.resume && existsSync(journal);
              tally(resume ? 'finished with apply --resume' : 'finished with a fresh apply');
              const args = resume ? ['--resume'] : [];
              if (KNOWN_GAPS.scrollLeftOpenAfterFault) run.later(61_000);
              if (resume && f.editBeforeResume && !KNOWN_GAPS.resumeIgnoresConfigEdits) {
                c = declareOneMoreTag(run, c);
              }
              const second = await run.cli('apply', ...args, '-c', run.config, '--auto-approve');
              // A resume may refuse a config edited since (then a fresh apply finishes the job).
              const refusedEdit =
                resume &&
                second.code === 1 &&
                /config/i.test(second.stderr) &&
                second.stderr.includes('changed');
              if (refusedEdit) tally('apply --resume refused the edited config');
              const last = refusedEdit
                ? await run.cli('apply', '-c', run.config, '--auto-approve')
                : second;
              if (last.code !== 0) {
                throw fail(run, [
                  `the ${resume ? 'apply --resume' : 'second apply'} after a failed apply exited ${last.code}, without faults`,
                ]);
              }
            }
            await expectConverged(run, c, before);
          } finally {
            await run.close();
          }
        },
      );
    },
    timeoutFor(RUNS, 8_000),
  );
});
