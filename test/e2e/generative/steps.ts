// Steps the properties share: validate then plan (a refusal must be positioned and write
// nothing), and the convergence checks after an apply.
import type { SandboxState } from '../../../src/sandbox/index.js';
import { specViolations } from '../helpers.js';
import type { Case } from './build-case.js';
import { refusalProblems, type CaseRun } from './harness.js';
import { checkDeclared } from './oracle-declared.js';
import { checkUntouched } from './oracle-untouched.js';
import { CaseFailure } from './property.js';
import { tally } from './stats.js';

export const fail = (run: CaseRun, problems: string[]): CaseFailure =>
  new CaseFailure(problems, run.transcript());

/**
 * validate must accept every generated config (the generator only makes valid ones); plan must
 * then go ahead, or refuse with a positioned problem and without a single write. Returns true
 * when the plan went ahead.
 */
export async function validateThenPlan(
  run: CaseRun,
  c: Case,
  planArgs: string[] = [],
): Promise<boolean> {
  const validate = await run.cli('validate', '-c', run.config);
  if (validate.code !== 0) {
    throw fail(run, [
      `validate exited ${validate.code} on a generated config (a bug in the generator, or in validate)`,
    ]);
  }
  const plan = await run.cli('plan', '-c', run.config, ...planArgs);
  const writes = run.sb.log.filter((e) => e.method !== 'GET' && e.path !== '/companies/list');
  const problems = writes.map((e) => `plan sent a write: ${e.method} ${e.path}`);
  if (plan.code === 0 && c.mustRefuse.length > 0) {
    problems.push(
      ...c.mustRefuse.map((why) => `plan exited 0, but must refuse with a position: ${why}`),
    );
    // What the user would meet next, for the report.
    const apply = await run.cli('apply', '-c', run.config, '--auto-approve');
    problems.push(`apply then exited ${apply.code}`);
  } else if (plan.code !== 0) {
    const { positioned, unpositioned } = refusalProblems(plan.stderr);
    if (plan.code !== 1) problems.push(`plan exited ${plan.code} on a config validate accepted`);
    if (positioned.length === 0)
      problems.push('plan refused without a positioned (file:line:col) problem');
    for (const line of unpositioned)
      problems.push(`plan refused with a problem that has no position: ${line}`);
    problems.push(...wrongPinRefusals(run, plan.stderr));
  }
  problems.push(...specProblems(run));
  if (problems.length > 0) throw fail(run, problems);
  tally(plan.code === 0 ? 'case: plan went ahead' : 'case: plan refused');
  if (plan.code === 0) {
    const summary = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(plan.stdout);
    tally(summary ? 'plan: changes' : 'plan: no changes');
    if (summary?.[1] !== '0') tally('plan: has creates');
    if (summary?.[2] !== '0') tally('plan: has updates');
    if (summary?.[3] !== '0') tally('plan: has deletes');
    if (/will be renamed/.test(plan.stdout)) tally('plan: has renames');
  } else {
    for (const line of plan.stderr
      .split('\n')
      .filter((l) => /error: /.test(l) && !/^error: \d+ problem/.test(l))) {
      tally(
        `refused: ${line
          .replace(/^.*error: /, '')
          .replace(/"[^"]*"|`[^`]*`|\d+/g, '_')
          .slice(0, 70)}`,
      );
    }
  }
  return plan.code === 0;
}

/** A refusal that says a pinned id does not exist, when the sandbox has it, is wrong. */
function wrongPinRefusals(run: CaseRun, stderr: string): string[] {
  const s = run.sb.state;
  const ids = new Set(
    [...s.tags, ...s.collections, ...s.articles, ...s.companies].map((x) => x.id),
  );
  return [...stderr.matchAll(/(\w+) "[^\n]*" is pinned to id (\S+), which does not exist/g)]
    .filter((m) => ids.has(m[2]!))
    .map(
      (m) =>
        `plan refused: ${m[1]} pinned to id ${m[2]} "does not exist", but the workspace has it`,
    );
}

export function specProblems(run: CaseRun): string[] {
  return specViolations(run.sb).map((v) => `request or response breaks the Intercom spec: ${v}`);
}

/** After an apply: a plan shows no changes, and the live state is what the config says. */
export async function expectConverged(run: CaseRun, c: Case, before: SandboxState): Promise<void> {
  const problems: string[] = [];
  const plan = await run.cli('plan', '-c', run.config, '--detailed-exitcode');
  if (plan.code !== 0)
    problems.push(`plan --detailed-exitcode after apply exited ${plan.code} (want 0: no changes)`);
  const after = run.snapshot();
  const declared = checkDeclared(c.model, after);
  problems.push(...declared.problems);
  problems.push(...checkUntouched(c.model, before, after, declared.claims));
  problems.push(...specProblems(run));
  if (problems.length > 0) throw fail(run, problems);
}
