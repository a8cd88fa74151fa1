// Runs a property with fast-check and, when it fails, reports what a person needs to act on it:
// the fast-check seed and path to replay it, the shrunk case as files (config YAML, Markdown,
// seed JSON), and what went wrong, with every CLI call's output.
import fc from 'fast-check';
import { FUZZ_SEED, SHRINK_BUDGET_MS } from './settings.js';

export class CaseFailure extends Error {
  constructor(
    readonly problems: string[],
    readonly transcript: string,
  ) {
    super(`${problems.map((p) => `  - ${p}`).join('\n')}\n\nCLI calls:\n${transcript}`);
    this.name = 'CaseFailure';
  }
}

export interface PropertyOptions<T> {
  name: string;
  arb: fc.Arbitrary<T>;
  runs: number;
  /** The case as files, for the report. */
  describe: (value: T) => string;
  /** How to rerun just this property. */
  file: string;
}

/** fast-check path to replay one case directly (FUZZ_PATH), as printed in a failure report. */
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined;

export async function checkProperty<T>(
  options: PropertyOptions<T>,
  body: (value: T) => Promise<void>,
): Promise<void> {
  // Shrinking reruns whole CLI sessions; past the budget, remaining candidates are skipped (they
  // pass without running), so the report shows the smallest case found so far.
  let firstFailure: number | undefined;
  const property = fc.asyncProperty(options.arb, async (value) => {
    if (firstFailure !== undefined && Date.now() - firstFailure > SHRINK_BUDGET_MS) return;
    try {
      await body(value);
    } catch (error) {
      firstFailure ??= Date.now();
      throw error;
    }
  });
  const out = await fc.check(property, {
    seed: FUZZ_SEED,
    numRuns: options.runs,
    ...(FUZZ_PATH ? { path: FUZZ_PATH } : {}),
  });
  if (!out.failed) return;
  const example = out.counterexample?.[0];
  const error = out.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  const stack =
    error instanceof CaseFailure || !(error instanceof Error) ? '' : `\n${error.stack ?? ''}`;
  throw new Error(
    [
      `Property "${options.name}" failed after ${out.numRuns} case(s), shrunk ${out.numShrinks} time(s).`,
      `fast-check seed ${out.seed}, path ${out.counterexamplePath}.`,
      `Replay: FUZZ_SEED=${out.seed} FUZZ_PATH=${out.counterexamplePath} npx vitest run ${options.file}`,
      '',
      'What went wrong:',
      message + stack,
      '',
      'Shrunk counterexample:',
      example === undefined ? '(none)' : options.describe(example),
    ].join('\n'),
  );
}
