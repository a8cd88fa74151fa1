// One switch for --format, shared by plan and drift. The JSON and Markdown renderers are loaded
// only when asked for, so the default text path stays fast to start. Warnings go to stderr in
// every format (JSON and Markdown also carry them), so `plan > plan.txt` still shows them.
import type { Problem } from '../errors/problem.js';
import type { Plan } from '../planner/plan.js';
import { renderPlanText } from '../render/plan-text.js';
import { renderProblems } from '../render/problems.js';
import { UserError } from '../errors/user-error.js';
import { colorFor, type Io } from './io.js';

export type OutputFormat = 'text' | 'json' | 'markdown';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown'];

export const FORMAT_OPTION = { format: { type: 'string', default: 'text' } } as const;

export function formatFlag(value: string | undefined): OutputFormat {
  const format = (value ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) {
    throw new UserError(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
  }
  return format;
}

/** `--public`: for pull requests of a public repository. */
export const PUBLIC_OPTION = { public: { type: 'boolean', default: false } } as const;

export async function renderPlan(
  plan: Plan,
  format: OutputFormat,
  io: Io,
  kind: 'plan' | 'drift',
  /** Markdown for a public repository: see PlanMarkdownOptions.public. @default false */
  publicPlan = false,
): Promise<string> {
  if (format === 'json') {
    const { renderPlanJson } = await import('../render/plan-json.js');
    return renderPlanJson(plan, { kind });
  }
  if (format === 'markdown') {
    const { renderPlanMarkdown } = await import('../render/plan-markdown.js');
    const marker = `<!-- intercom-as-code-${kind} -->`;
    return renderPlanMarkdown(plan, { kind, marker, public: publicPlan }) + '\n';
  }
  return renderPlanText({ ...plan, warnings: [] }, { color: colorFor(io, 'stdout') }) + '\n';
}

export function showWarnings(io: Io, warnings: readonly Problem[], verbose: boolean): void {
  if (warnings.length === 0) return;
  io.err(renderProblems([...warnings], { color: colorFor(io, 'stderr'), verbose }) + '\n');
}
