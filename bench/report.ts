// WHY: one line per figure, each with its target and verdict, aligned so a reader scans the
// PASS/FAIL column; figures #7 sets no target for are marked INFO, never given an invented pass.

export type Verdict = 'PASS' | 'FAIL' | 'INFO';

export interface Line {
  label: string;
  value: string;
  target: string;
  verdict: Verdict;
}

export function formatLine(l: Line): string {
  const body = `${l.label.padEnd(24)}${l.value} (${l.target})`;
  return `${body.padEnd(96)} ${l.verdict}`;
}

export const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

export const ms = (n: number): string =>
  n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`;

export const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;

export const times = (n: number): string => `${n.toFixed(2)}×`;
