// The conversion contract of model/desired.ts: defaults, undefined (not managed) versus null
// (clear it), ids as strings, lower-cased emails and derived keys.
import { describe, expect, it } from 'vitest';
import { load, yaml } from './helpers.js';

describe('Desired', () => {
  it('fills defaults for a minimal file', async () => {
    const { desired, path, warnings } = await load(yaml('version: 1'));
    expect(desired).toEqual({
      configPath: path,
      version: 1,
      workspace: {},
      prune: { tags: false, collections: false, articles: false, companies: false },
      protected: [],
      settingsPos: { prune: {}, protected: [] },
      tags: [],
      collections: [],
      articles: [],
      companies: [],
      admins: [],
    });
    expect(warnings).toEqual([]);
  });

  it('keeps unwritten fields absent and explicit nulls null', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'collections:',
        '  - name: Top',
        '    parent: null',
        '    description: null',
        '  - name: Loose',
        'articles:',
        '  - title: Orphan',
        '    author: a@acme.example',
        '    collection: null',
        '    description:',
        '  - title: Untouched',
        '    author: a@acme.example',
      ),
    );
    const [top, loose] = desired.collections;
    expect(top).toMatchObject({ parent: null, description: null });
    expect(loose && Object.keys(loose).sort()).toEqual([
      'ensure',
      'key',
      'name',
      'pos',
      'previousNames',
      'protect',
    ]);
    expect(desired.articles[0]).toMatchObject({ collection: null, description: null });
    const untouched = desired.articles[1];
    for (const field of ['collection', 'description', 'state', 'body', 'bodyFile', 'id'] as const) {
      expect(untouched && field in untouched).toBe(false);
    }
  });

  it('derives keys from names and titles, and keeps explicit keys', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'collections:',
        '  - name: "  Getting Started: 101!  "',
        '  - name: Über uns',
        '  - key: custom',
        '    name: Whatever',
        'articles:',
        '  - title: How do I pay?',
        '    author: a@acme.example',
      ),
    );
    expect(desired.collections.map((c) => c.key)).toEqual([
      'getting-started-101',
      'uber-uns',
      'custom',
    ]);
    expect(desired.articles[0]?.key).toBe('how-do-i-pay');
  });

  it('turns integer ids into strings, exactly as written even past 2^53', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'workspace:',
        '  id: 12345',
        'tags:',
        '  - name: a',
        '    id: 9007199254740993',
        'companies:',
        '  - company_id: 42',
        '    id: "5f1abc"',
        'admins:',
        '  - email: a@acme.example',
        '    id: 7',
        '    away: false',
      ),
    );
    expect(desired.workspace.id).toBe('12345');
    expect(desired.tags[0]?.id).toBe('9007199254740993');
    expect(desired.companies[0]).toMatchObject({ companyId: '42', id: '5f1abc' });
    expect(desired.admins[0]?.id).toBe('7');
  });

  it('lower-cases admin and author emails but not other text', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'articles:',
        '  - title: Hello World',
        '    author: Ava@ACME.example',
        'admins:',
        '  - email: Ben@Acme.Example',
        '    away: true',
        '    reason: null',
      ),
    );
    expect(desired.articles[0]).toMatchObject({ author: 'ava@acme.example', title: 'Hello World' });
    expect(desired.admins[0]).toMatchObject({
      email: 'ben@acme.example',
      reason: null,
      reassign: false,
    });
  });

  it('places each entry at its first key', async () => {
    const { desired, path } = await load(
      yaml(
        'version: 1',
        'tags:',
        '  -   name: spaced',
        '  -',
        '    ensure: absent',
        '    name: second',
        'admins:',
        '  - { email: a@acme.example, away: false }',
      ),
    );
    expect(desired.tags.map((t) => t.pos)).toEqual([
      { file: path, line: 3, col: 7 },
      { file: path, line: 5, col: 5 },
    ]);
    expect(desired.admins[0]?.pos).toEqual({ file: path, line: 8, col: 7 });
  });

  it('keeps company fields and custom attributes of every allowed type', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'companies:',
        '  - company_id: acme',
        '    name: Acme',
        '    plan: Pro',
        '    size: 3',
        '    website: https://acme.example',
        '    industry: Retail',
        '    monthly_spend: 2147483647',
        '    remote_created_at: 1700000000',
        '    custom_attributes: { s: x, n: 1.5, b: true, z: null }',
        '    ensure: absent',
        '    protect: true',
      ),
    );
    expect(desired.companies[0]).toEqual({
      companyId: 'acme',
      name: 'Acme',
      plan: 'Pro',
      size: 3,
      website: 'https://acme.example',
      industry: 'Retail',
      monthlySpend: 2147483647,
      remoteCreatedAt: 1700000000,
      customAttributes: { s: 'x', n: 1.5, b: true, z: null },
      ensure: 'absent',
      protect: true,
      pos: expect.objectContaining({ line: 3, col: 5 }),
    });
  });

  it('follows YAML anchors and aliases', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'companies:',
        '  - company_id: a',
        '    custom_attributes: &attrs { region: EMEA }',
        '  - company_id: b',
        '    custom_attributes: *attrs',
      ),
    );
    expect(desired.companies[1]?.customAttributes).toEqual({ region: 'EMEA' });
  });
});
