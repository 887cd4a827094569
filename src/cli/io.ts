import type { IsoDate } from "../calendar/isoDate.js";

/** What a command may touch: given by main.ts, replaced in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where relative paths and globs are resolved. */
  readonly cwd: string;
  /** Today's date in Europe/London: the CLI is the one place that reads the clock. */
  readonly today: IsoDate;
}

/** Thrown for a command line that cannot be run as given: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
