// The command a failed apply tells the user to run next. It must work when copied as printed, so
// it carries every flag that decides where requests go (a sandbox state file, a seed), quoted
// for a POSIX shell; the token is never a flag, so nothing secret can end up in it.
import type { TargetFlags } from './target.js';

export function resumeCommand(
  config: string,
  flags: TargetFlags,
  allowVars: readonly string[] = [],
): string {
  const words = ['intercom-as-code', 'apply', '--resume', '-c', config];
  for (const name of allowVars) words.push('--allow-var', name);
  if (flags.sandboxState !== undefined) words.push('--sandbox-state', flags.sandboxState);
  if (flags.sandboxSeed !== undefined) words.push('--sandbox-seed', flags.sandboxSeed);
  if (flags.sandbox && flags.sandboxState === undefined && flags.sandboxSeed === undefined) {
    words.push('--sandbox');
  }
  return words.map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
