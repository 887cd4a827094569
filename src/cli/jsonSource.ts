import { closeSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { Language } from "../messages/language.js";
import { isPolicyIssueKey, policyMessage } from "../messages/policyIssues.js";
import { describeValueIn } from "../messages/values.js";

/** A position in a source text, both 1-based, as editors and CI annotations count. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A JSON text parsed for its value and for where each value stands in it. */
export interface JsonSource {
  readonly value: unknown;
  /** Where the value at a path stands; the nearest enclosing value for a path that is missing. */
  locate(path: readonly (string | number)[]): Position;
}

/** Why a file could not be read as JSON, and where. */
export interface JsonProblem extends Position {
  /** `unreadable`, `file-too-large`, `byte-order-mark`, `not-utf8` or `invalid-json`. */
  readonly code: string;
  readonly message: string;
}

/**
 * The most the CLI reads of any file: forty times the largest bundled policy.
 * Counted in bytes read, so that /dev/zero or a pipe is refused, not awaited.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A syntax error in words (`json.syntax.<the parser's code>`), or the parser's code where there are none. */
function syntaxMessage(code: string, lang: Language): string {
  const key = `json.syntax.${code}`;
  // The braces are filled in, not written in the catalogue, where they would read as a placeholder.
  return isPolicyIssueKey(key) ? policyMessage(lang, key, { symbol: code === "CloseBraceExpected" ? "}" : "]" }) : policyMessage(lang, "json.syntax.other", { code });
}

// After this many, a syntax error is usually the echo of an earlier one.
const MAX_SYNTAX_ERRORS = 10;

/** Why a file cannot be read, in words of a language, by the error code; undefined for a code without words (the system's message says it). */
export function readError(code: string, lang: Language = "en"): string | undefined {
  const key = `json.readError.${code}`;
  return isPolicyIssueKey(key) ? policyMessage(lang, key) : undefined;
}

/** Why a file cannot be read, in English words, by the error code. */
export const READ_ERRORS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(Object.fromEntries(["ENOENT", "EISDIR", "EACCES", "EPERM"].map((code) => [code, readError(code) as string])));

const atStart = (code: string, message: string): JsonProblem => ({ line: 1, column: 1, code, message });

/** At most MAX_FILE_BYTES + 1 bytes of a file: one more than allowed says it is too large. */
function readCapped(path: string): Buffer {
  const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  const fd = openSync(path, "r");
  try {
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a JSON file, or why it cannot be had. A UTF-8 byte-order mark
 * is refused, not skipped: `JSON.parse(readFileSync(file, "utf8"))`, the way
 * the README and most tools read a policy, fails on one, so a file that
 * passed `validate` with a BOM would still break the program that loads it.
 */
function readText(path: string, lang: Language): string | JsonProblem {
  let bytes: Buffer;
  try {
    bytes = readCapped(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return atStart("unreadable", policyMessage(lang, "json.unreadable", { reason: readError(code, lang) ?? (error as Error).message }));
  }
  if (bytes.length > MAX_FILE_BYTES) return atStart("file-too-large", policyMessage(lang, "json.fileTooLarge", { limit: MAX_FILE_BYTES }));
  return decodeJson(bytes, "file", lang);
}

/**
 * JSON bytes as text: UTF-8 without a byte-order mark, or why not, in
 * `lang`. `what` is the piece of input the messages name: a file, or a
 * line or item of a file of cases.
 */
export function decodeJson(bytes: Uint8Array, what: "file" | "line" | "item", lang: Language = "en"): string | JsonProblem {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return atStart("byte-order-mark", policyMessage(lang, `json.bom.${what}`));
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return atStart("not-utf8", policyMessage(lang, `json.utf16.${what}`));
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return atStart("not-utf8", policyMessage(lang, `json.notUtf8.${what}`));
  }
}

function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}

/**
 * Object keys given twice (JSON.parse would silently keep the last), found
 * with a stack of its own: the tree may be as deep as the parser allows.
 */
function duplicateKeys(root: Node): { offset: number; key: string }[] {
  const found: { offset: number; key: string }[] = [];
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const keyNode = property.children?.[0];
        const key = String(keyNode?.value);
        if (seen.has(key)) found.push({ offset: keyNode?.offset ?? property.offset, key });
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Finds a value by path in constant time per step: an object's properties are indexed on first use. */
function locator(root: Node, lineStarts: readonly number[]): JsonSource["locate"] {
  const indexes = new WeakMap<Node, Map<string, Node>>();
  const property = (object: Node, key: string): Node | undefined => {
    let index = indexes.get(object);
    if (index === undefined) {
      // The last of a repeated key wins, as in JSON.parse (and repeats are refused anyway).
      index = new Map((object.children ?? []).map((entry) => [String(entry.children?.[0]?.value), entry]));
      indexes.set(object, index);
    }
    return index.get(key);
  };
  return (path) => {
    let node = root;
    // Point at a property's key rather than its value: that is what a reader looks for.
    let offset = root.offset;
    for (const key of path) {
      if (node.type === "object" && typeof key === "string") {
        const entry = property(node, key);
        const value = entry?.children?.[1];
        if (entry === undefined || value === undefined) break;
        offset = entry.offset;
        node = value;
      } else if (node.type === "array" && typeof key === "number") {
        const item = node.children?.[key];
        if (item === undefined) break;
        offset = item.offset;
        node = item;
      } else {
        break;
      }
    }
    return positionAt(lineStarts, offset);
  };
}

/**
 * Parses strict JSON (no comments, no trailing commas, no duplicate keys),
 * keeping positions so that problems can be reported at their line and column;
 * the problems are worded in `lang`.
 */
export function parseJsonSource(text: string, lang: Language = "en"): JsonSource | { readonly errors: readonly JsonProblem[] } {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineStarts.push(index + 1);
  const parseErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // Deep nesting exhausts the parser's recursion: say so rather than crash.
    if (error instanceof RangeError) return { errors: [atStart("invalid-json", policyMessage(lang, "json.tooDeep"))] };
    throw error;
  }
  const syntax = (offset: number, message: string): JsonProblem => ({ ...positionAt(lineStarts, offset), code: "invalid-json", message });
  const errors = parseErrors.slice(0, MAX_SYNTAX_ERRORS).map((error) => syntax(error.offset, syntaxMessage(printParseErrorCode(error.error), lang)));
  if (parseErrors.length > MAX_SYNTAX_ERRORS) errors.push(syntax(parseErrors[MAX_SYNTAX_ERRORS]?.offset ?? 0, policyMessage(lang, "json.syntax.more", { count: parseErrors.length - MAX_SYNTAX_ERRORS })));
  if (errors.length > 0) return { errors };
  if (root === undefined) return { errors: [atStart("invalid-json", policyMessage(lang, "json.empty"))] };
  const duplicates = duplicateKeys(root).map(({ offset, key }) => syntax(offset, policyMessage(lang, "json.duplicateKey", { key: describeValueIn(key, lang) })));
  if (duplicates.length > 0) return { errors: duplicates };
  return { value: JSON.parse(text) as unknown, locate: locator(root, lineStarts) };
}

/** Reads and parses a JSON file named on the command line, relative to `cwd`; its problems are worded in `lang`. */
export function readJsonSource(file: string, cwd: string, lang: Language = "en"): JsonSource | { readonly errors: readonly JsonProblem[] } {
  const text = readText(resolve(cwd, file), lang);
  return typeof text === "string" ? parseJsonSource(text, lang) : { errors: [text] };
}
