// Faults the sandbox injects during the first apply: 429s at a random rate (a client honouring
// X-RateLimit-Reset waits milliseconds: the window is short), and a few one-shot faults on the
// next matching request: 500, a dropped connection, a write applied but answered 500, a 429.
// One-shots spare GET /companies/scroll: a scroll left open by a failed page is refused for a
// minute, and the client rightly waits that minute out in real time (see README.md).
import fc from 'fast-check';
import type { FaultKind, FaultMatch, Sandbox } from '../../../src/sandbox/index.js';

export interface OneShot {
  match: FaultMatch;
  fault: FaultKind;
  /** A path the match takes, for draining one-shots left over (see drainOneShots). */
  example: string;
}

export interface FaultSpec {
  rate429: number;
  randomSeed: number;
  oneShots: OneShot[];
  /** Finish with `apply --resume` (when a journal was kept) instead of a fresh apply. */
  resume: boolean;
  /** Before the resume, edit the config (declare one more tag), as a person fixing things might. */
  editBeforeResume: boolean;
}

const PATHS: Record<string, [RegExp, string]> = {
  any: [/^\/(?!companies\/scroll)/, '/tags'],
  tags: [/^\/tags/, '/tags'],
  collections: [/^\/help_center\/collections/, '/help_center/collections'],
  articles: [/^\/articles/, '/articles'],
  companies: [/^\/companies(?!\/scroll)/, '/companies'],
  admins: [/^\/admins/, '/admins'],
};

const oneShotArb: fc.Arbitrary<OneShot> = fc
  .record({
    method: fc.constantFrom('POST', 'PUT', 'DELETE', 'GET'),
    path: fc.constantFrom(...Object.keys(PATHS)),
    fault: fc.constantFrom<FaultKind>('500', 'drop', 'applied-but-500', '429'),
  })
  .map(({ method, path, fault }) => ({
    match: { method, path: PATHS[path]![0] },
    example: PATHS[path]![1],
    // Only a write can be applied and then answered 500.
    fault: fault === 'applied-but-500' && method === 'GET' ? '500' : fault,
  }));

export const faultSpecArb: fc.Arbitrary<FaultSpec> = fc.record({
  rate429: fc.constantFrom(0, 0.05, 0.15),
  randomSeed: fc.nat({ max: 1_000_000 }),
  // Bursts: the client retries (and looks up lost creates) a few times, so a fault repeated on
  // one path is what makes an apply give up on a change.
  oneShots: fc
    .array(fc.tuple(oneShotArb, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 4 })
    .map((bursts) => bursts.flatMap(([o, n]) => Array.from({ length: n }, () => o))),
  resume: fc.boolean(),
  editBeforeResume: fc.boolean(),
});

/**
 * Consumes the one-shot faults the apply did not meet, so none is left for the runs that must
 * see no faults: each is matched by a request whose body is not JSON, which the sandbox refuses
 * (400) before applying anything, even for an applied-then-500 fault. These requests are the
 * test's own, so they are removed from the log the spec check reads.
 */
export async function drainOneShots(
  sb: Sandbox,
  token: string,
  oneShots: OneShot[],
): Promise<void> {
  const start = sb.log.length;
  // Each pass consumes at least one left-over fault if any is left, so as many passes as faults.
  for (let pass = 0; pass < oneShots.length; pass++) {
    for (const o of oneShots) {
      try {
        await fetch(`${sb.url}${o.example}`, {
          method: o.match.method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          ...(o.match.method === 'GET' ? {} : { body: 'not json' }),
        });
      } catch {
        // A dropped connection is one of the faults being drained.
      }
    }
  }
  sb.log.splice(start);
}
