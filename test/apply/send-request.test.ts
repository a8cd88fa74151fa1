// A 2xx answer is not always a success: Intercom can answer an `error.list` with a 200, and a
// create whose answer has no id would leave the rest of the apply without the id it needs.
// Both are errors that name the request, never "created (id undefined)".
import { describe, expect, it } from 'vitest';
import { createdId, sendRequest } from '../../src/apply/send-request.js';
import type { FilledRequest } from '../../src/apply/fill-request.js';
import { MalformedAnswerError } from '../../src/errors/malformed-answer-error.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { FakeClient } from '../providers/fake-client.js';
import { specTagCreated } from '../providers/spec-fixtures.js';

const createTag: FilledRequest = { method: 'POST', path: '/tags', body: { name: 'test' } };

describe('sendRequest', () => {
  it('sends POST, PUT and DELETE with their bodies and returns the answer', async () => {
    const client = new FakeClient()
      .on('POST', '/tags', specTagCreated)
      .on('PUT', '/articles/{id}', { id: '42', type: 'article' })
      .on('DELETE', '/tags/{id}', undefined);
    expect(await sendRequest(client, createTag)).toEqual(specTagCreated);
    expect(
      await sendRequest(client, { method: 'PUT', path: '/articles/42', body: { title: 'T' } }),
    ).toEqual({ id: '42', type: 'article' });
    expect(await sendRequest(client, { method: 'DELETE', path: '/tags/102' })).toBeUndefined();
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/tags', { name: 'test' }],
      ['PUT', '/articles/42', { title: 'T' }],
      ['DELETE', '/tags/102', undefined],
    ]);
  });

  it('turns a 200 error.list into a MalformedAnswerError naming the request and the first error', async () => {
    const client = new FakeClient().on('PUT', '/articles/{id}', {
      type: 'error.list',
      request_id: 'r1',
      errors: [
        { code: 'parameter_invalid', message: 'author_id is not a teammate' },
        { code: 'second', message: 'not shown' },
      ],
    });
    const error = await sendRequest(client, {
      method: 'PUT',
      path: '/articles/42',
      body: { author_id: 1 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedAnswerError);
    expect((error as MalformedAnswerError).request).toBe('PUT /articles/42');
    expect((error as Error).message).toBe(
      'PUT /articles/42 answered with an error list: parameter_invalid author_id is not a teammate',
    );
  });

  it('reports an error.list without usable errors too', async () => {
    for (const errors of [[], undefined, ['not an object']]) {
      const client = new FakeClient().on('DELETE', '/tags/{id}', { type: 'error.list', errors });
      await expect(sendRequest(client, { method: 'DELETE', path: '/tags/1' })).rejects.toThrow(
        /^DELETE \/tags\/1 answered with an error list$/,
      );
    }
  });

  it('lets transport errors through untouched, for recovery to judge', async () => {
    const failure = new IntercomApiError({ status: 503, method: 'POST', path: '/tags' });
    const client = new FakeClient().on('POST', '/tags', () => {
      throw failure;
    });
    await expect(sendRequest(client, createTag)).rejects.toBe(failure);
  });
});

describe('createdId', () => {
  it.each([
    ['a string id', { ...specTagCreated, id: '105' }, '105'],
    ['an integer id', { type: 'article', id: 39 }, '39'],
    ['a zero id', { id: 0 }, '0'],
  ])('reads %s as a string', (_what, answer, id) => {
    expect(createdId(createTag, answer)).toBe(id);
  });

  it.each([
    ['an object without an id', { type: 'tag', name: 'test' }, 'an object without an id'],
    ['an empty id', { id: '' }, 'an object without an id'],
    ['a null id', { id: null }, 'an object without an id'],
    ['a NaN id', { id: Number.NaN }, 'an object without an id'],
    ['an object id', { id: { value: 1 } }, 'an object without an id'],
    ['a list', [{ id: '1' }], 'an object without an id'],
    ['no body', undefined, 'an empty body'],
    ['a null body', null, 'an empty body'],
  ])('refuses %s: never "created (id undefined)"', (_what, answer, what) => {
    let error: unknown;
    try {
      createdId(createTag, answer);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MalformedAnswerError);
    expect((error as Error).message).toBe(`POST /tags answered with ${what}`);
    expect((error as Error).message).not.toMatch(/undefined/);
  });
});
