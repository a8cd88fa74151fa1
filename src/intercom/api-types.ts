// The Intercom JSON the providers read and send, typed after the 2.16 OpenAPI description
// (vendor/intercom-openapi/api.intercom.io.yaml). Only the fields this tool uses are typed;
// responses carry more. Where Intercom's examples disagree with the schema (ids that arrive as
// strings or numbers, `plan: {}` when unset) the type admits both, so the providers must
// normalise instead of trusting the declared type.

/** `error.list`, the body of every 4xx/5xx. */
export interface ApiErrorList {
  type: 'error.list';
  request_id?: string | null;
  errors: { code: string; message?: string | null; field?: string | null }[];
}

// ---------------------------------------------------------------- admins

export interface ApiAdmin {
  type: 'admin';
  id: string;
  name?: string;
  email: string;
  job_title?: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  /** Declared integer; PUT /admins/{id}/away's example returns `'12345'`. */
  away_status_reason_id?: number | string | null;
  has_inbox_seat?: boolean;
  team_ids?: number[];
}

export interface ApiAdminList {
  type: 'admin.list';
  admins: ApiAdmin[];
}

export interface ApiAwayStatusReason {
  type?: 'away_status_reason';
  id: string | number;
  label: string;
  emoji?: string;
  order?: number;
  /** GET /away_status_reasons includes soft-deleted reasons; they cannot be set. */
  deleted?: boolean;
  created_at?: number;
  updated_at?: number;
}

export interface ApiAwayStatusReasonList {
  type: 'list';
  data: ApiAwayStatusReason[];
}

/** PUT /admins/{admin_id}/away: both booleans are required on every call. */
export type ApiSetAwayRequest = {
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  away_status_reason_id?: number;
};

// ---------------------------------------------------------------- tags

export interface ApiTagBasic {
  type: 'tag';
  id: string;
  name: string;
}

export interface ApiTag extends ApiTagBasic {
  applied_at?: number | null;
  applied_by?: { type?: string; id?: string } | null;
}

export interface ApiTagList {
  type: 'list';
  data: ApiTag[];
}

/** 2.16: per-entity `tagged` flags replace 2.15's 404 for a missing company or user. */
export interface ApiTagCreateResponse extends ApiTagBasic {
  users?: { id: string; tagged: boolean }[] | null;
  companies?: { id: string; tagged: boolean }[] | null;
}

/** Without `id` creates the tag (or returns the existing one); with `id` renames it. */
export interface ApiCreateOrUpdateTagRequest {
  name: string;
  id?: string;
}

export interface ApiTagCompanyRequest {
  name: string;
  companies: { id?: string; company_id?: string }[];
}

export interface ApiUntagCompanyRequest {
  name: string;
  companies: { id?: string; company_id?: string; untag: true }[];
}

// ---------------------------------------------------------------- help center

export interface ApiCollection {
  id: string;
  workspace_id?: string;
  name: string;
  description?: string | null;
  created_at?: number;
  updated_at?: number;
  url?: string | null;
  icon?: string | null;
  order?: number;
  default_locale?: string;
  /** null for a first-level collection; sections carry their collection here. */
  parent_id?: string | number | null;
  help_center_id?: number | string | null;
  /** Multilingual help centers: the other locales' name and description. */
  translated_content?: ApiGroupTranslatedContent | null;
}

/** `group_content`: a collection in one locale. */
export type ApiGroupContent = {
  type?: 'group_content' | null;
  name?: string;
  description?: string;
};

/** `group_translated_content`: locale code -> content, plus `type`. */
export type ApiGroupTranslatedContent = Record<string, ApiGroupContent | string | null | undefined>;

/** `article_content`: an article in one locale. */
export type ApiArticleContent = {
  type?: 'article_content' | null;
  title?: string;
  description?: string;
  body?: string;
  author_id?: number | string;
  state?: ArticleState;
  created_at?: number;
  updated_at?: number;
  url?: string;
};

/** `article_translated_content`: locale code -> content, plus `type`. */
export type ApiArticleTranslatedContent = Record<
  string,
  ApiArticleContent | string | null | undefined
>;

export interface ApiPages {
  type?: 'pages';
  page?: number;
  per_page?: number;
  total_pages?: number;
  next?: unknown;
}

export interface ApiCollectionList {
  type: 'list';
  pages?: ApiPages;
  total_count?: number;
  data: ApiCollection[];
}

export interface ApiCreateCollectionRequest {
  name: string;
  description?: string;
  parent_id?: string | null;
  help_center_id?: number | null;
  translated_content?: ApiGroupTranslatedContent;
}

