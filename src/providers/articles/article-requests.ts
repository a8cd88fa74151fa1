// Request bodies for articles. The 2.16 spec types `parent_id` as an integer on create and a
// string on update, and `author_id` as an integer on both; only managed or changed fields are sent
// so nothing the config leaves alone is overwritten.
import type { ApiCreateArticleRequest, ApiUpdateArticleRequest } from '../../intercom/api-types.js';
import type { DesiredArticle } from '../../model/desired.js';
import type { FieldChange } from '../../model/change.js';
import { UserError } from '../../errors/user-error.js';
import type { ApplyRefs } from '../refs.js';
import { collectionIdOf } from '../collection-refs.js';
import { changedLocales } from '../translated-fields.js';
import { translatedContent } from './article-translations.js';

export function createArticleBody(a: DesiredArticle, refs: ApplyRefs): ApiCreateArticleRequest {
  const body: ApiCreateArticleRequest = { title: a.title, author_id: authorId(a.author, refs) };
  if (a.description !== undefined) body.description = a.description ?? '';
  if (a.body !== undefined) body.body = a.body;
  if (a.state !== undefined) body.state = a.state;
  if (typeof a.collection === 'string') {
    body.parent_id = integerId(collectionIdOf(a.collection, refs), 'collection');
    body.parent_type = 'collection';
  }
  const translated = translatedContent(a, body.author_id);
  if (translated) body.translated_content = translated;
  return body;
}

export function updateArticleBody(
  a: DesiredArticle,
  fields: FieldChange[],
  refs: ApplyRefs,
): ApiUpdateArticleRequest {
  const body: ApiUpdateArticleRequest = {};
  for (const { field, after } of fields) {
    if (field === 'title') body.title = a.title;
    if (field === 'description') body.description = typeof after === 'string' ? after : '';
    if (field === 'author') body.author_id = authorId(a.author, refs);
    if (field === 'state' && a.state !== undefined) body.state = a.state;
    if (field === 'body' && a.body !== undefined) body.body = a.body;
    if (field === 'collection') {
      if (typeof after !== 'string') throw collectionNullUnsupported(a.key);
      body.parent_id = collectionIdOf(after, refs);
      body.parent_type = 'collection';
    }
  }
  const locales = changedLocales(fields);
  if (locales.length > 0) {
    body.translated_content = translatedContent(a, authorId(a.author, refs), locales);
  }
  return body;
}

/** PUT /articles/{id} in 2.16 has no nullable `parent_id`: an article cannot leave every collection. */
export function collectionNullUnsupported(key: string): UserError {
  return new UserError(`article "${key}" cannot be taken out of its collection through the API`, {
    hint: "Intercom 2.16 has no way to unset an article's collection: move it in the Intercom UI, or name a collection instead of `collection: null`",
  });
}

function authorId(email: string, refs: ApplyRefs): number {
  const id = refs.adminId(email.toLowerCase());
  if (id === undefined) {
    throw new UserError(`author ${email} is not a teammate in this workspace`, {
      hint: 'use the email of an existing teammate',
    });
  }
  return integerId(id, 'admin');
}

function integerId(id: string, what: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n)) throw new UserError(`${what} id ${id} is not an integer`);
  return n;
}
