// Properties 1-3 on generated workspaces and configs:
// 1. validate accepts => plan goes ahead or refuses with a positioned problem (and apply is then
//    never run); a plan that goes ahead applies with exit 0.
// 2. plan -> apply -> plan shows no changes; exactly one live object per declared entry, with its
//    fields; `ensure: absent` ones gone; undeclared, unpruned objects untouched.
// 3. every request and answer in the sandbox log matches Intercom's OpenAPI description.
import { afterAll, describe, it } from 'vitest';
import { specArb } from './arbitraries.js';
import { buildCase } from './build-case.js';
import { CaseRun } from './harness.js';
import { checkProperty } from './property.js';
import { describeCase } from './render.js';
import { runsFor, timeoutFor } from './settings.js';
import { printTallies } from './stats.js';
import { expectConverged, fail, validateThenPlan } from './steps.js';

const RUNS = runsFor(250);

describe('generated workspaces converge', () => {
  afterAll(() => printTallies('converge: what the cases exercised'));
  it(
    `plan refuses with a position or apply succeeds, and a second plan is empty (${RUNS} cases)`,
    async () => {
      await checkProperty(
        {
          name: 'converge',
          arb: specArb,
          runs: RUNS,
          describe: (spec) => {
            const c = buildCase(spec);
            return describeCase(c.files, c.seed);
          },
          file: 'test/e2e/generative/converge.test.ts',
        },
        async (spec) => {
          const c = buildCase(spec);
          const run = await CaseRun.start(c);
          try {
            const before = run.snapshot();
            if (!(await validateThenPlan(run, c))) return;
            const apply = await run.cli('apply', '-c', run.config, '--auto-approve');
            if (apply.code !== 0)
              throw fail(run, [
                `apply exited ${apply.code} after plan went ahead: apply must never fail on a plan that passed`,
              ]);
            await expectConverged(run, c, before);
          } finally {
            await run.close();
          }
        },
      );
    },
    timeoutFor(RUNS, 2_000),
  );
});
