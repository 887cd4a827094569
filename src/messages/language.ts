// The languages the library writes in, and the option that chooses one: kept
// apart from the catalogues so that code needing only the choice (dates)
// does not carry every message with it.
import { describeValue } from "../describeValue.js";
import { InvalidOptionsError } from "../errors.js";

/** The languages results and text can be written in: `"en"` (English, the default) and `"cy"` (Welsh). */
export const LANGUAGES = /* @__PURE__ */ Object.freeze(["en", "cy"] as const);

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/**
 * @internal The `lang` of a caller's options: `"en"` when it is not given.
 * @throws {@link InvalidOptionsError} for anything but one of {@link LANGUAGES}
 */
export function languageOption(value: unknown): Language {
  if (value === undefined) return "en";
  if ((LANGUAGES as readonly unknown[]).includes(value)) return value as Language;
  throw new InvalidOptionsError(`lang must be "en" (English) or "cy" (Welsh); got ${describeValue(value)}.`);
}
