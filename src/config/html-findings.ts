// Intercom rewrites some article HTML on save (h3-h6 become h2; images are re-hosted, which only
// works for absolute http(s) sources) and drops elements its help center does not render (forms,
// scripts, embedded objects). Plans compare a normalised form, so the rewrites never show as a
// change, but the article will not look as written; it is found up front. A real HTML parser is
// used because regexes miss attributes in odd quoting.
import { Parser } from 'htmlparser2';

export type Finding =
  | { kind: 'heading'; offset: number; level: number }
  | { kind: 'image'; offset: number; src: string }
  | { kind: 'tag'; offset: number; tag: string };

/**
 * Elements an article body should not rely on. Intercom's "Allowed HTML for Articles" lists what
 * is kept (p, br, hr, h1/h2, a, img, lists, code, tables, video iframes...); these are the ones
 * that are plainly not content and not in that list. Kept short on purpose: a warning on
 * something Intercom does keep would teach people to ignore warnings.
 */
export const UNSUPPORTED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'object',
  'embed',
]);

export function isHostedImage(src: string): boolean {
  return /^https?:\/\//i.test(src.trim());
}

/** Findings in an HTML fragment; offsets are relative to its start. */
export function htmlFindings(html: string): Finding[] {
  const findings: Finding[] = [];
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      const heading = /^h([3-6])$/.exec(name);
      if (heading)
        findings.push({ kind: 'heading', offset: parser.startIndex, level: Number(heading[1]) });
      if (UNSUPPORTED_TAGS.has(name)) {
        findings.push({ kind: 'tag', offset: parser.startIndex, tag: name });
      }
      const src = attribs['src'];
      if (name === 'img' && !isHostedImage(src ?? '')) {
        findings.push({ kind: 'image', offset: parser.startIndex, src: src ?? '' });
      }
    },
  });
  parser.write(html);
  parser.end();
  return findings;
}

export function findingMessage(
  finding: Finding,
  markdown: boolean,
): { message: string; hint: string } {
  if (finding.kind === 'heading') {
    return {
      message: `h${finding.level} heading will be turned into h2 by Intercom`,
      hint: markdown
        ? 'use `#` or `##` headings (or bold text): Intercom keeps only h1 and h2, so the article will not look as written'
        : 'use <h1> or <h2> (or <b>): Intercom keeps only h1 and h2, so the article will not look as written',
    };
  }
  if (finding.kind === 'tag') {
    return {
      message: `<${finding.tag}> is not kept by Intercom in article bodies`,
      hint: 'remove it: Intercom keeps text, headings, links, images, lists, code, tables and video embeds',
    };
  }
  return {
    message: `image source \`${finding.src}\` is not an absolute http(s) URL`,
    hint: 'Intercom re-hosts images only from http(s) URLs: upload the image and use its https:// address',
  };
}
