import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { CliIO } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

/** Runs the CLI in-process against files written to a fresh folder. */
export function runCli(argv: string[], files: Record<string, string | Uint8Array> = {}, today = "2026-11-24", extra: Partial<CliIO> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "se-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let stdout = "";
  let stderr = "";
  const code = run(argv, { cwd, today, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...extra });
  return { code, stdout, stderr };
}

/** As {@link runCli}, for a command that streams (sweep): waits for its exit code. */
export async function runCliAsync(argv: string[], files: Record<string, string | Uint8Array> = {}, today = "2026-11-24", extra: Partial<CliIO> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "se-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, today, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...extra });
  return { code, stdout, stderr };
}

/** A terminal for the progress bar (a TTY 100 columns wide) that keeps all that is drawn on it. */
export function fakeTerminal(): { stream: Writable & { isTTY: true; columns: number }; drawn(): string } {
  let drawn = "";
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        drawn += chunk.toString();
        done();
      },
    }),
    { isTTY: true as const, columns: 100 },
  );
  return { stream, drawn: () => drawn };
}
