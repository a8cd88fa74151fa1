// The apply engine emits these and never prints; src/render turns them into lines or ink frames.
import type { Change } from '../model/change.js';

export interface ErrorInfo {
  name: string;
  message: string;
  hint?: string;
}

export interface ApplyResult {
  applied: Change[];
  failed: { change: Change; error: ErrorInfo }[];
  /** Not started because a change they depend on failed. */
  skipped: { change: Change; because: string }[];
  durationMs: number;
}

export type ApplyEvent =
  | { type: 'apply-start'; total: number; concurrency: number }
  | { type: 'change-start'; change: Change }
  | {
      type: 'change-done';
      change: Change;
      id: string;
      durationMs: number;
      /** The answer was lost (5xx, dropped, timed out); a lookup or a retry proved it applied. */
      recovered?: true;
    }
  | { type: 'change-failed'; change: Change; error: ErrorInfo }
  | { type: 'change-skipped'; change: Change; because: string }
  | { type: 'apply-done'; result: ApplyResult };

export type ApplyListener = (event: ApplyEvent) => void;
