// End-to-end runs go through the CLI's real entry point against the sandbox on loopback, and
// every request the client sends is checked against Intercom's OpenAPI description.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { validateRequest, validateResponse } from '../support/openapi.js';
import { memoryIo, type MemoryIo } from '../support/memory-io.js';

export const SEED = 'examples/sandbox-seed.json';

export async function sandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ seed: SEED, ...options });
}

export async function cli(sb: Sandbox, args: string[]): Promise<{ code: number; io: MemoryIo }> {
  const io = memoryIo({ env: { INTERCOM_API_URL: sb.url, INTERCOM_TOKEN: 'e2e-secret-token' } });
  const code = await main(args, io);
  return { code, io };
}

/** A copy of the example config (and its bodies) that a test may edit. */
export function exampleCopy(edit: (yaml: string) => string = (y) => y): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-e2e-'));
  cpSync('examples/help-center', join(dir, 'help-center'), { recursive: true });
  const path = join(dir, 'workspace.yaml');
  writeFileSync(path, edit(readFileSync('examples/workspace.yaml', 'utf8')));
  return path;
}

/** Every request body and 2xx/4xx response in the log that breaks the spec, one line each. */
export function specViolations(sb: Sandbox): string[] {
  const out: string[] = [];
  for (const entry of sb.log) {
    if (entry.body !== undefined)
      out.push(...validateRequest(entry.method, entry.path, entry.body));
    if (entry.status > 0 && entry.status !== 429 && entry.status < 500) {
      out.push(
        ...validateResponse(entry.method, responsePath(entry), entry.status, entry.response),
      );
    }
  }
  return out;
}

/**
 * GET /companies?company_id= (or name=) answers with one `company`, not the `company_list` the
 * spec declares: Intercom's own Fern overrides declare oneOf [company, company_list] and
 * intercom-node PR #472 documents it. Such answers are checked against the company schema.
 */
function responsePath(entry: Sandbox['log'][number]): string {
  const single =
    entry.method === 'GET' &&
    entry.path === '/companies' &&
    (entry.query.company_id ?? entry.query.name);
  return single && entry.status === 200 ? '/companies/0123456789abcdef01234567' : entry.path;
}
