// The site's own words (its pages' frame, the policy pages, the calculator),
// one catalogue per language: en.json and cy.json, data a translator edits
// without touching code. The library's words (a result's sentences, limits,
// dates) are the library's, from src/messages; the policies' own words stay
// as the policy gives them. A message is a whole phrase with named
// placeholders, `{name}`; one that counts gives a form per plural category of
// its language, as Intl.PluralRules names them (Welsh has six).
import type { Language } from "../../src/messages/language.js";
import cy from "./cy.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

/** A message's key, as the English catalogue names it (the Welsh has the same keys: the typecheck and a test both check). */
export type SiteKey = keyof typeof en;
type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
type Catalogue = Readonly<Record<SiteKey, Entry>>;

const welsh: Catalogue = cy;
const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy: welsh };

/** The values of a message's placeholders; `count` chooses the plural form. */
export type SiteParams = Readonly<Record<string, string | number>>;

const plurals = new Map<Language, Intl.PluralRules>();
function patternOf(lang: Language, key: SiteKey, params: SiteParams): string {
  const entry = CATALOGUES[lang][key] as Entry | undefined;
  // A key the catalogue lacks can only come from a template's data-msg (the code's keys are typed): a bug, said plainly.
  if (entry === undefined) throw new Error(`The site's ${lang} catalogue (site/messages/${lang}.json) has no message "${key}".`);
  if (typeof entry === "string") return entry;
  let rules = plurals.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    plurals.set(lang, rules);
  }
  return (entry[rules.select(Number(params.count))] ?? entry.other) as string;
}

/**
 * The message's pieces: its text between placeholders, and each placeholder's
 * value in its place, as `fill` makes it. A value is put in as it is, never read
 * as a pattern (a policy's title may hold braces).
 */
function pieces<T>(lang: Language, key: SiteKey, params: SiteParams, fill: (name: string) => T): (string | T)[] {
  return patternOf(lang, key, params)
    .split(/\{([A-Za-z]+)\}/)
    .map((part, index) => (index % 2 === 0 ? part : fill(part)));
}

/** A message as text, its placeholders filled with `params`. */
export function t(lang: Language, key: SiteKey, params: SiteParams = {}): string {
  return pieces(lang, key, params, (name) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The site message "${key}" (${lang}) has a placeholder {${name}} that was given no value.`);
    return String(value);
  }).join("");
}

/**
 * A message as parts, its placeholders filled with whatever `params` holds
 * (text, HTML, DOM nodes): the message's own text is given to `text`, so that
 * it can be escaped or made a text node.
 */
export function tParts<T>(lang: Language, key: SiteKey, params: Readonly<Record<string, T>>, count?: number): (string | T)[] {
  return pieces(lang, key, count === undefined ? {} : { count }, (name) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The site message "${key}" (${lang}) has a placeholder {${name}} that was given no value.`);
    return value;
  });
}

/** "A, B and C" in a language: the last two joined by "{list} and {item}" (or "or"), the rest by commas. */
export function siteList(lang: Language, items: readonly string[], join: "and" | "or" = "and"): string {
  if (items.length < 2) return items.join("");
  return t(lang, join === "and" ? "site.list.and" : "site.list.or", { list: items.slice(0, -1).join(", "), item: items.at(-1) as string });
}

/** The language of a page in `<html lang>` and on marked parts: British English, or Welsh. */
export const HTML_LANG: Readonly<Record<Language, string>> = { en: "en-GB", cy: "cy" };
