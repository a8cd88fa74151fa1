// A field change as lines of a ```diff block, the format GitHub colours in a pull request: plain
// values as `- field: before` / `+ field: after`, article bodies as a unified line diff, so a
// one-word edit in a long body reads as one changed line.
import type { FieldChange } from '../model/change.js';
import type { FieldValue } from '../model/objects.js';
import { formatValue, printable } from './format.js';
import { createStyle } from './style.js';
import { renderTextDiff } from './text-diff.js';

const PLAIN = createStyle(false);

export function fieldDiffLines(field: FieldChange): string[] {
  const name = printable(field.field);
  const hasBefore = field.before !== undefined;
  const hasAfter = field.after !== undefined;
  if (field.format === 'text') {
    // Same sign as the text plan: `+` a field set for the first time, `-` one removed, `~` changed.
    const sign = hasBefore === hasAfter ? '~' : hasAfter ? '+' : '-';
    const diff = renderTextDiff(asText(field.before), asText(field.after), PLAIN);
    return [`${sign} ${name}:`, ...(diff.length > 0 ? diff : ['  (no line differences)'])];
  }
  const lines: string[] = [];
  if (hasBefore) lines.push(`- ${name}: ${formatValue(field.before)}`);
  if (hasAfter) lines.push(`+ ${name}: ${formatValue(field.after)}`);
  // Neither side set: nothing a planner would emit, but the field must not vanish from review.
  return lines.length > 0 ? lines : [`~ ${name}: (no value on either side)`];
}

function asText(value: FieldValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : formatValue(value);
}
