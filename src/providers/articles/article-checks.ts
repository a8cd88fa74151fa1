// What only live state can say about an article before any write: an author who is not a
// teammate, and a `collection: null` the 2.16 API cannot carry out. Content Intercom will rewrite
// is warned about by src/config, which knows the line in the Markdown file.
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import { checkTranslationLocales } from '../check-locales.js';
import type { Problem } from '../../errors/problem.js';
import type { PlanRefs } from '../refs.js';

export function checkArticleRefs(
  d: DesiredObject<'article'>,
  refs: PlanRefs,
  liveById: ReadonlyMap<string, LiveObject>,
): Problem[] {
  if (d.ensure === 'absent') return [];
  const a = d.data;
  const problems: Problem[] = checkTranslationLocales(d, Object.keys(a.translations ?? {}), refs);
  if (a.author !== undefined && refs.adminIdOf(a.author) === undefined) {
    problems.push({
      pos: d.pos,
      message: `article "${d.key}": author ${a.author} is not a teammate in this workspace`,
      hint: 'use the email of an existing teammate (an admin listed by GET /admins)',
    });
  }
  const liveId = a.collection === null ? refs.liveIdOfKey('article', d.key) : undefined;
  const live = liveId === undefined ? undefined : liveById.get(liveId);
  if (live && (live.scope ?? null) !== null) {
    problems.push({
      pos: d.pos,
      message: `article "${d.key}" is in a collection and \`collection: null\` cannot take it out: Intercom's 2.16 API has no way to unset an article's collection`,
      hint: 'move it out in the Intercom UI, name the collection it should be in, or leave `collection` out to stop managing it',
    });
  }
  return problems;
}
