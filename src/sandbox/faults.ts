// Fault injection for resilience tests: random faults at configured shares (from a seeded PRNG,
// so a failing run can be replayed) plus one-shot faults for tests that need an exact failure.
import type { FaultKind, FaultMatch, FaultOptions } from './types.js';

/** The faults decided before a route runs; 'applied-but-500' is decided for writes only. */
export type PreFault = '429' | '500' | 'drop';

export class FaultInjector {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(1);
  private readonly oneShots: { match: FaultMatch; fault: FaultKind }[] = [];

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    this.options = { ...options };
    this.random = mulberry32(options.randomSeed ?? 1);
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  failNext(match: FaultMatch, fault: FaultKind): void {
    this.oneShots.push({ match, fault });
  }

  /** Consumes the first one-shot fault matching this request, if any. */
  takeOneShot(method: string, path: string): FaultKind | undefined {
    const i = this.oneShots.findIndex(
      ({ match }) => match.method.toUpperCase() === method && match.path.test(path),
    );
    if (i < 0) return undefined;
    return this.oneShots.splice(i, 1)[0]?.fault;
  }

  /** One draw decides whether this request fails before the route runs, and how. */
  drawPre(): PreFault | undefined {
    const { rate429 = 0, rate500 = 0, dropRate = 0 } = this.options;
    if (rate429 + rate500 + dropRate <= 0) return undefined;
    const r = this.random();
    if (r < rate429) return '429';
    if (r < rate429 + rate500) return '500';
    if (r < rate429 + rate500 + dropRate) return 'drop';
    return undefined;
  }

  drawAppliedButFail(): boolean {
    const rate = this.options.appliedButFailRate ?? 0;
    return rate > 0 && this.random() < rate;
  }
}

/** A small, well-known 32-bit PRNG; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
