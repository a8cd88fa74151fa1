// Validation problems are collected and shown all at once, so the user fixes every mistake in one
// pass; the count line tells CI logs at a glance whether anything blocks the run. Every error is
// shown; a warning repeated in many places is shown once (see warning-groups.ts).
import { formatProblem } from '../errors/problem.js';
import type { Problem } from '../errors/problem.js';
import { printable, plural } from './format.js';
import { createStyle } from './style.js';
import type { Style } from './style.js';
import { groupProblems, renderRepeated } from './warning-groups.js';

export function renderProblems(
  problems: Problem[],
  options: { color: boolean; verbose?: boolean },
): string {
  const style = createStyle(options.color);
  if (problems.length === 0) return 'No problems found.';
  const errors = problems.filter((p) => p.severity !== 'warning').length;
  const warnings = problems.length - errors;
  const counts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
  ].filter((part) => part !== '');
  const blocks = groupProblems(problems).map((group) =>
    group.length === 1 && group[0]
      ? renderProblem(group[0], style)
      : renderRepeated(group, style, options.verbose ?? false),
  );
  return [...blocks, '', counts.join(', ')].join('\n');
}

/** One problem: the `file:line:col: error: ...` line coloured by severity, its hint left plain. */
export function renderProblem(problem: Problem, style: Style): string {
  const paint = problem.severity === 'warning' ? style.yellow : style.red;
  const [first = '', ...rest] = formatProblem(problem).split('\n');
  return [paint(printable(first)), ...rest.map((line) => printable(line))].join('\n');
}
