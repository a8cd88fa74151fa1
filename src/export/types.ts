// The contract of `export`: what the CLI passes in and what it gets back, including the events a
// progress display needs. Nothing here prints; the CLI decides how to show events and warnings.
import type { IntercomClient } from '../intercom/client-types.js';
import type { Kind } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';

export interface ExportOptions {
  client: IntercomClient;
  /** Where workspace.yaml and help-center/ are written. */
  outDir: string;
  /** Kinds to export. @default every kind */
  kinds?: Kind[];
  /**
   * Write into a folder that is neither empty nor a previous export. workspace.yaml is replaced
   * and every .md/.html file under help-center/ removed first. @default false
   */
  force?: boolean;
  onEvent?: (event: ExportEvent) => void;
}

export type ExportEvent =
  /** One kind was read from Intercom. */
  | { type: 'read'; kind: Kind; count: number }
  /** Reading is over; this many files will be written (for a progress bar's total). */
  | { type: 'writing'; total: number }
  /** One file was written; `path` is relative to outDir. */
  | { type: 'write'; path: string }
  | { type: 'done'; files: number };

export interface ExportResult {
  /** Absolute output folder. */
  outDir: string;
  /** Every file written, relative to outDir, in write order. */
  files: string[];
  /** Live objects exported, per kind. */
  counts: Partial<Record<Kind, number>>;
  /** Article files whose body is kept as HTML because Markdown would not round-trip. */
  htmlBodies: string[];
  /** Things the export could not express faithfully (an author who is no longer a teammate). */
  warnings: Problem[];
  /** What the export could not see (companies without users), for the summary; each ends in \n. */
  notes: string[];
}
