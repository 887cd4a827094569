import { createRequire } from "node:module";
import type { IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { formatFinding, type Finding } from "./findings.js";

/** What a command may touch: given by main.ts, replaced in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where relative paths and globs are resolved. */
  readonly cwd: string;
  /** Today's date in Europe/London: the CLI is the one place that reads the clock. */
  readonly today: IsoDate;
  /** Print the stack of an internal error (set by {@link DEBUG_VARIABLE}). */
  readonly debug?: boolean;
  /**
   * Resolves once stdout and stderr have passed on what they were given: a
   * command that streams waits on it, so that a slow reader (a pipe) holds
   * it back instead of the output piling up in memory.
   */
  readonly drain?: () => Promise<void>;
  /** The standard input, for a command given `-` as its file; a function, so that only such a command touches it. */
  readonly stdin?: () => AsyncIterable<Buffer | string>;
  /**
   * Where a progress bar may be drawn: the terminal behind stderr, given only
   * when stderr is a terminal and stdout is not (output on the same screen
   * would tear the bar). Absent, a command shows no progress.
   */
  readonly progress?: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
}

/** The environment variable that makes an internal error print its stack. */
const DEBUG_VARIABLE = "SAFEGUARDING_ESCALATION_DEBUG";

/**
 * The exit codes, the same for every command. An internal error has its own
 * code so that a script can tell "the file is wrong" from "the tool is".
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, failOn: 3, internal: 70 } as const;

// 70 is sysexits.h's EX_SOFTWARE, "an internal software error".
const EXIT_HELP = `Exit status (the same for every command):
  ${EXIT.ok}   done (validate: every file valid)
  ${EXIT.invalid}   refused: a file, case or date is not valid or cannot be read
      (validate: some file invalid, or a warning with --strict;
      sweep: some case refused, the others done)
  ${EXIT.usage}   usage: the command line cannot be run as given
  ${EXIT.failOn}   sweep --fail-on: some case is in a state named (and none was refused)
  ${EXIT.internal}  internal error: a bug in safeguarding-escalation, to report
      (${DEBUG_VARIABLE}=1 prints its stack)`;

/** A command's `--help`: its own text, then the exit codes every command shares. */
export function helpText(usage: string): string {
  return `${usage}\n\n${EXIT_HELP}\n`;
}

/** Thrown for a command line that cannot be run as given: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Thrown when a file named on the command line cannot be read or is not valid: exit code 1, with the findings. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";

  constructor(readonly findings: readonly Finding[]) {
    super(findings.map(formatFinding).join("\n"));
  }
}

/** This package's version, read from its own package.json. */
export function version(): string {
  return (createRequire(import.meta.url)("safeguarding-escalation/package.json") as { version: string }).version;
}

/** Reports an error that is not the input's fault: a bug, to be reported; its stack only when asked for. */
export function internalError(error: unknown, io: Pick<CliIO, "stderr" | "debug">): number {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  let release = "";
  try {
    release = ` ${version()}`;
  } catch {
    // Reporting a bug must not fail for want of the version.
  }
  io.stderr(
    `safeguarding-escalation: internal error (${detail}); this is a bug in safeguarding-escalation${release}, please report it with the command that caused it${io.debug === true ? "" : ` (${DEBUG_VARIABLE}=1 shows where it happened)`}.\n`,
  );
  if (io.debug === true && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}

/** Whether the environment asks for internal errors' stacks. */
export function debugRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return !["", "0", "false"].includes(env[DEBUG_VARIABLE] ?? "");
}
