// The exit codes are a public contract for CI scripts (DESIGN.md section 2).
export const EXIT = {
  ok: 0,
  error: 1,
  changes: 2,
  invalidConfig: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
