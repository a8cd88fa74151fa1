// What the oracle needs to know about a built case: every declared entry with its identity and
// managed fields resolved to concrete values (names, keys, emails, locales), and the settings.
import type { CompanyFields } from './spec.js';

export type Ensure = 'present' | 'absent';

export interface DeclTag {
  name: string;
  previous: string[];
  id?: string;
  ensure: Ensure;
}

export interface DeclCollection {
  key: string;
  name: string;
  previous: string[];
  id?: string;
  ensure: Ensure;
  /** Parent key; null = top level; undefined = not managed. */
  parent?: string | null;
  description?: string | null;
  translations?: Record<string, { name: string; description?: string | null }>;
}

export interface DeclArticle {
  key: string;
  title: string;
  previous: string[];
  id?: string;
  ensure: Ensure;
  author: string;
  /** Collection key; null = no collection; undefined = not managed. */
  collection?: string | null;
  state?: 'published' | 'draft';
  description?: string | null;
  /** Plain text the body must show (tags stripped), when the body is managed. */
  bodyText?: string;
  translations?: Record<string, { title: string; description?: string | null; bodyText?: string }>;
}

export interface DeclCompany {
  companyId: string;
  id?: string;
  ensure: Ensure;
  fields: CompanyFields;
  /** Tag names; undefined = not managed. */
  tags?: string[];
}

export interface DeclAdmin {
  email: string;
  away: boolean;
  reassign: boolean;
  /** Reason label; null = none; undefined = not managed. */
  reason?: string | null;
}

export interface Model {
  prune: { tags: boolean; collections: boolean; articles: boolean; companies: boolean };
  protected: string[];
  /** Locales of the seeded help center; the first is the default. */
  locales: string[];
  tags: DeclTag[];
  collections: DeclCollection[];
  articles: DeclArticle[];
  companies: DeclCompany[];
  admins: DeclAdmin[];
}
