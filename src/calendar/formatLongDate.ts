import { SafeguardingEscalationError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { FIRST_DAY, LAST_DAY, partsFromDayNumber, toDayNumber, type IsoDate } from "./isoDate.js";

/** Options for {@link formatLongDate}. */
export interface FormatLongDateOptions {
  /** `"en"` (default) or `"cy"` (Welsh). */
  readonly lang?: Language;
}

/**
 * Writes a date the way a British case note would: weekday, day, month, year,
 * in English or Welsh, the names from `Intl` (CLDR). A Welsh weekday is
 * written as it stands mid-sentence, "dydd Llun".
 *
 * @param date - any supported date
 * @param options - `lang`: `"en"` (default) or `"cy"`
 * @returns e.g. "Thursday 24 December 2026", or "dydd Iau 24 Rhagfyr 2026"
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 * @throws {@link InvalidOptionsError} for an unknown option or language
 * @throws {@link LocaleDataUnavailableError} (code `"locale-data-unavailable"`) where
 *   the runtime's `Intl` has no data for the language's dates (Debian's
 *   Chromium has none for Welsh)
 *
 * @example
 * ```ts
 * formatLongDate("2026-12-24") // "Thursday 24 December 2026"
 * formatLongDate("2026-12-21", { lang: "cy" }) // "dydd Llun 21 Rhagfyr 2026"
 * ```
 */
export function formatLongDate(date: IsoDate, options?: FormatLongDateOptions): string {
  const lang = languageOption(readOptions(options, ["lang"])?.lang);
  return longDateOfDay(toDayNumber(date), lang);
}

const LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", cy: "cy-GB" };
const NAMES: Readonly<Record<Language, string>> = { en: "English", cy: "Welsh" };

/**
 * Thrown when the JavaScript runtime cannot write dates in the language asked
 * for: its `Intl` has no data for it and falls back to another locale, so
 * the weekday and month names would come out in that other language (English
 * month names inside Welsh sentences). Node.js carries full ICU data; some
 * browsers do not (Debian's Chromium has no Welsh calendar data). Catch it by
 * its `code` and write in another language, saying why.
 */
export class LocaleDataUnavailableError extends SafeguardingEscalationError {
  readonly code = "locale-data-unavailable";
  /** The language asked for. */
  readonly lang: Language;
  /** The locale the runtime gave instead, e.g. `"en-US"`. */
  readonly resolvedLocale: string;

  constructor(lang: Language, resolvedLocale: string) {
    super(`This runtime's Intl has no "${LOCALES[lang]}" data (it gives "${resolvedLocale}"), so it cannot write dates in ${NAMES[lang]}: use full ICU (as Node.js has), or another language.`);
    this.lang = lang;
    this.resolvedLocale = resolvedLocale;
  }
}
// CLDR writes a Welsh weekday as it stands alone ("Dydd Llun"); in a sentence
// "dydd" is lower-case. English weekdays are capitalised everywhere.
const LOWER_CASE_WEEKDAY: Readonly<Record<Language, boolean>> = { en: false, cy: true };

const formats = new Map<Language, Intl.DateTimeFormat | LocaleDataUnavailableError>();
function formatOf(lang: Language): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (format === undefined) {
    const made = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    // Intl falls back to the runtime's default locale, silently, when it has no
    // data for the one asked for: the names would be in that language instead.
    const resolved = made.resolvedOptions().locale;
    format = resolved.split("-")[0] === lang ? made : new LocaleDataUnavailableError(lang, resolved);
    formats.set(lang, format);
  }
  if (format instanceof LocaleDataUnavailableError) throw new LocaleDataUnavailableError(format.lang, format.resolvedLocale);
  return format;
}

// Memoised like toIsoDate: an explanation writes a dozen dates, mostly the same few.
const written: Record<Language, (string | undefined)[] | undefined> = { en: undefined, cy: undefined };

/** @internal {@link formatLongDate} of a day number (memoised within the supported range). */
export function longDateOfDay(dayNumber: number, lang: Language = "en"): string {
  const memo = (written[lang] ??= Array.from({ length: LAST_DAY - FIRST_DAY + 1 }, () => undefined));
  const cached = memo[dayNumber - FIRST_DAY];
  if (cached !== undefined) return cached;
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const parts: Record<string, string> = {};
  for (const part of formatOf(lang).formatToParts(Date.UTC(year, month - 1, day))) parts[part.type] = part.value;
  const weekday = parts.weekday ?? "";
  // Both languages put the parts in this order (CLDR's, without its comma after the weekday).
  const text = `${LOWER_CASE_WEEKDAY[lang] ? `${weekday.charAt(0).toLocaleLowerCase(LOCALES[lang])}${weekday.slice(1)}` : weekday} ${parts.day ?? ""} ${parts.month ?? ""} ${parts.year ?? ""}`;
  // Only in range: a write past the end would turn the table into a slow sparse one.
  if (dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY) memo[dayNumber - FIRST_DAY] = text;
  return text;
}
