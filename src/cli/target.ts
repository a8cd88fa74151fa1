// Where requests go: the embedded sandbox (`--sandbox`, no token needed), or Intercom itself
// with INTERCOM_TOKEN at the region's URL or INTERCOM_API_URL. The token is read here and handed
// to the client only; nothing else ever sees it.
import { fileURLToPath } from 'node:url';
import type { Desired } from '../model/desired.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import { createProviders } from '../providers/index.js';
import { checkWorkspace } from '../planner/check-workspace.js';
import { createClient, resolveBaseUrl } from '../intercom/create-client.js';
import { UserError } from '../errors/user-error.js';
import type { Io } from './io.js';

export interface TargetFlags {
  sandbox?: boolean;
  sandboxState?: string;
  /** Seed JSON for the embedded sandbox instead of DEFAULT_SEED. */
  sandboxSeed?: string;
}

export interface Target {
  client: IntercomClient;
  /** Where the requests go, for messages and saved plans (never contains the token). */
  describe: string;
  baseUrl: string;
  close(): Promise<void>;
}

/** The seed the embedded sandbox starts from: a realistic Acme workspace. */
export const DEFAULT_SEED = fileURLToPath(
  new URL('../../examples/sandbox-seed.json', import.meta.url),
);

/**
 * A sandbox state or seed file only makes sense for the embedded sandbox, so either implies it:
 * sending such a run to Intercom, or refusing it for want of `--sandbox`, would surprise.
 */
export function usesSandbox(flags: TargetFlags): boolean {
  return (
    flags.sandbox === true || flags.sandboxState !== undefined || flags.sandboxSeed !== undefined
  );
}

export async function openTarget(io: Io, flags: TargetFlags, desired?: Desired): Promise<Target> {
  if (usesSandbox(flags)) {
    const { startSandbox } = await import('../sandbox/index.js');
    const sandbox = await startSandbox({
      seed: flags.sandboxSeed ?? DEFAULT_SEED,
      statePath: flags.sandboxState,
    });
    return {
      client: createClient({ token: 'sandbox-token', baseUrl: sandbox.url }),
      describe: `the embedded sandbox (${sandbox.url})`,
      baseUrl: sandbox.url,
      close: () => sandbox.close(),
    };
  }
  const token = io.env.INTERCOM_TOKEN;
  if (!token) {
    throw new UserError('INTERCOM_TOKEN is not set', {
      hint: 'export INTERCOM_TOKEN=<an access token from the Developer Hub>, or add --sandbox to try the tool without one',
    });
  }
  const baseUrl = resolveBaseUrl(io.env, desired?.workspace.region);
  return {
    // The env for HTTPS_PROXY/NO_PROXY; long waits (rate limits, an open scroll) get a line.
    client: createClient({
      token,
      baseUrl,
      env: io.env,
      onWait: (wait) => io.err(`${wait.message}\n`),
    }),
    describe: baseUrl,
    baseUrl,
    close: async () => {},
  };
}

/**
 * Connects, checks the workspace guard, then runs `build` with fresh providers. The target is
 * closed if anything fails, so a refused plan never leaves an embedded sandbox running; on
 * success the caller owns it.
 */
export async function withCheckedTarget<T>(
  io: Io,
  flags: TargetFlags,
  desired: Desired,
  build: (target: Target, providers: Provider[]) => Promise<T>,
): Promise<{ target: Target; providers: Provider[]; value: T }> {
  const target = await openTarget(io, flags, desired);
  try {
    await checkWorkspace(target.client, desired);
    const providers = createProviders();
    return { target, providers, value: await build(target, providers) };
  } catch (error) {
    await target.close();
    throw error;
  }
}
