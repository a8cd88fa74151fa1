// Help text lives in one place so `--help` and the README say the same thing.
const TARGET = `  --sandbox                 run against an embedded Intercom sandbox (no token needed)
  --sandbox-state FILE      keep the embedded sandbox's data in FILE between runs (implies --sandbox)
  --sandbox-seed FILE       start the embedded sandbox from FILE instead of
                            examples/sandbox-seed.json (implies --sandbox)`;

const ALLOW_VAR = `  --allow-var NAME          let \${NAME} in the config read the variable NAME (repeatable); names
                            starting INTERCOM_AS_CODE_VAR_ are always allowed`;

const VERBOSE = `  --verbose                 list every place of a warning repeated in many places`;

const CONFIG = `  -c, --config FILE         the configuration (default: workspace.yaml); a .yaml or .yml
                            file given alone is taken as the configuration too`;

const ENV = `Environment:
  INTERCOM_TOKEN            access token (required unless --sandbox); never printed
  INTERCOM_REGION           us | eu | au (or workspace.region in the YAML)
  INTERCOM_API_URL          base URL override (a proxy, the sandbox, a test server)
  INTERCOM_AS_CODE_ALLOW_VARS  comma-separated names \${NAME} may read, besides INTERCOM_AS_CODE_VAR_*
  NO_COLOR                  turn colour off
  CI                        when set, progress is plain lines even on a terminal`;

export const HELP = {
  main: `intercom-as-code: manage an Intercom workspace as code

Usage: intercom-as-code <command> [flags]

Commands:
  validate   check workspace.yaml offline: YAML, schema, references
  plan       show what apply would change (optionally save it with --out)
  apply      make the workspace match the configuration, or run a saved plan
  drift      read-only: report where the workspace no longer matches (exit 2)
  export     write the live workspace as workspace.yaml + Markdown articles
  sandbox    serve a local Intercom emulator

Run \`intercom-as-code <command> --help\` for a command's flags.

Flags:
  -h, --help                show this help
  -v, --version             print the version

Exit codes: 0 success (no changes with --detailed-exitcode / drift), 1 error,
            2 changes present (--detailed-exitcode, drift), 3 invalid configuration.

${ENV}
`,
  validate: `Usage: intercom-as-code validate [-c workspace.yaml | workspace.yaml] [--verbose]

Checks the configuration offline and sends no request. Warnings go to stderr.
${CONFIG}
${VERBOSE}
${ALLOW_VAR}

Exit codes: 0 valid, 3 invalid (every problem is listed with file:line:column).
`,
  plan: `Usage: intercom-as-code plan [-c workspace.yaml | workspace.yaml] [--out plan.json]
                             [--format text|json|markdown] [--detailed-exitcode] [--force] [--sandbox]

Reads the live workspace and prints what apply would change. Never writes to Intercom.
${CONFIG}
  --out FILE                also save the plan for \`apply FILE\` (holds no secret)
  --format FORMAT           text (default), json (schema/plan.schema.json) or markdown (a PR comment)
  --public                  markdown for a public repository: unmanaged objects only counted,
                            company field values hidden
  --detailed-exitcode       exit 2 when there are changes, 0 when there are none
  --force                   accept a plan above the bulk update/delete safety threshold
${VERBOSE}
${ALLOW_VAR}
${TARGET}

Exit codes: 0 success, 1 error, 2 changes (with --detailed-exitcode), 3 invalid configuration.

${ENV}
`,
  apply: `Usage: intercom-as-code apply [-c workspace.yaml | workspace.yaml | PLAN_FILE] [--auto-approve]
                              [--concurrency N] [--on-conflict fail|skip] [--resume] [--force]
                              [--detailed-exitcode] [--sandbox]

Plans (or reads a saved plan), shows it, asks for "yes" on a terminal, then applies it.
${CONFIG}
  PLAN_FILE                 a plan saved by \`plan --out\`: the objects it touches are re-read and
                            the plan is refused if any changed since, or if the config changed
  --on-conflict MODE        fail (default): refuse on any conflict; skip: apply the rest
  --auto-approve            apply without asking (required without a terminal)
  --concurrency N           changes in flight at once (default: 4)
  --resume                  continue an apply that was interrupted, from its journal
  --force                   accept a plan above the bulk update/delete safety threshold
  --detailed-exitcode       exit 2 when changes were applied, 0 when there was nothing to do
${VERBOSE}
${ALLOW_VAR}
${TARGET}

Exit codes: 0 success, 1 error or any change failed or skipped, 2 changes applied
(with --detailed-exitcode), 3 invalid configuration.

${ENV}
`,
  drift: `Usage: intercom-as-code drift [-c workspace.yaml | workspace.yaml] [--format text|json|markdown]
                              [--sandbox]

Read-only (a read-only token is enough): what apply would change, plus unmanaged objects.
${CONFIG}
  --format FORMAT           text (default), json or markdown
  --public                  markdown for a public repository: unmanaged objects only counted,
                            company field values hidden
${VERBOSE}
${ALLOW_VAR}
${TARGET}

Exit codes: 0 in sync, 1 error, 2 drift, 3 invalid configuration. Unmanaged objects are
listed but are not drift.

${ENV}
`,
  export: `Usage: intercom-as-code export --out DIR [--kinds tags,collections,articles,companies,admins] [--sandbox]

Reads the live workspace and writes DIR/workspace.yaml with id pins, plus one Markdown file per
article under DIR/help-center/. A plan on the export shows no changes.
  --out DIR                 where to write (empty, or a previous export)
  --kinds LIST              which kinds to export (default: all)
  --force                   write into a non-empty DIR that is not a previous export
${VERBOSE}
${TARGET}

Exit codes: 0 success, 1 error.

${ENV}
`,
  sandbox: `Usage: intercom-as-code sandbox [--port 4010] [--seed FILE] [--state FILE]

Serves a local emulator of the Intercom REST API 2.16 on 127.0.0.1.
  --port N                  port to listen on (default: 4010)
  --seed FILE               seed JSON (default: examples/sandbox-seed.json)
  --state FILE              load and save the sandbox's data in FILE
`,
} as const;
