// What an @example shows as a result, read back as data: the literal at the
// start of a `// result` comment (JavaScript's own notation, with `...` for
// "and more"), and whether a value the code gives matches it.

/** A shown value: plain data, or a list or object written with `...` for items left out. */
export type Shown =
  | { readonly kind: "value"; readonly value: string | number | boolean | null | undefined }
  | { readonly kind: "array"; readonly items: readonly Shown[]; readonly elided: boolean }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Shown])[]; readonly elided: boolean };

const ELLIPSIS = Symbol("...");

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    // A shown value may run over several comment lines; their `//` markers were removed, their line breaks kept.
    while (/\s/.test(this.text[this.position] ?? "")) this.position++;
  }

  fail(what: string): never {
    throw new SyntaxError(`${what} at ${this.position} of ${JSON.stringify(this.text.slice(0, 80))}`);
  }

  value(): Shown | typeof ELLIPSIS {
    this.skipSpace();
    const rest = this.text.slice(this.position);
    if (rest.startsWith("...")) {
      this.position += 3;
      return ELLIPSIS;
    }
    const first = rest[0];
    if (first === "[") return this.array();
    if (first === "{") return this.object();
    if (first === '"' || first === "'") return { kind: "value", value: this.string() };
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w$])/.exec(rest);
    if (number !== null) {
      this.position += number[0].length;
      return { kind: "value", value: Number(number[0]) };
    }
    const word = /^(true|false|null|undefined)(?![\w$])/.exec(rest);
    if (word !== null) {
      this.position += word[0].length;
      return { kind: "value", value: word[1] === "true" ? true : word[1] === "false" ? false : word[1] === "null" ? null : undefined };
    }
    return this.fail("no value");
  }

  string(): string {
    const quote = this.text[this.position];
    let end = this.position + 1;
    while (end < this.text.length && this.text[end] !== quote) end += this.text[end] === "\\" ? 2 : 1;
    if (end >= this.text.length) this.fail("unterminated string");
    const body = this.text.slice(this.position + 1, end);
    this.position = end + 1;
    // JSON's escapes; a single-quoted string may hold a bare double quote.
    return JSON.parse(`"${quote === "'" ? body.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"') : body}"`) as string;
  }

  array(): Shown {
    this.position++;
    const items: Shown[] = [];
    let elided = false;
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] === "]") break;
      const item = this.value();
      if (item === ELLIPSIS) elided = true;
      else items.push(item);
      if (!this.separator("]")) break;
    }
    this.position++;
    return { kind: "array", items, elided };
  }

  object(): Shown {
    this.position++;
    const entries: [string, Shown][] = [];
    let elided = false;
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] === "}") break;
      if (this.text.startsWith("...", this.position)) {
        this.position += 3;
        elided = true;
      } else {
        const key = this.key();
        this.skipSpace();
        if (this.text[this.position] !== ":") this.fail("expected ':'");
        this.position++;
        const item = this.value();
        if (item === ELLIPSIS) this.fail("'...' in place of a value");
        entries.push([key, item]);
      }
      if (!this.separator("}")) break;
    }
    this.position++;
    return { kind: "object", entries, elided };
  }

  key(): string {
    const first = this.text[this.position];
    if (first === '"' || first === "'") return this.string();
    const name = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.position));
    if (name === null) return this.fail("expected a key");
    this.position += name[0].length;
    return name[0];
  }

  /** After an item: a comma (true), or the closing bracket (false), left for the caller. */
  separator(close: string): boolean {
    this.skipSpace();
    const next = this.text[this.position];
    if (next === ",") {
      this.position++;
      return true;
    }
    if (next !== close) this.fail(`expected ',' or '${close}'`);
    return false;
  }
}

