// examples/workspace.yaml is the documented showcase of the format; it must load cleanly and
// produce exactly what the docs promise.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

const example = fileURLToPath(new URL('../../examples/workspace.yaml', import.meta.url));

describe('examples/workspace.yaml', () => {
  it('loads with no errors and the expected Desired', async () => {
    const { desired } = await loadConfig(example, { env: {} });
    expect(isAbsolute(desired.configPath)).toBe(true);
    expect(desired.configPath).toBe(resolve(example));
    expect(desired.version).toBe(1);
    expect(desired.workspace).toEqual({ region: 'us', id: 'acme1234' });
    expect(desired.prune).toEqual({
      tags: false,
      collections: false,
      articles: true,
      companies: false,
    });
    expect(desired.protected).toEqual(['vip-customer']);

    expect(desired.tags.map((t) => [t.name, t.ensure, t.protect])).toEqual([
      ['vip-customer', 'present', true],
      ['beta-tester', 'present', false],
      ['churn-risk', 'present', false],
      ['legacy', 'absent', false],
    ]);
    expect(desired.tags[1]?.previousNames).toEqual(['beta']);
    const tagLine = readFileSync(example, 'utf8').split('\n').indexOf('  - name: vip-customer') + 1;
    expect(desired.tags[0]?.pos).toEqual({ file: example, line: tagLine, col: 5 });

    const collection = (key: string) => desired.collections.find((c) => c.key === key);
    expect(desired.collections.map((c) => c.key)).toEqual([
      'getting-started',
      'billing',
      'cards',
      'integrations',
      'reference',
    ]);
    const started = collection('getting-started');
    expect(started && 'parent' in started).toBe(false);
    expect(started).toMatchObject({
      protect: true,
      translations: { fr: { name: 'Premiers pas', description: 'Vos premiers pas avec Acme' } },
    });
    // Nested three deep: getting-started > billing > cards.
    expect(collection('billing')).toMatchObject({ parent: 'getting-started' });
    expect(collection('cards')).toMatchObject({
      parent: 'billing',
      translations: { fr: { name: 'Cartes et moyens de paiement' } },
    });
    expect(collection('integrations')?.description).toBeNull();
    expect(collection('reference')?.previousNames).toEqual(['Archive']);

    const welcome = desired.articles.find((a) => a.key === 'welcome');
    expect(welcome?.bodyFile).toBe('help-center/welcome.md');
    expect(welcome?.body).toContain('<h1>Welcome to Acme</h1>');
    expect(welcome?.body).toContain('<strong>orders</strong>');
    expect(welcome?.body).not.toContain('# Welcome');
    const slack = desired.articles.find((a) => a.key === 'slack');
    expect(slack?.body?.startsWith('<h1>Connecting Slack</h1>')).toBe(true);
    const refunds = desired.articles.find((a) => a.key === 'refunds');
    expect(refunds).toMatchObject({
      state: 'draft',
      body: '<p>We refund within 30 days of purchase.</p>',
    });
    expect(refunds?.bodyFile).toBeUndefined();
    expect(welcome?.translations?.fr).toMatchObject({
      title: 'Bienvenue chez Acme',
      bodyFile: 'help-center/welcome.fr.md',
    });
    expect(welcome?.translations?.fr?.body).toContain('<strong>commandes</strong>');

    expect(desired.companies[0]).toMatchObject({
      companyId: 'acme-corp',
      monthlySpend: 5000,
      size: 250,
      customAttributes: { region: 'EMEA' },
      tags: ['vip-customer'],
    });
    expect(desired.companies[2]?.tags).toEqual([]);
    expect(desired.companies[2]?.size).toBeUndefined();
    expect(desired.admins).toEqual([
      expect.objectContaining({ email: 'ava@acme.example', away: false, reassign: false }),
      expect.objectContaining({
        email: 'ben@acme.example',
        away: true,
        reassign: true,
        reason: 'On holiday',
      }),
    ]);
    expect('reason' in (desired.admins[0] ?? {})).toBe(false);
  });

  it('reads help-center/articles/ with front matter: collection by folder, id pins, previous_names, a standalone article, translations', async () => {
    const { desired } = await loadConfig(example, { env: {} });
    const fromDir = desired.articles.filter((a) => a.bodyFile?.startsWith('help-center/articles/'));
    expect(fromDir.map((a) => [a.key, a.collection])).toEqual([
      ['billing/cards/saving-a-card', 'cards'],
      ['billing/pricing', 'billing'],
      ['status', null],
    ]);
    const [card, pricing, status] = fromDir;
    expect(card).toMatchObject({ title: 'Saving a card', previousNames: ['Paying by card'] });
    expect(card?.translations?.fr?.body).toContain('Ajoutez une carte');
    expect(pricing).toMatchObject({ id: '303', title: 'Pricing plans' });
    expect(pricing?.body).toContain('<table>');
    // The French body is its own file beside the article, and is not an article itself.
    expect(pricing?.translations?.fr?.body).toContain('Sur demande');
    expect(desired.articles.some((a) => a.key.endsWith('.fr'))).toBe(false);
    expect(status?.pos?.file).toBe(resolve(example, '../help-center/articles/status.md'));
  });

  it('warns about the h3 in welcome.md at its line in the .md file', async () => {
    const { warnings } = await loadConfig(example, { env: {} });
    expect(warnings).toEqual([
      {
        pos: { file: resolve(example, '../help-center/welcome.md'), line: 11, col: 1 },
        message: 'h3 heading will be turned into h2 by Intercom',
        hint: expect.stringContaining('`##`'),
        severity: 'warning',
      },
    ]);
  });

  it('takes the workspace id from the environment when it is set', async () => {
    const { desired } = await loadConfig(example, {
      env: { INTERCOM_AS_CODE_VAR_WORKSPACE_ID: 'other99' },
    });
    expect(desired.workspace.id).toBe('other99');
  });
});
