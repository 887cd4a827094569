/**
 * @internal A short, readable description of an untrusted value, for an
 * error message: `"2026-02-30"`, `20261224`, `-0`, `1n`, `Symbol(x)`,
 * `Date(2026-12-24T00:00:00.000Z)`, `{ date: "2026-12-24", name: [getter] }`,
 * `[1, 2, 3, ... 997 more]`.
 *
 * It never throws and runs none of the caller's code: no getter, `toString`,
 * `toJSON` or `Symbol.toPrimitive` is called, only property descriptors are
 * read, so a Proxy whose traps throw or a revoked Proxy falls back to a
 * coarser description. It looks two levels deep and a few entries wide, so
 * a circular, 5,000-deep or million-entry value costs as little as a small
 * one, and the whole is cut at 200 characters. Text is JSON-escaped and cut
 * short, so no line break or control character reaches the message.
 *
 * Its few words ("an object", "... 3 more", "[getter]") are English: see
 * {@link describeValueWith} for another language's.
 */
export function describeValue(value: unknown): string {
  return describeValueWith(value, ENGLISH);
}

/**
 * @internal {@link describeValue} with another language's words around the
 * data. `describeValueIn` (src/messages/values.ts) passes a language's from
 * its catalogue, so that this module, which the calendar imports, carries
 * none.
 */
export function describeValueWith(value: unknown, words: ValueWords): string {
  try {
    const description = describe(value, 0, words);
    return description.length > MAX_LENGTH ? `${description.slice(0, MAX_LENGTH - 3)}...` : description;
  } catch {
    // A Proxy's trap threw (or the Proxy is revoked) where it was least expected.
    return words.coarse(value === null ? "null" : typeof value);
  }
}

/**
 * @internal The words {@link describeValue} writes around the data it shows.
 * Each is a whole phrase of its language: `coarse` names a value that could
 * not be read by its `typeof` ("an object", "a function"), `more` and
 * `digits` are counted.
 */
export interface ValueWords {
  readonly coarse: (type: string) => string;
  readonly more: (count: number) => string;
  readonly digits: (count: number) => string;
  readonly empty: string;
  readonly getter: string;
  readonly anonymous: string;
}

const ENGLISH: ValueWords = {
  coarse: (type) => (type === "null" ? "null" : type === "object" ? "an object" : type === "function" ? "a function" : `a ${type}`),
  more: (count) => `... ${count} more`,
  digits: (count) => `(${count} digits)`,
  empty: "<empty>",
  getter: "[getter]",
  anonymous: "(anonymous)",
};

// Taken once, so that a caller who later replaces Date.prototype.getTime cannot reach in.
const getTime = Date.prototype.getTime;
const MAX_LENGTH = 200;
const MAX_TEXT = 60;
const MAX_ENTRIES = 4;
const MAX_DEPTH = 2;

function text(value: string): string {
  return JSON.stringify(value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 3)}...` : value);
}

function describe(value: unknown, depth: number, words: ValueWords): string {
  switch (typeof value) {
    case "string":
      return text(value);
    case "number":
      return Object.is(value, -0) ? "-0" : `${value}`;
    case "bigint": {
      const digits = `${value}`;
      return digits.length > MAX_TEXT ? `${digits.slice(0, 20)}...n ${words.digits(digits.length)}` : `${digits}n`;
    }
    case "boolean":
    case "undefined":
      return `${value}`;
    case "symbol":
      // Symbol.prototype.toString can be replaced; the description is read from the symbol itself.
      return value.description === undefined ? "Symbol()" : `Symbol(${text(value.description)})`;
    case "function":
      return `function ${safeName(ownData(value as object, "name")) ?? words.anonymous}`;
    default:
      return value === null ? "null" : describeObject(value as object, depth, words);
  }
}

function describeObject(value: object, depth: number, words: ValueWords): string {
  const time = dateValue(value);
  if (time !== undefined) return Number.isNaN(time) ? "Date(invalid)" : `Date(${new Date(time).toISOString()})`;
  if (Array.isArray(value)) {
    const length = ownData(value, "length");
    const size = typeof length === "number" ? length : 0;
    if (size === 0) return "[]";
    if (depth >= MAX_DEPTH) return "[...]";
    const shown: string[] = [];
    for (let i = 0; i < Math.min(size, MAX_ENTRIES); i++) shown.push(entry(value, String(i), depth, words) ?? words.empty);
    if (size > MAX_ENTRIES) shown.push(words.more(size - MAX_ENTRIES));
    return `[${shown.join(", ")}]`;
  }
  const kind = kindOf(value);
  const prefix = kind === undefined ? "" : `${kind} `;
  if (depth >= MAX_DEPTH) return `${prefix}{...}`;
  // Reflect.ownKeys lists keys without reading values; string keys only, symbols are internals.
  const keys = Reflect.ownKeys(value).filter((key): key is string => typeof key === "string");
  if (keys.length === 0) return `${prefix}{}`;
  const shown = keys.slice(0, MAX_ENTRIES).map((key) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : text(key)}: ${entry(value, key, depth, words) ?? "undefined"}`);
  if (keys.length > MAX_ENTRIES) shown.push(words.more(keys.length - MAX_ENTRIES));
  return `${prefix}{ ${shown.join(", ")} }`;
}

/** An own property, described without calling a getter; undefined if absent. */
function entry(value: object, key: string, depth: number, words: ValueWords): string | undefined {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) return undefined;
  return "value" in descriptor ? describe(descriptor.value, depth + 1, words) : words.getter;
}

function ownData(value: object, key: string): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  return descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
}

/** A real Date's time value, or undefined for anything else (a clone of Date.prototype, a Proxy of a Date). */
function dateValue(value: object): number | undefined {
  try {
    // getTime checks for the internal date slot, which no clone or Proxy has.
    return getTime.call(value);
  } catch {
    return undefined;
  }
}

/** The constructor's name for an object that is neither plain nor null-prototype, e.g. "Map" or "Date". */
function kindOf(value: object): string | undefined {
  const prototype: unknown = Reflect.getPrototypeOf(value);
  if (prototype === null || prototype === Object.prototype || typeof prototype !== "object") return undefined;
  const constructor = ownData(prototype, "constructor");
  return typeof constructor === "function" ? (safeName(ownData(constructor, "name")) ?? "object") : "object";
}

/** A name fit to print, or undefined: a name can be set to any text. */
function safeName(name: unknown): string | undefined {
  return typeof name === "string" && /^[\w$]{1,40}$/.test(name) ? name : undefined;
}
