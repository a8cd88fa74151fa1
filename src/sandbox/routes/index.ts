// Every endpoint the sandbox serves, in one table the router compiles.
import type { Route } from '../context.js';
import { adminRoutes } from './admins.js';
import { articleRoutes } from './articles.js';
import { collectionRoutes } from './collections.js';
import { companyRoutes } from './companies.js';
import { companyListRoutes } from './company-list.js';
import { companyScrollRoutes } from './company-scroll.js';
import { helpCenterRoutes } from './help-centers.js';
import { tagRoutes } from './tags.js';

export const allRoutes: readonly Route[] = [
  ...adminRoutes,
  ...tagRoutes,
  ...helpCenterRoutes,
  ...collectionRoutes,
  ...articleRoutes,
  ...companyRoutes,
  ...companyListRoutes,
  ...companyScrollRoutes,
];
