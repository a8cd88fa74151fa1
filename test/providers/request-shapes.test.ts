// Every request every provider sends, checked against Intercom's own 2.16 OpenAPI description:
// the path must name a real operation and the body must match its request schema.
import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { validateRequest } from '../support/openapi.js';
import { createProviders } from '../../src/providers/index.js';
import { KIND_ORDER, type Kind } from '../../src/model/objects.js';
import type { Desired } from '../../src/model/desired.js';
import type { Provider } from '../../src/providers/provider.js';
import { FakeClient, type RecordedRequest } from './fake-client.js';
import { declared, desired, planRefs, pos, type RefsSetup } from './refs-fixture.js';
import { createChange, deleteChange, send, updateChange } from './changes.js';
import { KINDS } from '../../src/model/kinds.js';
import {
  specAdminAway,
  specAdmins,
  specArticles,
  specCollections,
  specCompanyCreated,
  specReasons,
  specScrollCompany,
  specTagCreated,
  specTags,
} from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const AUTHOR = 'admin2@email.com';
const setup: RefsSetup = {
  ids: { collection: { guides: '159', faq: '160' } },
  admins: { '991267460': AUTHOR },
  tags: ['vip', 'beta'],
};

/** A config that manages every field of every kind. Custom attribute values are strings: the
 *  spec's schema declares `additionalProperties: {type: string}` (its examples use numbers). */
const config: Desired = desired({
  tags: [
    { ...declared, name: 'vip', previousNames: [] },
    { ...declared, name: 'beta', previousNames: [] },
  ],
  collections: [
    {
      ...declared,
      key: 'billing',
      name: 'Billing',
      description: null,
      parent: 'guides',
      previousNames: [],
    },
  ],
  articles: [
    {
      ...declared,
      key: 'refunds',
      title: 'Refunds',
      description: 'How refunds work',
      author: AUTHOR,
      state: 'published',
      collection: 'faq',
      body: '<h3>Refunds</h3><p>Within 30 days.</p>',
      previousNames: [],
    },
  ],
  companies: [
    {
      ...declared,
      companyId: 'remote_companies_scroll_2',
      name: 'Acme',
      plan: 'Enterprise',
      size: 250,
      website: 'https://acme.example',
      industry: 'Manufacturing',
      monthlySpend: 5000,
      remoteCreatedAt: 1394531169,
      customAttributes: { region: 'EMEA' },
      tags: ['vip', 'beta'],
    },
    // Matches the same live company and drops its declared tag: exercises the untag body.
    { ...declared, companyId: 'untagged', tags: [] },
  ],
  admins: [{ email: AUTHOR, away: true, reassign: false, reason: 'On holiday', pos }],
});

function workspace(): FakeClient {
  const liveCompany = {
    ...specScrollCompany,
    tags: {
      type: 'tag.list' as const,
      tags: [
        { type: 'tag' as const, id: '3', name: 'old' },
        { type: 'tag' as const, id: '4', name: 'beta' },
      ],
    },
  };
  return new FakeClient()
    .on('GET', '/tags', { type: 'list', data: specTags })
    .on('POST', '/tags', (req: RecordedRequest) => {
      const body = req.body as { name: string; companies?: { id: string; untag?: boolean }[] };
      const companies = body.companies?.map((c) => ({ id: c.id, tagged: c.untag !== true })) ?? [];
      return { ...specTagCreated, name: body.name, companies };
    })
    .on('DELETE', '/tags/{id}', undefined)
    .on('GET', '/help_center/collections', specCollections)
    .on('POST', '/help_center/collections', specCollections[1])
    .on('PUT', '/help_center/collections/{id}', specCollections[1])
    .on('DELETE', '/help_center/collections/{id}', {
      id: '160',
      object: 'collection',
      deleted: true,
    })
    .on('GET', '/articles', specArticles)
    .on('POST', '/articles', specArticles[1])
    .on('PUT', '/articles/{id}', specArticles[0])
    .on('DELETE', '/articles/{id}', { id: '39', object: 'article', deleted: true })
    .on('GET', '/companies/scroll', [liveCompany])
    .on('GET', '/companies', specCompanyCreated)
    .on('POST', '/companies', specCompanyCreated)
    .on('PUT', '/companies/{id}', specScrollCompany)
    .on('DELETE', '/companies/{id}', { id: specScrollCompany.id, object: 'company', deleted: true })
    .on('GET', '/admins', { type: 'admin.list', admins: [...specAdmins, specAdminAway] })
    .on('GET', '/away_status_reasons', { type: 'list', data: specReasons })
    .on('PUT', '/admins/{id}/away', specAdminAway);
}

