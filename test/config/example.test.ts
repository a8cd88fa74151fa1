// examples/workspace.yaml is the documented showcase of the format; it must load cleanly and
// produce exactly what the docs promise.
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
    expect(desired.tags[0]?.pos).toEqual({ file: example, line: 22, col: 5 });

    const [started, billing, integrations] = desired.collections;
    expect(billing).toMatchObject({ key: 'billing', parent: 'getting-started' });
    expect(started && 'parent' in started).toBe(false);
    expect(integrations?.description).toBeNull();

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
    const { desired } = await loadConfig(example, { env: { INTERCOM_WORKSPACE_ID: 'other99' } });
    expect(desired.workspace.id).toBe('other99');
  });
});
