// Intercom's official Node SDK (intercom-client) against the sandbox: every endpoint the sandbox
// serves, called the way the SDK calls it, with every pager followed to its end. The SDK is
// generated from Intercom's own API description (Fern), so where the SDK and the sandbox disagree
// about how a list ends or what a request looks like, another Intercom client would trip too.
// Every request the SDK sent and every answer the sandbox gave is also checked against the
// vendored 2.16 OpenAPI description.
import { describe, expect, it } from 'vitest';
import { IntercomClient, IntercomError } from 'intercom-client';
import type { Sandbox, SandboxSeed } from '../../src/sandbox/index.js';
import { SCROLL_PAGE_SIZE } from '../../src/sandbox/index.js';
import { validateRequest, validateResponse } from '../support/openapi.js';
import { baseSeed, start } from './helpers.js';

/** A pager that runs past this many pages is taken to be endless. */
const MAX_PAGES = 1000;

const COLLECTIONS = 45;
const ARTICLES = 60;
/** More than one scroll page, and not a multiple of the page size. */
const COMPANIES = SCROLL_PAGE_SIZE + 11;

const seed: SandboxSeed = {
  ...baseSeed,
  collections: [
    ...(baseSeed.collections ?? []),
    ...Array.from({ length: COLLECTIONS }, (_, i) => ({
      id: String(100 + i),
      name: `Collection ${i}`,
      parent_id: i % 2 === 0 ? '21' : undefined,
      updated_at: 3000 + i,
    })),
  ],
  articles: [
    ...(baseSeed.articles ?? []),
    ...Array.from({ length: ARTICLES }, (_, i) => ({
      id: String(1000 + i),
      title: `Article ${i}`,
      author_id: 1,
      parent_id: '22',
      body: `<p>${i}</p>`,
      updated_at: 3000 + i,
    })),
  ],
  companies: [
    ...(baseSeed.companies ?? []),
    ...Array.from({ length: COMPANIES }, (_, i) => ({
      company_id: `bulk-${i}`,
      name: `Bulk ${i}`,
      user_count: 1,
      last_request_at: 1000 + i,
    })),
  ],
};

interface Pager<T> {
  data: T[];
  hasNextPage(): boolean;
  getNextPage(): Promise<unknown>;
}

/** Follows a pager to its end, failing instead of hanging if it never ends. */
async function drain<T>(pager: Pager<T>): Promise<{ items: T[]; pages: number }> {
  const items = [...pager.data];
  let pages = 1;
  while (pager.hasNextPage()) {
    pages++;
    if (pages > MAX_PAGES) throw new Error(`pager still going after ${MAX_PAGES} pages`);
    await pager.getNextPage();
    items.push(...pager.data);
  }
  return { items, pages };
}

function sdk(sb: Sandbox): IntercomClient {
  // No retries: a sandbox error must fail the test, not be papered over.
  return new IntercomClient({ baseUrl: sb.url, token: 'sdk-token', maxRetries: 0 });
}

const idsOf = (items: readonly ({ id?: string | number } | undefined)[] = []): string[] =>
  items.map((x) => String(x?.id)).sort();

/** Every logged request and answer, checked against the spec; one line per problem. */
function specProblems(sb: Sandbox): string[] {
  return sb.log.flatMap((entry) => {
    const path = entry.path + query(entry.query);
    return [
      ...validateRequest(entry.method, path, entry.body),
      ...validateResponse(entry.method, responsePath(sb, entry), entry.status, entry.response),
    ];
  });
}

/**
 * GET /companies?company_id= answers one company, which the spec documents only under
 * GET /companies/{id} (it declares company_list for GET /companies), as fidelity.test.ts does.
 */
function responsePath(sb: Sandbox, entry: Sandbox['log'][number]): string {
  const single = entry.query.company_id ?? entry.query.name;
  if (entry.method !== 'GET' || entry.path !== '/companies' || single === undefined) {
    return entry.path + query(entry.query);
  }
  const body = entry.response as { id?: string } | undefined;
  return `/companies/${body?.id ?? sb.state.companies[0]?.id ?? 'x'}`;
}

function query(params: Record<string, string>): string {
  const text = new URLSearchParams(params).toString();
  return text === '' ? '' : `?${text}`;
}

async function withSdk(): Promise<{ sb: Sandbox; client: IntercomClient }> {
  const sb = await start({ seed });
  return { sb, client: sdk(sb) };
}

