// `--format markdown`: the plan as one pull-request comment. Reviewers read the counts first and
// must not miss a delete, so the table and the verdict come first and deletes lead the list. GitHub
// rejects comments over 65,536 characters, so a huge plan is cut change by change to fit, and says
// so at the top and at the end; the counts always cover the whole plan.
import type { Change } from '../model/change.js';
import type { Plan } from '../planner/plan.js';
import type { FieldValue } from '../model/objects.js';
import { renderChangeMarkdown } from './change-markdown.js';
import { escapeMarkdown, formatCount } from './markdown-escape.js';
import {
  noChangesLine,
  summaryTable,
  unmanagedSection,
  verdictLine,
  warningsSection,
} from './plan-markdown-sections.js';
import type { MarkdownKind } from './plan-markdown-sections.js';

export interface PlanMarkdownOptions {
  /** Upper bound on the length of the whole output. @default 65000 (GitHub's limit is 65,536) */
  maxChars?: number;
  /** @default "intercom-as-code plan" (or "intercom-as-code drift") */
  title?: string;
  /** @default 'plan' */
  kind?: MarkdownKind;
  /**
   * Put verbatim on the first line, e.g. `<!-- intercom-as-code-plan -->`: an invisible HTML
   * comment a workflow uses to find and update its previous comment instead of adding another.
   */
  marker?: string;
  /**
   * For a public repository's pull requests: leaves out the names of unmanaged objects (only
   * their count is shown) and the values of company fields (only which fields change).
   * @default false
   */
  public?: boolean;
}

const SEPARATOR = '\n\n';
/** Share of the budget the unmanaged list and the warnings may each take at most. */
const SECTION_SHARE = 1 / 8;
/** Share of the budget one change may take at most: one huge article must not crowd out the rest. */
const CHANGE_SHARE = 1 / 4;

export function renderPlanMarkdown(given: Plan, options: PlanMarkdownOptions = {}): string {
  const plan = options.public ? withoutCompanyValues(given) : given;
  const kind = options.kind ?? 'plan';
  const maxChars = options.maxChars ?? 65_000;
  const sectionBudget = Math.floor(maxChars * SECTION_SHARE);
  const top = [
    ...(options.marker ? [options.marker] : []),
    `## ${escapeMarkdown(options.title ?? `intercom-as-code ${kind}`)}`,
  ];
  const bottom = [
    unmanagedSection(plan.unmanaged, sectionBudget, !options.public),
    warningsSection(plan.warnings, sectionBudget),
  ].filter((block) => block !== '');
  if (plan.changes.length === 0) return [...top, noChangesLine(kind), ...bottom].join(SEPARATOR);

  const changes = deletesFirst(plan.changes);
  top.push(summaryTable(changes, plan.unmanaged), verdictLine(changes, kind));
  const room = maxChars - [...top, ...bottom].join(SEPARATOR).length;
  const blocks = fitChanges(changes, room, Math.floor(maxChars * CHANGE_SHARE), kind);
  const left = changes.length - blocks.length;
  if (left === 0) return [...top, ...blocks, ...bottom].join(SEPARATOR);
  return [
    ...top,
    cutNote(blocks.length, changes.length),
    ...blocks,
    ...bottom,
    moreLine(left, kind),
  ].join(SEPARATOR);
}

/**
 * The rendered changes that fit in `room` characters, in order. When not all of them fit, room is
 * also kept for the two notes that say the comment was cut.
 */
function fitChanges(changes: Change[], room: number, limit: number, kind: MarkdownKind): string[] {
  const blocks: string[] = [];
  let used = 0;
  for (const change of changes) {
    const block = renderChangeMarkdown(change, limit);
    if (used + SEPARATOR.length + block.length > room) break;
    blocks.push(block);
    used += SEPARATOR.length + block.length;
  }
  if (blocks.length === changes.length) return blocks;
  // Counts can only shrink as blocks are dropped, so notes sized for the totals always fit.
  const notes =
    2 * SEPARATOR.length +
    cutNote(changes.length, changes.length).length +
    moreLine(changes.length, kind).length;
  while (blocks.length > 0 && used + notes > room) {
    used -= SEPARATOR.length + (blocks.pop() ?? '').length;
  }
  return blocks;
}

// The plan's own order already puts deletes first; a stable sort keeps that true for any plan.
function deletesFirst(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => Number(b.action === 'delete') - Number(a.action === 'delete'));
}

function cutNote(shown: number, total: number): string {
  return (
    `⚠️ **Too large for one comment:** the first ${formatCount(shown)} of ` +
    `${formatCount(total)} changes are shown below.`
  );
}

function moreLine(left: number, kind: MarkdownKind): string {
  const changes = left === 1 ? 'change' : 'changes';
  return (
    `… and ${formatCount(left)} more ${changes} not shown ` +
    `(run \`intercom-as-code ${kind}\` locally or see the JSON output for all)`
  );
}

const HIDDEN = '(hidden in a public plan)';

/** Company changes say which fields change, not what they hold (plans, spend, custom data). */
function withoutCompanyValues(plan: Plan): Plan {
  const hide = (v: FieldValue | undefined): FieldValue | undefined =>
    v === undefined ? undefined : HIDDEN;
  return {
    ...plan,
    changes: plan.changes.map((c) =>
      c.kind !== 'company'
        ? c
        : {
            ...c,
            fields: c.fields.map((f) => ({
              ...f,
              ...(f.before !== undefined ? { before: hide(f.before) } : {}),
              ...(f.after !== undefined ? { after: hide(f.after) } : {}),
            })),
          },
    ),
  };
}
