// WHY: the few helpers every measuring child shares: a monotonic clock, CPU time, and the peak
// resident set size (read at the moment a figure ends, before any bookkeeping after it).

export const nowMs = (): number => performance.now();

export const peakRssKb = (): number => process.resourceUsage().maxRSS;

/** User plus system CPU time since `start`, in milliseconds. */
export const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

export const BENCH_TOKEN = 'bench-token';
