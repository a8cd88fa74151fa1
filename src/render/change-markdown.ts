// One change of the pull-request comment: a collapsed <details> block whose one-line summary is
// enough to skim (action, object, why), with the planner's own sentence and the field diffs inside
// a ```diff fence. Every piece of user content is escaped or fenced (see markdown-escape.ts).
import type { Change, DeleteReason } from '../model/change.js';
import { fieldDiffLines } from './field-diff-lines.js';
import { address, printable } from './format.js';
import { code, escapeMarkdown, fenceFor, formatCount } from './markdown-escape.js';
import { fitItems } from './markdown-budget.js';
import { requestLines } from './request-lines.js';

const VERB = {
  create: '➕ <b>create</b>',
  update: '✏️ <b>update</b>',
  delete: '🗑️ <b>destroy</b>',
} as const;

const DELETE_REASON: Record<DeleteReason, string> = {
  'ensure-absent': 'ensure: absent',
  prune: 'not in the config, pruned',
};

const CHANGE_BLOCK_START = '<details><summary>';

/**
 * The block for one change, at most `limit` characters when that is possible: a diff too long for
 * it is cut, with a line saying how many lines were left out.
 */
export function renderChangeMarkdown(change: Change, limit: number): string {
  const head = `${CHANGE_BLOCK_START}${summaryLine(change)}</summary>\n\n`;
  const tail = '\n\n</details>';
  const lines = diffLines(change);
  const fenceText = fenceFor(lines);
  const opening = `${fenceText}diff`;
  const overhead = head.length + tail.length + opening.length + fenceText.length + 2;
  const shown = fitItems(
    lines,
    limit - overhead,
    (left) => `… ${formatCount(left)} more lines not shown`,
  );
  return head + [opening, ...shown, fenceText].join('\n') + tail;
}

function summaryLine(change: Change): string {
  const parts = [VERB[change.action], code(address(change.kind, change.key))];
  if (change.action !== 'create') parts.push(`(id ${escapeMarkdown(change.id)})`);
  if (change.action === 'update' && change.rename) {
    parts.push(`renamed from ${code(JSON.stringify(change.rename.from))}`);
  }
  if (change.action === 'delete') parts.push(`— ${DELETE_REASON[change.reason]}`);
  if (change.action === 'update' && change.fields.length > 0) {
    parts.push(`— ${change.fields.map((f) => escapeMarkdown(f.field)).join(', ')}`);
  }
  return parts.join(' ');
}

function diffLines(change: Change): string[] {
  // The planner's sentence, as a comment line like Terraform's; older saved plans may lack one.
  const message = change.message === '' ? [] : [`# ${printable(change.message)}`];
  const requests = requestLines(change).map((line) => `# → ${line}`);
  return [...message, ...change.fields.flatMap(fieldDiffLines), ...requests];
}
