// The core promise: plan, apply, plan again shows nothing, and nothing is created twice.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox, specViolations } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('plan, apply, plan on the example', () => {
  it('converges to zero changes with one object per declaration', async () => {
    sb = await sandbox();
    const first = await cli(sb, ['plan', '-c', 'examples/workspace.yaml', '--detailed-exitcode']);
    // Only the example's one warning, on stderr, where warnings go on every command.
    expect(first.io.stderr).toMatch(
      /^\S*welcome\.md:11:1: warning: h3[^\n]*\n[^\n]*hint[^\n]*\n\n1 warning\n$/,
    );
    expect(first.io.stdout).not.toContain('warning');
    expect(first.code).toBe(2);
    const out = first.io.stdout;
    expect(out).toContain('+ tag "churn-risk"');
    expect(out).toMatch(/tag "beta-tester" \(id \d+\) will be renamed from "beta"/);
    expect(out).toMatch(/- tag "legacy"/);
    expect(out).toMatch(/company "globex" \(id [0-9a-f]+\) will be updated in place/);
    expect(out).not.toContain('+ company "globex"');
    expect(out).toMatch(/Unmanaged[\s\S]*tag "newsletter"/);
    expect(out).toMatch(/collection "reference" \(id 12\) will be renamed from "Archive"/);
    expect(out).toMatch(
      /article "billing\/pricing" \(id 303\) will be renamed from "Old pricing FAQ"/,
    );
    expect(out).toMatch(/article "billing\/cards\/saving-a-card" \(id 305\) will be renamed/);
    expect(out).toContain('+ translations.fr.name: "Cartes et moyens de paiement"');
    expect(out).toMatch(/- article "Archived notes"/);

    const apply = await cli(sb, ['apply', '-c', 'examples/workspace.yaml', '--auto-approve']);
    expect(apply.io.stdout).toContain('Apply complete');
    expect(apply.code).toBe(0);

    const again = await cli(sb, ['plan', '-c', 'examples/workspace.yaml', '--detailed-exitcode']);
    expect(again.io.stdout).toContain('No changes.');
    expect(again.code).toBe(0);

    const state = sb.state;
    const count = <T>(items: T[], pick: (t: T) => string, value: string) =>
      items.filter((i) => pick(i).toLowerCase() === value.toLowerCase()).length;
    for (const name of ['vip-customer', 'beta-tester', 'churn-risk'])
      expect(count(state.tags, (t) => t.name, name)).toBe(1);
    expect(count(state.tags, (t) => t.name, 'legacy')).toBe(0);
    expect(count(state.tags, (t) => t.name, 'beta')).toBe(0);
    for (const name of [
      'Getting Started',
      'Billing',
      'Cards and payment methods',
      'Integrations',
      'Reference',
    ])
      expect(count(state.collections, (c) => c.name, name)).toBe(1);
    expect(count(state.collections, (c) => c.name, 'Archive')).toBe(0);
    for (const title of [
      'Welcome to Acme',
      'Finding your invoices',
      'Refund policy',
      'Connecting Slack',
      'Pricing plans',
      'Saving a card',
      'System status',
    ]) {
      expect(count(state.articles, (a) => a.title, title)).toBe(1);
    }
    for (const gone of ['Old pricing FAQ', 'Paying by card', 'Archived notes'])
      expect(count(state.articles, (a) => a.title, gone)).toBe(0);
    expect(state.articles.find((a) => a.id === '303')?.translated_content?.fr?.title).toBe(
      'Nos forfaits',
    );
    for (const id of ['acme-corp', 'globex', 'initech'])
      expect(count(state.companies, (c) => c.company_id, id)).toBe(1);
    const ben = state.admins.find((a) => a.email === 'ben@acme.example')!;
    expect(ben.away_mode_enabled).toBe(true);
    expect(specViolations(sb)).toEqual([]);
  });

  it('never sends a request for an invalid configuration', async () => {
    sb = await sandbox();
    const path = exampleCopy((y) => y.replace('size: 250', 'size: lots'));
    const result = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(result.code).toBe(3);
    expect(sb.log).toEqual([]);
  });
});

describe('article bodies', () => {
  const BODY =
    '<h1>Guide</h1><h3>Step one</h3><p>Open the app.</p><h5>Note</h5><p><img src="https://acme.example/img/step.png"></p><p>Then click Save.</p>';
  const withGuide = (body: string) => (y: string) =>
    y.replace(
      'articles:\n',
      `articles:\n  - key: guide\n    title: Guide\n    author: ava@acme.example\n    body: '${body}'\n`,
    );

  it('shows no perpetual diff after Intercom rewrites headings and re-hosts images, but shows a one-word edit', async () => {
    sb = await sandbox();
    const path = exampleCopy(withGuide(BODY));
    expect((await cli(sb, ['apply', '-c', path, '--auto-approve'])).code).toBe(0);
    const stored = sb.state.articles.find((a) => a.title === 'Guide')!;
    expect(stored.body).not.toContain('<h3>');

    const again = await cli(sb, ['plan', '-c', path, '--detailed-exitcode']);
    expect(again.io.stdout).toContain('No changes.');
    expect(again.code).toBe(0);

    const edited = exampleCopy(withGuide(BODY.replace('Then click Save.', 'Then click Done.')));
    const plan = await cli(sb, ['plan', '-c', edited, '--detailed-exitcode']);
    expect(plan.code).toBe(2);
    expect(plan.io.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    const minus = plan.io.stdout.split('\n').filter((l) => /^\s+-<p>/.test(l));
    const plus = plan.io.stdout.split('\n').filter((l) => /^\s+\+<p>/.test(l));
    expect(minus.map((l) => l.trim())).toEqual(['-<p>Then click Save.</p>']);
    expect(plus.map((l) => l.trim())).toEqual(['+<p>Then click Done.</p>']);
  });
});
