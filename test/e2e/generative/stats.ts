// Optional tallies of what the generated cases exercised (FUZZ_STATS=1 prints them), to check that
// the generator reaches applies, renames, deletes and refusals, not just one of them.
const counts = new Map<string, number>();

export function tally(label: string): void {
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

export function printTallies(title: string): void {
  if (!process.env.FUZZ_STATS) return;
  const lines = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`);
  console.log(`${title}\n${lines.join('\n')}`);
}
