// One change as a block of the plan. The planner writes the sentence (`message`) and the field
// diffs; this file only lays them out, so what the plan shows is exactly what apply will do.
import type { Action, Change, FieldChange } from '../model/change.js';
import type { FieldValue } from '../model/objects.js';
import { address, formatValue, printable } from './format.js';
import type { Paint, Style } from './style.js';
import { renderTextDiff } from './text-diff.js';
import { requestLines } from './request-lines.js';

const CHANGE_INDENT = '  ';
const FIELD_INDENT = '      ';
const DIFF_INDENT = '          ';

const SYMBOL: Record<Action, '+' | '~' | '-'> = { create: '+', update: '~', delete: '-' };

function paintFor(symbol: '+' | '~' | '-', style: Style): Paint {
  if (symbol === '+') return style.green;
  if (symbol === '-') return style.red;
  return style.yellow;
}

export function renderChange(change: Change, style: Style): string {
  const symbol = SYMBOL[change.action];
  const message = change.message === '' ? fallbackMessage(change) : change.message;
  const lines = [
    CHANGE_INDENT + style.bold(`# ${printable(message)}`),
    `${CHANGE_INDENT}${paintFor(symbol, style)(symbol)} ${address(change.kind, change.key)}`,
  ];
  for (const field of change.fields) lines.push(...renderField(field, style));
  for (const line of requestLines(change)) lines.push(`${FIELD_INDENT}${style.dim(`→ ${line}`)}`);
  return lines.join('\n');
}

// A saved plan from an older planner might lack a message; the block must still say what happens.
function fallbackMessage(change: Change): string {
  const verb = { create: 'created', update: 'updated in place', delete: 'deleted' }[change.action];
  return `${address(change.kind, change.key)} will be ${verb}`;
}

// The sign follows the field, not the change: an update can set a field that was unset before.
function fieldSymbol(field: FieldChange): '+' | '~' | '-' {
  if (field.before === undefined && field.after !== undefined) return '+';
  if (field.after === undefined && field.before !== undefined) return '-';
  return '~';
}

function renderField(field: FieldChange, style: Style): string[] {
  const symbol = fieldSymbol(field);
  const head = `${FIELD_INDENT}${paintFor(symbol, style)(symbol)} ${printable(field.field)}:`;
  if (field.format === 'text') {
    const diff = renderTextDiff(asText(field.before), asText(field.after), style);
    const body = diff.length > 0 ? diff : [style.dim('(no line differences)')];
    return [head, ...body.map((line) => DIFF_INDENT + line)];
  }
  if (symbol === '+') return [`${head} ${formatValue(field.after)}`];
  if (symbol === '-') return [`${head} ${formatValue(field.before)}`];
  return [`${head} ${formatValue(field.before)} -> ${formatValue(field.after)}`];
}

function asText(value: FieldValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : formatValue(value);
}
