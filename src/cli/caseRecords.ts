import { pipeline, Readable } from "node:stream";
import { parse as parseCsv, type CsvError, type Info } from "csv-parse";
import { caseSchema } from "../engine/case.js";
import { caseFileMessage } from "../messages/caseFiles.js";
import type { Language } from "../messages/language.js";
import { describeValueIn } from "../messages/values.js";
import { problemFindings } from "./findings.js";
import { InvalidInputError } from "./io.js";
import { decodeJson, MAX_FILE_BYTES, parseJsonSource, type JsonProblem, type JsonSource, type Position } from "./jsonSource.js";

/** How a sweep's input holds its cases. */
export const INPUT_FORMATS = ["jsonl", "json", "csv"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One case read from a sweep's input: where it starts, and its JSON or why that could not be read. */
export interface CaseEntry extends Position {
  readonly source: JsonSource | { readonly errors: readonly JsonProblem[] };
}

const NEWLINE = 0x0a;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === NEWLINE || byte === 0x0d || byte === 0x09;

const problemAt = (line: number, column: number, code: string, message: string): CaseEntry => ({ line, column, source: { errors: [{ line, column, code, message }] } });

/**
 * Parses one case's JSON text found at `line`:`column` of the input, its
 * positions moved there so that findings point into the input itself.
 */
function placed(text: string | JsonProblem, line: number, column: number, lang: Language): CaseEntry {
  const parsed = typeof text === "string" ? parseJsonSource(text, lang) : { errors: [text] };
  const at = (position: Position): Position => ({ line: line + position.line - 1, column: position.line === 1 ? column + position.column - 1 : position.column });
  if ("errors" in parsed) return { line, column, source: { errors: parsed.errors.map((error) => ({ ...error, ...at(error) })) } };
  return { line, column, source: { value: parsed.value, locate: (path) => at(parsed.locate(path)) } };
}

/** One case a line: blank lines are skipped, a line longer than MAX_FILE_BYTES is refused unread. */
async function* jsonLines(chunks: AsyncIterable<Buffer>, lang: Language): AsyncGenerator<CaseEntry> {
  let line = 0;
  let parts: Buffer[] = [];
  let size = 0;
  const take = (last: Buffer): CaseEntry | undefined => {
    line += 1;
    const tooLong = size + last.length > MAX_FILE_BYTES;
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    parts = [];
    size = 0;
    if (tooLong) return problemAt(line, 1, "line-too-long", caseFileMessage(lang, "line-too-long", { limit: MAX_FILE_BYTES }));
    if (bytes.every(isSpace)) return undefined;
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    return placed(decodeJson(bytes, "line", lang), line, 1, lang);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const entry = take(chunk.subarray(start, end));
      if (entry !== undefined) yield entry;
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    // Past the limit the line is only counted, not kept: a file with no line breaks costs no memory.
    if (size <= MAX_FILE_BYTES) parts.push(rest);
    size += rest.length;
  }
  const entry = take(Buffer.alloc(0));
  if (entry !== undefined) yield entry;
}

const OPEN = [0x7b, 0x5b]; // { [
const CLOSE = [0x7d, 0x5d]; // } ]

/**
 * The items of one JSON array, each parsed on its own as soon as it ends,
 * so that the array is never held whole. The scan only tracks strings and
 * nesting to find where each item ends; the item's own JSON is parsed (and
 * its errors located) by the same parser as every other file. Columns count
 * UTF-16 code units, as the parser's do.
 */
async function* jsonArray(chunks: AsyncIterable<Buffer>, lang: Language): AsyncGenerator<CaseEntry> {
  let line = 1;
  let column = 1;
  let opened = false;
  let closed = false;
  let expectItem = true;
  let items = 0;
  // The item being read, while `parts` is defined.
  let parts: Buffer[] | undefined;
  let size = 0;
  let itemLine = 1;
  let itemColumn = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  const keep = (piece: Buffer): void => {
    size += piece.length;
    if (size <= MAX_FILE_BYTES) parts?.push(piece);
  };
  const finish = (): CaseEntry => {
    const bytes = Buffer.concat(parts ?? []);
    parts = undefined;
    if (size > MAX_FILE_BYTES) return problemAt(itemLine, itemColumn, "item-too-large", caseFileMessage(lang, "item-too-large", { limit: MAX_FILE_BYTES }));
    return placed(decodeJson(bytes, "item", lang), itemLine, itemColumn, lang);
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (parts !== undefined) {
        let ends = false;
        let included = true;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === 0x5c) escaped = true;
          else if (byte === 0x22) inString = false;
        } else if (byte === 0x22) inString = true;
        else if (OPEN.includes(byte)) depth += 1;
        else if (CLOSE.includes(byte)) {
          if (depth === 0) [ends, included] = [true, false];
          else ends = --depth === 0;
        } else if (depth === 0 && (byte === 0x2c || isSpace(byte))) [ends, included] = [true, false];
        if (!ends || included) {
          if (ends) {
            keep(chunk.subarray(from, i + 1));
            yield finish();
          }
          if (byte === NEWLINE) [line, column] = [line + 1, 1];
          else if ((byte & 0xc0) !== 0x80) column += byte >= 0xf0 ? 2 : 1;
          continue;
        }
        // The byte that ended a number or a word (a comma, a space or the closing bracket) is read again below.
        keep(chunk.subarray(from, i));
        yield finish();
      }
      if (!opened) {
        if (byte === 0x5b) opened = true;
        else if (!isSpace(byte)) {
          yield byte === 0xef
            ? problemAt(line, column, "byte-order-mark", caseFileMessage(lang, "byte-order-mark"))
            : problemAt(line, column, "invalid-json", caseFileMessage(lang, "array.notOpened"));
          return;
        }
      } else if (closed) {
        if (!isSpace(byte)) {
          yield problemAt(line, column, "invalid-json", caseFileMessage(lang, "array.afterEnd"));
          return;
        }
      } else if (byte === 0x2c) {
        if (expectItem) yield problemAt(line, column, "invalid-json", caseFileMessage(lang, items === 0 ? "array.commaFirst" : "array.twoCommas"));
        expectItem = true;
      } else if (byte === 0x5d) {
        if (expectItem && items > 0) yield problemAt(line, column, "invalid-json", caseFileMessage(lang, "array.trailingComma"));
        closed = true;
      } else if (byte === 0x7d) {
        yield problemAt(line, column, "invalid-json", caseFileMessage(lang, "array.closesNothing", { symbol: "}" }));
      } else if (!isSpace(byte)) {
        if (!expectItem) yield problemAt(line, column, "invalid-json", caseFileMessage(lang, "array.commaExpected"));
        [parts, size, itemLine, itemColumn, depth, inString, escaped, expectItem, from] = [[], 0, line, column, 0, false, false, false, i];
        items += 1;
        i -= 1; // read this byte again as the item's first
        continue;
      }
      if (byte === NEWLINE) [line, column] = [line + 1, 1];
      else if ((byte & 0xc0) !== 0x80) column += byte >= 0xf0 ? 2 : 1;
    }
    if (parts !== undefined) keep(chunk.subarray(from));
  }
  if (parts !== undefined) yield finish();
  if (!closed) yield problemAt(line, column, "invalid-json", caseFileMessage(lang, opened ? "array.notClosed" : "array.empty"));
}

