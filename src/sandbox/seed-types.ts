// The seed format: a JSON-friendly description of a workspace, smaller than the live state
// (defaults fill timestamps, ids and sequences) so a hand-written seed file stays readable.
// Field names follow Intercom's own JSON so a seed reads like API output.

export interface SandboxSeed {
  app?: SeedApp;
  /** Id of the admin who owns the token (GET /me). @default the first admin */
  me?: string;
  admins?: SeedAdmin[];
  away_status_reasons?: SeedAwayStatusReason[];
  tags?: SeedTag[];
  segments?: SeedSegment[];
  help_center?: SeedHelpCenter;
  collections?: SeedCollection[];
  articles?: SeedArticle[];
  companies?: SeedCompany[];
}

export interface SeedApp {
  id_code?: string;
  name?: string;
  /** US | EU | AU */
  region?: string;
  timezone?: string;
  created_at?: number;
  identity_verification?: boolean;
  /** Workspace setting: setting an admin away needs a reason (400 away_status_reason_mandatory). */
  away_status_reason_required?: boolean;
}

export interface SeedAdmin {
  id: string;
  name: string;
  email: string;
  job_title?: string;
  away_mode_enabled?: boolean;
  away_mode_reassign?: boolean;
  away_status_reason_id?: number | null;
  has_inbox_seat?: boolean;
  team_ids?: number[];
  avatar?: string | null;
}

export interface SeedAwayStatusReason {
  id: string;
  label: string;
  emoji?: string;
  order?: number;
  deleted?: boolean;
  created_at?: number;
  updated_at?: number;
}

export interface SeedTag {
  id?: string;
  name: string;
}

/** A company segment whose filter is "has all of these tags"; its tags cannot be deleted. */
export interface SeedSegment {
  id: string;
  name: string;
  tag_ids: string[];
  created_at?: number;
  updated_at?: number;
}

export interface SeedHelpCenter {
  id?: string;
  identifier?: string;
  display_name?: string;
  url?: string;
  custom_domain?: string | null;
  website_turned_on?: boolean;
  /** Locales of the help center; the first is the default. @default ['en'] */
  locales?: string[];
  created_at?: number;
  updated_at?: number;
}

export interface SeedCollection {
  id?: string;
  name: string;
  description?: string | null;
  /** Id of the parent collection; null or absent for a top-level collection. */
  parent_id?: string | null;
  icon?: string | null;
  order?: number;
  created_at?: number;
  updated_at?: number;
  /** Name and description in other locales of the help center. */
  translated_content?: Record<string, { name: string; description?: string }>;
}

export interface SeedArticle {
  id?: string;
  title: string;
  description?: string | null;
  /** HTML; rewritten on load exactly as POST /articles rewrites it. */
  body?: string;
  author_id: number;
  state?: 'published' | 'draft';
  /** Id of the containing collection; null or absent for a standalone article. */
  parent_id?: string | null;
  created_at?: number;
  updated_at?: number;
  /** Content in other locales of the help center; bodies are rewritten like `body`. */
  translated_content?: Record<
    string,
    { title: string; description?: string | null; body?: string; state?: 'published' | 'draft' }
  >;
}

export interface SeedCompany {
  /** Intercom's 24-hex id. @default derived from company_id, so seeds give stable ids */
  id?: string;
  company_id: string;
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  session_count?: number;
  /** 0 hides the company from lists and scroll, as Intercom does. @default 0 */
  user_count?: number;
  custom_attributes?: Record<string, string | number | boolean | null>;
  /** Tag names; each must be one of the seed's tags. */
  tags?: string[];
  remote_created_at?: number;
  created_at?: number;
  updated_at?: number;
  last_request_at?: number;
}
