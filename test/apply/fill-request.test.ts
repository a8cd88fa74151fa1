// Apply adds exactly one thing to a planned request: the ids of objects created earlier in the
// same apply, in place of their placeholders, typed as the spec types the field. Everything else
// is sent as the plan shows it.
import { describe, expect, it } from 'vitest';
import { fillRequest, UnfilledPlaceholderError } from '../../src/apply/fill-request.js';
import { placeholder, type PlannedRequest } from '../../src/model/request.js';

const ids: Record<string, string> = {
  'create:collection:billing': '159',
  'create:company:acme': '6762f0761bb69f9f2193bae2',
};
const idOf = (ref: string): string | undefined => ids[ref];

describe('fillRequest', () => {
  it('fills an integer placeholder with a number and a string one with a string', () => {
    const planned: PlannedRequest = {
      method: 'POST',
      path: '/articles',
      body: {
        title: 'Refunds',
        author_id: 991267497,
        parent_id: placeholder('create:collection:billing', 'integer'),
        parent_type: 'collection',
      },
    };
    expect(fillRequest(planned, idOf)).toEqual({
      method: 'POST',
      path: '/articles',
      body: { title: 'Refunds', author_id: 991267497, parent_id: 159, parent_type: 'collection' },
    });
    const update: PlannedRequest = {
      method: 'PUT',
      path: '/articles/42',
      body: { parent_id: placeholder('create:collection:billing', 'string') },
    };
    expect(fillRequest(update, idOf).body).toEqual({ parent_id: '159' });
  });

  it('fills placeholders inside arrays and nested objects', () => {
    const planned: PlannedRequest = {
      method: 'POST',
      path: '/tags',
      body: {
        name: 'vip',
        companies: [{ id: placeholder('create:company:acme', 'string') }, { id: '5f1aaa' }],
      },
    };
    expect(fillRequest(planned, idOf).body).toEqual({
      name: 'vip',
      companies: [{ id: '6762f0761bb69f9f2193bae2' }, { id: '5f1aaa' }],
    });
  });

  it('keeps an id that is not a safe integer as a string rather than corrupt it', () => {
    const planned: PlannedRequest = {
      method: 'POST',
      path: '/x',
      body: { a: placeholder('create:company:acme', 'integer') },
    };
    expect(fillRequest(planned, idOf).body).toEqual({ a: '6762f0761bb69f9f2193bae2' });
    const big = fillRequest(
      { method: 'POST', path: '/x', body: { a: placeholder('big', 'integer') } },
      () => '9007199254740993',
    );
    expect(big.body).toEqual({ a: '9007199254740993' });
  });

  it('drops undefined members, as JSON would, and keeps null, false, 0 and empty strings', () => {
    const planned: PlannedRequest = {
      method: 'PUT',
      path: '/help_center/collections/160',
      body: {
        name: undefined,
        description: '',
        parent_id: null,
        order: 0,
        flag: false,
        nested: { gone: undefined, kept: 'x' },
      },
    };
    const filled = fillRequest(planned, idOf);
    expect(filled.body).toEqual({
      description: '',
      parent_id: null,
      order: 0,
      flag: false,
      nested: { kept: 'x' },
    });
    expect(Object.keys(filled.body!)).not.toContain('name');
    expect(JSON.parse(JSON.stringify(planned.body))).toEqual(filled.body);
  });

  it('sends no body for a request planned without one', () => {
    const filled = fillRequest({ method: 'DELETE', path: '/tags/102' }, idOf);
    expect(filled).toEqual({ method: 'DELETE', path: '/tags/102' });
    expect('body' in filled).toBe(false);
  });

  it('throws, naming the create and the request, when a placeholder has no id yet', () => {
    const planned: PlannedRequest = {
      method: 'POST',
      path: '/help_center/collections',
      body: { name: 'Cards', parent_id: placeholder('create:collection:missing', 'string') },
    };
    expect(() => fillRequest(planned, idOf)).toThrow(UnfilledPlaceholderError);
    expect(() => fillRequest(planned, idOf)).toThrow(
      'create:collection:missing has no id yet; it must be applied before POST /help_center/collections',
    );
  });

  it('leaves the planned request as it was, so a saved plan can be run again', () => {
    const planned: PlannedRequest = {
      method: 'POST',
      path: '/articles',
      body: { parent_id: placeholder('create:collection:billing', 'integer') },
    };
    const before = structuredClone(planned);
    fillRequest(planned, idOf);
    expect(planned).toEqual(before);
  });

  it('does not take an object that merely has a known_after_apply key for a placeholder', () => {
    const body = { custom: { known_after_apply: 'create:collection:billing', as: 'string', x: 1 } };
    expect(fillRequest({ method: 'PUT', path: '/x', body }, () => undefined).body).toEqual(body);
  });
});
