// Makes a live edit through the sandbox's HTTP API (as another Intercom client would), choosing
// a name no declared entry uses and a kind that is not pruned, so the edit is unrelated to the
// saved plan.
import type { Case } from './build-case.js';
import { TOKEN, type CaseRun } from './harness.js';
import type { LiveEdit } from './arbitraries-live-edit.js';

/** What was done, for the transcript, and the kind of object it left (for prune). */
export async function makeLiveEdit(
  run: CaseRun,
  c: Case,
  edit: LiveEdit,
): Promise<{ kind: 'tags' | 'companies' | 'collections' | 'articles'; described: string }> {
  const m = c.model;
  const taken = new Set(
    [
      ...m.tags.flatMap((t) => [t.name, ...t.previous]),
      ...m.collections.flatMap((x) => [x.name, ...x.previous]),
      ...m.articles.flatMap((a) => [a.title, ...a.previous]),
      ...m.companies.map((x) => x.companyId),
      ...run.sb.state.tags.map((t) => t.name),
    ].map((n) => n.toLowerCase()),
  );
  let name = `live edit ${edit.name}`;
  while (taken.has(name.toLowerCase())) name += ' x';
  const declaredCollections = new Set(m.collections.flatMap((x) => [x.name, ...x.previous]));
  const pinned = new Set(m.collections.flatMap((x) => (x.id ? [x.id] : [])));
  // Under prune, an undeclared collection is one the plan deletes: editing it is no unrelated edit.
  const untouched = m.prune.collections
    ? undefined
    : run.sb.state.collections.find((x) => !declaredCollections.has(x.name) && !pinned.has(x.id));
  // An object of a pruned kind is one the config says to delete: not unrelated to the plan. A
  // company made through the API has no users, so lists (and prune) never see it.
  const pruned: Record<string, boolean> = {
    tag: m.prune.tags,
    collection: m.prune.collections,
    article: m.prune.articles,
    touch: !untouched,
  };
  const kind = pruned[edit.kind] ? 'company' : edit.kind;
  switch (kind) {
    case 'tag':
      await call(run, 'POST', '/tags', { name });
      return { kind: 'tags', described: `POST /tags {name: ${JSON.stringify(name)}}` };
    case 'company':
      await call(run, 'POST', '/companies', { company_id: name, name });
      return {
        kind: 'companies',
        described: `POST /companies {company_id: ${JSON.stringify(name)}}`,
      };
    case 'collection':
      await call(run, 'POST', '/help_center/collections', { name });
      return {
        kind: 'collections',
        described: `POST /help_center/collections {name: ${JSON.stringify(name)}}`,
      };
    case 'article': {
      const author = Number(run.sb.state.admins[0]!.id);
      await call(run, 'POST', '/articles', { title: name, author_id: author, state: 'draft' });
      return { kind: 'articles', described: `POST /articles {title: ${JSON.stringify(name)}}` };
    }
    case 'touch':
      await call(run, 'PUT', `/help_center/collections/${untouched!.id}`, { description: name });
      return {
        kind: 'collections',
        described: `PUT /help_center/collections/${untouched!.id} {description: ${JSON.stringify(name)}}`,
      };
  }
}

async function call(run: CaseRun, method: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${run.sb.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'Intercom-Version': '2.16',
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`live edit ${method} ${path} failed: ${res.status} ${await res.text()}`);
}
