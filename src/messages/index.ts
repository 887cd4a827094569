// The words the engine writes, one catalogue per language (en.json, cy.json:
// data a translator edits without touching code); the text renderers',
// flowchart's, calendars', board report's and command line's are in
// renderers/ (renderers.ts), so that the engine does not carry them.
// A message is a whole sentence or phrase with named placeholders, `{name}`;
// one that counts something gives a form per plural category of its language
// (Intl.PluralRules: English one/other, Welsh zero/one/two/few/many/other).
import cy from "./cy.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import type { Language } from "./language.js";

/** @internal The key of a message, as the English catalogue names it (every catalogue has the same keys: a test checks). */
export type MessageKey = keyof typeof en;

type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
/** @internal A catalogue of one language: its messages by key. */
export type Catalogue<Key extends string = MessageKey> = Readonly<Record<Key, string | PluralForms>>;


// Intl.PluralRules#select costs more than the rest of a message, and the
// counts an explanation writes are a few small whole numbers: each language's
// category for each count is looked up once.
const COUNTS_REMEMBERED = 1024;
const plurals = new Map<Language, { rules: Intl.PluralRules; categories: (Intl.LDMLPluralRule | undefined)[] }>();
function pluralOf(lang: Language, count: number): Intl.LDMLPluralRule {
  let plural = plurals.get(lang);
  if (plural === undefined) {
    plural = { rules: new Intl.PluralRules(lang), categories: Array.from({ length: COUNTS_REMEMBERED }, () => undefined) };
    plurals.set(lang, plural);
  }
  if (!Number.isInteger(count) || count < 0 || count >= COUNTS_REMEMBERED) return plural.rules.select(count);
  return (plural.categories[count] ??= plural.rules.select(count));
}

/** A pattern split once: its text around the placeholders, and the placeholders' names in order (texts has one more). */
interface Pattern {
  readonly texts: readonly string[];
  readonly names: readonly string[];
}
/** A message split once: one pattern, or one per plural category (every message of one shape, so that reading it stays fast). */
interface Compiled {
  readonly pattern: Pattern | null;
  readonly forms: Readonly<Partial<Record<Intl.LDMLPluralRule, Pattern>>> | null;
}

function patternOf(text: string): Pattern {
  const parts = text.split(/\{([A-Za-z]+)\}/);
  return { texts: parts.filter((_, i) => i % 2 === 0), names: parts.filter((_, i) => i % 2 === 1) };
}

/** Where a catalogue's messages are kept once split: a map per language. */
type CompiledCache = Readonly<Record<Language, Map<string, Compiled>>>;

/** A message of a catalogue, split once and kept in `cache`. */
function compiledOf<Key extends string>(catalogues: Readonly<Record<Language, Catalogue<Key>>>, cache: CompiledCache, lang: Language, key: Key): Compiled {
  let found = cache[lang].get(key);
  if (found === undefined) {
    const entry = catalogues[lang][key];
    found =
      typeof entry === "string"
        ? { pattern: patternOf(entry), forms: null }
        : { pattern: null, forms: Object.fromEntries(Object.entries(entry).map(([category, text]) => [category, patternOf(text)])) };
    cache[lang].set(key, found);
  }
  return found;
}

/** @internal The values of a message's placeholders; `count` chooses the plural form of a message that has them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** @internal A catalogue's messages: one of a language with its placeholders filled. */
export type MessageReader<Key extends string> = (lang: Language, key: Key, params?: MessageParams) => string;

/**
 * @internal The reader of a catalogue given in each language, typed against
 * the English keys (so a key missing from the Welsh fails the typecheck).
 * Each message is split on first use and kept, since an explanation writes
 * the same few again and again; the values are put in as they are, never
 * read as patterns themselves (a policy's quote may hold braces).
 */
export function catalogueReader<Key extends string>(en: Catalogue<Key>, cy: Catalogue<Key>): MessageReader<Key> {
  const catalogues: Readonly<Record<Language, Catalogue<Key>>> = { en, cy };
  const cache: CompiledCache = { en: new Map(), cy: new Map() };
  return (lang, key, params) => filled(compiledOf(catalogues, cache, lang, key), lang, key, params);
}

/** @internal A message of the engine's catalogue in a language, its placeholders filled. */
export const message: MessageReader<MessageKey> = /* @__PURE__ */ catalogueReader<MessageKey>(en, cy);

/** A split message with its placeholders filled (its plural form chosen by `count`). */
function filled({ pattern, forms }: Compiled, lang: Language, key: string, params: MessageParams = NO_PARAMS): string {
  const { texts, names } = pattern ?? ((forms?.[pluralOf(lang, params.count as number)] ?? forms?.other) as Pattern);
  let text = texts[0] as string;
  for (let i = 0; i < names.length; i++) {
    const value = params[names[i] as string];
    // The catalogues' placeholders are checked against the code's by the tests; this is a bug, never bad input.
    if (value === undefined) throw new Error(`The message "${key}" (${lang}) has a placeholder {${names[i] as string}} that was given no value.`);
    text += value;
    text += texts[i + 1] as string;
  }
  return text;
}

const NO_PARAMS: MessageParams = /* @__PURE__ */ Object.freeze({});

/** @internal "A and B and C", each join worded by the language's `list.and`. */
export function listAnd(lang: Language, items: readonly string[]): string {
  return items.reduce((list, item) => message(lang, "list.and", { list, item }));
}