/** The columns a CSV of cases may have: the case record's keys (`events` as JSON, `flags` as a list), and `id`. */
export const CSV_COLUMNS: readonly string[] = ["id", "policy", ...Object.keys(caseSchema.shape).filter((key) => key !== "$schema" && key !== "policy")];

/** The line a CSV record starts on, from the line it ends on and its text (which may span lines). */
function firstLine(info: Info, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  let breaks = 0;
  for (let index = body.indexOf("\n"); index !== -1; index = body.indexOf("\n", index + 1)) breaks += 1;
  return info.lines - breaks;
}

/** A CSV record as a case record: empty cells are left out, `events` is parsed as JSON, `flags` split on spaces or semicolons. */
function csvCase(record: Record<string, string>, line: number, lang: Language): CaseEntry {
  const value: Record<string, unknown> = { events: [] };
  for (const [key, cell] of Object.entries(record)) {
    if (cell.trim() === "") continue;
    if (key === "flags") value[key] = cell.split(/[\s;]+/).filter((flag) => flag !== "");
    else if (key !== "events") value[key] = cell;
    else {
      const events = parseJsonSource(cell, lang);
      if ("errors" in events) {
        const [first] = events.errors as [JsonProblem];
        // The column's message says the cell is not JSON: the problem is given without its own "invalid JSON: ".
        const problem = first.message.replace(/^(invalid JSON|JSON annilys): /, "");
        return problemAt(line, 1, first.code, caseFileMessage(lang, "csv.events", { problem, line: first.line, column: first.column }));
      }
      value[key] = events.value;
    }
  }
  return { line, column: 1, source: { value, locate: () => ({ line, column: 1 }) } };
}

