// The one import point for the CLI, so commands do not depend on how the renderers are split up.
export { createStyle } from './style.js';
export type { Paint, Style } from './style.js';
export { renderPlanText } from './plan-text.js';
export { renderProblems, renderProblem } from './problems.js';
export { formatApplyEvent } from './apply-lines.js';
export { renderApplyResult } from './apply-result.js';
