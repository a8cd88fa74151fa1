// WHY: apply speed is bounded by Intercom's rate limit, not by us; this figure checks that an
// apply of N one-request changes takes about N / limit windows and never trips a 429. The plan is
// made against an unlimited sandbox seeded identically (same ids), so the rate-limited sandbox
// sees only the apply's own requests and its first window starts fresh.
import { loadConfig } from '../src/config/index.js';
import { applyPlan } from '../src/apply/apply-plan.js';
import { createClient } from '../src/intercom/create-client.js';
import { checkWorkspace } from '../src/planner/check-workspace.js';
import { createPlan } from '../src/planner/create-plan.js';
import { createProviders } from '../src/providers/index.js';
import { BENCH_TOKEN, nowMs, peakRssKb } from './measure.js';
import type { ApplyArgs, ApplyFigures } from './protocol.js';

export async function measureApply(
  args: ApplyArgs,
): Promise<{ result: ApplyFigures; maxRssKb: number }> {
  const { desired, warnings } = await loadConfig(args.configPath);
  const planClient = createClient({ token: BENCH_TOKEN, baseUrl: args.planUrl });
  await checkWorkspace(planClient, desired);
  const providers = createProviders();
  const plan = await createPlan({ desired, client: planClient, providers, warnings });

  let client429 = 0;
  const client = createClient({
    token: BENCH_TOKEN,
    baseUrl: args.applyUrl,
    onRequest: (info) => {
      if (info.status === 429) client429++;
    },
  });
  const t0 = nowMs();
  // The CLI's default concurrency (4), as `apply --auto-approve` would run it.
  const result = await applyPlan({ plan, client, providers });
  const wallMs = nowMs() - t0;
  const { requests, retries } = client.stats();
  const first = result.failed[0];
  return {
    result: {
      planSummary: plan.summary,
      wallMs,
      applied: result.applied.length,
      failed: result.failed.length,
      skipped: result.skipped.length,
      requests,
      retries,
      client429,
      ...(first ? { firstError: `${first.change.ref}: ${first.error.message}` } : {}),
    },
    maxRssKb: peakRssKb(),
  };
}
