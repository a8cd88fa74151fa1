// Request bodies for articles. The 2.16 spec types `parent_id` as an integer on create and a
// string on update, and `author_id` as an integer on both; only managed or changed fields are sent
// so nothing the config leaves alone is overwritten. Authors and collections are resolved here,
// at plan time, so apply sends what the plan shows.
import type { DesiredArticle } from '../../model/desired.js';
import type { FieldChange } from '../../model/change.js';
import type { PlannedRequest } from '../../model/request.js';
import { UserError } from '../../errors/user-error.js';
import type { RequestRefs } from '../refs.js';
import { changedLocales } from '../translated-fields.js';
import { translatedContent } from './article-translations.js';

type Body = NonNullable<PlannedRequest['body']>;

export function createArticleBody(a: DesiredArticle, refs: RequestRefs): Body {
  const authorId = authorOf(a, refs);
  const body: Body = { title: a.title, author_id: authorId };
  if (a.description !== undefined) body.description = a.description ?? '';
  if (a.body !== undefined) body.body = a.body;
  if (a.state !== undefined) body.state = a.state;
  if (typeof a.collection === 'string') {
    body.parent_id = refs.idOf('collection', a.collection, 'integer');
    body.parent_type = 'collection';
  }
  const translated = translatedContent(a, authorId);
  if (translated) body.translated_content = translated;
  return body;
}

export function updateArticleBody(
  a: DesiredArticle,
  fields: FieldChange[],
  refs: RequestRefs,
): Body {
  const body: Body = {};
  for (const { field, after } of fields) {
    if (field === 'title') body.title = a.title;
    if (field === 'description') body.description = typeof after === 'string' ? after : '';
    if (field === 'author') body.author_id = authorOf(a, refs);
    if (field === 'state' && a.state !== undefined) body.state = a.state;
    if (field === 'body' && a.body !== undefined) body.body = a.body;
    if (field === 'collection') {
      if (typeof after !== 'string') throw collectionNullUnsupported(a.key);
      body.parent_id = refs.idOf('collection', after, 'string');
      body.parent_type = 'collection';
    }
  }
  const locales = changedLocales(fields);
  const translated =
    locales.length > 0 ? translatedContent(a, authorOf(a, refs), locales) : undefined;
  if (translated) body.translated_content = translated;
  return body;
}

/** PUT /articles/{id} in 2.16 has no nullable `parent_id`: an article cannot leave every collection. */
export function collectionNullUnsupported(key: string): UserError {
  return new UserError(`article "${key}" cannot be taken out of its collection through the API`, {
    hint: "Intercom 2.16 has no way to unset an article's collection: move it in the Intercom UI, or name a collection instead of `collection: null`",
  });
}

function authorOf(a: DesiredArticle, refs: RequestRefs): number {
  if (a.author === undefined) {
    throw new UserError(`article "${a.key}" has no author`, {
      hint: 'an article that is created or translated needs `author:` (a teammate email)',
    });
  }
  return refs.adminId(a.author);
}
