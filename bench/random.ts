// WHY: the benchmark workspace must be identical in every process that rebuilds it (the sandbox
// hosts, the measuring children, the config writer), so all "randomness" comes from a seeded PRNG
// and evenly spread index picks instead of Math.random.

/** mulberry32: small, fast and good enough to vary synthetic data reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` indices spread evenly over [from, to), so changes touch the whole range. */
export function spread(count: number, from: number, to: number): number[] {
  const n = to - from;
  const k = Math.max(0, Math.min(count, n));
  return Array.from({ length: k }, (_, j) => from + Math.floor(((j + 0.5) * n) / k));
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
