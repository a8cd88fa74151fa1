#!/usr/bin/env node
// `npm run fuzz -- --runs N [--seed S] [--only converge|faults|saved-plan] [--shrink-ms MS]`:
// runs the generative end-to-end suite with more cases than CI. FUZZ_RUNS=N is the number of
// cases of the converge property (the slower fault and saved-plan properties run a share of it);
// the seed defaults to a fresh one, printed so a failure can be replayed. Runs are bounded: N is
// required to be a whole number up to 100000.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '500' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'shrink-ms': { type: 'string' },
    stats: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    'usage: npm run fuzz -- [--runs N] [--seed S] [--only converge|faults|saved-plan] [--shrink-ms MS] [--stats]',
  );
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs < 1 || runs > 100_000) {
  console.error(`--runs must be a whole number from 1 to 100000, not ${values.runs}`);
  process.exit(2);
}
const seed = values.seed ?? String(Date.now() % 2_147_483_647);
if (!/^\d+$/.test(seed)) {
  console.error(`--seed must be a whole number, not ${seed}`);
  process.exit(2);
}
const target = values.only ? `test/e2e/generative/${values.only}.test.ts` : 'test/e2e/generative';
console.log(`fuzz: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} ${target}`);
const env = { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed };
if (values['shrink-ms']) env.FUZZ_SHRINK_MS = values['shrink-ms'];
if (values.stats) env.FUZZ_STATS = '1';
const result = spawnSync('npx', ['vitest', 'run', target], { stdio: 'inherit', env });
console.log(`fuzz: replay with FUZZ_RUNS=${runs} FUZZ_SEED=${seed} npx vitest run ${target}`);
process.exit(result.status ?? 1);
