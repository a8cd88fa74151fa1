// Article bodies are long HTML; showing them as before -> after would hide a one-word edit in a
// wall of text. Writers review them the way they review code: as a unified line diff.
import { structuredPatch } from 'diff';
import type { StructuredPatchHunk } from 'diff';
import { printable } from './format.js';
import type { Style } from './style.js';

const CONTEXT_LINES = 3;
const NO_NEWLINE = '\\';

/** The hunks of `before` -> `after` as lines without file headers, each line styled by its sign. */
export function renderTextDiff(before: string, after: string, style: Style): string[] {
  const patch = structuredPatch('before', 'after', before, after, undefined, undefined, {
    context: CONTEXT_LINES,
  });
  // "\ No newline at end of file" is noise unless the two sides really differ in that respect
  // (an empty side has no last line to speak of).
  const newlineMatters =
    before !== '' && after !== '' && before.endsWith('\n') !== after.endsWith('\n');
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    lines.push(style.cyan(hunkHeader(hunk)));
    for (const line of hunk.lines) {
      if (line.startsWith(NO_NEWLINE)) {
        if (newlineMatters) lines.push(style.dim(line));
        continue;
      }
      lines.push(styleLine(printable(line), style));
    }
  }
  return lines;
}

function styleLine(line: string, style: Style): string {
  if (line.startsWith('-')) return style.red(line);
  if (line.startsWith('+')) return style.green(line);
  return line;
}

// Same convention as `diff -u` and git: a side with no lines is numbered from the line before.
function hunkHeader(hunk: StructuredPatchHunk): string {
  const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
  const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
  return `@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`;
}
