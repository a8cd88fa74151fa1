// validate is offline: it never builds a client, so it cannot send a request.
import { loadConfig } from '../../config/index.js';
import {
  CONFIG_HINT,
  CONFIG_OPTION,
  HELP_OPTION,
  VERBOSE_OPTION,
  ALLOW_VAR_OPTION,
  noPositionals,
  parse,
} from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { showWarnings } from '../output-format.js';

export async function validateCommand(argv: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parse('validate', argv, {
    ...CONFIG_OPTION,
    ...HELP_OPTION,
    ...VERBOSE_OPTION,
    ...ALLOW_VAR_OPTION,
  });
  if (values.help) return (io.out(HELP.validate), EXIT.ok);
  noPositionals('validate', positionals, CONFIG_HINT);
  const { desired, warnings } = await loadConfig(values.config, {
    env: io.env,
    allowVars: values['allow-var'],
  });
  showWarnings(io, warnings, values.verbose);
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
