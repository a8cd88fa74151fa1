// Starts and stops the sandbox: builds the state (from a state file, else from the seed), wires
// the pipeline to a node:http server on 127.0.0.1 and exposes the test handles (log, counters,
// faults, live state). Loopback only: the sandbox is never meant to be reachable from outside.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxContext } from './context.js';
import { FaultInjector } from './faults.js';
import { createRequestHandler } from './handler.js';
import { loadStateFile, saveStateFile } from './persistence.js';
import { FixedWindowLimiter } from './rate-limit.js';
import { Router } from './router.js';
import { CompanyScroll } from './routes/company-scroll.js';
import { allRoutes } from './routes/index.js';
import { loadSeedFile, stateFromSeed } from './seed.js';
import type { RequestLogEntry, Sandbox, SandboxOptions } from './types.js';

/** Intercom's 10,000 calls per minute for a private app, spread over six 10-second windows. */
export const DEFAULT_RATE_LIMIT = 1666;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const seed = typeof options.seed === 'string' ? await loadSeedFile(options.seed) : options.seed;
  const state =
    (options.statePath ? loadStateFile(options.statePath) : undefined) ??
    stateFromSeed(seed ?? {}, now());
  const ctx: SandboxContext = { state, now, scroll: new CompanyScroll() };
  const faults = new FaultInjector(options.faults);
  const log: RequestLogEntry[] = [];
  const counts = new Map<string, number>();
  const statePath = options.statePath;
  if (statePath) saveStateFile(statePath, state);

  const handle = createRequestHandler({
    ctx,
    router: new Router(allRoutes),
    limiter: new FixedWindowLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.rateWindowMs),
    faults,
    log,
    counts,
    persist: () => {
      if (statePath) saveStateFile(statePath, ctx.state);
    },
  });
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Only a broken socket gets here (the pipeline answers every other failure); nothing to send.
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Idempotent, so a test may close early and still leave the shared teardown to close again.
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      })),
    setFaults: (f) => faults.set(f),
    failNext: (match, fault) => faults.failNext(match, fault),
    log,
    counters: () => Object.fromEntries(counts),
    resetLog: () => {
      log.length = 0;
      counts.clear();
    },
    get state() {
      return ctx.state;
    },
    set state(value) {
      ctx.state = value;
    },
  };
}
