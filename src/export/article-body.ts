// How one article body is written. Markdown when it round-trips: rendered back by the config's own
// Markdown pipeline it must normalise to exactly what Intercom stores, or the first plan after an
// export would show a change that is not one. Otherwise the body stays HTML (in an .html file with
// the same front matter), signed image URLs stripped and one block per line for readable diffs.
import { renderMarkdown } from '../config/markdown-body.js';
import { normalizeHtml } from '../providers/articles/normalize-html.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { stripSignatures } from './signed-urls.js';

export interface ExportedBody {
  ext: 'md' | 'html';
  text: string;
}

export function roundTrips(markdown: string, html: string): boolean {
  return normalizeHtml(renderMarkdown(markdown).html) === normalizeHtml(html);
}

export function exportBody(html: string): ExportedBody {
  const markdown = htmlToMarkdown(html);
  if (roundTrips(markdown, html)) return { ext: 'md', text: markdown };
  const stripped = stripSignatures(html).trim();
  const lines = stripped.replace(BLOCK_END, '$1\n');
  const text = normalizeHtml(lines) === normalizeHtml(html) ? lines : stripped;
  return { ext: 'html', text: text === '' ? '' : `${text}\n` };
}

const BLOCK_END = /(<\/(?:p|h[1-6]|ul|ol|div|table|pre|blockquote)>|<hr\s*\/?>)(?=<)/gi;
