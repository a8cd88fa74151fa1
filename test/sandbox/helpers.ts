// Shared plumbing for the sandbox tests: start a sandbox per test (closed afterwards) and call it
// over real loopback HTTP with fetch, exactly as the tool does.
import { afterEach, expect } from 'vitest';
import {
  startSandbox,
  type Sandbox,
  type SandboxOptions,
  type SandboxSeed,
} from '../../src/sandbox/index.js';

export interface Reply {
  status: number;
  /** Parsed JSON; `any` so assertions can reach into response shapes without a cast per line. */
  body: any;
  headers: Headers;
}

const open: Sandbox[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((sb) => sb.close()));
});

export async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  const sb = await startSandbox(options);
  open.push(sb);
  return sb;
}

export async function call(
  sb: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { Authorization: 'Bearer test-token' },
): Promise<Reply> {
  const res = await fetch(sb.url + path, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: res.headers,
  };
}

export const get = (sb: Sandbox, path: string) => call(sb, 'GET', path);
export const post = (sb: Sandbox, path: string, body?: unknown) => call(sb, 'POST', path, body);
export const put = (sb: Sandbox, path: string, body: unknown) => call(sb, 'PUT', path, body);
export const del = (sb: Sandbox, path: string) => call(sb, 'DELETE', path);

/** The first error of an error.list body, for terse assertions. */
export function firstError(reply: Reply): { code: string; message: string } {
  expect(reply.body?.type).toBe('error.list');
  return reply.body.errors[0];
}

/** A small workspace most tests start from. */
export const baseSeed: SandboxSeed = {
  app: { id_code: 'test1234', name: 'Test Co' },
  admins: [
    { id: '1', name: 'Ann Admin', email: 'ann@test.example' },
    { id: '2', name: 'Bob Admin', email: 'bob@test.example' },
  ],
  away_status_reasons: [
    { id: '1', label: 'On holiday' },
    { id: '2', label: 'Gone', deleted: true },
  ],
  tags: [
    { id: '11', name: 'vip' },
    { id: '12', name: 'seg-tag' },
  ],
  segments: [{ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name: 'Seg 1', tag_ids: ['12'] }],
  collections: [
    { id: '21', name: 'Top', created_at: 1000, updated_at: 1000 },
    { id: '22', name: 'Child', parent_id: '21', created_at: 1000, updated_at: 2000 },
  ],
  articles: [
    { id: '31', title: 'In child', author_id: 1, parent_id: '22', body: '<p>x</p>' },
    { id: '32', title: 'In top', author_id: 1, parent_id: '21', body: '<p>y</p>' },
  ],
  companies: [
    {
      company_id: 'visible-1',
      name: 'Visible One',
      user_count: 2,
      tags: ['vip'],
      last_request_at: 300,
    },
    {
      company_id: 'visible-2',
      name: 'Visible Two',
      user_count: 1,
      tags: ['seg-tag'],
      last_request_at: 500,
    },
    { company_id: 'hidden', name: 'Hidden Co', user_count: 0, tags: ['vip'] },
  ],
};
