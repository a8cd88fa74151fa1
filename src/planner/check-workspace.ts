// `workspace.id` in the YAML is a guard against the worst mistake a token can make possible:
// applying one workspace's configuration to another. It is checked with GET /me before
// anything else is read or written.
import type { Desired } from '../model/desired.js';
import type { IntercomClient } from '../intercom/client-types.js';
import { UserError } from '../errors/user-error.js';

interface Me {
  app?: { id_code?: string; region?: string } | null;
}

export async function checkWorkspace(client: IntercomClient, desired: Desired): Promise<void> {
  const expected = desired.workspace.id;
  if (expected === undefined) return;
  const me = await client.get<Me>('/me');
  const actual = me.app?.id_code;
  if (actual !== expected) {
    throw new UserError(
      `the token belongs to workspace "${actual ?? 'unknown'}", but the configuration is for "${expected}"`,
      {
        hint: 'use a token for the right workspace, or correct `workspace.id`; nothing was read or changed',
      },
    );
  }
}
