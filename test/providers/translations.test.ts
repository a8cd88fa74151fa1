// Translations are plain fields (`translations.fr.title`) so the generic diff handles them: only
// declared locales are compared, translated bodies are normalised and shown as line diffs, and
// requests carry `translated_content` for the locales that changed, as the 2.16 schema types it.
import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createArticleProvider } from '../../src/providers/articles/article-provider.js';
import { articleLive } from '../../src/providers/articles/article-live.js';
import { createCollectionProvider } from '../../src/providers/collections/collection-provider.js';
import { collectionLive } from '../../src/providers/collections/collection-live.js';
import type { DesiredArticle, DesiredCollection } from '../../src/model/desired.js';
import { FakeClient } from './fake-client.js';
import { declared, desired, planRefs } from './refs-fixture.js';
import { createChange, send, updateChange } from './changes.js';
import { specArticleUpdated, specArticles, specCollections } from './spec-fixtures.js';
import { validateRequest } from '../support/openapi.js';

beforeAll(() => nock.disableNetConnect());

const AVA = 'ava@acme.example';
const setup = { ids: { collection: { billing: '18' } }, admins: { '991267497': AVA } };
const refs = planRefs(setup);

const article: DesiredArticle = {
  ...declared,
  key: 'refunds',
  title: 'Thanks for everything',
  author: AVA,
  state: 'published',
  previousNames: [],
  translations: {
    fr: { title: 'Merci', description: null, body: '<h3>Bonjour</h3><p>Le corps</p>' },
  },
};
const articleObject = (a: Partial<DesiredArticle> = {}) =>
  createArticleProvider().fromConfig(desired({ articles: [{ ...article, ...a }] }))[0]!;

const liveArticle = articleLive({
  ...specArticles[1]!,
  default_locale: 'en',
  translated_content: {
    type: 'article_translated_content',
    fr: {
      type: 'article_content',
      title: 'Merci',
      description: '',
      body: '<h2 id="h_1a2b">Bonjour</h2><p class="no-margin">Le corps</p>',
    },
    de: { type: 'article_content', title: 'Danke', body: '<p>Der Text</p>' },
  },
});

describe('article translations', () => {
  it('turns declared locales into fields, bodies normalised', () => {
    expect(articleObject().fields).toMatchObject({
      'translations.fr.title': 'Merci',
      'translations.fr.description': null,
      'translations.fr.body': '<h2>Bonjour</h2>\n<p>Le corps</p>',
    });
    expect(liveArticle.fields).toMatchObject({
      'translations.fr.body': '<h2>Bonjour</h2>\n<p>Le corps</p>',
      'translations.de.title': 'Danke',
    });
  });

  it('shows no change after Intercom rewrites the translated body, and ignores undeclared locales', () => {
    const provider = createArticleProvider();
    const fields = provider.diff(articleObject(), liveArticle, refs);
    expect(fields.filter((f) => f.field.startsWith('translations.'))).toEqual([]);
  });

  it('diffs a translated body as text and a new locale from null', () => {
    const d = articleObject({
      translations: {
        fr: { title: 'Merci', body: '<p>Le nouveau corps</p>' },
        es: { title: 'Gracias' },
      },
    });
    const fields = createArticleProvider().diff(d, liveArticle, refs);
    expect(fields.filter((f) => f.field.startsWith('translations.'))).toEqual([
      { field: 'translations.es.title', before: null, after: 'Gracias' },
      {
        field: 'translations.fr.body',
        before: '<h2>Bonjour</h2>\n<p>Le corps</p>',
        after: '<p>Le nouveau corps</p>',
        format: 'text',
      },
    ]);
  });

  it('sends every declared locale on create, with the author and state a new locale needs', async () => {
    const provider = createArticleProvider();
    const change = createChange(provider, articleObject(), refs);
    const client = new FakeClient().on('POST', '/articles', specArticleUpdated);
    await send(provider, client, change);
    const body = client.requests[0]?.body;
    expect(body).toEqual(change.requests[0]!.body);
    expect(body).toMatchObject({
      translated_content: {
        fr: {
          title: 'Merci',
          description: '',
          body: '<h3>Bonjour</h3><p>Le corps</p>',
          author_id: 991267497,
          state: 'published',
        },
      },
    });
    expect(validateRequest('POST', '/articles', body)).toEqual([]);
  });

  it('sends only the locales whose fields changed on update', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('PUT', '/articles/42', specArticleUpdated);
    const d = articleObject({
      translations: {
        fr: { title: 'Merci', description: null, body: '<h3>Bonjour</h3><p>Le corps</p>' },
        es: { title: 'Gracias' },
      },
    });
    const change = updateChange(provider, d, liveArticle, refs);
    await send(provider, client, change);
    const body = client.requests[0]?.body;
    expect(body).toEqual(change.requests[0]!.body);
    expect(body).toEqual({
      translated_content: { es: { title: 'Gracias', author_id: 991267497, state: 'published' } },
    });
    expect(validateRequest('PUT', '/articles/42', body)).toEqual([]);
  });
});

