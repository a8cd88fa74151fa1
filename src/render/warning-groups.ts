// One habit repeated across many articles (an h3 in every file, say) is one thing to fix, not a
// screen of identical lines that hides the other warnings: a warning with the same message and
// hint is shown once, with its count and the first few places; --verbose lists every place.
import type { Problem } from '../errors/problem.js';
import { printable } from './format.js';
import type { Style } from './style.js';

/** Places listed for a repeated warning before "and N more". */
export const PLACES_SHOWN = 3;

/** Identical warnings together, in the order each first appears; errors stay one per group. */
export function groupProblems(problems: readonly Problem[]): Problem[][] {
  const groups: Problem[][] = [];
  const byRule = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== 'warning') {
      groups.push([problem]);
      continue;
    }
    const rule = JSON.stringify([problem.message, problem.hint ?? '']);
    const group = byRule.get(rule);
    if (group) group.push(problem);
    else {
      const fresh = [problem];
      byRule.set(rule, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/** A repeated warning: `warning: message (N places)`, its places, then the hint once. */
export function renderRepeated(group: readonly Problem[], style: Style, verbose: boolean): string {
  const [first] = group;
  if (!first) return '';
  const shown = verbose ? group : group.slice(0, PLACES_SHOWN);
  const lines = [
    style.yellow(printable(`warning: ${first.message} (${group.length} places)`)),
    ...shown.map(
      (p) =>
        `    ${printable(p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}` : '(no position)')}`,
    ),
  ];
  const more = group.length - shown.length;
  if (more > 0) lines.push(`    and ${more} more (--verbose lists them all)`);
  if (first.hint) lines.push(`    hint: ${printable(first.hint)}`);
  return lines.join('\n');
}
