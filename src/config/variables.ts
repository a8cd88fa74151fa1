// Which environment variables `${NAME}` may read. The config is under a pull request's control and
// its plan is posted as a public comment, so a `${NAME}` that could read any variable would print
// the runner's secrets (GITHUB_TOKEN, cloud keys) for anyone to see. As Terraform reads only
// TF_VAR_*, only variables CI exports for the config on purpose are read: a name that starts with
// INTERCOM_AS_CODE_VAR_, or one CI lists outside the config (INTERCOM_AS_CODE_ALLOW_VARS, or
// --allow-var), never in the YAML, which the pull request could edit. The name in the YAML is the
// variable's real name, so what a reviewer reads is what is read. The token is never read, under
// any name: a value that holds it is refused too.

export const VAR_PREFIX = 'INTERCOM_AS_CODE_VAR_';
export const ALLOW_VARS_ENV = 'INTERCOM_AS_CODE_ALLOW_VARS';
export const TOKEN_VAR = 'INTERCOM_TOKEN';

/** Why a reference is not read: its name, the token's name, or the token's value under a name. */
export type Refusal = 'not-allowed' | 'token' | 'token-value';

/** A variable's value (undefined when unset), or why it may not be read. */
export type Lookup = (name: string) => { value: string | undefined } | { refused: Refusal };

/**
 * The lookup `${NAME}` goes through. `allowVars` adds names (each may be a comma-separated list)
 * to those in `env.INTERCOM_AS_CODE_ALLOW_VARS`.
 */
export function variableLookup(
  env: Record<string, string | undefined>,
  allowVars: readonly string[] = [],
): Lookup {
  const allowed = new Set(
    [env[ALLOW_VARS_ENV] ?? '', ...allowVars]
      .flatMap((list) => list.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  );
  // The client trims the token it sends, so a padded copy must not slip through either.
  const token = env[TOKEN_VAR]?.trim() ?? '';
  return (name) => {
    // Upper case because Windows names are case-insensitive: there ${intercom_token} is the token.
    if (name.toUpperCase() === TOKEN_VAR) return { refused: 'token' };
    if (!name.startsWith(VAR_PREFIX) && !allowed.has(name)) return { refused: 'not-allowed' };
    const value = env[name];
    if (token !== '' && value?.includes(token)) return { refused: 'token-value' };
    return { value };
  };
}

/** What to tell the user about a refused `${name}`; never the value, which may be a secret. */
export function refusalMessage(name: string, reason: Refusal): { message: string; hint: string } {
  const ref = `\`\${${name}}\``;
  switch (reason) {
    case 'token':
      return {
        message: `${ref} is refused: the Intercom token is never put into the configuration`,
        hint: 'remove the reference; the token is only ever sent in the Authorization header, and allowing the name does not change that',
      };
    case 'token-value':
      return {
        message: `${ref} is refused: environment variable \`${name}\` holds the Intercom token`,
        hint: `give \`${name}\` another value; the token is never put into the configuration`,
      };
    case 'not-allowed':
      return {
        message: `${ref} is refused: the configuration reads only variables CI exports for it`,
        hint:
          `a pull request can edit this file and its plan is public, so only ${VAR_PREFIX}* variables are read: ` +
          `export ${VAR_PREFIX}${name} and write \`\${${VAR_PREFIX}${name}}\`, or allow the name in CI with ` +
          `${ALLOW_VARS_ENV}=${name} or --allow-var ${name}`,
      };
  }
}
