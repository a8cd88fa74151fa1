// A translation into a locale the help center does not have is refused by Intercom only when the
// write is sent, by then after other writes. The planner reads the help centers' locales once
// (GET /help_center/help_centers), so the problem is reported at plan time with its position.
import type { DesiredObject } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';
import type { PlanRefs } from './refs.js';

export function checkTranslationLocales(
  d: DesiredObject,
  locales: readonly string[],
  refs: PlanRefs,
): Problem[] {
  const known = refs.helpCenterLocales();
  if (known === undefined) return [];
  return locales
    .filter((locale) => !known.has(locale))
    .map((locale) => ({
      pos: d.pos,
      message: `${d.kind} "${d.key}": translation "${locale}" is not a locale of this workspace's help center`,
      hint:
        known.size > 0
          ? `the help center has: ${[...known].sort().join(', ')}; add the language in Intercom (Help Center > Settings > Languages) or remove the translation`
          : 'the help center has no languages set; add the language in Intercom first',
    }));
}
