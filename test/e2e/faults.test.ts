// Intercom fails in the ways the sandbox injects here; the tool must converge anyway, never
// create anything twice, and say exactly what was and was not done when it cannot finish.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox, specViolations } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const CONFIG = exampleCopy();

function expectOneOfEach(s: Sandbox): void {
  const count = (values: string[], v: string) =>
    values.filter((x) => x.toLowerCase() === v.toLowerCase()).length;
  const tags = s.state.tags.map((t) => t.name);
  for (const name of ['vip-customer', 'beta-tester', 'churn-risk'])
    expect(count(tags, name), name).toBe(1);
  const collections = s.state.collections.map((c) => c.name);
  for (const name of ['Getting Started', 'Billing', 'Integrations'])
    expect(count(collections, name), name).toBe(1);
  const articles = s.state.articles.map((a) => a.title);
  for (const t of [
    'Welcome to Acme',
    'Finding your invoices',
    'Refund policy',
    'Connecting Slack',
  ]) {
    expect(count(articles, t), t).toBe(1);
  }
  const companies = s.state.companies.map((c) => c.company_id);
  for (const id of ['acme-corp', 'globex', 'initech']) expect(count(companies, id), id).toBe(1);
}

/** Applies until an apply succeeds (at most `tries`), returning every run's exit code. */
async function applyUntilDone(s: Sandbox, tries: number): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < tries; i++) {
    const { code } = await cli(s, ['apply', '-c', CONFIG, '--auto-approve']);
    codes.push(code);
    if (code === 0) break;
  }
  return codes;
}

describe('apply under injected faults', () => {
  it('converges through 429s and 500s with exactly one object per declaration', async () => {
    sb = await sandbox({
      rateWindowMs: 200,
      faults: { rate429: 0.1, rate500: 0.05, randomSeed: 7 },
    });
    const codes = await applyUntilDone(sb, 6);
    expect(codes.at(-1)).toBe(0);
    sb.setFaults({});
    const plan = await cli(sb, ['plan', '-c', CONFIG, '--detailed-exitcode']);
    expect(plan.io.stdout).toContain('No changes.');
    expectOneOfEach(sb);
    expect(sb.log.some((e) => e.status === 429)).toBe(true);
    expect(sb.log.some((e) => e.status === 500)).toBe(true);
    expect(specViolations(sb)).toEqual([]);
  });

  it('reports a write failure mid-apply precisely, and the next apply finishes the rest', async () => {
    sb = await sandbox();
    // The create of the Integrations collection fails every attempt (apply tries a lost create
    // three times, looking it up before each retry); its article must not be attempted.
    for (let i = 0; i < 3; i++)
      sb.failNext({ method: 'POST', path: /^\/help_center\/collections$/ }, '500');
    const first = await cli(sb, ['apply', '-c', CONFIG, '--auto-approve']);
    expect(first.code).toBe(1);
    const out = first.io.stdout;
    expect(out).toMatch(/1 failed/);
    expect(out).toMatch(/Failed:[\s\S]*collection "integrations"/);
    expect(out).toMatch(/Not applied \(skipped\):[\s\S]*article "slack"/);
    expect(first.io.stderr).toMatch(/✗ collection "integrations": create failed/);
    expect(sb.state.articles.some((a) => a.title === 'Connecting Slack')).toBe(false);
    // Independent work went ahead.
    expect(sb.state.tags.some((t) => t.name === 'churn-risk')).toBe(true);

    const second = await cli(sb, ['apply', '-c', CONFIG, '--auto-approve']);
    expect(second.code).toBe(0);
    const plan = await cli(sb, ['plan', '-c', CONFIG, '--detailed-exitcode']);
    expect(plan.code).toBe(0);
    expectOneOfEach(sb);
  });

  it('does not create twice when a create was applied but answered 500', async () => {
    sb = await sandbox();
    sb.failNext({ method: 'POST', path: /^\/articles$/ }, 'applied-but-500');
    const first = await cli(sb, ['apply', '-c', CONFIG, '--auto-approve']);
    // The lost answer is recovered in the same run: the article is looked up, not posted again.
    expect(first.code).toBe(0);
    // Two articles are created by the example; the one whose answer was lost is not posted twice.
    expect(sb.log.filter((e) => e.method === 'POST' && e.path === '/articles')).toHaveLength(2);
    const plan = await cli(sb, ['plan', '-c', CONFIG, '--detailed-exitcode']);
    expect(plan.code).toBe(0);
    expectOneOfEach(sb);
  });

  it('updates a company hidden from lists instead of creating it again', async () => {
    sb = await sandbox();
    const before = sb.state.companies.filter((c) => c.company_id === 'globex');
    expect(before).toHaveLength(1);
    expect(before[0]!.user_count).toBe(0);
    await cli(sb, ['apply', '-c', CONFIG, '--auto-approve']);
    const after = sb.state.companies.filter((c) => c.company_id === 'globex');
    expect(after.map((c) => c.id)).toEqual([before[0]!.id]);
    expect(after[0]!.plan).toBe('Pro');
    expect(
      sb.log.filter(
        (e) =>
          e.method === 'POST' &&
          e.path === '/companies' &&
          (e.body as { company_id?: string }).company_id === 'globex',
      ),
    ).toEqual([]);
    // initech, created by this apply, is hidden too (no users): a second plan must still find it.
    const plan = await cli(sb, ['plan', '-c', CONFIG, '--detailed-exitcode']);
    expect(plan.code).toBe(0);
  });
});
