// An away reason on an admin who is not away is silently ignored by Intercom, so the plan would
// show the same change forever; it is refused here with the fix spelled out.
import type { Problem } from '../errors/problem.js';
import type { RawConfig } from './raw-config.js';
import type { SourceMap } from './source-map.js';

export function checkAdmins(raw: RawConfig, map: SourceMap): Problem[] {
  return raw.admins.flatMap((admin): Problem[] => {
    if (admin.fields['away'] !== false || typeof admin.fields['reason'] !== 'string') return [];
    return [
      {
        pos: map.value(['admins', admin.index, 'reason']),
        message: 'a `reason` only applies when `away` is true',
        hint: 'remove `reason` (or set it to null), or set `away: true`',
      },
    ];
  });
}
