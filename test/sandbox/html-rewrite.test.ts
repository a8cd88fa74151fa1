// The body rewrite in isolation: CDN path stability and per-read signing.
import { describe, expect, it } from 'vitest';
import { CDN_PREFIX, renderBody, rewriteBody } from '../../src/sandbox/html-rewrite.js';

describe('rewriteBody / renderBody', () => {
  const counter = () => {
    let n = 100;
    return () => String(++n);
  };

  it('maps each original URL to one CDN path per article and leaves relative sources alone', () => {
    const images: Record<string, string> = {};
    const next = counter();
    const html = rewriteBody(
      '<img alt=\'a\' src=\'https://a.example/x/one.png?v=2\'><img src="https://a.example/x/one.png?v=2"><img src="/local.png">',
      images,
      next,
    );
    expect(Object.keys(images)).toEqual(['https://a.example/x/one.png?v=2']);
    expect(images['https://a.example/x/one.png?v=2']).toMatch(/^101\/[0-9a-f]{24}\/one\.png$/);
    expect(html.split(CDN_PREFIX)).toHaveLength(3);
    expect(html).toContain('src="/local.png"');
  });

  it('signs each image on render with a fresh query and the stored path', () => {
    const stored = rewriteBody('<img src="https://a.example/p.png">', {}, counter());
    const one = renderBody(stored, 1_700_000_000_000);
    const two = renderBody(stored, 1_700_000_000_000);
    expect(one).not.toBe(two);
    expect(one).toMatch(/\?expires=1700003600&signature=[0-9a-f]{64}&req=[\w-]+"/);
    expect(one.replace(/\?[^"]*/, '')).toBe(two.replace(/\?[^"]*/, ''));
  });
});