export interface ApiUpdateCollectionRequest {
  name?: string;
  description?: string;
  parent_id?: string | null;
  translated_content?: ApiGroupTranslatedContent;
}

export type ArticleState = 'published' | 'draft';

export interface ApiArticleListItem {
  type: 'article';
  id: string;
  workspace_id?: string;
  title: string;
  description?: string | null;
  body?: string | null;
  /** Declared integer; the schema's own example is a string. */
  author_id: number | string;
  state: ArticleState;
  created_at?: number;
  updated_at?: number;
  url?: string | null;
  /** 2.16: the parent collections or sections; absent or empty when the article stands alone. */
  parent_ids?: (number | string)[];
  /** 2.15 and earlier; read only as a fallback. */
  parent_id?: number | string | null;
  parent_type?: string | null;
  /** Only on multilingual help centers. */
  default_locale?: string;
  /** Multilingual help centers: the other locales' content. */
  translated_content?: ApiArticleTranslatedContent | null;
}

export interface ApiArticle extends ApiArticleListItem {
  statistics?: unknown;
}

export interface ApiArticleList {
  type: 'list';
  pages?: ApiPages;
  total_count?: number;
  data: ApiArticleListItem[];
}

/** POST /articles: `parent_id` is an INTEGER here. */
export interface ApiCreateArticleRequest {
  title: string;
  author_id: number;
  description?: string;
  body?: string;
  state?: ArticleState;
  parent_id?: number;
  parent_type?: 'collection' | 'section';
  translated_content?: ApiArticleTranslatedContent;
}

/** PUT /articles/{id}: `parent_id` is a STRING here and not nullable. */
export interface ApiUpdateArticleRequest {
  title?: string;
  author_id?: number;
  description?: string;
  body?: string;
  state?: ArticleState;
  parent_id?: string;
  parent_type?: 'collection' | 'section';
  translated_content?: ApiArticleTranslatedContent;
}

// ---------------------------------------------------------------- companies

/** `{type:'plan', id, name}`, or `{}` when the company has no plan. */
export interface ApiPlan {
  type?: 'plan';
  id?: string;
  name?: string;
}

export type ApiCustomAttributes = Record<string, string | number | boolean | null>;

export interface ApiCompany {
  type: 'company';
  id: string;
  name?: string;
  app_id?: string;
  company_id: string;
  plan?: ApiPlan;
  remote_created_at?: number;
  created_at?: number;
  updated_at?: number;
  last_request_at?: number;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  session_count?: number;
  user_count?: number;
  custom_attributes?: ApiCustomAttributes;
  tags?: { type?: 'tag.list'; tags: ApiTagBasic[] };
  segments?: { type?: 'segment.list'; segments: unknown[] };
}

export interface ApiCompanyList {
  type: 'list';
  pages?: ApiPages;
  total_count?: number;
  data: ApiCompany[];
}

export interface ApiCompanyScroll {
  type: 'list';
  data: ApiCompany[];
  pages?: ApiPages | null;
  total_count?: number | null;
  scroll_param?: string;
}

/** POST /companies upserts by `company_id`; the only way to set `remote_created_at`. */
export type ApiCreateOrUpdateCompanyRequest = {
  company_id?: string;
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  custom_attributes?: ApiCustomAttributes;
  remote_created_at?: number;
  monthly_spend?: number;
  update_last_request_at?: boolean;
};

/** PUT /companies/{id}: no `company_id`, no `remote_created_at`. */
export type ApiUpdateCompanyRequest = {
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  custom_attributes?: ApiCustomAttributes;
  monthly_spend?: number;
};

// ---------------------------------------------------------------- deletes

export interface ApiDeletedObject<K extends string> {
  id: string;
  object: K;
  deleted: boolean;
}

export type ApiDeletedArticleObject = ApiDeletedObject<'article'>;
export type ApiDeletedCollectionObject = ApiDeletedObject<'collection'>;
export type ApiDeletedCompanyObject = ApiDeletedObject<'company'>;

// ---------------------------------------------------------------- help centers

/** `help_center`: only what the tool reads. */
export interface ApiHelpCenter {
  id: string;
  display_name?: string;
  /** The locales the help center is available in, e.g. ["en", "fr"]. */
  locales?: string[];
}

/** `help_center_list`: not paginated in 2.16. */
export interface ApiHelpCenterList {
  type: 'list';
  data: ApiHelpCenter[];
}
