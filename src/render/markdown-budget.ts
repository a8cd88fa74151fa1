// GitHub refuses a comment over 65,536 characters, and a plan can hold thousands of changes or an
// article far longer than that. These helpers keep each part within its share of the budget and
// always say how much was left out, so a cut comment is never mistaken for a complete one.

/**
 * The longest prefix of `items` that, joined by newlines together with the `more(n)` line for the
 * n items left out, stays within `budget` characters. Everything is kept when it all fits.
 */
export function fitItems(
  items: readonly string[],
  budget: number,
  more: (left: number) => string,
): string[] {
  if (joinedLength(items) <= budget) return [...items];
  const kept: string[] = [];
  let used = more(items.length).length;
  for (const item of items) {
    if (used + 1 + item.length > budget) break;
    kept.push(item);
    used += 1 + item.length;
  }
  return [...kept, more(items.length - kept.length)];
}

function joinedLength(items: readonly string[]): number {
  return items.reduce((sum, item) => sum + item.length, Math.max(0, items.length - 1));
}
