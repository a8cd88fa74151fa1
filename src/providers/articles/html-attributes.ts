// Attribute rules of the body normaliser. Intercom rewrites what it stores: it adds classes and
// heading anchors, adds link targets, and re-hosts every absolute image on a CDN URL whose query
// string is re-signed on every read. None of that is content, and all of it would make every plan
// show a body diff, so it is dropped here (for images: all but the file name, see imageSource). Everything else a writer controls (href, alt, title, style,
// width...) is kept, sorted by name, so a real edit still shows.

/** Attributes that carry no content and that Intercom adds or rewrites on save. */
const DROPPED = new Set(['class', 'target', 'rel']);

/** Intercom's generated heading anchors look like `h_2b3c4d5e6f`; a writer's own ids stay. */
const GENERATED_ID = /^h_[0-9a-f]+$/i;

/** Query parameters of Intercom's signed CDN URLs, fresh on every API call. */
const SIGNED_PARAMS = new Set(['expires', 'signature', 'req']);

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'data']);

/** ` a="1" b="2"` for the attributes that matter, sorted; '' when none remain. */
export function renderAttributes(tag: string, attrs: string[]): string {
  if (attrs.length === 0) return '';
  // Elements have a handful of attributes: an insertion sort into a reused list beats
  // Object.entries, tuples, Array.prototype.sort and join on every element of every body.
  const kept = KEPT;
  kept.length = 0;
  for (let i = 0; i < attrs.length; i += 2) {
    const name = attrs[i]!;
    const raw = attrs[i + 1]!;
    if (DROPPED.has(name) || name.startsWith('data-')) continue;
    if (name === 'id' && GENERATED_ID.test(raw)) continue;
    let at = kept.length;
    kept.push('', '');
    for (; at > 0 && kept[at - 2]! > name; at -= 2) {
      kept[at] = kept[at - 2]!;
      kept[at + 1] = kept[at - 1]!;
    }
    kept[at] = name;
    kept[at + 1] = canonicalValue(tag, name, raw);
  }
  let out = '';
  for (let i = 0; i < kept.length; i += 2) out += ` ${kept[i]}="${escapeAttribute(kept[i + 1]!)}"`;
  return out;
}

const KEPT: string[] = [];

/** Whether an element keeps any attribute after the rules above. */
export function hasAttributes(attrs: string[]): boolean {
  for (let i = 0; i < attrs.length; i += 2) {
    const name = attrs[i]!;
    if (DROPPED.has(name) || name.startsWith('data-')) continue;
    if (name === 'id' && GENERATED_ID.test(attrs[i + 1]!)) continue;
    return true;
  }
  return false;
}

function canonicalValue(tag: string, name: string, value: string): string {
  if (tag === 'img' && name === 'src') return imageSource(value.trim());
  if (URL_ATTRIBUTES.has(name)) return withoutSignature(value.trim());
  return value;
}

/** Written in place of the host and folders of an image Intercom re-hosts. */
const REHOSTED = 'https://…/';

/**
 * An image source as far as Intercom lets it survive a save. Intercom fetches every absolute
 * http(s) image and stores it on its CDN under the same file name, re-signing the URL on every
 * read, so a CDN URL reads `https://…/<file name>`: the file name is all that is stable in it.
 * Every other source stays exactly as written. Whether a desired absolute URL is the one a CDN
 * URL was made from is decided by the article diff (rehosted.ts), which sees both bodies.
 */
export function imageSource(src: string): string {
  if (INTERCOM_CDN.test(src)) return `${REHOSTED}${imageBasename(src)}`;
  return withoutSignature(src);
}

const INTERCOM_CDN = /^https:\/\/[^/?#]*\.intercomcdn\.com\//i;

/**
 * The last path segment of an image URL without query or fragment: the only part of the URL
 * Intercom keeps when it re-hosts an image (`https://downloads.intercomcdn.com/i/o/<n>/<hex>/<basename>?…`).
 */
export function imageBasename(src: string): string {
  if (/^data:/i.test(src)) return src;
  const path = src.split('#')[0]!.split('?')[0]!;
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    const decoded = decodeURIComponent(segment);
    // Decoding must not create separators, or normalising again would cut the name further.
    return /[/?#]/.test(decoded) ? segment : decoded;
  } catch {
    return segment;
  }
}

/** Removes `expires`, `signature` and `req` query parameters and keeps everything else in order. */
export function withoutSignature(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return url;
  const params = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((p) => p !== '' && !SIGNED_PARAMS.has(paramName(p)));
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `${beforeHash.slice(0, queryAt)}${query}${hash}`;
}

function paramName(param: string): string {
  const name = param.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

function escapeAttribute(value: string): string {
  if (!/[&"\u00a0]/.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
}

export function escapeText(text: string): string {
  // One test instead of four replaces for the common text that needs no escaping (#7).
  if (!/[&<>\u00a0]/.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}
