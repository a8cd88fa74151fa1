// Keys default to a slug so that short configs need no `key:` lines. Accents are folded first so
// "Über uns" gives "uber-uns" rather than "ber-uns"; only marks on Latin letters are dropped, and
// letters of any script survive, so a Japanese title still yields a usable key, not an empty one.

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
