// Matching articles by title alone (the fallback that makes a move an update) reaches only live
// articles outside every declared collection: an article in a declared collection belongs to
// that collection's entries, and taking it would move and overwrite it. Id pins always match,
// and so do previous_names, which name the renamed article outright.
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/planner/create-plan.js';
import type { Change } from '../../src/model/change.js';
import type { DesiredObject, LiveObject } from '../../src/model/objects.js';
import { desiredWith, fakeProvider, live, nullClient, want } from './fakes.js';

const created = (changes: Change[]): string[] =>
  changes.filter((c) => c.kind === 'article' && c.action === 'create').map((c) => c.key);

/** Collections `a` (live 10) and `b` (live 11) are declared; live 99 is not; `c` is new. */
async function plan(articles: DesiredObject[], liveArticles: LiveObject[]) {
  const collections = fakeProvider({
    kind: 'collection',
    desired: [want('collection', 'a'), want('collection', 'b'), want('collection', 'c')],
    live: [
      live('collection', '10', 'a'),
      live('collection', '11', 'b'),
      live('collection', '99', 'z'),
    ],
  });
  const provider = fakeProvider({
    kind: 'article',
    parentKind: 'collection',
    desired: articles,
    live: liveArticles,
  });
  const result = await createPlan({
    desired: desiredWith(),
    client: nullClient,
    providers: [collections, provider],
  });
  // Which live article each entry matched, what is created, and what is left unmanaged.
  return {
    matched: result.ids.article ?? {},
    created: created(result.changes),
    unmanaged: result.unmanaged.filter((u) => u.kind === 'article').map((u) => u.id),
  };
}

/** A desired article in collection `parent` (undefined: its collection is not managed). */
const faq = (parent?: string, extra: Partial<DesiredObject> = {}): DesiredObject =>
  want('article', 'faq', { name: 'FAQ', collection: parent }, { parent, name: 'FAQ', ...extra });

describe('matching an article by title alone', () => {
  it('leaves an undeclared article in another declared collection alone, and creates its own', async () => {
    const result = await plan([faq('b')], [live('article', '1', 'FAQ', {}, '10')]);
    expect(result).toEqual({ matched: {}, created: ['faq'], unmanaged: ['1'] });
  });

  it('moves an article from an undeclared collection or from no collection (an update)', async () => {
    for (const scope of ['99', null]) {
      const result = await plan([faq('b')], [live('article', '1', 'FAQ', {}, scope)]);
      expect(result).toEqual({ matched: { faq: '1' }, created: [], unmanaged: [] });
    }
  });

  it('moves an article between declared collections when the entry pins its id', async () => {
    const result = await plan([faq('b', { id: '1' })], [live('article', '1', 'FAQ', {}, '10')]);
    expect(result).toEqual({ matched: { faq: '1' }, created: [], unmanaged: [] });
  });

  it('does not take one for a collection that is still to be created', async () => {
    const result = await plan([faq('c')], [live('article', '1', 'FAQ', {}, '10')]);
    expect(result).toEqual({ matched: {}, created: ['faq'], unmanaged: ['1'] });
  });

  it('follows previous_names into a declared collection: they name the renamed article outright', async () => {
    const renamed = want(
      'article',
      'help',
      { name: 'Help', collection: 'b' },
      { parent: 'b', name: 'Help', previousNames: ['FAQ'] },
    );
    const withTitle = want(
      'article',
      'faq',
      { name: 'FAQ', collection: 'b' },
      { parent: 'b', name: 'FAQ' },
    );
    const liveFaq = live('article', '1', 'FAQ', {}, '10');
    expect(await plan([renamed], [liveFaq])).toEqual({
      matched: { help: '1' },
      created: [],
      unmanaged: [],
    });
    // The same live article reached by the current title alone is not taken.
    expect(await plan([withTitle], [liveFaq])).toEqual({
      matched: {},
      created: ['faq'],
      unmanaged: ['1'],
    });
  });

  it('still goes by title anywhere when the entry leaves its collection unmanaged', async () => {
    const result = await plan([faq()], [live('article', '1', 'FAQ', {}, '10')]);
    expect(result).toEqual({ matched: { faq: '1' }, created: [], unmanaged: [] });
  });

  it('creates an article whose title is taken in another declared collection, without a conflict', async () => {
    const inA = want(
      'article',
      'faq-a',
      { name: 'FAQ', collection: 'a' },
      { parent: 'a', name: 'FAQ' },
    );
    const inB = want(
      'article',
      'faq-b',
      { name: 'FAQ', collection: 'b' },
      { parent: 'b', name: 'FAQ' },
    );
    const result = await plan([inA, inB], [live('article', '1', 'FAQ', {}, '10')]);
    expect(result).toEqual({ matched: { 'faq-a': '1' }, created: ['faq-b'], unmanaged: [] });
  });
});
