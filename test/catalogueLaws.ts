// The laws every message catalogue keeps, the library's (src/messages) and the
// site's (site/messages) alike: each returns what breaks them, so that a test
// expects an empty list and a failure names every offending message.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES, type Language } from "../src/index.js";

/** A message: one text, or one per plural category. */
export type Entry = string | Readonly<Record<string, string>>;
/** A catalogue per language, by key. */
export type Catalogues = Readonly<Record<Language, Readonly<Record<string, Entry>>>>;

/** Every form of a message. */
export const forms = (entry: Entry): string[] => (typeof entry === "string" ? [entry] : Object.values(entry));

/** The names of a text's placeholders, `{name}`, sorted, each once. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((found) => found[1] as string))].sort();

/** Forms whose placeholders differ from those of the English message's first form. */
export function placeholderMismatches(catalogues: Catalogues): string[] {
  const differing: string[] = [];
  for (const key of Object.keys(catalogues.en)) {
    const expected = placeholders(forms(catalogues.en[key] as Entry)[0] as string);
    for (const lang of LANGUAGES) {
      for (const text of forms(catalogues[lang][key] as Entry)) {
        if (JSON.stringify(placeholders(text)) !== JSON.stringify(expected)) differing.push(`${lang} ${key}: ${text}`);
      }
    }
  }
  return differing;
}

/** Forms with a brace that is not part of a placeholder: it would show in the text. */
export function strayBraces(catalogues: Catalogues): string[] {
  return LANGUAGES.flatMap((lang) =>
    Object.entries(catalogues[lang]).flatMap(([key, entry]) => forms(entry).filter((text) => /[{}]/.test(text.replace(/\{[A-Za-z]+\}/g, ""))).map((text) => `${lang} ${key}: ${text}`)),
  );
}

/** Counted messages without exactly their language's plural categories (Intl.PluralRules), plural in one language only, or without `{count}`. */
export function pluralFormMistakes(catalogues: Catalogues): string[] {
  const wrong: string[] = [];
  for (const lang of LANGUAGES) {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    for (const [key, entry] of Object.entries(catalogues[lang])) {
      if (typeof entry !== typeof catalogues.en[key]) wrong.push(`${lang} ${key}: plural in one language only`);
      if (typeof entry !== "string" && JSON.stringify(Object.keys(entry).sort()) !== JSON.stringify(categories)) wrong.push(`${lang} ${key}: ${Object.keys(entry).join(", ")}`);
      if (typeof entry !== "string" && !placeholders(forms(entry).join(" ")).includes("count")) wrong.push(`${lang} ${key}: no {count}`);
    }
  }
  return wrong;
}

/**
 * A Welsh catalogue's review list (cy-review.json): every Welsh key in exactly
 * one list, with a note saying why (review) or who checked it (reviewed).
 */
export interface ReviewList {
  readonly review: Readonly<Record<string, string>>;
  readonly reviewed: Readonly<Record<string, string>>;
  /** Taken from a standard source; what each names it by is for the catalogue's own test to check. The site's list has none. */
  readonly sourced?: Readonly<Record<string, unknown>>;
  readonly noWords: readonly string[];
}

/**
 * What breaks a review list's laws, one line a mistake naming its key: a Welsh
 * key in no list or in more than one (or twice in one), a listed key the
 * catalogue lacks, a review or reviewed entry without a note, and a noWords
 * entry with letters outside its placeholders.
 */
export function reviewListMistakes(cy: Readonly<Record<string, Entry>>, list: ReviewList): string[] {
  const lists: Record<string, readonly string[]> = { review: Object.keys(list.review), reviewed: Object.keys(list.reviewed), sourced: Object.keys(list.sourced ?? {}), noWords: list.noWords };
  const places = (key: string): string[] => Object.entries(lists).flatMap(([name, keys]) => keys.filter((listed) => listed === key).map(() => name));
  const mistakes: string[] = [];
  for (const key of Object.keys(cy)) {
    const found = places(key);
    if (found.length === 0) mistakes.push(`${key}: in none of ${Object.keys(lists).join(", ")}`);
    if (found.length > 1) mistakes.push(`${key}: listed more than once, in ${found.join(" and ")}`);
  }
  for (const [name, keys] of Object.entries(lists)) {
    for (const key of keys) if (!Object.hasOwn(cy, key)) mistakes.push(`${key}: in ${name}, but the catalogue has no such key`);
  }
  for (const [name, notes] of Object.entries({ review: list.review, reviewed: list.reviewed })) {
    for (const [key, note] of Object.entries(notes)) if (typeof note !== "string" || note.trim() === "") mistakes.push(`${key}: in ${name} without a note`);
  }
  for (const key of list.noWords) {
    const entry = cy[key];
    if (entry === undefined) continue;
    for (const text of forms(entry)) if (/\p{L}/u.test(text.replace(/\{[A-Za-z]+\}/g, ""))) mistakes.push(`${key}: in noWords, but has words: ${JSON.stringify(text)}`);
  }
  return mistakes;
}

/**
 * The text of every file under a folder of the project (src, unless told), its
 * subfolders' too, whose name matches (.ts, unless told), joined: for the test
 * that every key of a catalogue is used.
 */
export function sourceCode(dir = "src", names: RegExp = /\.ts$/): string {
  const sources: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (names.test(name)) sources.push(readFileSync(child, "utf8"));
    }
  };
  walk(fileURLToPath(new URL(`../${dir}`, import.meta.url)));
  return sources.join("\n");
}
