// The help center list exists so the tool can learn the default help center's id; the sandbox
// has exactly one, which collections land in unless told otherwise.
//
// The spec declares no query parameters and a bare `{type: 'list', data}` answer, but Intercom's
// SDK pages through it (Fern's override adds `page`/`per_page`) until a page comes back empty.
// So `page` and `per_page` are honoured: without `per_page` the first page holds every help
// center, as before, and any later page is empty.
import type { Route, SandboxContext } from '../context.js';
import { notFound } from '../errors.js';
import { pageParams, paginate } from '../pagination.js';
import type { HelpCenterRecord } from '../state.js';

export const helpCenterRoutes: Route[] = [
  {
    method: 'GET',
    template: '/help_center/help_centers',
    handler: (req, ctx) => {
      const all = ctx.state.help_centers;
      const { data } = paginate(all, pageParams(req.query, Math.max(all.length, 1)));
      return { body: { type: 'list', data: data.map((h) => helpCenterView(ctx, h)) } };
    },
  },
  {
    method: 'GET',
    template: '/help_center/help_centers/{id}',
    handler: (req, ctx) => {
      const hc = ctx.state.help_centers.find((h) => h.id === req.params.id);
      if (!hc) throw notFound();
      return { body: helpCenterView(ctx, hc) };
    },
  },
];

function helpCenterView(ctx: SandboxContext, h: HelpCenterRecord): Record<string, unknown> {
  return {
    id: h.id,
    workspace_id: ctx.state.app.id_code,
    created_at: h.created_at,
    updated_at: h.updated_at,
    identifier: h.identifier,
    website_turned_on: h.website_turned_on,
    display_name: h.display_name,
    url: h.url,
    custom_domain: h.custom_domain,
    default: h.default,
    locales: h.locales,
  };
}
