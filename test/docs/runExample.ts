// Runs an example block and compares what it shows with what the code gives:
// shared by the API reference's examples and the guides' code.
import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import * as library from "../../src/index.js";
import * as testing from "../../src/testing/index.js";
import { prepare } from "./jsdocExamples.js";
import { elidedText, mismatch, textMismatch } from "./shown.js";

// What an example may use without importing it, as a user's code would have it:
// the package's exports, fast-check for /testing, and node:fs for reading and
// writing files (writes are kept in memory: an example must not leave files behind).
function scope(): Record<string, unknown> {
  const written = new Map<string, unknown>();
  const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined };
  return { ...library, ...testing, fc, readFileSync, writeFileSync: (path: string, data: unknown) => written.set(path, data), console: quiet };
}

type AsyncFunctionConstructor = new (...parameters: string[]) => (...values: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as AsyncFunctionConstructor;

/** Runs a block; returns where what it shows differs from what the code gives (empty when none does), and how many results it checked. */
export async function check(block: { readonly code: string }): Promise<{ problems: string[]; checked: number }> {
  const { javascript, results } = prepare(block.code);
  const outcomes = new Map<number, { value: unknown } | { error: unknown }>();
  const record = (index: number, compute: () => unknown): void => {
    try {
      outcomes.set(index, { value: compute() });
    } catch (error) {
      outcomes.set(index, { error });
    }
  };
  const names = Object.keys(scope());
  const problems: string[] = [];
  try {
    // The example's own declarations may shadow a name in scope: hence the inner block.
    await new AsyncFunction(...names, "__shown", `{\n${javascript}\n}`)(...Object.values(scope()), record);
  } catch (error) {
    problems.push(`the example does not run: ${String(error)}`);
  }
  let checked = 0;
  results.forEach((result, index) => {
    const where = `line ${result.line} (${result.statement.split("\n")[0]})`;
    const outcome = outcomes.get(index);
    if (outcome === undefined) return; // not reached: the block's own failure is reported above
    checked++;
    if (result.shown.kind === "throws") {
      const found = "error" in outcome ? thrownMismatch(result.shown, outcome.error) : `gives ${JSON.stringify(outcome.value)}, shown as throwing ${result.shown.error}`;
      if (found !== null) problems.push(`${where}: ${found}`);
      return;
    }
    if ("error" in outcome) {
      problems.push(`${where} throws ${String(outcome.error)}`);
      return;
    }
    const { value } = outcome;
    let found: string | null;
    if (result.shown.kind === "value") found = mismatch(result.shown.value, value);
    else if (typeof value === "string") found = textMismatch(result.shown.lines, value);
    else if (result.shown.printed) found = `prints ${JSON.stringify(value)}, not text`;
    else {
      checked--; // words after a value that is not text: a note, not a result
      return;
    }
    if (found !== null) problems.push(`${where}: ${found}`);
  });
  return { problems, checked };
}

function thrownMismatch(shown: { error: string; message: string | null }, error: unknown): string | null {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  if (name !== shown.error) return `throws ${String(error)}, shown as throwing ${shown.error}`;
  const message = (error as Error).message;
  if (shown.message === null || elidedText(shown.message, message) || message === shown.message) return null;
  return `throws ${shown.error} with the message ${JSON.stringify(message)}, shown as ${JSON.stringify(shown.message)}`;
}

