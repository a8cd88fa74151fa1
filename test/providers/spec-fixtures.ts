// Responses copied from the examples in the 2.16 OpenAPI description
// (vendor/intercom-openapi/api.intercom.io.yaml), quirks included: `plan: {}`, `parent_ids`,
// `away_status_reason_id` as the string '12345', a collection's `parent_id: null`.
import type {
  ApiAdmin,
  ApiArticle,
  ApiArticleListItem,
  ApiAwayStatusReason,
  ApiCollection,
  ApiCompany,
  ApiTag,
  ApiTagCreateResponse,
} from '../../src/intercom/api-types.js';

/** GET /tags `successful`. */
export const specTags: ApiTag[] = [{ type: 'tag', id: '102', name: 'Manual tag 1' }];

/** POST /tags `Action successful`. */
export const specTagCreated: ApiTagCreateResponse = {
  type: 'tag',
  id: '105',
  name: 'test',
  users: [],
  companies: [{ id: 'valid-123', tagged: true }],
};

/** GET /help_center/collections `Successful`: a collection and a section inside it. */
export const specCollections: ApiCollection[] = [
  {
    id: '159',
    workspace_id: 'this_is_an_id96_that_should_be_at_least_4',
    name: 'English collection title',
    url: 'http://help-center.test/myapp-96/collection-17',
    order: 17,
    created_at: 1734537309,
    updated_at: 1734537309,
    description: 'english collection description',
    icon: 'bookmark',
    parent_id: null,
    help_center_id: 79,
  },
  {
    id: '160',
    workspace_id: 'this_is_an_id96_that_should_be_at_least_4',
    name: 'English section title',
    url: 'http://help-center.test/myapp-96/section-1',
    order: 1,
    created_at: 1734537309,
    updated_at: 1734537309,
    description: null,
    icon: 'bookmark',
    parent_id: '159',
    help_center_id: null,
  },
];

/** GET /articles `successful` (standalone), plus the same shape placed in collection 18. */
export const specArticles: ApiArticleListItem[] = [
  {
    id: '39',
    type: 'article',
    workspace_id: 'this_is_an_id64_that_should_be_at_least_4',
    parent_ids: [],
    title: 'This is the article title',
    description: '',
    body: '',
    author_id: 991267492,
    state: 'published',
    created_at: 1734537283,
    updated_at: 1734537283,
    url: 'http://help-center.test/myapp-64/en/articles/39-this-is-the-article-title',
  },
  {
    id: '42',
    type: 'article',
    workspace_id: 'this_is_an_id68_that_should_be_at_least_4',
    parent_ids: [18, 19],
    title: 'Thanks for everything',
    body: '<p class="no-margin">Body of the Article</p>',
    author_id: 991267497,
    state: 'published',
    created_at: 1734537288,
    updated_at: 1734537288,
    url: 'http://help-center.test/myapp-68/en/articles/42-thanks-for-everything',
  },
];

/** PUT /articles/{id} `successful`. */
export const specArticleUpdated: ApiArticle = {
  id: '48',
  type: 'article',
  workspace_id: 'this_is_an_id80_that_should_be_at_least_4',
  parent_ids: [],
  title: 'Christmas is here!',
  body: '<p class="no-margin">New gifts in store for the jolly season</p>',
  author_id: 991267508,
  state: 'published',
  created_at: 1734537297,
  updated_at: 1734537298,
  url: 'http://help-center.test/myapp-80/en/articles/48-christmas-is-here',
};

/** GET /companies/scroll `Successful`. */
export const specScrollCompany: ApiCompany = {
  type: 'company',
  company_id: 'remote_companies_scroll_2',
  id: '6762f0971bb69f9f2193bb2b',
  app_id: 'this_is_an_id193_that_should_be_at_least_',
  name: 'IntercomQATest1',
  remote_created_at: 1734537367,
  created_at: 1734537367,
  updated_at: 1734537367,
  monthly_spend: 0,
  session_count: 0,
  user_count: 4,
  tags: { type: 'tag.list', tags: [] },
  segments: { type: 'segment.list', segments: [] },
  plan: {},
  custom_attributes: {},
};

/** POST /companies `Successful`. */
export const specCompanyCreated: ApiCompany = {
  type: 'company',
  company_id: 'company_remote_id',
  id: '6762f0761bb69f9f2193bae2',
  app_id: 'this_is_an_id147_that_should_be_at_least_',
  name: 'my company',
  remote_created_at: 1374138000,
  created_at: 1734537334,
  updated_at: 1734537334,
  monthly_spend: 0,
  session_count: 0,
  user_count: 0,
  tags: { type: 'tag.list', tags: [] },
  segments: { type: 'segment.list', segments: [] },
  plan: {},
  custom_attributes: { industry: 'manufacturing' },
};

/** GET /admins `Successful response`. */
export const specAdmins: ApiAdmin[] = [
  {
    type: 'admin',
    email: 'admin7@email.com',
    id: '991267466',
    name: 'Ciaran7 Lee',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [],
  },
];

/** PUT /admins/{admin_id}/away `Successful response`: the reason id comes back as a string. */
export const specAdminAway: ApiAdmin = {
  type: 'admin',
  id: '991267460',
  name: 'Ciaran2 Lee',
  email: 'admin2@email.com',
  away_mode_enabled: true,
  away_mode_reassign: true,
  has_inbox_seat: true,
  away_status_reason_id: '12345',
  team_ids: [],
};

/** The away_status_reason schema's example values, plus a deleted one. */
export const specReasons: ApiAwayStatusReason[] = [
  {
    type: 'away_status_reason',
    id: '12345',
    label: 'On a break',
    emoji: '☕',
    order: 1,
    deleted: false,
  },
  {
    type: 'away_status_reason',
    id: '12346',
    label: 'On holiday',
    emoji: '🌴',
    order: 2,
    deleted: false,
  },
  {
    type: 'away_status_reason',
    id: '12000',
    label: 'Old reason',
    emoji: '🗑',
    order: 3,
    deleted: true,
  },
];
