import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('main', () => {
  it('prints help with every command and exits 0', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['validate', 'plan', 'apply', 'sandbox'])
      expect(io.stdout).toContain(command);
  });

  it('rejects an unknown command with exit 1 and a hint', async () => {
    const io = memoryIo();
    expect(await main(['deploy'], io)).toBe(1);
    expect(io.stderr).toMatch(/unknown command "deploy"[\s\S]*hint/);
  });

  it('rejects an unknown flag as a user error, not a bug', async () => {
    const io = memoryIo();
    expect(await main(['plan', '--frobnicate'], io)).toBe(1);
    expect(io.stderr).toContain('--frobnicate');
    expect(io.stderr).not.toContain('bug');
  });

  it('refuses apply without a terminal and without --auto-approve, before reading anything', async () => {
    const io = memoryIo({ env: { INTERCOM_TOKEN: 'secret-token' } });
    expect(await main(['apply', '-c', 'does-not-exist.yaml'], io)).toBe(1);
    expect(io.stderr).toMatch(/no terminal to ask on[\s\S]*--auto-approve/);
  });

  it('asks for a token unless --sandbox is given', async () => {
    const io = memoryIo();
    expect(await main(['plan', '-c', 'examples/workspace.yaml'], io)).toBe(1);
    expect(io.stderr).toMatch(/INTERCOM_TOKEN is not set[\s\S]*--sandbox/);
  });

  it('rejects a bad --concurrency', async () => {
    const io = memoryIo();
    expect(await main(['apply', '--auto-approve', '--concurrency', '0'], io)).toBe(1);
    expect(io.stderr).toContain('--concurrency must be a whole number');
  });
});

describe('validate', () => {
  it('accepts the example with its warnings and exits 0', async () => {
    const io = memoryIo();
    expect(await main(['validate', '-c', 'examples/workspace.yaml'], io)).toBe(0);
    expect(io.stdout).toContain(
      'examples/workspace.yaml is valid: 4 tags, 3 collections, 4 articles, 3 companies, 2 admins.',
    );
    expect(io.stderr).toMatch(/welcome\.md:11:1: warning: .*h3/);
  });
});
