import type { CliIO } from "./io.js";

/** A long command's progress on stderr, and the messages it writes there meanwhile. */
export interface Progress {
  /** How far the command has got: items done, and bytes read of `totalBytes`. */
  update(items: number, bytes: number): void;
  /** A message for stderr, written above the bar where there is one. */
  message(text: string): void;
  /** Takes the bar off the screen; messages still pending are written first. */
  stop(): void;
}

/**
 * A progress bar on `io.progress` (a terminal) drawn by cli-progress, or,
 * when there is none, nothing but the messages on stderr. `totalBytes` is
 * the input's size where it is known (a file), so the bar can fill; from a
 * pipe, only the count is shown.
 */
export async function startProgress(io: CliIO, what: string, totalBytes: number | undefined): Promise<Progress> {
  const stream = io.progress;
  if (stream === undefined) return { update: () => {}, message: (text) => io.stderr(text), stop: () => {} };
  // Loaded only for a terminal: scripts and pipes never pay for it.
  const { default: cliProgress } = await import("cli-progress");
  const known = totalBytes !== undefined && totalBytes > 0;
  const bars = new cliProgress.MultiBar({
    stream,
    format: known ? `${what} [{bar}] {percentage}% | {items} | ETA {eta_formatted}` : `${what} {items}`,
    clearOnComplete: true,
    hideCursor: false,
    autopadding: true,
  });
  const bar = bars.create(known ? totalBytes : 1, 0, { items: "0 cases" });
  return {
    update: (items, bytes) => bar.update(known ? bytes : 0, { items: `${items} ${items === 1 ? "case" : "cases"}` }),
    message: (text) => bars.log(text),
    stop: () => {
      // MultiBar.stop() drops the log lines not yet drawn: draw them first.
      bars.update();
      bars.stop();
    },
  };
}
