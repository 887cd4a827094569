import { closeSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { describeValue } from "../describeValue.js";

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

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon",
  CommaExpected: "expected a comma",
  CloseBraceExpected: "expected }",
  CloseBracketExpected: "expected ]",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment is not closed (and comments are not allowed in JSON)",
  UnexpectedEndOfString: "a text is not closed: expected a double quote",
  UnexpectedEndOfNumber: "a number ends too soon",
  InvalidUnicode: "a \\u escape needs four hexadecimal digits",
  InvalidEscapeCharacter: "a backslash in text must start an escape such as \\n, \\\" or \\\\",
  InvalidCharacter: "a control character (a tab, a line break) inside text must be escaped, as \\t or \\n",
};

// After this many, a syntax error is usually the echo of an earlier one.
const MAX_SYNTAX_ERRORS = 10;

/** Why a file cannot be read, in words, by the error code. */
export const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

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
function readText(path: string): string | JsonProblem {
  let bytes: Buffer;
  try {
    bytes = readCapped(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return atStart("unreadable", `cannot read the file: ${READ_ERRORS[code] ?? (error as Error).message}`);
  }
  if (bytes.length > MAX_FILE_BYTES) return atStart("file-too-large", `the file is larger than ${MAX_FILE_BYTES} bytes, the most a policy or case file may have`);
  return decodeJson(bytes, "file");
}

/**
 * JSON bytes as text: UTF-8 without a byte-order mark, or why not. `what`
 * names the piece of input in the messages ("file", "line", "item").
 */
export function decodeJson(bytes: Uint8Array, what: string): string | JsonProblem {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return atStart("byte-order-mark", `the ${what} starts with a UTF-8 byte-order mark, which JSON does not allow; save it as UTF-8 without a BOM`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return atStart("not-utf8", `the ${what} is saved as UTF-16; save it as UTF-8 (without a BOM)`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return atStart("not-utf8", `the ${what} is not UTF-8 text; save it as UTF-8 (without a BOM)`);
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
 * keeping positions so that problems can be reported at their line and column.
 */
export function parseJsonSource(text: string): JsonSource | { readonly errors: readonly JsonProblem[] } {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineStarts.push(index + 1);
  const parseErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // Deep nesting exhausts the parser's recursion: say so rather than crash.
    if (error instanceof RangeError) return { errors: [atStart("invalid-json", "the JSON is nested too deeply to read")] };
    throw error;
  }
  const syntax = (offset: number, message: string): JsonProblem => ({ ...positionAt(lineStarts, offset), code: "invalid-json", message: `invalid JSON: ${message}` });
  const errors = parseErrors.slice(0, MAX_SYNTAX_ERRORS).map((error) => syntax(error.offset, SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)));
  if (parseErrors.length > MAX_SYNTAX_ERRORS) errors.push(syntax(parseErrors[MAX_SYNTAX_ERRORS]?.offset ?? 0, `${parseErrors.length - MAX_SYNTAX_ERRORS} more syntax errors after these are not listed`));
  if (errors.length > 0) return { errors };
  if (root === undefined) return { errors: [atStart("invalid-json", "invalid JSON: the file is empty")] };
  const duplicates = duplicateKeys(root).map(({ offset, key }) => syntax(offset, `the key ${describeValue(key)} is given twice in one object`));
  if (duplicates.length > 0) return { errors: duplicates };
  return { value: JSON.parse(text) as unknown, locate: locator(root, lineStarts) };
}

/** Reads and parses a JSON file named on the command line, relative to `cwd`. */
export function readJsonSource(file: string, cwd: string): JsonSource | { readonly errors: readonly JsonProblem[] } {
  const text = readText(resolve(cwd, file));
  return typeof text === "string" ? parseJsonSource(text) : { errors: [text] };
}
