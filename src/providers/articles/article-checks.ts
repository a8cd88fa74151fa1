// What can be said about an article before any write: content Intercom will not store as written
// (offline, as warnings), an author who is not a teammate, and a `collection: null` the 2.16 API
// cannot carry out (both need live state).
import type { Desired, DesiredArticle } from '../../model/desired.js';
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import type { Problem } from '../../errors/problem.js';
import type { PlanRefs } from '../refs.js';
import { parseHtml, walkElements } from './html-tree.js';

/** Warnings about body content that will not survive Intercom's rewrite on save. */
export function auditArticles(desired: Desired): Problem[] {
  const problems: Problem[] = [];
  for (const a of desired.articles) {
    if (a.ensure === 'absent' || a.body === undefined) continue;
    const where = a.bodyFile ? ` (${a.bodyFile})` : '';
    const elements = [...walkElements(parseHtml(a.body))];
    const headings = [...new Set(elements.map((e) => e.name).filter((n) => /^h[3-6]$/.test(n)))];
    if (headings.length > 0) {
      problems.push({
        pos: a.pos,
        severity: 'warning',
        message: `article "${a.key}"${where} uses ${headings.join(', ')}; Intercom stores every heading below h2 as h2`,
        hint: 'use h1 and h2 (# and ## in Markdown) so the article reads as it will look',
      });
    }
    for (const img of elements.filter((e) => e.name === 'img')) {
      const src = img.attrs.src ?? '';
      if (/^https?:\/\//i.test(src)) continue;
      problems.push({
        pos: a.pos,
        severity: 'warning',
        message: `article "${a.key}"${where} has an image "${src}" that is not an absolute http(s) URL`,
        hint: 'Intercom re-hosts images from public absolute URLs only; upload the image and link to it',
      });
    }
  }
  return problems;
}

export function checkArticleRefs(
  d: DesiredObject,
  refs: PlanRefs,
  liveById: ReadonlyMap<string, LiveObject>,
): Problem[] {
  if (d.ensure === 'absent') return [];
  const a = d.data as DesiredArticle;
  const problems: Problem[] = [];
  if (refs.adminIdOf(a.author) === undefined) {
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
