// Intercom re-hosts every absolute image it is sent on its CDN, under the same file name. So a
// desired `https://docs.example/img/shot.png` is in place when the live body, at that image, has
// the CDN URL of `shot.png` (normalised to `https://…/shot.png`), and only then: a live image on
// any other host, or a relative path, is compared exactly. Done on the two normalised bodies,
// image by image in order, so one moved or replaced image is still a change.
const IMG_SRC = /<img\b[^>]*?\ssrc="([^"]*)"/g;
const REHOSTED = 'https://…/';

/** The desired body with each absolute image Intercom re-hosted written as the live body has it. */
export function alignRehosted(desired: string, live: string): string {
  const liveSources = [...live.matchAll(IMG_SRC)].map((m) => m[1]!);
  if (liveSources.length === 0) return desired;
  let i = 0;
  return desired.replace(IMG_SRC, (tag, src: string) => {
    const liveSrc = liveSources[i++];
    if (liveSrc === undefined || !liveSrc.startsWith(REHOSTED)) return tag;
    if (!/^https?:\/\//i.test(src) || src.startsWith(REHOSTED)) return tag;
    return basename(src) === liveSrc.slice(REHOSTED.length) ? tag.replace(src, liveSrc) : tag;
  });
}

function basename(src: string): string {
  const path = src.split('#')[0]!.split('?')[0]!;
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
