// Export's progress: on a terminal, one bar redrawn in place on stderr; elsewhere, a line per kind
// read and nothing per file (a CI log of 3,000 "wrote" lines helps nobody).
import type { ExportEvent } from '../export/index.js';
import type { Io } from './io.js';
import { kindCount } from '../render/format.js';

const WIDTH = 30;

export function exportProgress(io: Io): (event: ExportEvent) => void {
  let total = 0;
  let written = 0;
  return (event) => {
    if (event.type === 'read') io.err(`read ${kindCount(event.count, event.kind)}\n`);
    if (event.type === 'writing') total = event.total;
    if (event.type === 'write' && io.stderrIsTTY && total > 0) {
      written++;
      const filled = Math.round((written / total) * WIDTH);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${written}/${total} files`);
      if (written === total) io.err('\n');
    }
  };
}