describe('translation locales, checked at plan time', () => {
  const located = (locales: string[]) => planRefs({ ...setup, locales });

  it('reports an article translation into a locale the help centers do not have', () => {
    const provider = createArticleProvider();
    expect(provider.checkRefs!(articleObject(), located(['en', 'fr']))).toEqual([]);
    expect(provider.checkRefs!(articleObject(), located(['en', 'de']))).toEqual([
      {
        pos: declared.pos,
        message:
          'article "refunds": translation "fr" is not a locale of this workspace\'s help center',
        hint: expect.stringContaining('the help center has: de, en'),
      },
    ]);
    // Not read (no translations declared anywhere): nothing to say.
    expect(provider.checkRefs!(articleObject(), refs)).toEqual([]);
    // A removed article is not written, whatever its translations.
    expect(provider.checkRefs!(articleObject({ ensure: 'absent' }), located(['en']))).toEqual([]);
  });

  it('reports a collection translation the same way', () => {
    const provider = createCollectionProvider();
    const d = provider.fromConfig(
      desired({
        collections: [
          {
            ...declared,
            key: 'billing',
            name: 'Billing',
            previousNames: [],
            translations: { fr: { name: 'Facturation' } },
          },
        ],
      }),
    )[0]!;
    expect(provider.checkRefs!(d, located(['fr']))).toEqual([]);
    expect(provider.checkRefs!(d, located([]))).toEqual([
      expect.objectContaining({
        message:
          'collection "billing": translation "fr" is not a locale of this workspace\'s help center',
        hint: expect.stringContaining('no languages set'),
      }),
    ]);
  });
});

describe('collection translations', () => {
  const collection: DesiredCollection = {
    ...declared,
    key: 'billing',
    name: specCollections[0]!.name,
    previousNames: [],
    translations: { fr: { name: 'Facturation', description: 'Factures' } },
  };
  const object = (c: Partial<DesiredCollection> = {}) =>
    createCollectionProvider().fromConfig(desired({ collections: [{ ...collection, ...c }] }))[0]!;

  it('diffs name and description per declared locale', () => {
    const live = collectionLive({
      ...specCollections[0]!,
      translated_content: { type: 'group_translated_content', fr: { name: 'Facturation' } },
    });
    expect(createCollectionProvider().diff(object(), live, refs)).toEqual([
      { field: 'translations.fr.description', before: null, after: 'Factures' },
    ]);
  });

  it('sends translated_content on create and for changed locales on update', async () => {
    const provider = createCollectionProvider();
    const client = new FakeClient()
      .on('POST', '/help_center/collections', specCollections[0])
      .on('PUT', '/help_center/collections/{id}', specCollections[0]);
    await send(provider, client, createChange(provider, object(), refs));
    const live = collectionLive(specCollections[0]!);
    await send(provider, client, updateChange(provider, object(), live, refs));
    const [created, updated] = client.requests.map((r) => r.body);
    expect(created).toMatchObject({
      translated_content: { fr: { name: 'Facturation', description: 'Factures' } },
    });
    expect(updated).toEqual({
      translated_content: { fr: { name: 'Facturation', description: 'Factures' } },
    });
    expect(validateRequest('POST', '/help_center/collections', created)).toEqual([]);
    expect(validateRequest('PUT', `/help_center/collections/${live.id}`, updated)).toEqual([]);
  });
});