/** Whether a comment starts with a value, rather than with words. */
export function startsWithValue(comment: string): boolean {
  return /^\s*(["'[{]|-?\d|(true|false|null|undefined)(?![\w$]))/.test(comment);
}

/**
 * The value a comment starts with, and the words after it (a comment may go
 * on to say why: `"overdue": Stage 1 was due on ...`).
 * @throws SyntaxError when it does not start with a well-formed value
 */
export function readShown(comment: string): { shown: Shown; rest: string } {
  const reader = new Reader(comment);
  const shown = reader.value();
  if (shown === ELLIPSIS) return reader.fail("'...' alone");
  return { shown, rest: comment.slice(reader.position).trim() };
}

/**
 * Where `actual` differs from what is shown, as a sentence with the path, or
 * null where it matches. A list or object with `...` shows only some of its
 * items: those shown must be there (a list's, in order); without `...`, all
 * of them and no more. A text ending in `...` shows how the text begins.
 */
export function mismatch(shown: Shown, actual: unknown, path = "the result"): string | null {
  if (shown.kind === "value") {
    if (typeof shown.value === "string" && typeof actual === "string" && elidedText(shown.value, actual)) return null;
    return Object.is(shown.value, actual) || (shown.value === 0 && actual === 0) ? null : `${path} is ${describe(actual)}, shown as ${describe(shown.value)}`;
  }
  if (shown.kind === "array") {
    if (!Array.isArray(actual)) return `${path} is ${describe(actual)}, shown as a list`;
    if (!shown.elided) {
      if (actual.length !== shown.items.length) return `${path} has ${actual.length} items, shown with ${shown.items.length}: ${describe(actual)}`;
      for (const [index, item] of shown.items.entries()) {
        const found = mismatch(item, actual[index], `${path}[${index}]`);
        if (found !== null) return found;
      }
      return null;
    }
    // The shown items, in order, among the actual ones.
    let from = 0;
    for (const item of shown.items) {
      while (from < actual.length && mismatch(item, actual[from]) !== null) from++;
      if (from === actual.length) return `${path} has no item matching ${render(item)} (in the order shown): ${describe(actual)}`;
      from++;
    }
    return null;
  }
  if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return `${path} is ${describe(actual)}, shown as an object`;
  const record = actual as Record<string, unknown>;
  for (const [key, item] of shown.entries) {
    if (!Object.hasOwn(record, key) && item.kind !== "value") return `${path} has no field ${key}`;
    const found = mismatch(item, record[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  if (!shown.elided) {
    const extra = Object.keys(record).filter((key) => record[key] !== undefined && !shown.entries.some(([name]) => name === key));
    if (extra.length > 0) return `${path} also has ${extra.join(", ")}, not shown (write ... where fields are left out)`;
  }
  return null;
}

/** Whether a text ending in "..." shows the start of `actual` ("..." alone shows any text). */
export function elidedText(shown: string, actual: string): boolean {
  const cut = /\s*\.\.\.$/.exec(shown);
  return cut !== null && actual.startsWith(shown.slice(0, cut.index));
}

/**
 * Whether printed text shows the lines a comment shows, one after another
 * (a line ending in `...` is the start of the line printed), or null.
 */
export function textMismatch(shownLines: readonly string[], actual: string): string | null {
  const lines = actual.split(/\r?\n/);
  const matches = (shown: string, line: string): boolean => elidedText(shown, line) || line.trimEnd() === shown.trimEnd();
  const [first, ...others] = shownLines;
  if (first === undefined) return null;
  for (let start = 0; start < lines.length; start++) {
    if (!matches(first, lines[start] as string)) continue;
    const wrong = others.findIndex((shown, offset) => !matches(shown, lines[start + offset + 1] ?? ""));
    if (wrong < 0) return null;
    return `the text has ${JSON.stringify(lines[start + wrong + 1] ?? "(nothing)")} where ${JSON.stringify(others[wrong])} is shown`;
  }
  return `no line of the text is ${JSON.stringify(first)}; it begins ${JSON.stringify(lines.slice(0, 4).join("\n"))}`;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    const text = JSON.stringify(value);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

function render(shown: Shown): string {
  if (shown.kind === "value") return describe(shown.value);
  if (shown.kind === "array") return `[${[...shown.items.map(render), ...(shown.elided ? ["..."] : [])].join(", ")}]`;
  return `{ ${[...shown.entries.map(([key, item]) => `${key}: ${render(item)}`), ...(shown.elided ? ["..."] : [])].join(", ")} }`;
}
