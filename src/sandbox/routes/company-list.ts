// POST /companies/list: the paged company list (no body; page, per_page and order in the query),
// sorted by last_request_at and, like every company list, without user-less companies.
import type { Route } from '../context.js';
import { invalid } from '../errors.js';
import { pageParams, paginate } from '../pagination.js';
import { byLastRequest, companyView, isListed } from './company-view.js';

export const companyListRoutes: Route[] = [
  {
    method: 'POST',
    template: '/companies/list',
    handler: (req, ctx) => {
      const order = req.query.get('order') ?? 'desc';
      if (order !== 'asc' && order !== 'desc') throw invalid("order must be 'asc' or 'desc'");
      const listed = ctx.state.companies.filter(isListed).sort(byLastRequest);
      if (order === 'asc') listed.reverse();
      const page = paginate(listed, pageParams(req.query, 15), true);
      return { body: { type: 'list', ...page, data: page.data.map((c) => companyView(ctx, c)) } };
    },
  },
];
