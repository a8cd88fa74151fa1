// WHY: the baseline is how Terraform-style providers refresh: one GET per object in the state
// file, a fixed number at a time. It uses the tool's own client (same pacing, retries, keep-alive)
// against the same sandbox and latency, so only the read strategy differs. Its wall time is the
// reads alone, compared with our reads plus all planning work: a comparison that favours it.
import { createClient } from '../src/intercom/create-client.js';
import { mapLimit } from '../src/util/map-limit.js';
import { BENCH_TOKEN, nowMs, peakRssKb } from './measure.js';
import type { BaselineArgs, BaselineFigures } from './protocol.js';
import { BASELINE_CONCURRENCY, scaleFor } from './scale.js';
import { declaredLivePaths } from './workspace-seed.js';

export async function measureBaseline(
  args: BaselineArgs,
): Promise<{ result: BaselineFigures; maxRssKb: number }> {
  const paths = declaredLivePaths(scaleFor(args.mode));
  const client = createClient({ token: BENCH_TOKEN, baseUrl: args.url });
  const t0 = nowMs();
  await mapLimit(paths, BASELINE_CONCURRENCY, (path) => client.get<unknown>(path));
  const wallMs = nowMs() - t0;
  const { requests, retries } = client.stats();
  return { result: { wallMs, requests, retries }, maxRssKb: peakRssKb() };
}
