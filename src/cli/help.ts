// Help text lives in one place so `--help` and the README say the same thing.
const TARGET = `  --sandbox                 run against an embedded Intercom sandbox (no token needed)
  --sandbox-state FILE      keep the embedded sandbox's data in FILE between runs`;

const ENV = `Environment:
  INTERCOM_TOKEN            access token (required unless --sandbox); never printed
  INTERCOM_REGION           us | eu | au (or workspace.region in the YAML)
  INTERCOM_API_URL          base URL override (a proxy, the sandbox, a test server)
  NO_COLOR                  turn colour off`;

export const HELP = {
  main: `intercom-as-code: manage an Intercom workspace as code

Usage: intercom-as-code <command> [flags]

Commands:
  validate   check workspace.yaml offline: YAML, schema, references
  plan       show what apply would change
  apply      make the workspace match the configuration
  sandbox    serve a local Intercom emulator

Run \`intercom-as-code <command> --help\` for a command's flags.

Exit codes: 0 success (no changes with --detailed-exitcode), 1 error,
            2 changes present (--detailed-exitcode), 3 invalid configuration.

${ENV}
`,
  validate: `Usage: intercom-as-code validate [-c workspace.yaml]

Checks the configuration offline and sends no request.
  -c, --config FILE         the configuration (default: workspace.yaml)

Exit codes: 0 valid, 3 invalid (every problem is listed with file:line:column).
`,
  plan: `Usage: intercom-as-code plan [-c workspace.yaml] [--detailed-exitcode] [--sandbox]

Reads the live workspace and prints what apply would change. Never writes.
  -c, --config FILE         the configuration (default: workspace.yaml)
  --detailed-exitcode       exit 2 when there are changes, 0 when there are none
${TARGET}

Exit codes: 0 success, 1 error, 2 changes (with --detailed-exitcode), 3 invalid configuration.

${ENV}
`,
  apply: `Usage: intercom-as-code apply [-c workspace.yaml] [--auto-approve] [--concurrency N] [--sandbox]

Plans, shows the plan, asks for "yes" on a terminal, then applies it.
  -c, --config FILE         the configuration (default: workspace.yaml)
  --auto-approve            apply without asking (required without a terminal)
  --concurrency N           changes in flight at once (default: 4)
${TARGET}

Exit codes: 0 success, 1 error or any change failed, 3 invalid configuration.

${ENV}
`,
  sandbox: `Usage: intercom-as-code sandbox [--port 4010] [--seed FILE] [--state FILE]

Serves a local emulator of the Intercom REST API 2.16 on 127.0.0.1.
  --port N                  port to listen on (default: 4010)
  --seed FILE               seed JSON (default: examples/sandbox-seed.json)
  --state FILE              load and save the sandbox's data in FILE
`,
} as const;
