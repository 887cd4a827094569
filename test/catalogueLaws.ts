// The laws every message catalogue keeps, the library's (src/messages) and the
// site's (site/messages) alike: each returns what breaks them, so that a test
// expects an empty list and a failure names every offending message.
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
