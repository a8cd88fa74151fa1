// The sandbox's whole workspace as one plain, JSON-serialisable object. Tests read and edit it
// directly (to change something "behind the tool's back"), and --state files persist it as is,
// so it holds data only: no classes, no runtime handles (the open scroll lives in the server).
// Records use Intercom's field names; views.ts turns them into API responses.

export type Scalar = string | number | boolean | null;

export interface AppRecord {
  id_code: string;
  name: string;
  region: string;
  timezone: string;
  created_at: number;
  identity_verification: boolean;
  away_status_reason_required: boolean;
}

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title?: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  away_status_reason_id: number | null;
  has_inbox_seat: boolean;
  team_ids: number[];
  avatar: string | null;
}

export interface AwayStatusReasonRecord {
  id: string;
  label: string;
  emoji: string;
  order: number;
  deleted: boolean;
  created_at: number;
  updated_at: number;
}

export interface TagRecord {
  id: string;
  name: string;
}

export interface SegmentRecord {
  id: string;
  name: string;
  tag_ids: string[];
  created_at: number;
  updated_at: number;
}

export interface HelpCenterRecord {
  id: string;
  identifier: string;
  display_name: string;
  url: string;
  custom_domain: string | null;
  website_turned_on: boolean;
  default: boolean;
  locales: string[];
  created_at: number;
  updated_at: number;
}

export interface CollectionRecord {
  id: string;
  name: string;
  description: string | null;
  parent_id: string | null;
  help_center_id: string;
  icon: string | null;
  order: number;
  created_at: number;
  updated_at: number;
  /** Other locales of a multilingual help center (the default locale is the record itself). */
  translated_content?: Record<string, CollectionLocaleRecord>;
}

export interface CollectionLocaleRecord {
  name: string;
  description: string;
}

/** An article in one non-default locale; the body is stored rewritten, like the default one. */
export interface ArticleLocaleRecord {
  title: string;
  description: string | null;
  body: string;
  author_id: number;
  state: 'published' | 'draft';
  created_at: number;
  updated_at: number;
}

export interface ArticleRecord {
  id: string;
  title: string;
  description: string | null;
  /** Rewritten HTML; re-hosted image URLs carry a placeholder that is signed on every read. */
  body: string;
  body_markdown: string | null;
  author_id: number;
  state: 'published' | 'draft';
  parent_id: string | null;
  created_at: number;
  updated_at: number;
  created_by_id: number | null;
  updated_by_id: number | null;
  ai_chatbot_availability: boolean;
  ai_copilot_availability: boolean;
  ai_sales_agent_availability: boolean;
  /** Original image URL -> CDN path (`<n>/<24 hex>/<file>`), fixed for the article's life. */
  images: Record<string, string>;
  /** Other locales of a multilingual help center (the default locale is the record itself). */
  translated_content?: Record<string, ArticleLocaleRecord>;
}

export interface CompanyRecord {
  id: string;
  company_id: string;
  name?: string;
  /** Plan name; the plan's id comes from SandboxState.plans. */
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend: number;
  session_count: number;
  user_count: number;
  custom_attributes: Record<string, Scalar>;
  tag_ids: string[];
  remote_created_at?: number;
  created_at: number;
  updated_at: number;
  last_request_at?: number;
}

export interface PlanRecord {
  id: string;
  name: string;
}

export type SequenceName = 'tag' | 'collection' | 'article' | 'plan' | 'image';

export interface SandboxState {
  version: 1;
  app: AppRecord;
  /** Admin who owns the token (GET /me). */
  me: string;
  admins: AdminRecord[];
  away_status_reasons: AwayStatusReasonRecord[];
  tags: TagRecord[];
  segments: SegmentRecord[];
  help_centers: HelpCenterRecord[];
  collections: CollectionRecord[];
  articles: ArticleRecord[];
  companies: CompanyRecord[];
  plans: PlanRecord[];
  /** Last id handed out per kind; ids are never reused, even after a delete. */
  sequences: Record<SequenceName, number>;
}

/** The next id of a kind, as Intercom's numeric-string ids. */
export function nextId(state: SandboxState, kind: SequenceName): string {
  state.sequences[kind] += 1;
  return String(state.sequences[kind]);
}

export function defaultHelpCenter(state: SandboxState): HelpCenterRecord {
  const hc = state.help_centers.find((h) => h.default) ?? state.help_centers[0];
  if (!hc) throw new Error('sandbox state has no help center');
  return hc;
}

/** Removes matching items in place, so references tests hold to state arrays stay live. */
export function removeWhere<T>(items: T[], predicate: (item: T) => boolean): T[] {
  const removed: T[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (predicate(item)) removed.unshift(...items.splice(i, 1));
  }
  return removed;
}
