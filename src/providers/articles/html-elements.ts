// How the body normaliser classifies elements: what gets a line of its own, what only groups
// other blocks, what is a wrapper without meaning, and which spellings mean the same thing in
// Intercom's stored HTML. Shared by the block layout (normalize-html) and inline text (html-inline).
// Every class is one bit of a number looked up once per element, not a set probed per use: the
// normaliser asks these questions for every node of every body of a big help center.

/** Elements that always fit on one line; their content is flattened. `img` stands alone too. */
const LINE = [
  ...['p', 'h1', 'h2', 'pre', 'tr', 'dt', 'caption', 'figcaption', 'summary', 'address'],
  ...['hr', 'img', 'iframe', 'video', 'audio'],
];
/** Elements that hold other blocks; one line when they hold only inline content. */
const CONTAINERS = [
  ...['ul', 'ol', 'li', 'dl', 'dd', 'blockquote', 'table', 'thead', 'tfoot', 'td', 'th'],
  ...['section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'details'],
  ...['fieldset', 'form', 'hgroup'],
];
/** Wrappers without meaning of their own (Intercom wraps images in a div; tbody is implied). */
const WRAPPERS = ['div', 'tbody', 'html', 'body'];
/** Never shown to a reader, and not kept by Intercom. */
const HIDDEN = ['script', 'style', 'head', 'template'];
const VOIDS = ['br', 'hr', 'img', 'wbr', 'input', 'col', 'area', 'source', 'track', 'embed'];
/** Where a single paragraph is only spacing: Markdown's loose lists, Intercom's `<li><p>`. */
const LOOSE_HOLDERS = ['li', 'dd', 'td', 'th', 'blockquote'];
/** Same meaning, one spelling: Intercom keeps two heading levels and writes b/i. */
const RENAMED: Record<string, string> = {
  h3: 'h2',
  h4: 'h2',
  h5: 'h2',
  h6: 'h2',
  strong: 'b',
  em: 'i',
};

/** A line, a container or a wrapper: anything that is not inline content. */
export const BLOCK = 1;
export const CONTAINER = 2;
export const TRANSPARENT = 4;
export const DROPPED = 8;
export const VOID = 16;
/** Its only unstyled paragraph is spacing (see looseParagraph in normalize-html). */
export const LOOSE = 32;
/** Ends a line of inline text: whitespace is trimmed on both sides (a block, or br; not img). */
export const BOUNDARY = 64;

export interface ElementKind {
  /** The canonical tag name (h3 is h2, strong is b). */
  tag: string;
  flags: number;
}

const KINDS = new Map<string, ElementKind>();
for (const tag of [...LINE, ...CONTAINERS, ...WRAPPERS, ...HIDDEN, ...VOIDS]) {
  KINDS.set(tag, { tag, flags: flagsOf(tag) });
}
for (const [name, tag] of Object.entries(RENAMED)) KINDS.set(name, { tag, flags: flagsOf(tag) });

function flagsOf(tag: string): number {
  const has = (list: string[], flag: number): number => (list.includes(tag) ? flag : 0);
  const block = has(LINE, BLOCK) | has(CONTAINERS, BLOCK) | has(WRAPPERS, BLOCK);
  const boundary = tag === 'br' || (block !== 0 && tag !== 'img') ? BOUNDARY : 0;
  return (
    block |
    boundary |
    has(CONTAINERS, CONTAINER) |
    has(WRAPPERS, TRANSPARENT) |
    has(HIDDEN, DROPPED) |
    has(VOIDS, VOID) |
    has(LOOSE_HOLDERS, LOOSE)
  );
}

/** Canonical tag and classes of a (lower-cased) element name; other names are plain inline. */
export function kindOf(name: string): ElementKind | undefined {
  return KINDS.get(name);
}
