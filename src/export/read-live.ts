// Export reads through the same providers as `plan`, so what it writes is normalised exactly as
// the next plan will compare it. Articles need the admins (author emails) and collections
// (folders) even when those kinds are not exported; everything is read at once.
import type { IntercomClient } from '../intercom/client-types.js';
import type { Region } from '../model/desired.js';
import type { Kind, LiveObject } from '../model/objects.js';
import { createProviders } from '../providers/index.js';
import type { ExportEvent } from './types.js';

export interface LiveWorkspace {
  workspaceId?: string;
  region?: Region;
  objects: Partial<Record<Kind, LiveObject[]>>;
}

interface Me {
  app?: { id_code?: string; region?: string } | null;
}

export async function readLive(
  client: IntercomClient,
  kinds: ReadonlySet<Kind>,
  emit: (event: ExportEvent) => void,
): Promise<LiveWorkspace> {
  const needed = new Set(kinds);
  if (kinds.has('article')) needed.add('admin');
  const providers = createProviders().filter((p) => needed.has(p.kind));
  const [me, ...lists] = await Promise.all([
    client.get<Me>('/me'),
    ...providers.map(async (p) => {
      const list = await p.list(client);
      emit({ type: 'read', kind: p.kind, count: list.length });
      return list;
    }),
  ]);
  const objects: Partial<Record<Kind, LiveObject[]>> = {};
  providers.forEach((p, i) => (objects[p.kind] = lists[i] ?? []));
  const region = me.app?.region?.toLowerCase();
  return {
    ...(me.app?.id_code ? { workspaceId: me.app.id_code } : {}),
    ...(region === 'us' || region === 'eu' || region === 'au' ? { region } : {}),
    objects,
  };
}
