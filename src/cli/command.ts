/** A CLI command: flags mirror its action's inputs (kebab-case, same names). */
export interface CliOption {
  type: 'string' | 'boolean';
  description: string;
  multiple?: boolean;
  default?: string | boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Positional arguments, for the usage line, e.g. "[PATH...]". */
  positionals?: string;
  options: Record<string, CliOption>;
  /** Returns the exit code: 0 clean, 1 error-level findings, 2 usage/config/environment error. */
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[]; cwd: string }): Promise<number>;
}

/** Flags every command takes. */
export const COMMON_OPTIONS: Record<string, CliOption> = {
  config: { type: 'string', description: 'config file (default .github/migration-gates.yml)' },
  'working-directory': { type: 'string', description: 'repository root (default: current directory)' },
  format: { type: 'string', description: 'text | json (| sarif for lint)', default: 'text' },
  help: { type: 'boolean', description: 'show this help' },
};