/**
 * Cases from CSV with a header row naming {@link CSV_COLUMNS}. A record the
 * CSV reader refuses (a quote not closed, too many cells) is reported at its
 * line and the reading goes on where the reader can.
 */
async function* csvRecords(chunks: AsyncIterable<Buffer>, file: string, lang: Language): AsyncGenerator<CaseEntry> {
  let header: readonly string[] | undefined;
  const skipped: CaseEntry[] = [];
  const parser = parseCsv({
    bom: true,
    columns: (names: string[]) => (header = names),
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_FILE_BYTES,
  });
  parser.on("skip", (error: CsvError & { lines?: number }) => skipped.push(problemAt(error.lines ?? 1, 1, "invalid-csv", caseFileMessage(lang, "csv.invalid", { message: error.message }))));
  const checkHeader = (): void => {
    if (header === undefined) return;
    const problems = header.flatMap((name, index) =>
      !CSV_COLUMNS.includes(name)
        ? [caseFileMessage(lang, "csv.unknownColumn", { name: describeValueIn(name, lang) })]
        : header?.indexOf(name) !== index
          ? [caseFileMessage(lang, "csv.columnTwice", { name: describeValueIn(name, lang) })]
          : [],
    );
    if (problems.length > 0) {
      const message = caseFileMessage(lang, "csv.header", { problems: problems.join("; "), columns: CSV_COLUMNS.join(", ") });
      throw new InvalidInputError(problemFindings(file, [{ line: 1, column: 1, code: "invalid-csv-header", message }], lang));
    }
    header = undefined;
  };
  // pipeline, unlike pipe, passes a read error of the input on to the records.
  const records = pipeline(Readable.from(chunks), parser, () => {}) as AsyncIterable<{ record: Record<string, string>; info: Info; raw: string }>;
  for await (const { record, info, raw } of records) {
    checkHeader();
    const entry = csvCase(record, firstLine(info, raw), lang);
    // The reader reports a refused record as soon as it meets it, which can be before the records above it are read.
    while (skipped[0] !== undefined && skipped[0].line < entry.line) yield skipped.shift() as CaseEntry;
    yield entry;
  }
  checkHeader();
  yield* skipped;
}

/**
 * The cases in a sweep's input, one at a time, in constant memory. Unless
 * `format` says, the first character other than white space tells: `[` a
 * JSON array, `{` JSON lines, anything else CSV with a header row. The
 * problems found in reading it are written in `lang`.
 */
export async function* readCaseEntries(chunks: AsyncIterable<Buffer>, format: InputFormat | undefined, file: string, lang: Language = "en"): AsyncGenerator<CaseEntry> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let chosen = format;
  while (chosen === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    const bytes = head.length === 1 ? next.value : Buffer.concat(head);
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const first = bytes.subarray(start).find((byte) => !isSpace(byte));
    if (first !== undefined) chosen = first === 0x5b ? "json" : first === 0x7b ? "jsonl" : "csv";
  }
  const all = (async function* () {
    yield* head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  if (chosen === "csv") yield* csvRecords(all, file, lang);
  else if (chosen === "json") yield* jsonArray(all, lang);
  else yield* jsonLines(all, lang);
}
