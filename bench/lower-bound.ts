// WHY: "plan calls at most 1.05x the lower bound" needs an honest bound: the fewest requests any
// client could make to learn the same live state from this API. Counted (with the sandbox's real
// page sizes, which are Intercom's):
//   GET /me                    1  the workspace guard, because the config sets workspace.id
//   GET /tags                  1  one unpaginated list of every tag
//   GET /admins                1  one unpaginated list of every admin
//   GET /away_status_reasons   1  turns the admins' away reason labels into ids
//   GET /help_center/collections  ceil(collections / 150)  (per_page max 150)
//   GET /articles                 ceil(articles / 150)
//   GET /companies/scroll         ceil(listed companies / SCROLL_PAGE_SIZE)
//   GET /companies?company_id=    one per declared company the scroll cannot show: user_count 0
//                                 (hidden from every list) or not created yet (indistinguishable
//                                 from hidden until asked)
// Not in the bound: the scroll's closing empty page, which Intercom requires to end a scroll.
import { SCROLL_PAGE_SIZE } from '../src/sandbox/index.js';
import { MAX_PER_PAGE } from '../src/sandbox/pagination.js';
import type { SandboxSeed } from '../src/sandbox/index.js';

export interface LowerBound {
  total: number;
  parts: Record<string, number>;
}

const pages = (items: number, perPage: number): number => Math.max(1, Math.ceil(items / perPage));

export function planLowerBound(
  seed: SandboxSeed,
  companyLookups: number,
  workspaceGuard: boolean,
): LowerBound {
  const listed = (seed.companies ?? []).filter((c) => (c.user_count ?? 0) > 0).length;
  const parts: Record<string, number> = {
    'GET /me': workspaceGuard ? 1 : 0,
    'GET /tags': 1,
    'GET /admins': 1,
    'GET /away_status_reasons': 1,
    'GET /help_center/collections': pages(seed.collections?.length ?? 0, MAX_PER_PAGE),
    'GET /articles': pages(seed.articles?.length ?? 0, MAX_PER_PAGE),
    'GET /companies/scroll': pages(listed, SCROLL_PAGE_SIZE),
    'GET /companies': companyLookups,
  };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}
