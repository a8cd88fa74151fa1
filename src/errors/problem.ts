// One validation problem. Problems are collected, never thrown one by one, so a user sees every
// mistake in one run.
import type { SourcePos } from '../model/desired.js';

export interface Problem {
  /** Position in the config (or a body file); absent only when no position exists. */
  pos?: SourcePos;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** 'warning' problems are shown but do not fail validation. @default 'error' */
  severity?: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}: ` : '';
  const hint = p.hint ? `\n    hint: ${p.hint}` : '';
  return `${where}${p.severity === 'warning' ? 'warning' : 'error'}: ${p.message}${hint}`;
}
