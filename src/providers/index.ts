// The one list of kinds the tool manages, in KIND_ORDER. Providers are created per run because
// some keep per-run caches (away status reasons, the live articles of this plan).
import type { Provider } from './provider.js';
import { createTagProvider } from './tags/tag-provider.js';
import { createCollectionProvider } from './collections/collection-provider.js';
import { createArticleProvider } from './articles/article-provider.js';
import { createCompanyProvider } from './companies/company-provider.js';
import { createAdminProvider } from './admins/admin-provider.js';

export type { Provider } from './provider.js';
export { normalizeHtml } from './articles/normalize-html.js';

export function createProviders(): Provider[] {
  return [
    createTagProvider(),
    createCollectionProvider(),
    createArticleProvider(),
    createCompanyProvider(),
    createAdminProvider(),
  ];
}
