import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

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

export interface JsonSyntaxError extends Position {
  readonly message: string;
}

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
};

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

/** Object keys given twice: JSON.parse would silently keep the last. */
function duplicateKeys(node: Node | undefined, found: { offset: number; key: string }[]): void {
  if (node === undefined) return;
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const keyNode = property.children?.[0];
      const key = String(keyNode?.value);
      if (seen.has(key)) found.push({ offset: keyNode?.offset ?? property.offset, key });
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) duplicateKeys(child, found);
}

/**
 * Parses strict JSON (no comments, no trailing commas, no duplicate keys),
 * keeping positions so that problems can be reported at their line and column.
 */
export function parseJsonSource(text: string): JsonSource | { readonly errors: readonly JsonSyntaxError[] } {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
  const parseErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // Deep nesting exhausts the parser's recursion: say so rather than crash.
    if (error instanceof RangeError) return { errors: [{ line: 1, column: 1, message: "the JSON is nested too deeply to read" }] };
    throw error;
  }
  const errors: JsonSyntaxError[] = parseErrors.map((error) => ({
    ...positionAt(lineStarts, error.offset),
    message: `invalid JSON: ${SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}`,
  }));
  const duplicates: { offset: number; key: string }[] = [];
  if (errors.length === 0) duplicateKeys(root, duplicates);
  errors.push(...duplicates.map(({ offset, key }) => ({ ...positionAt(lineStarts, offset), message: `invalid JSON: the key ${JSON.stringify(key)} is given twice in one object` })));
  if (errors.length > 0 || root === undefined) return { errors: errors.length > 0 ? errors : [{ line: 1, column: 1, message: "invalid JSON: the file is empty" }] };
  const tree = root;
  return {
    value: JSON.parse(text) as unknown,
    locate(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]);
        if (node !== undefined) {
          // Point at a property's key rather than its value: that is what a reader looks for.
          const keyNode = length > 0 && typeof path[length - 1] === "string" ? node.parent?.children?.[0] : undefined;
          return positionAt(lineStarts, (keyNode ?? node).offset);
        }
      }
      return { line: 1, column: 1 };
    },
  };
}
