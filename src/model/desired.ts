// The typed result of reading workspace.yaml: what the user wants, before any live state is read.
// src/config produces it; providers turn it into DesiredObjects for the planner.
//
// Optional fields that are `undefined` were not written in the YAML and are left as they are in
// Intercom (they are not managed). `null` is written explicitly and means "clear it" (a collection
// moved to the top level, an article taken out of every collection, a description removed).
//
// An `ensure: absent` entry needs only its identity, since it is only ever deleted: it may leave
// out its author, and when it is pinned by `id` its name, title or company_id too, which then read
// `#<id>` (src/config/pinned-name.ts).

/** Where a value came from, for error messages. Lines and columns are 1-based. */
export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

export type Region = 'us' | 'eu' | 'au';
export type Ensure = 'present' | 'absent';
export type ArticleState = 'published' | 'draft';

interface Declared {
  /** Intercom id pin: match this live object whatever its name. */
  id?: string;
  /** `absent` deletes the live object if it exists. @default 'present' */
  ensure: Ensure;
  /** Refuse any plan that deletes this object. @default false */
  protect: boolean;
  pos: SourcePos;
}

export interface DesiredTag extends Declared {
  name: string;
  previousNames: string[];
}

export interface DesiredCollection extends Declared {
  /** Local handle used by `parent` and article `collection`; defaults to a slug of `name`. */
  key: string;
  name: string;
  description?: string | null;
  /** Key of the parent collection; null = top level; undefined = not managed. */
  parent?: string | null;
  previousNames: string[];
  /** Content per extra help-center locale (e.g. `fr`); only the locales listed are managed. */
  translations?: Record<string, CollectionTranslation>;
}

/** A collection's name and description in one locale. */
export interface CollectionTranslation {
  name: string;
  /** undefined = not managed; null = none. */
  description?: string | null;
}

/** An article's content in one locale; the body is HTML as it will be sent, like `body`. */
export interface ArticleTranslation {
  title: string;
  /** undefined = not managed; null = none. */
  description?: string | null;
  /** undefined = not managed. */
  body?: string;
  /** The body file, relative to the config file, when the body came from one. */
  bodyFile?: string;
}

export interface DesiredArticle extends Declared {
  key: string;
  title: string;
  description?: string | null;
  /** Admin email, resolved to author_id. Always set unless `ensure: absent`. */
  author?: string;
  state?: ArticleState;
  /** Collection key; null = in no collection; undefined = not managed. */
  collection?: string | null;
  /** HTML as it will be sent (Markdown bodies are already rendered). */
  body?: string;
  /** The body file, relative to the config file, when the body came from one. */
  bodyFile?: string;
  previousNames: string[];
  /** Content per extra help-center locale (e.g. `fr`); only the locales listed are managed. */
  translations?: Record<string, ArticleTranslation>;
}

export type CustomAttributeValue = string | number | boolean | null;

export interface DesiredCompany extends Declared {
  companyId: string;
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthlySpend?: number;
  remoteCreatedAt?: number;
  customAttributes?: Record<string, CustomAttributeValue>;
  /** Tag names; only tags declared under `tags:` are managed on a company. */
  tags?: string[];
}

export interface DesiredAdmin {
  email: string;
  id?: string;
  away: boolean;
  /** @default false */
  reassign: boolean;
  /** Away status reason label; undefined = not managed, null = none. */
  reason?: string | null;
  pos: SourcePos;
}

export interface PruneSettings {
  tags: boolean;
  collections: boolean;
  articles: boolean;
  companies: boolean;
}

export interface Desired {
  /** Absolute path of the config file. */
  configPath: string;
  version: 1;
  workspace: { region?: Region; id?: string };
  prune: PruneSettings;
  /** Names of objects that may never be deleted, whether or not they are still declared. */
  protected: string[];
  /** Where the top-level settings were written, for problems they cause. */
  settingsPos?: {
    prune: Partial<Record<keyof PruneSettings, SourcePos>>;
    /** Same order as `protected`. */
    protected: SourcePos[];
  };
  tags: DesiredTag[];
  collections: DesiredCollection[];
  articles: DesiredArticle[];
  companies: DesiredCompany[];
  admins: DesiredAdmin[];
}
