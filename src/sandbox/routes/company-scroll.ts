// GET /companies/scroll with Intercom's rules: one open scroll per app (a second one is refused
// until the first ends or idles out after a minute), a page after the last one comes back empty
// (with no scroll_param, since it has expired) and ends the scroll, and user-less companies are left out as in the other lists. The open
// scroll is runtime state, not workspace data, so it is not persisted.
import type { Route, SandboxContext } from '../context.js';
import { ApiError, invalid } from '../errors.js';
import { requestId } from '../ids.js';
import { companyById } from '../company-index.js';
import { companyView, isListed } from './company-view.js';

export const SCROLL_PAGE_SIZE = 50;
const SCROLL_IDLE_MS = 60_000;

interface OpenScroll {
  param: string;
  /** Snapshot of company ids when the scroll opened; pages show their current data. */
  ids: string[];
  position: number;
  lastUsedMs: number;
}

export class CompanyScroll {
  private open: OpenScroll | undefined;

  page(ctx: SandboxContext, param: string | null): Record<string, unknown> {
    const nowMs = ctx.now();
    if (this.open && nowMs - this.open.lastUsedMs > SCROLL_IDLE_MS) this.open = undefined;
    const scroll = param === null ? this.start(ctx) : this.resume(param);
    const ids = scroll.ids.slice(scroll.position, scroll.position + SCROLL_PAGE_SIZE);
    const data = ids.flatMap((id) => {
      const c = companyById(ctx.state.companies, id);
      return c ? [companyView(ctx, c)] : [];
    });
    if (ids.length === 0) {
      // The end: the scroll closes and its param expires, so the empty page carries none.
      // (The spec types scroll_param as a non-nullable string and does not require it.)
      // Intercom's SDK pages on while a scroll_param comes back; echoing the expired one
      // would send it into the 400 below instead of ending cleanly.
      this.open = undefined;
      return { type: 'list', data, pages: null, total_count: null };
    }
    scroll.position += ids.length;
    scroll.lastUsedMs = nowMs;
    return { type: 'list', data, pages: null, total_count: null, scroll_param: scroll.param };
  }

  private start(ctx: SandboxContext): OpenScroll {
    if (this.open) {
      throw new ApiError(
        400,
        'bad_request',
        'scroll already exists for this app: finish it, or wait a minute for it to expire',
      );
    }
    this.open = {
      param: requestId(),
      ids: ctx.state.companies.filter(isListed).map((c) => c.id),
      position: 0,
      lastUsedMs: ctx.now(),
    };
    return this.open;
  }

  private resume(param: string): OpenScroll {
    if (!this.open || this.open.param !== param) {
      throw invalid('scroll_param is unknown or has expired; start a new scroll');
    }
    return this.open;
  }
}

export const companyScrollRoutes: Route[] = [
  {
    method: 'GET',
    template: '/companies/scroll',
    // An empty scroll_param is treated as none: it starts a scroll.
    handler: (req, ctx) => ({ body: ctx.scroll.page(ctx, req.query.get('scroll_param') || null) }),
  },
];
