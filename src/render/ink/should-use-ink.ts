// The ink view redraws lines in place with escape codes. That only makes sense for a person at a
// terminal: CI logs and pipes keep every byte, so they get the plain one-line-per-event renderer.
// Kept free of ink/react imports so the CLI can decide before paying for loading them.

export function shouldUseInk(
  env: Record<string, string | undefined>,
  stderrIsTTY: boolean,
): boolean {
  if (!stderrIsTTY) return false;
  if (env.CI !== undefined && env.CI !== '') return false;
  return env.TERM !== 'dumb';
}
