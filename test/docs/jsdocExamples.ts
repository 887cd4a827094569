// The @example blocks of the package's public API, found as a reader of the
// API reference finds them: the exports of each entry point, through every
// `export *` and alias, to the declaration and its JSDoc. Each module is only
// parsed, not type-checked: a whole program with zod's declarations takes
// seconds to build, and the exports need only the syntax.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

/** A declaration a module exports, with the file it is in. */
interface Declared {
  readonly node: ts.Node;
  readonly file: string;
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (source === undefined) {
    source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    parsed.set(file, source);
  }
  return source;
}

/** "./engine/index.js" from src/index.ts: the TypeScript file it names. */
const moduleFile = (from: string, specifier: string): string => join(dirname(from), specifier.replace(/\.js$/, ".ts"));

const isExported = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** A module's own top-level declarations, exported or not, by name. */
function declarationsOf(file: string): Map<string, Declared> {
  const found = new Map<string, Declared>();
  for (const statement of parse(file).statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) found.set(declaration.name.text, { node: declaration, file });
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name !== undefined) {
      // An overloaded function: its first declaration carries the JSDoc.
      if (!found.has(statement.name.text)) found.set(statement.name.text, { node: statement, file });
    }
  }
  return found;
}

const exportTables = new Map<string, Map<string, Declared>>();
/** What a module exports, by exported name, followed through re-exports to the declaration. */
function exportsOf(file: string): Map<string, Declared> {
  const cached = exportTables.get(file);
  if (cached !== undefined) return cached;
  const table = new Map<string, Declared>();
  exportTables.set(file, table);
  const own = declarationsOf(file);
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier) ? exportsOf(moduleFile(file, statement.moduleSpecifier.text)) : own;
      if (statement.exportClause === undefined) {
        for (const [name, declared] of from) table.set(name, declared);
      } else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          const declared = from.get((element.propertyName ?? element.name).text);
          if (declared === undefined) throw new Error(`${file}: cannot follow the export of ${element.name.text}`);
          table.set(element.name.text, declared);
        }
      }
    } else if (isExported(statement)) {
      for (const [name, declared] of declarationsOf(file)) if (declared.node === statement || declared.node.parent?.parent === statement) table.set(name, declared);
    }
  }
  return table;
}

/** Every export of the entry points, with its @example blocks. */
export function publicExports(entries: readonly string[]): PublicExport[] {
  return entries.flatMap((entry) =>
    [...exportsOf(entry)].map(([name, { node, file }]): PublicExport => {
      const blocks = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === "example")
        .flatMap((tag) => codeBlocks(ts.getTextOfJSDocComment(tag.comment) ?? ""))
        .map((code) => ({ name, entry, file, code }));
      return { name, entry, isFunction: ts.isFunctionDeclaration(node), file, blocks };
    }),
  );
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
