// One place that makes articles comparable. 2.16 reports placement as `parent_ids` (2.15 had
// `parent_id`), author ids arrive as integers or strings, and bodies are compared in the
// canonical form of normalize-html so Intercom's rewrites never show up as a change.
import type { ApiArticleListItem } from '../../intercom/api-types.js';
import type { DesiredArticle } from '../../model/desired.js';
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import { desiredObject, idString, textOrNull } from '../desired-base.js';
import { normalizeHtml } from './normalize-html.js';
import { desiredTranslationFields, liveTranslationFields } from './article-translations.js';

export function articleLive(a: ApiArticleListItem): LiveObject {
  const parent = idString(a.parent_ids?.[0]) ?? idString(a.parent_id);
  return {
    kind: 'article',
    id: String(a.id),
    name: a.title,
    scope: parent,
    // `author` and `collection` hold live ids here; diff translates them into the user's words.
    fields: {
      title: a.title,
      description: textOrNull(a.description),
      author: idString(a.author_id),
      state: a.state,
      collection: parent,
      body: normalizeHtml(a.body ?? ''),
      ...liveTranslationFields(a.translated_content),
    },
    raw: a,
  };
}

export function articleDesired(a: DesiredArticle): DesiredObject<'article'> {
  return desiredObject('article', a, {
    key: a.key,
    name: a.title,
    fields: {
      title: a.title,
      description: a.description === undefined ? undefined : textOrNull(a.description),
      author: a.author?.toLowerCase(),
      state: a.state,
      collection: a.collection,
      body: a.body === undefined ? undefined : normalizeHtml(a.body),
      ...desiredTranslationFields(a.translations),
    },
  });
}