/**
 * Plans an update, a create and a delete of everything one provider declares, as the planner
 * does (requests built with the planner's RequestRefs), and sends each through apply's
 * runChange, so the requests checked are exactly the filled ones apply sends.
 */
async function exercise(provider: Provider, client: FakeClient): Promise<void> {
  const refs = planRefs(setup);
  const full = KINDS[provider.kind].lifecycle === 'full';
  const live = await provider.list(client);
  const wanted = provider.fromConfig(config);
  expect(live.length).toBeGreaterThan(0);
  expect(wanted.length).toBeGreaterThan(0);
  for (const d of wanted) {
    await provider.findOne?.(client, d);
    const target = live.find((l) => l.name === d.name) ?? live[0]!;
    const update = updateChange(provider, d, target, refs);
    expect(
      update.fields.length,
      `${provider.kind} ${d.key} should differ from the live fixture`,
    ).toBeGreaterThan(0);
    await send(provider, client, update);
    if (full) await send(provider, client, createChange(provider, d, refs));
  }
  if (full) await send(provider, client, deleteChange(provider, live[0]!, refs));
}

describe('request shapes against the 2.16 OpenAPI description', () => {
  const providers = createProviders();

  it.each(providers.map((p) => [p.kind, p] as const))(
    '%s: every request is a valid operation',
    async (_kind, provider) => {
      const client = workspace();
      await exercise(provider, client);
      const writes = client.writes();
      expect(writes.length).toBeGreaterThan(0);
      if (provider.kind === 'company') {
        expect(writes.some((w) => JSON.stringify(w.body).includes('"untag":true'))).toBe(true);
      }
      const problems = client.requests.flatMap((r) => validateRequest(r.method, r.path, r.body));
      expect(problems).toEqual([]);
    },
  );

  it('covers every write each kind can make', async () => {
    const seen = new Set<string>();
    for (const provider of providers) {
      const client = workspace();
      await exercise(provider, client);
      for (const r of client.writes())
        seen.add(`${r.method} ${r.path.replace(/\/(\d+|[0-9a-f]{24})(?=\/|$)/g, '/{id}')}`);
    }
    expect([...seen].sort()).toEqual([
      'DELETE /articles/{id}',
      'DELETE /companies/{id}',
      'DELETE /help_center/collections/{id}',
      'DELETE /tags/{id}',
      'POST /articles',
      'POST /companies',
      'POST /help_center/collections',
      'POST /tags',
      'PUT /admins/{id}/away',
      'PUT /articles/{id}',
      'PUT /companies/{id}',
      'PUT /help_center/collections/{id}',
    ]);
  });

  it('would catch a malformed request (the validator is live)', () => {
    expect(validateRequest('PUT', '/articles/39', { parent_id: 18 })).not.toEqual([]);
    expect(
      validateRequest('POST', '/articles', { title: 't', author_id: 1, parent_id: '18' }),
    ).not.toEqual([]);
  });
});

describe('createProviders', () => {
  it('returns one provider per kind in KIND_ORDER', () => {
    expect(createProviders().map((p) => p.kind)).toEqual<Kind[]>([...KIND_ORDER]);
  });

  it('creates fresh providers per run, so per-run caches are not shared', () => {
    expect(createProviders()[4]).not.toBe(createProviders()[4]);
  });
});
