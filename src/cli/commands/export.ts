// export adopts an existing workspace: it writes workspace.yaml with id pins and one Markdown
// file per article, so a plan on the export shows no changes and later renames are updates.
import { exportWorkspace, parseKinds } from '../../export/index.js';
import { kindCount } from '../../render/format.js';
import type { Kind } from '../../model/objects.js';
import { UserError } from '../../errors/user-error.js';
import {
  HELP_OPTION,
  TARGET_OPTIONS,
  VERBOSE_OPTION,
  noPositionals,
  parse,
  targetFlags,
} from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { openTarget } from '../target.js';
import { exportProgress } from '../export-progress.js';
import { showWarnings } from '../output-format.js';

export async function exportCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('export', argv, {
    ...TARGET_OPTIONS,
    ...HELP_OPTION,
    ...VERBOSE_OPTION,
    out: { type: 'string' },
    kinds: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (values.help) return (io.out(HELP.export), EXIT.ok);
  noPositionals('export', positionals, 'give the folder to write with --out DIR');
  if (values.out === undefined) {
    throw new UserError('export needs --out DIR', {
      hint: 'for example: intercom-as-code export --out intercom/',
    });
  }
  const kinds = values.kinds === undefined ? undefined : parseKinds(values.kinds);
  const target = await openTarget(io, targetFlags(values));
  try {
    const result = await exportWorkspace({
      client: target.client,
      outDir: values.out,
      kinds,
      force: values.force,
      onEvent: exportProgress(io),
    });
    showWarnings(io, result.warnings, values.verbose);
    const counts = Object.entries(result.counts).map(([kind, n]) => kindCount(n, kind as Kind));
    io.out(`Exported ${counts.join(', ')} to ${values.out} (${result.files.length} files).\n`);
    for (const note of result.notes) io.out(note);
    if (result.htmlBodies.length > 0) {
      io.out(`Kept as HTML (Markdown would change them): ${result.htmlBodies.join(', ')}\n`);
    }
    io.out(`Next: intercom-as-code plan -c ${values.out}/workspace.yaml shows no changes.\n`);
    return EXIT.ok;
  } finally {
    await target.close();
  }
}
