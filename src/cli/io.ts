import { createRequire } from "node:module";
import type { IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { cliMessage, type CliKey } from "../messages/cli.js";
import type { MessageParams } from "../messages/index.js";
import { LANGUAGES, type Language } from "../messages/language.js";
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

/**
 * A command's `--help` in a language: its own text (a message of the
 * command line's catalogue), then the exit codes every command shares.
 */
export function helpText(lang: Language, key: CliKey, params?: MessageParams): string {
  // 70 is sysexits.h's EX_SOFTWARE, "an internal software error".
  const exit = cliMessage(lang, "help.exit", { ok: EXIT.ok, invalid: EXIT.invalid, usage: EXIT.usage, failOn: EXIT.failOn, internal: EXIT.internal, debugVariable: DEBUG_VARIABLE });
  return `${cliMessage(lang, key, params)}\n\n${exit}\n`;
}

/**
 * Thrown for a command line that cannot be run as given: exit code 2. It
 * holds its message's key and values, so that it is written in the
 * language the command line asks for; its `message` is the English.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";

  constructor(
    readonly key: CliKey,
    readonly params: MessageParams = {},
  ) {
    super(cliMessage("en", key, params));
  }

  /** The sentence in a language. */
  in(lang: Language): string {
    return cliMessage(lang, this.key, this.params);
  }
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
export function internalError(error: unknown, io: Pick<CliIO, "stderr" | "debug">, lang: Language = "en"): number {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  let release = "";
  try {
    release = ` ${version()}`;
  } catch {
    // Reporting a bug must not fail for want of the version.
  }
  const sentence = cliMessage(lang, io.debug === true ? "internal.errorDebug" : "internal.error", { detail, release, debugVariable: DEBUG_VARIABLE });
  io.stderr(`safeguarding-escalation: ${sentence}\n`);
  if (io.debug === true && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}

/** Whether the environment asks for internal errors' stacks. */
export function debugRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return !["", "0", "false"].includes(env[DEBUG_VARIABLE] ?? "");
}

/** The language a `--lang` value names, or English where it names none (absent, or wrong: that is reported in English). */
export function knownLanguage(value: string | undefined): Language {
  return value !== undefined && (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en";
}

/**
 * The language a command line asks for, read before it is parsed, so that
 * help and usage errors (an unknown option, a missing value) can be written
 * in it: the last `--lang <value>` or `--lang=<value>` before any `--`, as
 * parseArgs would take it. English where there is none, where it has no
 * value, and where the value is neither `en` nor `cy`: the language is not
 * known then, and the usage error that says so is written in English.
 */
export function commandLineLanguage(argv: readonly string[]): Language {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") value = argv[++i];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  return knownLanguage(value);
}
