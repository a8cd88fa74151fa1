// What a hostile pull request could make the tool leak: a run with the CI runner's secrets in its
// environment, and every place the run leaves text behind (output, files, requests), so a test can
// look for each secret value in all of them at once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { memoryIo } from '../support/memory-io.js';

/** Values a CI runner holds; none may ever reach an output, a file or a request. */
export const SECRETS = {
  INTERCOM_TOKEN: 'tok_SuperSecret_0123456789abcdef',
  GITHUB_TOKEN: 'ghs_GithubSecret_fedcba9876543210',
  AWS_SECRET_ACCESS_KEY: 'aws/SecretKey+abcdefghij0123456789',
} as const;

export interface Run {
  code: number;
  /** stdout and stderr together. */
  text: string;
}

/** Runs the CLI against `sb` with the secrets, and `env` on top, in its environment. */
export async function runWithSecrets(
  sb: Sandbox,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const io = memoryIo({ env: { INTERCOM_API_URL: sb.url, ...SECRETS, ...env } });
  const code = await main(args, io);
  return { code, text: io.stdout + io.stderr };
}

/** Every file under `dir`, read as text (missing dir: none). */
export function filesUnder(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path)
      : [{ path, text: readFileSync(path, 'utf8') }];
  });
}

/** Everything the sandbox received and answered, as one string to search. */
export function sentAndAnswered(sb: Sandbox): string {
  return JSON.stringify(sb.log);
}

/** The secret values found in `text`, by name: empty when nothing leaked. */
export function leaked(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}
