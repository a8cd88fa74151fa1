// The public face of src/export: the CLI needs exportWorkspace, its types and parseKinds.
export { exportWorkspace } from './export-workspace.js';
export { parseKinds, EXPORT_KINDS } from './kinds.js';
export type { ExportEvent, ExportOptions, ExportResult } from './types.js';
