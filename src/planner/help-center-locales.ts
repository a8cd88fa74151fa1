// Translations are checked against the locales the workspace's help centers really have, read
// once with the plan, so a locale Intercom would refuse is a plan problem and not a failure half
// way through an apply. Articles are not tied to one help center in the API, so a locale any help
// center has is accepted.
import type { Desired } from '../model/desired.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { ApiHelpCenterList } from '../intercom/api-types.js';

export function hasTranslations(desired: Desired): boolean {
  const declares = (t: object | undefined): boolean => t !== undefined && Object.keys(t).length > 0;
  return (
    desired.articles.some((a) => a.ensure !== 'absent' && declares(a.translations)) ||
    desired.collections.some((c) => c.ensure !== 'absent' && declares(c.translations))
  );
}

export async function readHelpCenterLocales(client: IntercomClient): Promise<Set<string>> {
  const list = await client.get<ApiHelpCenterList>('/help_center/help_centers');
  const locales = new Set<string>();
  for (const hc of Array.isArray(list?.data) ? list.data : []) {
    for (const locale of Array.isArray(hc.locales) ? hc.locales : []) locales.add(locale);
  }
  return locales;
}
