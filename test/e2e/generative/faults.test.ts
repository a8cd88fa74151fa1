// Property 4: the same generated cases with faults injected into the first apply (429s, 500s,
// dropped connections, writes applied but answered 500). That apply may fail; with the faults
// gone, a second apply (fresh, or `apply --resume` from its journal) must succeed, and then the
// workspace has converged with no duplicates, exactly as without faults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { specArb } from './arbitraries.js';
import { drainOneShots, faultSpecArb } from './arbitraries-faults.js';
import { buildCase } from './build-case.js';
import { CaseRun, TOKEN } from './harness.js';
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
          arb: fc.tuple(specArb, faultSpecArb),
          runs: RUNS,
          describe: ([spec, f]) => {
            const c = buildCase(spec);
            const faults = {
              ...f,
              oneShots: f.oneShots.map(
                (o) => `${o.fault} on the next ${o.match.method} ${o.match.path}`,
              ),
            };
            return `${describeCase(c.files, c.seed)}\n--- faults during the first apply ---\n${JSON.stringify(faults, null, 2)}`;
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
            run.sb.setFaults({ rate429: f.rate429, randomSeed: f.randomSeed });
            for (const o of f.oneShots) run.sb.failNext(o.match, o.fault);
            const first = await run.cli('apply', '-c', run.config, '--auto-approve');
            run.sb.setFaults({});
            await drainOneShots(run.sb, TOKEN, f.oneShots);
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
              const edited = resume && f.editBeforeResume;
              if (edited) c = declareOneMoreTag(run, c);
              const second = await run.cli('apply', ...args, '-c', run.config, '--auto-approve');
              // After a config edit, a resume may refuse the changed config, or finish the
              // interrupted plan and say that the config has more: either way one more apply
              // finishes the job. Finishing silently, as if the config had not changed, is wrong.
              const refused = edited && second.code === 1 && /config/i.test(second.stderr);
              if (second.code !== 0 && !refused) {
                throw fail(run, [
                  `the ${resume ? 'apply --resume' : 'second apply'} after a failed apply exited ${second.code}, without faults`,
                ]);
              }
              if (edited) {
                if (
                  !refused &&
                  !/interrupted apply|changed since|config.*changed/i.test(second.stderr)
                ) {
                  throw fail(run, [
                    'apply --resume said nothing of the config edited since the interrupted apply',
                  ]);
                }
                tally(
                  refused
                    ? 'apply --resume refused the edited config'
                    : 'apply --resume named the config edit',
                );
                const third = await run.cli('apply', '-c', run.config, '--auto-approve');
                if (third.code !== 0)
                  throw fail(run, [`apply after apply --resume exited ${third.code}`]);
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
