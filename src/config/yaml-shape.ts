// The shape of workspace.yaml as written (snake_case), as the schema guarantees it once validation
// passed. Keeping it next to the schema's vocabulary makes the conversion to the camelCase model
// in to-desired.ts a plain field-by-field mapping. An entry marked `ensure: absent` needs only its
// identity, so names, titles, company_id and author are optional here: the schema requires them on
// every other entry.
import type { ArticleState, CustomAttributeValue, Ensure, Region } from '../model/desired.js';

type Id = string | number;

interface YamlDeclared {
  id?: Id;
  ensure?: Ensure;
  protect?: boolean;
}

export interface YamlTag extends YamlDeclared {
  name?: string;
  previous_names?: string[];
}

export interface YamlCollection extends YamlDeclared {
  key?: string;
  name?: string;
  description?: string | null;
  parent?: string | null;
  previous_names?: string[];
  translations?: Record<string, { name: string; description?: string | null }>;
}

export interface YamlArticle extends YamlDeclared {
  key?: string;
  title?: string;
  description?: string | null;
  author?: string;
  state?: ArticleState;
  collection?: string | null;
  body?: string;
  body_file?: string;
  previous_names?: string[];
  translations?: Record<string, YamlArticleTranslation>;
}

export interface YamlArticleTranslation {
  title: string;
  description?: string | null;
  body?: string;
  body_file?: string;
}

export interface YamlCompany extends YamlDeclared {
  company_id?: Id;
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  remote_created_at?: number;
  custom_attributes?: Record<string, CustomAttributeValue>;
  tags?: string[];
}

export interface YamlAdmin {
  email: string;
  id?: Id;
  away: boolean;
  reassign?: boolean;
  reason?: string | null;
}

export interface YamlConfig {
  version: 1;
  workspace?: { region?: Region; id?: Id };
  prune?: { tags?: boolean; collections?: boolean; articles?: boolean; companies?: boolean };
  protected?: string[];
  articles_dir?: string;
  tags?: YamlTag[];
  collections?: YamlCollection[];
  articles?: YamlArticle[];
  companies?: YamlCompany[];
  admins?: YamlAdmin[];
}
