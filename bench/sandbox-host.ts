// WHY: the sandbox runs in its own process so that its memory (20,000 companies, 3,000 bodies)
// and its CPU never count against the tool's figures: a child measuring a plan sees only what the
// tool itself uses, as it would against Intercom. The parent drives it over IPC.
import { startSandbox } from '../src/sandbox/index.js';
import type { HostCounters, HostMessage, HostOp, HostOptions } from './protocol.js';
import { scaleFor } from './scale.js';
import { buildSeed } from './workspace-seed.js';

const options = JSON.parse(process.argv[2] ?? '{}') as HostOptions;
const send = (m: HostMessage): void => void process.send?.(m);

const sandbox = await startSandbox({
  seed: buildSeed(scaleFor(options.mode)),
  rateLimit: options.rateLimit,
  rateWindowMs: options.rateWindowMs,
  faults: { latencyMs: options.latencyMs },
});

function counters(): HostCounters {
  const byRoute = sandbox.counters();
  const total = Object.values(byRoute).reduce((a, b) => a + b, 0);
  const status429 = sandbox.log.filter((e) => e.status === 429).length;
  return { byRoute, total, status429, logged: sandbox.log.length };
}

process.on('message', (raw) => {
  const { id, op } = raw as { id: number; op: HostOp };
  if (op === 'counters') return send({ type: 'reply', id, counters: counters() });
  if (op === 'reset') {
    sandbox.resetLog();
    return send({ type: 'reply', id });
  }
  void sandbox.close().then(() => send({ type: 'reply', id }));
});
// An orphaned host (the bench was interrupted) must not keep listening.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', url: sandbox.url });