describe('the official Intercom SDK against the sandbox', () => {
  it('admins: identify, list, find, away and away status reasons', async () => {
    const { sb, client } = await withSdk();
    const me = await client.admins.identify();
    expect(me).toMatchObject({ type: 'admin', id: '1', email: 'ann@test.example' });
    expect(me?.app).toMatchObject({ id_code: 'test1234' });

    const list = await client.admins.list();
    expect(idsOf(list.admins ?? [])).toEqual(idsOf(sb.state.admins));
    expect(await client.admins.find({ admin_id: 2 })).toMatchObject({ id: '2', name: 'Bob Admin' });

    const away = await client.admins.away({
      admin_id: 1,
      away_mode_enabled: true,
      away_mode_reassign: false,
      away_status_reason_id: 1,
    });
    expect(away).toMatchObject({ away_mode_enabled: true, away_status_reason_id: 1 });
    expect(sb.state.admins[0]).toMatchObject({ away_mode_enabled: true, away_status_reason_id: 1 });

    // The SDK types this answer as a bare array of reasons; the 2.16 spec (and so the sandbox)
    // wraps it in {type: 'list', data}. The SDK hands the body over as it came.
    const reasons: unknown = await client.awayStatusReasons.listAwayStatusReasons();
    expect(reasons).toMatchObject({ type: 'list' });
    const { data } = reasons as { data: { id: string }[] };
    expect(idsOf(data)).toEqual(idsOf(sb.state.away_status_reasons));

    await expect(client.admins.find({ admin_id: 99 })).rejects.toMatchObject({ statusCode: 404 });
    expect(specProblems(sb)).toEqual([]);
  });

  it('tags: list, create, find, tag and untag companies, delete', async () => {
    const { sb, client } = await withSdk();
    const list = await client.tags.list();
    expect(idsOf(list.data)).toEqual(idsOf(sb.state.tags));

    const created = await client.tags.create({ name: 'sdk-tag' });
    expect(created).toMatchObject({ type: 'tag', name: 'sdk-tag' });
    expect(await client.tags.find({ tag_id: created.id })).toMatchObject({ name: 'sdk-tag' });

    const company = sb.state.companies.find((c) => c.company_id === 'visible-2')!;
    await client.tags.create({ name: 'sdk-tag', companies: [{ id: company.id }] });
    expect(company.tag_ids).toContain(created.id);
    await client.tags.create({ name: 'sdk-tag', companies: [{ id: company.id, untag: true }] });
    expect(company.tag_ids).not.toContain(created.id);

    await client.tags.delete({ tag_id: created.id });
    expect(sb.state.tags.map((t) => t.name)).not.toContain('sdk-tag');
    await expect(client.tags.find({ tag_id: created.id })).rejects.toBeInstanceOf(IntercomError);
    expect(specProblems(sb)).toEqual([]);
  });

  it('help centers: the list pager ends, and find', async () => {
    const { sb, client } = await withSdk();
    const { items, pages } = await drain(await client.helpCenters.list());
    expect(idsOf(items)).toEqual(idsOf(sb.state.help_centers));
    // One page of help centers, then the empty page that tells the SDK to stop.
    expect(pages).toBe(2);
    const paged = await drain(await client.helpCenters.list({ per_page: 1 }));
    expect(idsOf(paged.items)).toEqual(idsOf(sb.state.help_centers));

    const id = Number(sb.state.help_centers[0]!.id);
    expect(await client.helpCenters.find({ help_center_id: id })).toMatchObject({
      id: String(id),
      default: true,
    });
    expect(specProblems(sb)).toEqual([]);
  });

  it('collections: every page, create, find, update, delete', async () => {
    const { sb, client } = await withSdk();
    const all = await drain(await client.helpCenters.collections.list());
    expect(idsOf(all.items)).toEqual(idsOf(sb.state.collections));
    const small = await drain(await client.helpCenters.collections.list({ per_page: 7 }));
    expect(idsOf(small.items)).toEqual(idsOf(sb.state.collections));
    expect(small.pages).toBe(Math.ceil(sb.state.collections.length / 7) + 1);

    const created = await client.helpCenters.collections.create({
      name: 'From the SDK',
      description: 'made by intercom-client',
      parent_id: '21',
    });
    const id = Number(created.id);
    expect(created).toMatchObject({ name: 'From the SDK', parent_id: '21' });
    expect(await client.helpCenters.collections.find({ collection_id: id })).toMatchObject({
      name: 'From the SDK',
    });
    const updated = await client.helpCenters.collections.update({
      collection_id: id,
      name: 'Renamed by the SDK',
    });
    expect(updated.name).toBe('Renamed by the SDK');
    expect(await client.helpCenters.collections.delete({ collection_id: id })).toMatchObject({
      id: String(id),
      deleted: true,
    });
    expect(sb.state.collections.map((c) => c.id)).not.toContain(String(id));
    expect(specProblems(sb)).toEqual([]);
  });

  it('articles: every page, create, find, update, delete', async () => {
    const { sb, client } = await withSdk();
    const all = await drain(await client.articles.list());
    expect(idsOf(all.items)).toEqual(idsOf(sb.state.articles));
    const small = await drain(await client.articles.list({ per_page: 9 }));
    expect(idsOf(small.items)).toEqual(idsOf(sb.state.articles));
    expect(small.pages).toBe(Math.ceil(sb.state.articles.length / 9) + 1);

    const created = await client.articles.create({
      title: 'From the SDK',
      author_id: 1,
      body: '<p>Hello</p>',
      state: 'published',
      parent_id: 21,
      parent_type: 'collection',
    });
    const id = Number(created.id);
    expect(created).toMatchObject({ title: 'From the SDK', state: 'published' });
    expect(await client.articles.find({ article_id: id })).toMatchObject({ title: 'From the SDK' });
    const updated = await client.articles.update({
      article_id: id,
      title: 'Renamed by the SDK',
      parent_id: '22',
    });
    expect(updated.title).toBe('Renamed by the SDK');
    expect(sb.state.articles.find((a) => a.id === String(id))?.parent_id).toBe('22');
    expect(await client.articles.delete({ article_id: id })).toMatchObject({ deleted: true });
    expect(sb.state.articles.map((a) => a.id)).not.toContain(String(id));
    expect(specProblems(sb)).toEqual([]);
  });

  it('companies: create, retrieve by company_id, find, update, delete', async () => {
    const { sb, client } = await withSdk();
    const created = await client.companies.createOrUpdate({
      company_id: 'sdk-co',
      name: 'SDK Co',
      plan: 'Pro',
      size: 10,
      custom_attributes: { region: 'EMEA' },
    });
    expect(created).toMatchObject({ company_id: 'sdk-co', name: 'SDK Co', size: 10 });

    const byCompanyId = await client.companies.retrieve({ company_id: 'sdk-co' });
    expect(byCompanyId).toMatchObject({ type: 'company', id: created.id });
    expect(await client.companies.find({ company_id: created.id })).toMatchObject({
      company_id: 'sdk-co',
    });
    const updated = await client.companies.update({
      company_id: created.id,
      body: { name: 'SDK Co renamed', monthly_spend: 42 },
    });
    expect(updated).toMatchObject({ name: 'SDK Co renamed', monthly_spend: 42 });
    expect(await client.companies.delete({ company_id: created.id })).toMatchObject({
      id: created.id,
      deleted: true,
    });
    await expect(client.companies.find({ company_id: created.id })).rejects.toMatchObject({
      statusCode: 404,
    });
    expect(specProblems(sb)).toEqual([]);
  });

  it('companies: the list pager and GET /companies pages see every listed company', async () => {
    const { sb, client } = await withSdk();
    const listed = idsOf(sb.state.companies.filter((c) => c.user_count > 0));
    expect(listed.length).toBeGreaterThan(COMPANIES);

    const all = await drain(await client.companies.list({ per_page: 20 }));
    expect(idsOf(all.items)).toEqual(listed);
    expect(all.pages).toBe(Math.ceil(listed.length / 20) + 1);

    const retrieved: { id?: string }[] = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new Error('GET /companies pages never end');
      const reply = await client.companies.retrieve({ page, per_page: 25 });
      if (reply.type !== 'list') throw new Error(`expected a list, got ${reply.type}`);
      retrieved.push(...(reply.data ?? []));
      if (page >= (reply.pages?.total_pages ?? 0)) break;
    }
    expect(idsOf(retrieved)).toEqual(listed);
    expect(specProblems(sb)).toEqual([]);
  });

  it('companies: the scroll pager ends cleanly and sees every listed company once', async () => {
    const { sb, client } = await withSdk();
    const listed = idsOf(sb.state.companies.filter((c) => c.user_count > 0));
    const { items, pages } = await drain(await client.companies.scroll());
    expect(items).toHaveLength(listed.length);
    expect(idsOf(items)).toEqual(listed);
    // Full pages, the short last one, then the empty page that closes the scroll.
    expect(pages).toBe(Math.ceil(listed.length / SCROLL_PAGE_SIZE) + 1);
    // The scroll is closed, so a new one may open straight away.
    const again = await drain(await client.companies.scroll());
    expect(idsOf(again.items)).toEqual(listed);
    expect(specProblems(sb)).toEqual([]);
  });

  it('companies: a scroll over an empty workspace ends on its first page', async () => {
    const sb = await start({ seed: { admins: baseSeed.admins } });
    const { items, pages } = await drain(await sdk(sb).companies.scroll());
    expect(items).toEqual([]);
    expect(pages).toBe(1);
    expect(specProblems(sb)).toEqual([]);
  });
});
