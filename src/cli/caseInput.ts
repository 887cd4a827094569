// What sweep and report share in reading a file of cases: the file named
// (or standard input), opened as a stream, and each entry read as a case
// record beside the caller's id for it, or the findings that refuse it.
import { createReadStream, fstatSync, openSync } from "node:fs";
import { resolve } from "node:path";
import { caseFileMessage } from "../messages/caseFiles.js";
import type { Language } from "../messages/language.js";
import { policyMessage } from "../messages/policyIssues.js";
import { describeValueIn } from "../messages/values.js";
import type { CaseEntry } from "./caseRecords.js";
import { locateIssues, problemFindings, type Finding } from "./findings.js";
import { InvalidInputError, UsageError, type CliIO } from "./io.js";
import { readError, type JsonSource } from "./jsonSource.js";

/** The one file of cases a command names, or "-" for standard input. */
export function casesFileArgument(positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("usage.oneCasesFile");
  return file;
}

/** Reads a file as a stream, after checking it can be: a missing file is a finding, not a stream error. */
function openInput(file: string, cwd: string, lang: Language): { chunks: AsyncIterable<Buffer>; size: number } {
  const where = (reason: string) => new InvalidInputError(problemFindings(file, [{ line: 1, column: 1, code: "unreadable", message: policyMessage(lang, "json.unreadable", { reason }) }], lang));
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), "r");
  } catch (error) {
    throw where(readError((error as NodeJS.ErrnoException).code ?? "", lang) ?? (error as Error).message);
  }
  const stat = fstatSync(fd);
  const stream = createReadStream("", { fd, highWaterMark: 1 << 16 });
  if (stat.isDirectory()) {
    stream.destroy();
    throw where(readError("EISDIR", lang) as string);
  }
  return { chunks: stream, size: stat.isFile() ? stat.size : 0 };
}

/**
 * The cases named on the command line as a stream: a file, or standard
 * input for "-"; its name as findings give it, and its size where known (0
 * for a pipe), for a progress bar. A file that cannot be read is a finding in `lang`.
 */
export function openCases(file: string, io: CliIO, lang: Language = "en"): { name: string; chunks: AsyncIterable<Buffer | string>; size: number } {
  if (file !== "-") return { name: file, ...openInput(file, io.cwd, lang) };
  if (io.stdin === undefined) throw new UsageError("usage.noStdin");
  return { name: "<stdin>", chunks: io.stdin(), size: 0 };
}

/** A case's `id`, which a sweep or log echoes, taken off the record (a case record has no such key). */
function takeId(value: unknown, lang: Language): { id: string | number | null; record: unknown; problem?: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "id")) return { id: null, record: value };
  const { id, ...record } = value as Record<string, unknown>;
  if ((typeof id === "string" && id.length > 0 && id.length <= 200) || (typeof id === "number" && Number.isSafeInteger(id))) return { id, record };
  return { id: null, record, problem: caseFileMessage(lang, "invalid-id", { value: describeValueIn(id, lang) }) };
}

/** An entry of the input as a case: where it stands, the caller's id for it, and the record (an object, not yet checked); or the findings that refuse it, in `lang`. */
export function caseOfEntry(entry: CaseEntry, name: string, lang: Language = "en"): { source: JsonSource; id: string | number | null; record: object } | { findings: Finding[] } {
  const { source } = entry;
  if ("errors" in source) return { findings: problemFindings(name, source.errors, lang) };
  const { id, record, problem } = takeId(source.value, lang);
  if (problem !== undefined) return { findings: locateIssues(name, source, [{ severity: "error", code: "invalid-id", path: ["id"], message: problem }], lang) };
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    const message = caseFileMessage(lang, "not-a-case", { form: '{ "policy": ..., "raisedOn": ..., "events": [...] }', value: describeValueIn(record, lang) });
    return { findings: locateIssues(name, source, [{ severity: "error", code: "not-a-case", path: [], message }], lang) };
  }
  return { source, id, record };
}
