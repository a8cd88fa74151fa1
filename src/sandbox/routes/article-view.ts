// An article as the 2.16 API returns it: `parent_ids` (no parent_id), a body whose re-hosted
// images are signed afresh on every read, and the read-only fields the schema lists, with the
// values a plain single-language help center would show.
import type { SandboxContext } from '../context.js';
import { renderBody } from '../html-rewrite.js';
import type { ArticleRecord } from '../state.js';
import { helpCenterUrl } from '../urls.js';
import { defaultLocale } from '../translated-content.js';
import { articleTranslatedView } from './article-translations.js';

export function articleListItem(ctx: SandboxContext, a: ArticleRecord): Record<string, unknown> {
  return {
    type: 'article',
    id: a.id,
    workspace_id: ctx.state.app.id_code,
    title: a.title,
    description: a.description,
    body: renderBody(a.body, ctx.now()),
    body_markdown: a.body_markdown,
    author_id: a.author_id,
    state: a.state,
    created_at: a.created_at,
    updated_at: a.updated_at,
    has_unpublished_changes: false,
    draft_updated_at: null,
    // Drafts have no public page yet.
    url: a.state === 'published' ? helpCenterUrl(ctx.state, 'articles', a.id, a.title) : null,
    parent_ids: a.parent_id === null ? [] : [Number(a.parent_id)],
    ai_chatbot_availability: a.ai_chatbot_availability,
    ai_copilot_availability: a.ai_copilot_availability,
    ai_sales_agent_availability: a.ai_sales_agent_availability,
    created_by_id: a.created_by_id,
    updated_by_id: a.updated_by_id,
    exclude_from_article_suggestions: false,
    help_center_audience: 'everyone',
    scheduled_publish_at: null,
    scheduled_unpublish_at: null,
    default_locale: defaultLocale(ctx.state),
    ...articleTranslatedView(ctx, a),
    tags: { type: 'tag.list', tags: [] },
  };
}

/** GET/POST/PUT answers add statistics to the list item. */
export function articleView(ctx: SandboxContext, a: ArticleRecord): Record<string, unknown> {
  return {
    ...articleListItem(ctx, a),
    statistics: {
      type: 'article_statistics',
      views: 0,
      conversions: 0,
      reactions: 0,
      happy_reaction_percentage: 0,
      neutral_reaction_percentage: 0,
      sad_reaction_percentage: 0,
      fin_involvements: 0,
      fin_resolutions: 0,
      fin_resolution_rate: 0,
    },
  };
}
