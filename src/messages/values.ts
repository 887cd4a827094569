// The words the policy's and the case's findings share, one small catalogue
// per language (values/en.json, values/cy.json), reviewed through
// values/cy-review.json: those describeValue writes around a value ("the text
// \"5\"", "... 3 more", "an object"), the path of the whole document,
// InvalidPolicyError's summary, and the problems of a document that is not
// plain JSON data (readUntrusted, which the engine's case checks use too).
// Kept apart from describeValue (which the calendar imports, within its size
// budget) and from the policy and case catalogues, so that the engine's bundle
// takes only these few words.
import { describeValueWith, type ValueWords } from "../describeValue.js";
import cy from "./values/cy.json" with { type: "json" };
import en from "./values/en.json" with { type: "json" };
import { catalogueReader, type MessageReader } from "./index.js";
import type { Language } from "./language.js";

/** @internal The key of a value's word, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type ValueKey = keyof typeof en;

/** @internal A shared message in a language, its placeholders filled as `message` (index.ts) fills them. */
export const valueMessage: MessageReader<ValueKey> = /* @__PURE__ */ catalogueReader<ValueKey>(en, cy);

const words = new Map<Language, ValueWords>();
function wordsOf(lang: Language): ValueWords {
  let found = words.get(lang);
  if (found === undefined) {
    found = {
      // "null" is the value itself, not a word.
      coarse: (type) => (type === "null" ? "null" : type === "object" ? valueMessage(lang, "value.coarse.object") : type === "function" ? valueMessage(lang, "value.coarse.function") : valueMessage(lang, "value.coarse.other", { type })),
      more: (count) => valueMessage(lang, "value.more", { count }),
      digits: (count) => valueMessage(lang, "value.digits", { count }),
      empty: valueMessage(lang, "value.empty"),
      getter: valueMessage(lang, "value.getter"),
      anonymous: valueMessage(lang, "value.anonymous"),
    };
    words.set(lang, found);
  }
  return found;
}

/**
 * @internal describeValue (src/describeValue.ts) in a language: the same
 * data, with that language's words around it (`describeValueIn(x, "en")` is
 * always `describeValue(x)`).
 *
 * @example
 * ```ts
 * describeValueIn([1, 2, 3, 4, 5, 6], "cy") // "[1, 2, 3, 4, ... 2 yn rhagor]"
 * ```
 */
export function describeValueIn(value: unknown, lang: Language): string {
  return describeValueWith(value, wordsOf(lang));
}

/**
 * @internal What a finding says was found where something else was expected:
 * `the text "5"` for text (so that "5" is not read as a number), `nothing`
 * for a missing value, else {@link describeValueIn}.
 *
 * @example
 * ```ts
 * describeFoundIn("5", "en") // 'the text "5"'
 * describeFoundIn(undefined, "cy") // "dim byd"
 * ```
 */
export function describeFoundIn(value: unknown, lang: Language): string {
  if (value === undefined) return valueMessage(lang, "found.nothing");
  return typeof value === "string" ? valueMessage(lang, "found.text", { value: describeValueIn(value, lang) }) : describeValueIn(value, lang);
}
