// The human plan, in Terraform's layout, because that is the format reviewers already know how to
// read: every change with its reason, then what was left alone, then the one-line verdict.
import type { Change } from '../model/change.js';
import { KIND_ORDER } from '../model/objects.js';
import type { Plan, UnmanagedObject } from '../planner/plan.js';
import { renderChange } from './change-text.js';
import { address, printable } from './format.js';
import { renderProblem } from './problems.js';
import { createStyle } from './style.js';
import type { Style } from './style.js';

export function renderPlanText(plan: Plan, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const blocks = plan.changes.map((change) => renderChange(change, style));
  if (plan.unmanaged.length > 0) blocks.push(renderUnmanaged(plan.unmanaged, style));
  for (const warning of plan.warnings) blocks.push(renderProblem(warning, style));
  blocks.push(renderSummary(plan.changes, style));
  return blocks.join('\n\n');
}

function renderUnmanaged(objects: UnmanagedObject[], style: Style): string {
  const lines = [...objects]
    .sort(compareUnmanaged)
    .map((o) => `  ${address(o.kind, o.name)} (id ${printable(o.id)})`);
  return [style.bold('Unmanaged (not in the config; left alone):'), ...lines].join('\n');
}

function compareUnmanaged(a: UnmanagedObject, b: UnmanagedObject): number {
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  // Case-insensitive first, as Intercom matches names, then exact, so the order never depends on locale.
  return (
    compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.name, b.name)
  );
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Counted from the changes shown rather than taken from plan.summary, so the verdict can never
// disagree with the list above it (even for a hand-edited or older saved plan).
function renderSummary(changes: Change[], style: Style): string {
  if (changes.length === 0) {
    return style.green(style.bold('No changes.')) + ' The workspace matches the configuration.';
  }
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  return (
    `${style.bold('Plan:')} ${count('create')} to add, ${count('update')} to change, ` +
    `${count('delete')} to destroy.`
  );
}
