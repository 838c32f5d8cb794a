/** One option of a command, as the tool's `--help` lists it. */
export interface CliFlag {
  /** Long name without dashes (`publish`). */
  long?: string
  /** One-letter short name without dash (`p`). */
  short?: string
  /** Value type from the help's type column (`string`, `list`, `bytes`…); absent for a boolean flag. */
  type?: string
  /**
   * The value is optional (pflag `NoOptDefVal`, e.g. kubectl `--dry-run`, `--validate`): `--flag` alone is valid
   * and a value must be attached (`--flag=client`) — a separate word is a positional argument.
   */
  optionalValue?: boolean
}

export interface CliCommand {
  /** Canonical path after the tool name, words separated by one space (`container ls`). */
  path: string
  /** Other paths that run the same command (`ps`, `container list`). */
  aliases: string[]
  /** The `Usage:` line of the help, without the tool name. */
  usage: string
  flags: CliFlag[]
  /** Names of the direct sub-commands (management commands such as `container`). */
  subcommands: string[]
  /** Official page documenting the command (overlay entries only). */
  source?: string
  /** Marked legacy in the course (e.g. `docker-compose` v1). */
  legacy?: boolean
  /** Overlay only: the options were not transcribed, so they are not checked (the command is). */
  flagsUnchecked?: boolean
}

export interface CliReference {
  tool: string
  version: string
  /** How the file was produced (`docker 28.2.2 --help, walked recursively`), or `overlay`. */
  generatedFrom: string
  /** Podman's and kubectl's global flags are persistent (accepted after the sub-command too); Docker's are not. */
  persistentGlobalFlags: boolean
  /**
   * Options may follow positional arguments up to `--` (cobra's default, kubectl and kind): the usage line's
   * `IMAGE [COMMAND]` rule of Docker and Podman does not apply.
   */
  interspersed?: boolean
  globalFlags: CliFlag[]
  /** Keyed by canonical path; `''` is the tool itself. */
  commands: Record<string, CliCommand>
  /** Alias path → canonical path. */
  aliases: Record<string, string>
}
