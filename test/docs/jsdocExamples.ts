// The @example blocks of the package's public API, found as a reader of the
// API reference finds them: the exports of each entry point, through every
// `export *` and alias, to the declaration and its JSDoc.
import ts from "typescript";
import { readShown, startsWithValue, type Shown } from "./shown.js";

/** One ```ts block of one export's @example. */
interface ExampleBlock {
  /** The export, e.g. `schedule`, and its entry point. */
  readonly name: string;
  readonly entry: string;
  readonly file: string;
  readonly code: string;
}

/** A public export: its name, whether it is a function, and its examples. */
export interface PublicExport {
  readonly name: string;
  readonly entry: string;
  readonly isFunction: boolean;
  readonly file: string;
  readonly blocks: readonly ExampleBlock[];
}

/** Every export of the entry points, with its @example blocks. */
export function publicExports(entries: readonly string[]): PublicExport[] {
  const program = ts.createProgram([...entries], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read the exports of ${entry}`);
    return checker.getExportsOfModule(module).map((exported): PublicExport => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const file = declaration?.getSourceFile().fileName ?? entry;
      const blocks = symbol
        .getJsDocTags(checker)
        .filter((tag) => tag.name === "example")
        .flatMap((tag) => codeBlocks(ts.displayPartsToString(tag.text)))
        .map((code) => ({ name: exported.name, entry, file, code }));
      return { name: exported.name, entry, isFunction: (symbol.flags & ts.SymbolFlags.Function) !== 0, file, blocks };
    });
  });
}

function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```(?:ts|typescript)\s*\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

/** A statement whose result the example shows. */
interface ShownResult {
  /** Line of the block (1-based) where the statement starts. */
  readonly line: number;
  readonly statement: string;
  /** A value shown in the comment, or the lines of text it shows (for printed or returned text). */
  readonly shown:
    | { readonly kind: "value"; readonly value: Shown }
    | { readonly kind: "text"; readonly lines: readonly string[]; readonly printed: boolean }
    | { readonly kind: "throws"; readonly error: string; readonly message: string | null };
}

/** A block made ready to run: its JavaScript, which reports each shown statement's value through `__shown(index, () => value)`. */
export interface PreparedBlock {
  readonly javascript: string;
  readonly results: readonly ShownResult[];
}

/**
 * Finds the statements with a shown result (a comment after them on the
 * same line, or on the lines straight after) and rewrites each to report its
 * value. A comment that starts with a value shows that value; `throws
 * SomeError: message` shows an error (its name, and the start of its
 * message where the message ends in "..."); one after
 * `console.log(...)` shows the lines printed; one that starts with words
 * shows the lines of the text an expression gives, and is prose where the
 * expression gives no text (the runner tells); one that starts with "e.g."
 * is an illustration and shows nothing.
 */
export function prepare(code: string): PreparedBlock {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const results: ShownResult[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      // The example's imports name what the runner provides.
      edits.push({ start: statement.getStart(), end: statement.end, text: "" });
      continue;
    }
    const comment = commentAfter(code, statement.end);
    if (comment === null || /^\s*e\.g\./.test(comment)) continue;
    const target = shownTarget(statement);
    if (target === null) continue;
    const thrown = /^throws (\w+)(?:: (.*))?/.exec(comment);
    const shown: ShownResult["shown"] =
      thrown !== null ? { kind: "throws", error: thrown[1] as string, message: thrown[2] ?? null }
      : !target.printed && startsWithValue(comment) ? { kind: "value", value: readShown(comment).shown }
      : { kind: "text", lines: comment.split("\n"), printed: target.printed }; // prettier-ignore
    const index = results.length;
    results.push({ line: source.getLineAndCharacterOfPosition(statement.getStart()).line + 1, statement: statement.getText().trim(), shown });
    const report = `__shown(${index}, () => (${target.expression}));`;
    edits.push(target.keep ? { start: statement.end, end: statement.end, text: ` ${report}` } : { start: statement.getStart(), end: statement.end, text: report });
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  const javascript = ts.transpileModule(rewritten, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { javascript, results };
}

/**
 * What a statement's shown result is the value of: an expression's value
 * (the text printed, for `console.log(x)`), or the variable a one-variable
 * declaration makes (kept, and reported after it).
 */
function shownTarget(statement: ts.Statement): { expression: string; printed: boolean; keep: boolean } | null {
  if (ts.isExpressionStatement(statement)) {
    const expression = statement.expression;
    if (ts.isCallExpression(expression) && expression.expression.getText() === "console.log" && expression.arguments.length === 1) {
      return { expression: (expression.arguments[0] as ts.Expression).getText(), printed: true, keep: false };
    }
    return { expression: expression.getText(), printed: false, keep: false };
  }
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const name = (statement.declarationList.declarations[0] as ts.VariableDeclaration).name;
    if (ts.isIdentifier(name)) return { expression: name.text, printed: false, keep: true };
  }
  return null;
}

/**
 * The comment shown after a statement: on its line, then the comment lines
 * straight after (each with its `// ` taken off), up to a line of code or a
 * blank line; null where there is none.
 */
function commentAfter(code: string, end: number): string | null {
  const lines: string[] = [];
  const sameLine = /^[ \t;]*\/\/ ?(.*)/.exec(code.slice(end).split("\n", 1)[0] ?? "");
  if (sameLine !== null) lines.push(sameLine[1] as string);
  const following = code.slice(end).split("\n").slice(1);
  for (const line of following) {
    const comment = /^\s*\/\/ ?(.*)$/.exec(line);
    if (comment === null) break;
    lines.push(comment[1] as string);
  }
  return lines.length === 0 ? null : lines.join("\n");
}
