// A plan comment shows names, values and bodies from a workspace anyone can edit, and GitHub
// renders it as Markdown with some HTML. These helpers make such text inert: outside code it is
// entity-escaped (no emphasis, links, autolinks, tables cells or tags can start), inside code
// fences the fence is longer than any run of backticks in the content, so no line can close it.
import { printable } from './format.js';

// Every ASCII character that can open Markdown or HTML syntax mid-line: emphasis, code spans,
// links and images, table cells, raw HTML and entities, autolinks (`www.`, `http:`, `a@b`), math.
// Line-start syntax (`-`, `+`, `>` lists and quotes) never applies: escaped text never starts a line.
const SPECIAL = /[&<>"'`|*_[\]\\~#!():@$.{}^=]/g;

/** Text safe to place anywhere in Markdown or inside an HTML element, on a single line. */
export function escapeMarkdown(text: string): string {
  return printable(text).replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

/** User content inside `<code>`: monospace, and GitHub links no @mentions or #references in it. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** A fenced code block whose fence no content line can close. Lines must already be printable. */
export function fence(lines: readonly string[], info: string): string {
  return [fenceFor(lines) + info, ...lines, fenceFor(lines)].join('\n');
}

/** Three backticks, or one more than the longest run of backticks in the lines. */
export function fenceFor(lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines) {
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `5,000`: counts in a comment are read by people; fixed grouping keeps output locale-free. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
