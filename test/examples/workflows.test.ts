// The example workflows are what most users will copy, so what they promise about trust is
// checked here: nothing from the repository under review is installed or run, the tool comes
// from a pinned commit, and the token reaches only the steps that talk to Intercom.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const FILES = ['plan.yml', 'apply.yml', 'drift.yml'];
const load = (f: string): Workflow =>
  parse(readFileSync(`examples/github-actions/${f}`, 'utf8')) as Workflow;

describe.each(FILES)('examples/github-actions/%s', (file) => {
  const wf = load(file);
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('installs and builds only the tool, in its own checkout, without install scripts', () => {
    const installs = steps.filter((s) =>
      /\bnpm (ci|install|i)\b|\bnpx\b|\byarn\b|\bpnpm\b/.test(s.run ?? ''),
    );
    expect(installs.length).toBeGreaterThan(0);
    for (const s of installs) {
      expect(s['working-directory'], s.run).toBe('tool');
      expect(s.run).toContain('--ignore-scripts');
    }
  });

  it('checks the tool out from a pinned full commit, and the config without credentials', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    const tool = checkouts.find((s) => s.with?.path === 'tool');
    expect(String(tool?.with?.ref)).toMatch(/^[0-9a-f]{40}$/);
    for (const c of checkouts) expect(c.with?.['persist-credentials']).toBe(false);
  });

  it('gives INTERCOM_TOKEN only to steps that run the pinned tool', () => {
    expect(JSON.stringify(wf.env ?? {})).not.toContain('INTERCOM_TOKEN');
    for (const job of Object.values(wf.jobs))
      expect(JSON.stringify(job.env ?? {})).not.toContain('INTERCOM_TOKEN');
    const withToken = steps.filter((s) => s.env?.INTERCOM_TOKEN !== undefined);
    expect(withToken.length).toBeGreaterThan(0);
    for (const s of withToken) {
      expect(s.run).toContain('node ../tool/bin/intercom-as-code.js');
      expect(s['working-directory']).toBe('config');
    }
  });
});
