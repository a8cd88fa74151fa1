// WHY: the plan figures measure what `intercom-as-code plan` does, step for step (load the config
// and its body files, the workspace guard, read and plan, render the text), through the same
// public functions the CLI calls; and the replay figure measures the planner alone on the very
// answers that plan read, with no I/O at all.
import { readFile, writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config/index.js';
import { createClient } from '../src/intercom/create-client.js';
import { checkWorkspace } from '../src/planner/check-workspace.js';
import { createPlan } from '../src/planner/create-plan.js';
import { createProviders } from '../src/providers/index.js';
import { renderPlanText } from '../src/render/index.js';
import { BENCH_TOKEN, cpuMsSince, nowMs, peakRssKb } from './measure.js';
import type { PlanArgs, PlanFigures, ReplayArgs, ReplayFigures } from './protocol.js';
import { recordingClient, replayClient, type RecordedCall } from './replay-client.js';

export async function measurePlan(
  args: PlanArgs,
): Promise<{ result: PlanFigures; maxRssKb: number }> {
  const t0 = nowMs();
  const { desired, warnings } = await loadConfig(args.configPath);
  const t1 = nowMs();
  const real = createClient({ token: BENCH_TOKEN, baseUrl: args.url });
  const recorder = args.recordPath ? recordingClient(real) : undefined;
  const client = recorder?.client ?? real;
  await checkWorkspace(client, desired);
  const plan = await createPlan({ desired, client, providers: createProviders(), warnings });
  const t2 = nowMs();
  const text = renderPlanText(plan, { color: false });
  const t3 = nowMs();
  const maxRssKb = peakRssKb();
  if (text.length === 0) throw new Error('the plan rendered as nothing');
  if (recorder && args.recordPath) {
    await writeFile(args.recordPath, JSON.stringify(recorder.calls));
  }
  const stats = real.stats();
  return {
    result: {
      loadMs: t1 - t0,
      readAndPlanMs: t2 - t1,
      renderMs: t3 - t2,
      wallMs: t3 - t0,
      requests: stats.requests,
      retries: stats.retries,
      summary: plan.summary,
    },
    maxRssKb,
  };
}

export async function measureReplay(
  args: ReplayArgs,
): Promise<{ result: ReplayFigures; maxRssKb: number }> {
  const calls = JSON.parse(await readFile(args.recordPath, 'utf8')) as RecordedCall[];
  const { desired, warnings } = await loadConfig(args.configPath);
  const client = replayClient(calls);
  const cpu = process.cpuUsage();
  const t0 = nowMs();
  await checkWorkspace(client, desired);
  const plan = await createPlan({ desired, client, providers: createProviders(), warnings });
  const wallMs = nowMs() - t0;
  const cpuMs = cpuMsSince(cpu);
  return { result: { cpuMs, wallMs, summary: plan.summary }, maxRssKb: peakRssKb() };
}
