// The help center list exists so the tool can learn the default help center's id; the sandbox
// has exactly one, which collections land in unless told otherwise.
import type { Route, SandboxContext } from '../context.js';
import { notFound } from '../errors.js';
import type { HelpCenterRecord } from '../state.js';

export const helpCenterRoutes: Route[] = [
  {
    method: 'GET',
    template: '/help_center/help_centers',
    handler: (_req, ctx) => ({
      body: { type: 'list', data: ctx.state.help_centers.map((h) => helpCenterView(ctx, h)) },
    }),
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
