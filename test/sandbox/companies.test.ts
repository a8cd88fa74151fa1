// Companies: the upsert, the single-vs-list GET, and the hidden user-less companies the tool
// must survive, across every way of listing them.
import { describe, expect, it } from 'vitest';
import { baseSeed, del, firstError, get, post, put, start } from './helpers.js';

const T0 = 1_700_000_000_000;
const ids = (r: { body: { data: { company_id: string }[] } }) =>
  r.body.data.map((c) => c.company_id);

describe('POST /companies', () => {
  it('creates a company: plan as an object, floats truncated, no users', async () => {
    const sb = await start({ seed: baseSeed, now: () => T0 });
    const r = await post(sb, '/companies', {
      company_id: 'initech',
      name: 'Initech',
      plan: 'Starter',
      monthly_spend: 155.98,
      size: 12,
      custom_attributes: { region: 'EMEA' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      type: 'company',
      company_id: 'initech',
      name: 'Initech',
      app_id: 'test1234',
      plan: { type: 'plan', name: 'Starter' },
      monthly_spend: 155,
      size: 12,
      user_count: 0,
      custom_attributes: { region: 'EMEA' },
      created_at: T0 / 1000,
      tags: { type: 'tag.list', tags: [] },
      segments: { type: 'segment.list', segments: [] },
    });
    expect(r.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof r.body.plan.id).toBe('string');
  });

  it('updates the company with the same company_id, merging custom attributes', async () => {
    const sb = await start({ seed: baseSeed });
    const a = await post(sb, '/companies', {
      company_id: 'x',
      name: 'X',
      custom_attributes: { a: '1' },
    });
    const b = await post(sb, '/companies', {
      company_id: 'x',
      size: 3,
      custom_attributes: { b: '2' },
    });
    expect(b.body.id).toBe(a.body.id);
    expect(b.body).toMatchObject({
      name: 'X',
      size: 3,
      custom_attributes: { a: '1', b: '2' },
      plan: {},
    });
    expect(sb.state.companies.filter((c) => c.company_id === 'x')).toHaveLength(1);
  });

  it('rejects unknown fields with 400 bad_request "bad \'<field>\' parameter"', async () => {
    const sb = await start({ seed: baseSeed });
    const r = await post(sb, '/companies', { company_id: 'y', test: 'invalid' });
    expect(r.status).toBe(400);
    expect(firstError(r)).toEqual({ code: 'bad_request', message: "bad 'test' parameter" });
    expect(sb.state.companies.some((c) => c.company_id === 'y')).toBe(false);
    expect(firstError(await post(sb, '/companies', { company_id: 'y', size: 'big' })).code).toBe(
      'parameter_invalid',
    );
  });
});

describe('hidden companies', () => {
  it('leaves user-less companies out of every list but finds them by company_id and id', async () => {
    const sb = await start({ seed: baseSeed });
    const created = await post(sb, '/companies', { company_id: 'new-co', name: 'New Co' });
    expect(ids(await get(sb, '/companies'))).toEqual(['visible-2', 'visible-1']);
    expect(ids(await post(sb, '/companies/list'))).toEqual(['visible-2', 'visible-1']);
    expect(ids(await get(sb, '/companies/scroll'))).toEqual(['visible-1', 'visible-2']);
    expect((await get(sb, '/companies?tag_id=11')).body.total_count).toBe(1);
    expect((await get(sb, '/companies?company_id=new-co')).body).toMatchObject({
      type: 'company',
      id: created.body.id,
    });
    expect((await get(sb, '/companies?company_id=hidden')).body.user_count).toBe(0);
    expect((await get(sb, `/companies/${created.body.id}`)).body.company_id).toBe('new-co');
  });

  it('shows a company once the state gives it users', async () => {
    const sb = await start({ seed: baseSeed });
    sb.state.companies.find((c) => c.company_id === 'hidden')!.user_count = 1;
    expect(ids(await post(sb, '/companies/list'))).toContain('hidden');
  });
});

describe('GET /companies', () => {
  it('looks up one company by company_id or name, else 404 company_not_found', async () => {
    const sb = await start({ seed: baseSeed });
    expect((await get(sb, '/companies?name=Visible%20Two')).body).toMatchObject({
      type: 'company',
      company_id: 'visible-2',
    });
    for (const q of ['company_id=ghost', 'name=Ghost']) {
      const r = await get(sb, `/companies?${q}`);
      expect(r.status).toBe(404);
      expect(firstError(r)).toEqual({ code: 'company_not_found', message: 'Company Not Found' });
    }
  });

  it('filters the list by tag_id and segment_id', async () => {
    const sb = await start({ seed: baseSeed });
    const bySegment = await get(sb, '/companies?segment_id=aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(ids(bySegment)).toEqual(['visible-2']);
    expect(bySegment.body.data[0].segments.segments).toEqual([
      expect.objectContaining({ type: 'segment', name: 'Seg 1' }),
    ]);
    expect(ids(await get(sb, '/companies?tag_id=12'))).toEqual(['visible-2']);
    expect((await get(sb, '/companies?tag_id=999')).body).toMatchObject({
      type: 'list',
      data: [],
      total_count: 0,
    });
  });
});

describe('companies by id', () => {
  it('updates through PUT and refuses company_id, remote_created_at and unknown fields', async () => {
    const sb = await start({ seed: baseSeed });
    const id = sb.state.companies[0]!.id;
    const r = await put(sb, `/companies/${id}`, {
      name: 'Renamed',
      plan: 'Enterprise',
      monthly_spend: 10.7,
    });
    expect(r.body).toMatchObject({
      name: 'Renamed',
      plan: { type: 'plan', name: 'Enterprise' },
      monthly_spend: 10,
    });
    for (const field of ['company_id', 'remote_created_at', 'test']) {
      const bad = await put(sb, `/companies/${id}`, { [field]: 1 });
      expect(bad.status).toBe(400);
      expect(firstError(bad)).toEqual({ code: 'bad_request', message: `bad '${field}' parameter` });
    }
  });

  it('answers 404 company_not_found for unknown ids and deletes known ones', async () => {
    const sb = await start({ seed: baseSeed });
    const missing = '0123456789abcdef01234567';
    for (const r of [
      await get(sb, `/companies/${missing}`),
      await put(sb, `/companies/${missing}`, { name: 'x' }),
      await del(sb, `/companies/${missing}`),
    ]) {
      expect(r.status).toBe(404);
      expect(firstError(r).code).toBe('company_not_found');
    }
    const id = sb.state.companies[0]!.id;
    expect((await del(sb, `/companies/${id}`)).body).toEqual({
      id,
      object: 'company',
      deleted: true,
    });
    expect((await get(sb, `/companies/${id}`)).status).toBe(404);
  });
});

describe('company pagination', () => {
  const many = (n: number) => ({
    ...baseSeed,
    companies: Array.from({ length: n }, (_, i) => ({
      company_id: `c${String(i).padStart(3, '0')}`,
      user_count: 1,
      last_request_at: 1000 + i,
    })),
  });

  it('pages POST /companies/list by last_request_at desc over 3 pages with a next cursor', async () => {
    const sb = await start({ seed: many(35) });
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(await post(sb, `/companies/list?page=${page}`));
    expect(pages.map((p) => p.body.data.length)).toEqual([15, 15, 5]);
    expect(pages[0]!.body.pages).toMatchObject({
      type: 'pages',
      page: 1,
      per_page: 15,
      total_pages: 3,
    });
    expect(pages[0]!.body.total_count).toBe(35);
    expect(ids(pages[0]!)[0]).toBe('c034');
    expect(ids(pages[2]!).at(-1)).toBe('c000');
    expect(pages[2]!.body.pages.next).toBeNull();
    const cursor = pages[0]!.body.pages.next.starting_after as string;
    expect(ids(await post(sb, `/companies/list?starting_after=${cursor}`))).toEqual(ids(pages[1]!));
    expect(ids(await post(sb, '/companies/list?order=asc&per_page=2'))).toEqual(['c000', 'c001']);
    expect((await post(sb, '/companies/list?order=sideways')).status).toBe(400);
  });

  it('caps per_page at 150 and rejects a non-positive page', async () => {
    const sb = await start({ seed: many(160) });
    const r = await get(sb, '/companies?per_page=500');
    expect(r.body.data).toHaveLength(150);
    expect(r.body.pages).toMatchObject({ per_page: 150, total_pages: 2 });
    expect(firstError(await get(sb, '/companies?page=0')).code).toBe('parameter_invalid');
  });
});

describe('GET /companies/scroll', () => {
  const many = (n: number) => ({
    ...baseSeed,
    companies: Array.from({ length: n }, (_, i) => ({
      company_id: `s${i}`,
      user_count: i === 0 ? 0 : 1,
    })),
  });

  it('pages through every listed company, then returns empty data and closes', async () => {
    const sb = await start({ seed: many(61) });
    const first = await get(sb, '/companies/scroll');
    expect(first.body).toMatchObject({ type: 'list', pages: null, total_count: null });
    expect(first.body.data).toHaveLength(50);
    const param = first.body.scroll_param as string;
    const second = await get(sb, `/companies/scroll?scroll_param=${param}`);
    expect(second.body.data).toHaveLength(10);
    expect(second.body.scroll_param).toBe(param);
    const end = await get(sb, `/companies/scroll?scroll_param=${param}`);
    expect(end.body.data).toEqual([]);
    // The param has expired, so the last page carries none: a client paging while a
    // scroll_param comes back (Intercom's SDK does) stops here instead of getting a 400.
    expect(end.body).not.toHaveProperty('scroll_param');
    const seen = [...ids(first), ...ids(second)];
    expect(new Set(seen).size).toBe(60);
    expect(seen).not.toContain('s0');
    // Closed: the old param fails and a new scroll may open.
    expect((await get(sb, `/companies/scroll?scroll_param=${param}`)).status).toBe(400);
    expect((await get(sb, '/companies/scroll')).status).toBe(200);
  });

  it('allows one open scroll per app until it idles out after a minute', async () => {
    let now = T0;
    const sb = await start({ seed: baseSeed, now: () => now });
    const first = await get(sb, '/companies/scroll');
    const second = await get(sb, '/companies/scroll');
    expect(second.status).toBe(400);
    expect(firstError(second).message).toMatch(/scroll already exists/);
    now += 61_000;
    expect(
      (await get(sb, `/companies/scroll?scroll_param=${first.body.scroll_param}`)).status,
    ).toBe(400);
    const fresh = await get(sb, '/companies/scroll');
    expect(fresh.status).toBe(200);
    expect(fresh.body.scroll_param).not.toBe(first.body.scroll_param);
  });
});
