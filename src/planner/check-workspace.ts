// `workspace.id` in the YAML is a guard against the worst mistake a token can make possible:
// applying one workspace's configuration to another. It is checked with GET /me before anything
// else is read or written. The region is checked the same way: a workspace answers from its own
// region, and a configuration that says `eu` was written for an EU workspace.
import type { Desired, Region } from '../model/desired.js';
import type { IntercomClient } from '../intercom/client-types.js';
import { UserError } from '../errors/user-error.js';

interface Me {
  app?: { id_code?: string; region?: string } | null;
}

const REGION_NAMES: Record<string, Region> = {
  us: 'us',
  'united states': 'us',
  eu: 'eu',
  europe: 'eu',
  au: 'au',
  australia: 'au',
};

export async function checkWorkspace(client: IntercomClient, desired: Desired): Promise<void> {
  const expected = desired.workspace.id;
  const region = desired.workspace.region;
  if (expected === undefined && region === undefined) return;
  const me = await client.get<Me>('/me');
  const actual = me.app?.id_code;
  if (expected !== undefined && actual !== expected) {
    throw new UserError(
      `the token belongs to workspace "${actual ?? 'unknown'}", but the configuration is for "${expected}"`,
      {
        hint: 'use a token for the right workspace, or correct `workspace.id`; nothing was read or changed',
      },
    );
  }
  const live = REGION_NAMES[(me.app?.region ?? '').trim().toLowerCase()];
  if (region !== undefined && live !== undefined && live !== region) {
    throw new UserError(
      `the workspace is in region "${live}", but the configuration says "${region}"`,
      { hint: 'correct `workspace.region` (or INTERCOM_REGION); nothing was read or changed' },
    );
  }
}
