// Intercom rewrites some article HTML on save (h3-h6 become h2; images are re-hosted, which only
// works for absolute http(s) sources). Plans compare a normalised form, so this never shows as a
// change, but the article will not look as written; it is found up front. A real HTML parser is used because regexes miss attributes in odd quoting.
import { Parser } from 'htmlparser2';

export type Finding =
  | { kind: 'heading'; offset: number; level: number }
  | { kind: 'image'; offset: number; src: string };

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
  return {
    message: `image source \`${finding.src}\` is not an absolute http(s) URL`,
    hint: 'Intercom re-hosts images only from http(s) URLs: upload the image and use its https:// address',
  };
}
