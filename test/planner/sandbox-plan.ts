// Saved-plan tests need a real plan against a real (emulated) workspace: the example config,
// copied to a temporary directory so tests may edit it, planned against an in-process sandbox
// seeded from the example seed, with a client whose token the tests know and look for.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { createProviders } from '../../src/providers/index.js';
import { createPlan } from '../../src/planner/create-plan.js';
import { createClient } from '../../src/intercom/create-client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import type { Desired } from '../../src/model/desired.js';
import type { IntercomClient } from '../../src/intercom/client-types.js';
import type { Plan } from '../../src/planner/plan.js';
import type { Provider } from '../../src/providers/provider.js';

export const SEED = 'examples/sandbox-seed.json';
export const TOKEN = 'tok_SECRET_d41d8cd98f00b204e980';

/** A fresh copy of examples/workspace.yaml and its body files; returns the config path. */
export function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-saved-plan-'));
  cpSync('examples/workspace.yaml', join(dir, 'workspace.yaml'));
  cpSync('examples/help-center', join(dir, 'help-center'), { recursive: true });
  return join(dir, 'workspace.yaml');
}

export async function load(configPath: string): Promise<Desired> {
  return (await loadConfig(configPath, { env: {} })).desired;
}

export interface Planned {
  sb: Sandbox;
  configPath: string;
  desired: Desired;
  client: IntercomClient;
  plan: Plan;
  /** Fresh providers, as `apply FILE` would create them in a new process. */
  providers: () => Provider[];
}

export async function planAgainstSandbox(): Promise<Planned> {
  const sb = await startSandbox({ seed: SEED });
  const configPath = exampleCopy();
  const desired = await load(configPath);
  const client = createClient({ token: TOKEN, baseUrl: sb.url });
  const plan = await createPlan({ desired, client, providers: createProviders() });
  return { sb, configPath, desired, client, plan, providers: createProviders };
}
