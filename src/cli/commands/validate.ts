// validate is offline: it never builds a client, so it cannot send a request.
import { loadConfig } from '../../config/index.js';
import { renderProblems } from '../../render/index.js';
import { CONFIG_OPTION, HELP_OPTION, parse } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor, type Io } from '../io.js';
import { HELP } from '../help.js';

export async function validateCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values } = parse('validate', argv, { ...CONFIG_OPTION, ...HELP_OPTION });
  if (values.help) return (io.out(HELP.validate), EXIT.ok);
  const { desired, warnings } = await loadConfig(values.config);
  if (warnings.length > 0)
    io.err(renderProblems(warnings, { color: colorFor(io, 'stderr') }) + '\n');
  const counts = [
    `${desired.tags.length} tags`,
    `${desired.collections.length} collections`,
    `${desired.articles.length} articles`,
    `${desired.companies.length} companies`,
    `${desired.admins.length} admins`,
  ];
  io.out(`${values.config} is valid: ${counts.join(', ')}.\n`);
  return EXIT.ok;
}
