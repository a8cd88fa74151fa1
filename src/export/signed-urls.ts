// Intercom serves article images from its CDN with `expires`, `signature` and `req` query
// parameters that change on every read and expire within hours. An export must not commit them:
// they would make every re-export a diff and go stale in the repository. The CDN path itself is
// kept, which is what Intercom recognises as its own image when the body is sent back.
import { withoutSignature } from '../providers/articles/html-attributes.js';

const URL_ATTRIBUTE = /(\s(?:src|href|poster)\s*=\s*)(["'])(.*?)\2/gi;

/** A URL without its signed query parameters; `&amp;` as written in HTML is understood. */
export function unsignedUrl(url: string): string {
  const encoded = url.includes('&amp;');
  const plain = withoutSignature(encoded ? url.replace(/&amp;/g, '&') : url);
  return encoded ? plain.replace(/&/g, '&amp;') : plain;
}

/** HTML with the signed query parameters removed from every src, href and poster. */
export function stripSignatures(html: string): string {
  return html.replace(
    URL_ATTRIBUTE,
    (_m, pre: string, quote: string, url: string) => `${pre}${quote}${unsignedUrl(url)}${quote}`,
  );
}
