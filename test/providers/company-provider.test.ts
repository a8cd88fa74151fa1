import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createCompanyProvider } from '../../src/providers/companies/company-provider.js';
import { companyLive } from '../../src/providers/companies/company-fields.js';
import type { DesiredCompany, DesiredTag } from '../../src/model/desired.js';
import type { ApiCompany } from '../../src/intercom/api-types.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { UserError } from '../../src/errors/user-error.js';
import { FakeClient, type RecordedRequest } from './fake-client.js';
import { declared, desired, planRefs } from './refs-fixture.js';
import { createChange, deleteChange, send, updateChange } from './changes.js';
import { specCompanyCreated, specScrollCompany } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const provider = createCompanyProvider();
const tags: DesiredTag[] = ['VIP-Customer', 'beta-tester', 'churn-risk'].map((name) => ({
  ...declared,
  name,
  previousNames: [],
}));
const refs = planRefs({ tags: tags.map((t) => t.name) });
const base: DesiredCompany = { ...declared, companyId: 'acme-corp' };
const fromConfig = (c: Partial<DesiredCompany> = {}) =>
  provider.fromConfig(desired({ tags, companies: [{ ...base, ...c }] }))[0]!;

const acme: ApiCompany = {
  ...specScrollCompany,
  id: '5f1aaa',
  company_id: 'acme-corp',
  name: 'Acme Corp',
  plan: { type: 'plan', id: '269315', name: 'Pro' },
  size: 250,
  website: 'https://acme.example',
  industry: 'Manufacturing',
  monthly_spend: 5000,
  remote_created_at: 1663597223,
  custom_attributes: { region: 'EMEA', seats: 9, undeclared: 'x' },
  tags: {
    type: 'tag.list',
    tags: [
      { type: 'tag', id: '1', name: 'VIP-customer' },
      { type: 'tag', id: '2', name: 'Manual tag' },
    ],
  },
};
const live = (c: Partial<ApiCompany> = {}) => companyLive({ ...acme, ...c });
const tagAnswer = (tagged: boolean) => (req: RecordedRequest) => {
  const body = req.body as { name: string; companies: { id: string }[] };
  return {
    type: 'tag',
    id: '9',
    name: body.name,
    users: [],
    companies: body.companies.map((c) => ({ id: c.id, tagged })),
  };
};

