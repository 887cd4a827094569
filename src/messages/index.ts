// The words the engine and the text renderers write, one catalogue per
// language (en.json, cy.json: data a translator edits without touching code).
// A message is a whole sentence or phrase with named placeholders, `{name}`;
// one that counts something gives a form per plural category of its language
// (Intl.PluralRules: English one/other, Welsh zero/one/two/few/many/other).
import cy from "./cy.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import type { Language } from "./language.js";

/** @internal The key of a message, as the English catalogue names it (every catalogue has the same keys: a test checks). */
export type MessageKey = keyof typeof en;

type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
type Catalogue = Readonly<Record<MessageKey, string | PluralForms>>;

// Typed against the English keys, so a key missing from the Welsh catalogue fails the typecheck too.
const welsh: Catalogue = cy;
const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy: welsh };

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralOf(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

// A pattern split once into its text and its placeholders (odd positions),
// since an explanation writes the same few patterns again and again.
const parsed = new Map<string, readonly string[]>();
function partsOf(pattern: string): readonly string[] {
  let parts = parsed.get(pattern);
  if (parts === undefined) {
    parts = pattern.split(/\{([A-Za-z]+)\}/);
    parsed.set(pattern, parts);
  }
  return parts;
}

/** @internal The values of a message's placeholders; `count` chooses the plural form of a message that has them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * @internal A message of a language with its placeholders filled. The
 * values are put in as they are, never read as patterns themselves (a
 * policy's quote may hold braces).
 */
export function message(lang: Language, key: MessageKey, params: MessageParams = NO_PARAMS): string {
  const entry = CATALOGUES[lang][key];
  const pattern = typeof entry === "string" ? entry : (entry[pluralOf(lang, params.count as number)] ?? (entry.other as string));
  const parts = partsOf(pattern);
  if (parts.length === 1) return pattern;
  let text = "";
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      text += parts[i] as string;
      continue;
    }
    const value = params[parts[i] as string];
    // The catalogues' placeholders are checked against the code's by the tests; this is a bug, never bad input.
    if (value === undefined) throw new Error(`The message "${key}" (${lang}) has a placeholder {${parts[i] as string}} that was given no value.`);
    text += value;
  }
  return text;
}

const NO_PARAMS: MessageParams = Object.freeze({});

/** @internal "A and B and C", each join worded by the language's `list.and`. */
export function listAnd(lang: Language, items: readonly string[]): string {
  return items.reduce((list, item) => message(lang, "list.and", { list, item }));
}
