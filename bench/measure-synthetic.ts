// WHY: the planner alone at 100,000 objects, to show matching, diffing and ordering stay linear:
// inputs are built first (outside the timing), then only createPlan is timed; the peak RSS of
// this fresh process includes the inputs, which any real plan of that size would hold too.
import { createPlan } from '../src/planner/create-plan.js';
import { createProviders } from '../src/providers/index.js';
import { cpuMsSince, nowMs, peakRssKb } from './measure.js';
import type { SyntheticArgs, SyntheticFigures } from './protocol.js';
import { scaleFor } from './scale.js';
import { buildSynthetic } from './synthetic.js';

export async function measureSynthetic(
  args: SyntheticArgs,
): Promise<{ result: SyntheticFigures; maxRssKb: number }> {
  const { desired, client, expectedChanges, objects } = buildSynthetic(
    scaleFor(args.mode),
    args.mix,
  );
  const cpu = process.cpuUsage();
  const t0 = nowMs();
  const plan = await createPlan({ desired, client, providers: createProviders() });
  const wallMs = nowMs() - t0;
  const cpuMs = cpuMsSince(cpu);
  return {
    result: {
      objects,
      articles: desired.articles.length,
      companies: desired.companies.length,
      wallMs,
      cpuMs,
      changes: plan.changes.length,
      expectedChanges,
    },
    maxRssKb: peakRssKb(),
  };
}
