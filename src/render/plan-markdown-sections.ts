// The parts of the pull-request comment around the changes: the counts a reviewer reads first,
// the verdict line that calls out deletes, and the collapsed lists of unmanaged objects and
// warnings. Kept apart from plan-markdown.ts, which only decides what fits.
import { formatProblem } from '../errors/problem.js';
import type { Problem } from '../errors/problem.js';
import type { Action, Change } from '../model/change.js';
import { KIND_ORDER } from '../model/objects.js';
import type { UnmanagedObject } from '../planner/plan.js';
import { address, printable } from './format.js';
import { fitItems } from './markdown-budget.js';
import { fence, fenceFor, formatCount } from './markdown-escape.js';

export type MarkdownKind = 'plan' | 'drift';

/** One row per kind with anything to report, then the totals; kinds are never user content. */
export function summaryTable(
  changes: readonly Change[],
  unmanaged: readonly UnmanagedObject[],
): string {
  const countsFor = (ofKind: (kind: string) => boolean): number[] => [
    ...ACTIONS.map((action) => changes.filter((c) => c.action === action && ofKind(c.kind)).length),
    unmanaged.filter((o) => ofKind(o.kind)).length,
  ];
  const rows = KIND_ORDER.map((kind) => ({ kind, counts: countsFor((k) => k === kind) }))
    .filter(({ counts }) => counts.some((n) => n > 0))
    .map(({ kind, counts }) => tableRow(kind, counts.map(formatCount)));
  const totals = countsFor(() => true).map((n) => `**${formatCount(n)}**`);
  return [
    '| | add | change | destroy | unmanaged |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    tableRow('**total**', totals),
  ].join('\n');
}

const ACTIONS: readonly Action[] = ['create', 'update', 'delete'];

function tableRow(label: string, cells: string[]): string {
  return `| ${label} | ${cells.join(' | ')} |`;
}

/** `**Plan:** 1 to add, 2 to change, **3 to destroy** (deletes are listed first).` */
export function verdictLine(changes: readonly Change[], kind: MarkdownKind): string {
  const count = (action: Action) => changes.filter((c) => c.action === action).length;
  const deletes = count('delete');
  const destroy =
    deletes > 0
      ? `**${formatCount(deletes)} to destroy** (deletes are listed first)`
      : '0 to destroy';
  const lead =
    kind === 'drift' ? '**Drift detected.** To match the configuration again:' : '**Plan:**';
  return `${lead} ${formatCount(count('create'))} to add, ${formatCount(count('update'))} to change, ${destroy}.`;
}

export function noChangesLine(kind: MarkdownKind): string {
  return kind === 'drift'
    ? '**No drift.** The workspace matches the configuration.'
    : '**No changes.** The workspace matches the configuration.';
}

/** Collapsed: unmanaged objects are expected with prune off, and can number in the thousands. */
export function unmanagedSection(
  objects: readonly UnmanagedObject[],
  budget: number,
  listed = true,
): string {
  if (objects.length === 0) return '';
  if (!listed) {
    return `${formatCount(objects.length)} unmanaged ${objects.length === 1 ? 'object' : 'objects'} (not in the config; left alone; not listed in a public plan)`;
  }
  const summary = `<details><summary>${formatCount(objects.length)} unmanaged ${
    objects.length === 1 ? 'object' : 'objects'
  } (not in the config; left alone)</summary>`;
  const lines = objects.map((o) => `${address(o.kind, o.name)} (id ${printable(o.id)})`);
  return fencedSection(summary, lines, budget, '\n\n</details>');
}

/** Open, not collapsed: a warning is there to be read before merging. */
export function warningsSection(problems: readonly Problem[], budget: number): string {
  if (problems.length === 0) return '';
  const heading = `#### ⚠️ ${formatCount(problems.length)} ${
    problems.length === 1 ? 'warning' : 'warnings'
  }`;
  const items = problems.map((p) =>
    formatProblem(p)
      .split('\n')
      .map((line) => printable(line))
      .join('\n'),
  );
  return fencedSection(heading, items, budget, '');
}

function fencedSection(head: string, items: string[], budget: number, tail: string): string {
  const fenceLength = fenceFor(items).length;
  const overhead = head.length + 2 + tail.length + 2 * fenceLength + 'text'.length + 2;
  const shown = fitItems(items, budget - overhead, (left) => `… and ${formatCount(left)} more`);
  return `${head}\n\n${fence(shown.join('\n').split('\n'), 'text')}${tail}`;
}
