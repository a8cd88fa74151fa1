// HTML -> Markdown for export, with turndown (the well-kept converter) configured for the
// Markdown writers expect (atx headings, `-` bullets, fenced code) and for a faithful round trip:
// what marked renders from the result must normalise to the same form as Intercom's HTML, so an
// exported article shows no change in the next plan. Text that Markdown would read as markup
// (`<tag>`, `&entity;`) is escaped, and whitespace-only lines left by list indentation removed.
import TurndownService from 'turndown';
import { addRules } from './turndown-rules.js';

let service: TurndownService | undefined;

// @types/turndown types nodes as DOM elements, which this Node project has no typings for.
const isBlock = (node: unknown): boolean => (node as { isBlock?: boolean }).isBlock === true;
const nodeName = (node: unknown): string => (node as { nodeName: string }).nodeName;

function turndown(): TurndownService {
  if (service) return service;
  const td = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
    // A backslash survives editors that trim trailing spaces, unlike Markdown's two-space break.
    br: '\\',
    // Intercom's editor keeps empty paragraphs as spacing; Markdown can only say so in HTML.
    blankReplacement: (_content, node) =>
      nodeName(node) === 'P' ? '\n\n<p></p>\n\n' : isBlock(node) ? '\n\n' : '',
  });
  const escape = td.escape.bind(td);
  td.escape = (text: string): string =>
    escape(text)
      .replace(/</g, '\\<')
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  addRules(td);
  service = td;
  return td;
}

export function htmlToMarkdown(html: string): string {
  const markdown = turndown()
    .turndown(html)
    .replace(/^[ \t]+$/gm, '');
  return markdown === '' ? '' : `${markdown}\n`;
}