describe('company provider', () => {
  it('lists through the scroll, a `{}` plan as null and tags by lower-case name', async () => {
    const client = new FakeClient().on('GET', '/companies/scroll', [specScrollCompany, acme]);
    const listed = await provider.list(client);
    expect(client.requests).toMatchObject([{ via: 'scrollCompanies' }]);
    expect(listed[0]).toMatchObject({
      kind: 'company',
      id: '6762f0971bb69f9f2193bb2b',
      name: 'remote_companies_scroll_2',
      fields: {
        name: 'IntercomQATest1',
        plan: null,
        size: null,
        website: null,
        industry: null,
        monthly_spend: 0,
        remote_created_at: 1734537367,
        tags: [],
      },
    });
    expect(listed[1]!.fields).toEqual({
      name: 'Acme Corp',
      plan: 'Pro',
      size: 250,
      website: 'https://acme.example',
      industry: 'Manufacturing',
      monthly_spend: 5000,
      remote_created_at: 1663597223,
      'custom_attributes.region': 'EMEA',
      'custom_attributes.seats': 9,
      'custom_attributes.undeclared': 'x',
      tags: ['manual tag', 'vip-customer'],
    });
  });

  it('maps the config: declared custom attributes only, tags spelled as declared', () => {
    const d = fromConfig({
      name: 'Acme',
      monthlySpend: 155.98,
      customAttributes: { seats: 9, region: 'EMEA' },
      tags: ['vip-customer', 'Beta-Tester'],
    });
    expect(d).toMatchObject({ key: 'acme-corp', name: 'acme-corp' });
    expect(Object.keys(d.fields)).toEqual([
      'name',
      'plan',
      'size',
      'website',
      'industry',
      'monthly_spend',
      'remote_created_at',
      'custom_attributes.region',
      'custom_attributes.seats',
      'tags',
    ]);
    expect(d.fields).toMatchObject({ monthly_spend: 155, tags: ['beta-tester', 'vip-customer'] });
    expect(provider.references(d)).toEqual([
      { kind: 'tag', key: 'VIP-Customer' },
      { kind: 'tag', key: 'beta-tester' },
    ]);
  });

  it.each([
    [
      'no change',
      {
        name: 'Acme Corp',
        plan: 'Pro',
        size: 250,
        monthlySpend: 5000,
        customAttributes: { region: 'EMEA' },
        tags: ['vip-customer'],
      },
      [],
    ],
    ['unmanaged fields and undeclared attributes and tags ignored', {}, []],
    ['the name', { name: 'Acme' }, [{ field: 'name', before: 'Acme Corp', after: 'Acme' }]],
    ['the plan', { plan: 'Enterprise' }, [{ field: 'plan', before: 'Pro', after: 'Enterprise' }]],
    ['the size', { size: 300 }, [{ field: 'size', before: 250, after: 300 }]],
    [
      'the website',
      { website: 'https://acme.test' },
      [{ field: 'website', before: 'https://acme.example', after: 'https://acme.test' }],
    ],
    [
      'the industry',
      { industry: 'Retail' },
      [{ field: 'industry', before: 'Manufacturing', after: 'Retail' }],
    ],
    [
      'the monthly spend',
      { monthlySpend: 6000 },
      [{ field: 'monthly_spend', before: 5000, after: 6000 }],
    ],
    [
      'the remote created time',
      { remoteCreatedAt: 1 },
      [{ field: 'remote_created_at', before: 1663597223, after: 1 }],
    ],
    [
      'a custom attribute',
      { customAttributes: { region: 'APAC' } },
      [{ field: 'custom_attributes.region', before: 'EMEA', after: 'APAC' }],
    ],
    [
      'a new custom attribute',
      { customAttributes: { tier: 'gold' } },
      [{ field: 'custom_attributes.tier', before: null, after: 'gold' }],
    ],
    [
      'declared tags only',
      { tags: ['beta-tester'] },
      [{ field: 'tags', before: ['vip-customer'], after: ['beta-tester'] }],
    ],
    [
      'all declared tags removed',
      { tags: [] },
      [{ field: 'tags', before: ['vip-customer'], after: [] }],
    ],
  ])('diffs %s', (_what, want, fields) => {
    expect(provider.diff(fromConfig(want as Partial<DesiredCompany>), live(), refs)).toEqual(
      fields,
    );
  });

  it('treats a plan of `{}` as no plan', () => {
    expect(provider.diff(fromConfig({ plan: 'Pro' }), live({ plan: {} }), refs)).toEqual([
      { field: 'plan', before: null, after: 'Pro' },
    ]);
  });

  it('creates with POST /companies (managed fields only), then tags by the new Intercom id', async () => {
    const d = fromConfig({
      name: 'my company',
      plan: 'Pro',
      monthlySpend: 99.9,
      customAttributes: { region: 'EMEA' },
      tags: ['vip-customer'],
    });
    const change = createChange(provider, d, refs);
    const company = {
      company_id: 'acme-corp',
      name: 'my company',
      plan: 'Pro',
      monthly_spend: 99,
      custom_attributes: { region: 'EMEA' },
    };
    // The tag request names the company by the id its own create will get.
    expect(change.requests).toEqual([
      { method: 'POST', path: '/companies', body: company },
      {
        method: 'POST',
        path: '/tags',
        body: {
          name: 'VIP-Customer',
          companies: [{ id: { known_after_apply: 'create:company:acme-corp', as: 'string' } }],
        },
      },
    ]);
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient()
      .on('POST', '/companies', specCompanyCreated)
      .on('POST', '/tags', tagAnswer(true));
    expect(await send(provider, client, change)).toEqual({
      id: '6762f0761bb69f9f2193bae2',
      recovered: false,
    });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/companies', company],
      ['POST', '/tags', { name: 'VIP-Customer', companies: [{ id: '6762f0761bb69f9f2193bae2' }] }],
    ]);
  });

  it('fails clearly when Intercom answers 200 but reports a company was not tagged', async () => {
    const client = new FakeClient()
      .on('POST', '/companies', specCompanyCreated)
      .on('POST', '/tags', tagAnswer(false));
    const change = createChange(provider, fromConfig({ tags: ['churn-risk'] }), refs);
    const error = await send(provider, client, change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /did not tag company "acme-corp" \(id 6762f0761bb69f9f2193bae2\) with tag "churn-risk"/,
    );
    // A refusal is not a lost answer: the tag request is not repeated.
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /companies',
      'POST /tags',
    ]);
  });

  it('fails an untag that Intercom reports left the company tagged', async () => {
    const change = updateChange(provider, fromConfig({ tags: [] }), live(), refs);
    expect(change.requests).toEqual([
      {
        method: 'POST',
        path: '/tags',
        body: { name: 'VIP-customer', companies: [{ id: '5f1aaa', untag: true }] },
      },
    ]);
    const stillTagged = new FakeClient().on('POST', '/tags', tagAnswer(true));
    await expect(send(provider, stillTagged, change)).rejects.toThrow(
      /did not untag company "acme-corp" \(id 5f1aaa\) from tag "VIP-customer"/,
    );
    const untagged = new FakeClient().on('POST', '/tags', tagAnswer(false));
    await expect(send(provider, untagged, change)).resolves.toEqual({
      id: '5f1aaa',
      recovered: false,
    });
  });

  it('repeats a tag request whose answer was lost, without creating the company again', async () => {
    let tagCalls = 0;
    const client = new FakeClient()
      .on('POST', '/companies', specCompanyCreated)
      .on('POST', '/tags', (req: RecordedRequest) => {
        tagCalls += 1;
        if (tagCalls === 1) {
          throw new IntercomApiError({ status: 502, method: 'POST', path: '/tags' });
        }
        return tagAnswer(true)(req);
      });
    const change = createChange(provider, fromConfig({ tags: ['beta-tester'] }), refs);
    expect(await send(provider, client, change)).toEqual({
      id: '6762f0761bb69f9f2193bae2',
      recovered: true,
    });
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /companies',
      'POST /tags',
      'POST /tags',
    ]);
  });

  it('updates with PUT for plain fields, the upsert for remote_created_at, and POST /tags for tags', async () => {
    const d = fromConfig({
      name: 'Acme',
      plan: 'Pro',
      size: 300,
      remoteCreatedAt: 1,
      customAttributes: { region: 'APAC', seats: 9 },
      tags: ['beta-tester'],
    });
    const change = updateChange(provider, d, live(), refs);
    const expected = [
      {
        method: 'PUT',
        path: '/companies/5f1aaa',
        body: { name: 'Acme', size: 300, custom_attributes: { region: 'APAC' } },
      },
      {
        method: 'POST',
        path: '/companies',
        body: { company_id: 'acme-corp', remote_created_at: 1 },
      },
      {
        method: 'POST',
        path: '/tags',
        body: { name: 'beta-tester', companies: [{ id: '5f1aaa' }] },
      },
      {
        method: 'POST',
        path: '/tags',
        body: { name: 'VIP-customer', companies: [{ id: '5f1aaa', untag: true }] },
      },
    ];
    expect(change.requests).toEqual(expected);
    const client = new FakeClient()
      .on('PUT', '/companies/5f1aaa', acme)
      .on('POST', '/companies', acme)
      .on('POST', '/tags', (req: RecordedRequest) =>
        tagAnswer(!(req.body as { companies: { untag?: boolean }[] }).companies[0]!.untag)(req),
      );
    expect(await send(provider, client, change)).toEqual({ id: '5f1aaa', recovered: false });
    expect(client.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual(
      expected,
    );
  });

  it('sends nothing but tag requests when only tags changed', async () => {
    const change = updateChange(
      provider,
      fromConfig({ tags: ['vip-customer', 'churn-risk'] }),
      live(),
      refs,
    );
    expect(change.requests).toEqual([
      {
        method: 'POST',
        path: '/tags',
        body: { name: 'churn-risk', companies: [{ id: '5f1aaa' }] },
      },
    ]);
    const client = new FakeClient().on('POST', '/tags', tagAnswer(true));
    await send(provider, client, change);
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/tags', { name: 'churn-risk', companies: [{ id: '5f1aaa' }] }],
    ]);
  });

  it('finds a company the scroll did not show by company_id, as a single company or a list', async () => {
    const d = fromConfig();
    const single = new FakeClient().on('GET', '/companies', acme);
    expect(await provider.findOne!(single, d)).toMatchObject({ id: '5f1aaa', name: 'acme-corp' });
    expect(single.requests).toMatchObject([
      { method: 'GET', path: '/companies', query: { company_id: 'acme-corp' } },
    ]);
    const list = new FakeClient().on('GET', '/companies', {
      type: 'list',
      data: [specScrollCompany, acme],
      pages: {},
    });
    expect(await provider.findOne!(list, d)).toMatchObject({ id: '5f1aaa' });
  });

  it('finds nothing on 404 company_not_found, and lets other errors through', async () => {
    const err = (status: number) => () => {
      throw new IntercomApiError({
        status,
        method: 'GET',
        path: '/companies',
        code: status === 404 ? 'company_not_found' : 'server_error',
      });
    };
    expect(
      await provider.findOne!(new FakeClient().on('GET', '/companies', err(404)), fromConfig()),
    ).toBeUndefined();
    await expect(
      provider.findOne!(new FakeClient().on('GET', '/companies', err(500)), fromConfig()),
    ).rejects.toThrow(IntercomApiError);
  });

  it('audits monthly_spend limits and empty company ids', () => {
    const problems = provider.audit(
      desired({
        companies: [
          { ...base, monthlySpend: 2 ** 31 },
          { ...base, companyId: 'b', monthlySpend: 155.98 },
          { ...base, companyId: '  ' },
          { ...base, companyId: 'ok', monthlySpend: 2 ** 31 - 1 },
        ],
      }),
    );
    expect(problems.map((p) => [p.severity ?? 'error', p.message])).toEqual([
      [
        'error',
        'company "acme-corp": monthly_spend 2147483648 is over Intercom\'s limit of 2147483647',
      ],
      ['warning', 'company "b": monthly_spend 155.98 will be stored as 155'],
      ['error', 'company_id is empty'],
    ]);
  });

  it('deletes with DELETE /companies/{id} and describes by company name', async () => {
    const change = deleteChange(provider, live(), refs);
    expect(change.fields).toEqual([{ field: 'name', before: 'Acme Corp' }]);
    expect(change.requests).toEqual([{ method: 'DELETE', path: '/companies/5f1aaa' }]);
    const client = new FakeClient().on('DELETE', '/companies/5f1aaa', {
      id: '5f1aaa',
      object: 'company',
      deleted: true,
    });
    await send(provider, client, change);
    expect(client.requests.map((r) => [r.method, r.path])).toEqual([
      ['DELETE', '/companies/5f1aaa'],
    ]);
  });
});
