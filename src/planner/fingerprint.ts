// A saved plan remembers what each object it updates or deletes looked like, so `apply FILE` can
// tell whether someone changed it since. Only the normalised view counts (name, scope, fields):
// the raw JSON carries things that change on every read, such as Intercom's re-signed image URLs
// and timestamps, which would make every saved plan look stale.
import { createHash } from 'node:crypto';
import type { LiveObject } from '../model/objects.js';
import { canonicalJson } from './canonical-json.js';

export function fingerprint(live: LiveObject): string {
  const view = { name: live.name, scope: live.scope ?? null, fields: live.fields };
  return createHash('sha256').update(canonicalJson(view)).digest('hex');
}
