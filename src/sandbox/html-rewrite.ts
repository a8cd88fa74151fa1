// What Intercom does to an article body on save, so the tool meets the same "perpetual diff" traps
// here as against the real API: h3-h6 come back as h2, and every image is re-hosted on Intercom's
// CDN under a signed URL whose query (expires, signature, req) changes on every read while its
// path stays fixed for the article's life. The stored body keeps a placeholder where the signed
// query goes; renderBody signs it afresh on each read.
import { createHmac, randomBytes } from 'node:crypto';
import { randomHex } from './ids.js';

export const CDN_PREFIX = 'https://downloads.intercomcdn.com/i/o/';
const SIGNED_PLACEHOLDER = '__SANDBOX_SIGNED_QUERY__';
const SIGNING_KEY = randomBytes(32);
/** Signed CDN links are valid this long after the read that produced them. */
const LINK_LIFETIME_S = 3600;

const HEADING = /<(\/?)h[3-6](?=[\s>/])/gi;
const IMG_TAG = /<img\b[^>]*>/gi;
const SRC_ATTR = /(\ssrc\s*=\s*)(["'])(.*?)\2/i;
const STORED_CDN_URL = new RegExp(
  `(${escapeRegExp(CDN_PREFIX)})([^"'?\\s]+)\\?${SIGNED_PLACEHOLDER}`,
  'g',
);

/**
 * Rewrites HTML as Intercom does on save. `images` maps original URLs to CDN paths and is
 * extended in place; `nextImageNumber` hands out the numeric first path segment.
 */
export function rewriteBody(
  html: string,
  images: Record<string, string>,
  nextImageNumber: () => string,
): string {
  const headed = html.replace(HEADING, '<$1h2');
  return headed.replace(IMG_TAG, (tag) =>
    tag.replace(
      SRC_ATTR,
      (_m, pre: string, quote: string, src: string) =>
        `${pre}${quote}${rehost(src, images, nextImageNumber)}${quote}`,
    ),
  );
}

function rehost(src: string, images: Record<string, string>, nextNumber: () => string): string {
  if (src.startsWith(CDN_PREFIX)) {
    // Already ours (e.g. a body read back and sent again): keep the path, drop the old signature.
    const path = src.slice(CDN_PREFIX.length).split('?')[0] ?? '';
    return `${CDN_PREFIX}${path}?${SIGNED_PLACEHOLDER}`;
  }
  // Intercom only fetches absolute http(s) URLs; anything else is left as sent.
  if (!/^https?:\/\//i.test(src)) return src;
  const path = (images[src] ??= `${nextNumber()}/${randomHex(24)}/${basename(src)}`);
  return `${CDN_PREFIX}${path}?${SIGNED_PLACEHOLDER}`;
}

function basename(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ?? 'image';
  } catch {
    return 'image';
  }
}

/** The body as a read returns it: every re-hosted image gets a freshly signed query. */
export function renderBody(stored: string, nowMs: number): string {
  const expires = Math.floor(nowMs / 1000) + LINK_LIFETIME_S;
  return stored.replace(STORED_CDN_URL, (_m, prefix: string, path: string) => {
    const req = randomBytes(12).toString('base64url');
    const signature = createHmac('sha256', SIGNING_KEY)
      .update(`${path}\n${expires}\n${req}`)
      .digest('hex');
    return `${prefix}${path}?expires=${expires}&signature=${signature}&req=${req}`;
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
