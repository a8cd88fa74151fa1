// Turns a hand-written seed into the full live state: fills ids, timestamps and sequences, maps
// company tag names to ids, and rewrites seeded article bodies exactly as a save through the API
// would, so a seeded workspace looks like one that was built through Intercom.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors/user-error.js';
import { rewriteBody } from './html-rewrite.js';
import { stableHexId } from './ids.js';
import type { SandboxSeed } from './seed-types.js';
import { checkSeed } from './seed-check.js';
import { nextId, type SandboxState, type SequenceName } from './state.js';
import { slug } from './urls.js';
import { seedArticleContent, seedGroupContent } from './seed-translations.js';

/** Image numbers in CDN paths start here, so they look like Intercom's. */
const IMAGE_SEQUENCE_START = 800_000_000;

export async function loadSeedFile(path: string): Promise<SandboxSeed> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new UserError(`cannot read sandbox seed ${path}`, {
      hint: 'pass the path of a seed JSON file, e.g. examples/sandbox-seed.json',
      cause,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new UserError(`sandbox seed ${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  const problems = checkSeed(parsed);
  if (problems.length > 0) {
    throw new UserError(`sandbox seed ${path} is invalid:\n  ${problems.join('\n  ')}`, {
      hint: 'see SandboxSeed in src/sandbox/seed-types.ts for the format',
    });
  }
  return parsed as SandboxSeed;
}

export function stateFromSeed(seed: SandboxSeed, nowMs: number): SandboxState {
  const problems = checkSeed(seed);
  if (problems.length > 0) throw new UserError(`invalid sandbox seed:\n  ${problems.join('\n  ')}`);
  const now = Math.floor(nowMs / 1000);
  const a = seed.app ?? {};
  const appName = a.name ?? 'Sandbox';
  const admins = seed.admins?.length
    ? seed.admins
    : [{ id: '1', name: 'Sandbox Admin', email: 'admin@sandbox.example' }];
  const hc = seed.help_center ?? {};
  const identifier = hc.identifier ?? (slug(appName) || 'sandbox');
  const state: SandboxState = {
    version: 1,
    app: {
      id_code: a.id_code ?? 'sandbox1',
      name: appName,
      region: a.region ?? 'US',
      timezone: a.timezone ?? 'UTC',
      created_at: a.created_at ?? now,
      identity_verification: a.identity_verification ?? false,
      away_status_reason_required: a.away_status_reason_required ?? false,
    },
    me: seed.me ?? admins[0]?.id ?? '1',
    admins: admins.map((x) => ({
      id: x.id,
      name: x.name,
      email: x.email,
      ...(x.job_title !== undefined ? { job_title: x.job_title } : {}),
      away_mode_enabled: x.away_mode_enabled ?? false,
      away_mode_reassign: x.away_mode_reassign ?? false,
      away_status_reason_id: x.away_status_reason_id ?? null,
      has_inbox_seat: x.has_inbox_seat ?? true,
      team_ids: x.team_ids ?? [],
      avatar: x.avatar ?? null,
    })),
    away_status_reasons: (seed.away_status_reasons ?? []).map((r, i) => ({
      id: r.id,
      label: r.label,
      emoji: r.emoji ?? '',
      order: r.order ?? i + 1,
      deleted: r.deleted ?? false,
      created_at: r.created_at ?? now,
      updated_at: r.updated_at ?? now,
    })),
    tags: [],
    segments: (seed.segments ?? []).map((s) => ({
      id: s.id,
      name: s.name,
      tag_ids: s.tag_ids,
      created_at: s.created_at ?? now,
      updated_at: s.updated_at ?? now,
    })),
    help_centers: [
      {
        id: hc.id ?? '1',
        identifier,
        display_name: hc.display_name ?? `${appName} Help Center`,
        url: hc.url ?? `https://intercom.help/${identifier}`,
        custom_domain: hc.custom_domain ?? null,
        website_turned_on: hc.website_turned_on ?? true,
        default: true,
        locales: hc.locales?.length ? [...hc.locales] : ['en'],
        created_at: hc.created_at ?? now,
        updated_at: hc.updated_at ?? now,
      },
    ],
    collections: [],
    articles: [],
    companies: [],
    plans: [],
    sequences: {
      tag: maxId(seed.tags),
      collection: maxId(seed.collections),
      article: maxId(seed.articles),
      plan: 0,
      image: IMAGE_SEQUENCE_START,
    },
  };
  addContent(state, seed, now);
  return state;
}

function maxId(items: readonly { id?: string }[] | undefined): number {
  return Math.max(0, ...(items ?? []).map((x) => (x.id && /^\d+$/.test(x.id) ? Number(x.id) : 0)));
}

function id(state: SandboxState, given: string | undefined, kind: SequenceName): string {
  return given ?? nextId(state, kind);
}

function addContent(state: SandboxState, seed: SandboxSeed, now: number): void {
  const helpCenterId = state.help_centers[0]?.id ?? '1';
  for (const t of seed.tags ?? []) state.tags.push({ id: id(state, t.id, 'tag'), name: t.name });
  const siblings = new Map<string | null, number>();
  for (const c of seed.collections ?? []) {
    const parent = c.parent_id ?? null;
    const order = siblings.get(parent) ?? 0;
    siblings.set(parent, order + 1);
    state.collections.push({
      id: id(state, c.id, 'collection'),
      name: c.name,
      description: c.description ?? '',
      parent_id: parent,
      help_center_id: helpCenterId,
      icon: c.icon ?? 'book-bookmark',
      order: c.order ?? order,
      created_at: c.created_at ?? now,
      updated_at: c.updated_at ?? c.created_at ?? now,
      ...(c.translated_content
        ? { translated_content: seedGroupContent(c.translated_content) }
        : {}),
    });
  }
  for (const x of seed.articles ?? []) {
    const images: Record<string, string> = {};
    state.articles.push({
      id: id(state, x.id, 'article'),
      title: x.title,
      description: x.description ?? null,
      body: rewriteBody(x.body ?? '', images, () => nextId(state, 'image')),
      body_markdown: null,
      author_id: x.author_id,
      state: x.state ?? 'draft',
      parent_id: x.parent_id ?? null,
      created_at: x.created_at ?? now,
      updated_at: x.updated_at ?? x.created_at ?? now,
      created_by_id: x.author_id,
      updated_by_id: x.author_id,
      ai_chatbot_availability: true,
      ai_copilot_availability: true,
      ai_sales_agent_availability: false,
      images,
      ...(x.translated_content
        ? { translated_content: seedArticleContent(state, x, images, now) }
        : {}),
    });
  }
  for (const c of seed.companies ?? []) {
    if (c.plan !== undefined && !state.plans.some((p) => p.name === c.plan)) {
      state.plans.push({ id: nextId(state, 'plan'), name: c.plan });
    }
    const tagIds = (c.tags ?? []).map(
      (name) => state.tags.find((t) => t.name.toLowerCase() === name.toLowerCase())?.id ?? '',
    );
    const { tags: _names, ...fields } = c;
    state.companies.push({
      ...fields,
      id: c.id ?? stableHexId(`company:${c.company_id}`),
      monthly_spend: Math.trunc(c.monthly_spend ?? 0),
      session_count: c.session_count ?? 0,
      user_count: c.user_count ?? 0,
      custom_attributes: c.custom_attributes ?? {},
      tag_ids: tagIds,
      created_at: c.created_at ?? now,
      updated_at: c.updated_at ?? c.created_at ?? now,
    });
  }
}
