// Property 5: `plan --out plan.json`, then an unrelated edit in Intercom (through the API, like
// any other client), then `apply plan.json --auto-approve` succeeds, and the workspace converges:
// a fresh plan is empty. The edit is to a kind that is not pruned (see live-edit.ts).
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { specArb } from './arbitraries.js';
import { liveEditArb } from './arbitraries-live-edit.js';
import { buildCase } from './build-case.js';
import { CaseRun } from './harness.js';
import { makeLiveEdit } from './live-edit.js';
import { checkProperty } from './property.js';
import { describeCase } from './render.js';
import { runsFor, timeoutFor } from './settings.js';
import { printTallies, tally } from './stats.js';
import { expectConverged, fail, validateThenPlan } from './steps.js';

const RUNS = runsFor(60, 0.3);

describe('saved plans survive unrelated live edits', () => {
  afterAll(() => printTallies('saved plan: what the cases exercised'));
  it(
    `plan --out, an unrelated edit, then apply plan.json converges (${RUNS} cases)`,
    async () => {
      await checkProperty(
        {
          name: 'saved-plan',
          arb: fc.tuple(specArb, liveEditArb),
          runs: RUNS,
          describe: ([spec, edit]) => {
            const c = buildCase(spec);
            return `${describeCase(c.files, c.seed)}\n--- live edit between plan --out and apply ---\n${JSON.stringify(edit)}`;
          },
          file: 'test/e2e/generative/saved-plan.test.ts',
        },
        async ([spec, edit]) => {
          const c = buildCase(spec);
          const run = await CaseRun.start(c);
          try {
            const planFile = join(run.dir, 'plan.json');
            if (!(await validateThenPlan(run, c, ['--out', planFile]))) return;
            const made = await makeLiveEdit(run, c, edit);
            tally(`live edit: ${made.described.split(' ').slice(0, 2).join(' ')}`);
            const before = run.snapshot();
            const apply = await run.cli('apply', planFile, '--auto-approve');
            if (apply.code !== 0) {
              throw fail(run, [
                `apply plan.json exited ${apply.code} after an unrelated live edit: ${made.described}`,
              ]);
            }
            await expectConverged(run, c, before);
          } finally {
            await run.close();
          }
        },
      );
    },
    timeoutFor(RUNS, 3_000),
  );
});
