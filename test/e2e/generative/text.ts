// Small text helpers: the documented key slug, unique names, and article bodies as HTML, as
// Markdown and as the plain text the oracle compares (Intercom rewrites the markup, not the text).
import type { BodyText } from './arbitraries-names.js';
import { KNOWN_GAPS } from './known-gaps.js';

/**
 * A key derived from a name, as the schema documents it: lower case, accents on Latin letters
 * folded, every run of other characters replaced by one `-`.
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function swapCase(s: string): string {
  return [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** Hands out names no earlier call returned (under `norm`), by suffixing a number. */
export class UniqueNames {
  private readonly used = new Set<string>();
  constructor(private readonly norm: (s: string) => string = (s) => s) {}
  take(name: string): string {
    let out = name;
    for (let n = 2; this.used.has(this.norm(out)); n++) out = `${name.trimEnd()} ${n}`;
    this.used.add(this.norm(out));
    return out;
  }
  has(name: string): boolean {
    return this.used.has(this.norm(name));
  }
}

/**
 * Names for a list of specs: each unique, except a twin, which repeats the name before it; then
 * new names (for renames and pins), unique against all of those.
 */
export function specNames(items: { name: string; newName: string; twin: boolean }[]): {
  names: string[];
  newNames: string[];
} {
  const used = new UniqueNames();
  const names: string[] = [];
  items.forEach((x, i) => names.push(x.twin && i > 0 ? names[i - 1]! : used.take(x.name)));
  return { names, newNames: items.map((x) => used.take(x.newName)) };
}

/**
 * Two entries with one name in one scope (parent, collection) would claim one live object, which
 * validate refuses; `null` and a scope left out count as one place (a new entry with no scope is
 * created at the top level). A later entry's name gets a suffix instead. Pinned entries are
 * renamed too. With KNOWN_GAPS.omittedScopeTwins, an entry with no scope shares its name with no
 * other entry at all.
 */
export function separateScopedNames<T>(
  entries: T[],
  scope: (e: T) => string | null | undefined,
  get: (e: T) => string,
  set: (e: T, name: string) => void,
): void {
  const taken = new UniqueNames();
  entries.forEach((e) => taken.take(get(e)));
  const seen = new Set<string>();
  const unscoped = (e: T) => KNOWN_GAPS.omittedScopeTwins && scope(e) === undefined;
  for (const e of entries) {
    const slot = (name: string) => JSON.stringify([scope(e) ?? null, name]);
    if (seen.has(slot(get(e)))) set(e, taken.take(`${get(e).trimEnd()} 2`));
    seen.add(slot(get(e)));
  }
  if (!KNOWN_GAPS.omittedScopeTwins) return;
  for (const e of entries) {
    if (unscoped(e) && entries.some((o) => o !== e && get(o) === get(e))) {
      set(e, taken.take(`${get(e).trimEnd()} alone`));
    }
  }
}

/**
 * KNOWN_GAPS.absentTwinOfPresentEntry: an absent entry with no scope and no pin gets a name no
 * present entry has.
 */
export function renameAbsentTwins<T extends { id?: string; ensure: string }>(
  entries: T[],
  scope: (e: T) => string | null | undefined,
  get: (e: T) => string,
  set: (e: T, name: string) => void,
): void {
  const present = new Set(entries.filter((e) => e.ensure === 'present').map(get));
  const taken = new UniqueNames();
  entries.forEach((e) => taken.take(get(e)));
  for (const e of entries) {
    if (
      e.ensure === 'absent' &&
      e.id === undefined &&
      scope(e) === undefined &&
      present.has(get(e))
    ) {
      set(e, taken.take(`${get(e).trimEnd()} gone`));
    }
  }
}

const IMAGE = 'https://img.example/pic.png';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function bodyHtml(b: BodyText): string {
  return [
    ...(b.heading !== undefined ? [`<h3>${escapeHtml(b.heading)}</h3>`] : []),
    ...b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(b.image ? [`<p><img src="${IMAGE}" alt="pic"></p>`] : []),
  ].join('');
}

export function bodyMarkdown(b: BodyText): string {
  return [
    ...(b.heading !== undefined ? [`### ${b.heading}`] : []),
    ...b.paragraphs,
    ...(b.image ? [`![pic](${IMAGE})`] : []),
  ].join('\n\n');
}

/** The text a body shows, whitespace collapsed: what survives Intercom's rewriting. */
export function bodyText(b: BodyText): string {
  return squash([b.heading ?? '', ...b.paragraphs].join(' '));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Text of an HTML fragment: tags dropped, common entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return squash(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e] ?? _m)
      .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16))),
  );
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
