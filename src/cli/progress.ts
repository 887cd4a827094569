import { cliMessage } from "../messages/cli.js";
import type { Language } from "../messages/language.js";
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
 * pipe, only the count is shown. `label` names the command (it is not
 * translated); the bar's words are in `lang`.
 */
export async function startProgress(io: CliIO, label: string, totalBytes: number | undefined, lang: Language = "en"): Promise<Progress> {
  const stream = io.progress;
  if (stream === undefined) return { update: () => {}, message: (text) => io.stderr(text), stop: () => {} };
  // Loaded only for a terminal: scripts and pipes never pay for it.
  const { default: cliProgress } = await import("cli-progress");
  const known = totalBytes !== undefined && totalBytes > 0;
  // cli-progress's own placeholders, put into the catalogue's sentence where it places them.
  const format = known ? cliMessage(lang, "progress.bar", { label, bar: "{bar}", percentage: "{percentage}", items: "{items}", eta: "{eta_formatted}" }) : cliMessage(lang, "progress.count", { label, items: "{items}" });
  const items = (count: number): string => cliMessage(lang, "progress.items", { count });
  const bars = new cliProgress.MultiBar({
    stream,
    format,
    clearOnComplete: true,
    hideCursor: false,
    autopadding: true,
  });
  const bar = bars.create(known ? totalBytes : 1, 0, { items: items(0) });
  return {
    update: (done, bytes) => bar.update(known ? bytes : 0, { items: items(done) }),
    message: (text) => bars.log(text),
    stop: () => {
      // MultiBar.stop() drops the log lines not yet drawn: draw them first.
      bars.update();
      bars.stop();
    },
  };
}
