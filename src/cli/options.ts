import { DateOutOfRangeError, daysInMonth, FIRST_SUPPORTED_DATE, InvalidDateError, LAST_SUPPORTED_DATE, parseIsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import type { CliKey } from "../messages/cli.js";
import { LANGUAGES, type Language } from "../messages/language.js";
import { UsageError } from "./io.js";

/**
 * A date option, or a usage error naming it: in English the sentence
 * parseIsoDate would write, and in the catalogue's words for each of its
 * reasons, so that it can be written in Welsh too.
 */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseIsoDate(value, name);
  } catch (error) {
    if (error instanceof DateOutOfRangeError) throw new UsageError("usage.date.range", { value: describeValue(value), first: FIRST_SUPPORTED_DATE, last: LAST_SUPPORTED_DATE });
    if (!(error instanceof InvalidDateError)) throw error;
    const given = { option: name, value: describeValue(value) };
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (parts === null) throw new UsageError("usage.date.form", given);
    const [year, month] = [Number(parts[1]), Number(parts[2])];
    if (month < 1 || month > 12) throw new UsageError("usage.date.month", { ...given, month });
    throw new UsageError("usage.date.day", { ...given, month, year, days: daysInMonth(year, month) });
  }
}

/**
 * A whole-number option from 0 to `max`, written in plain digits: "1e3",
 * "0x10", " 2" and "2.0", which Number() would take, are refused with the
 * message `refusal` (which says what the number counts).
 */
export function wholeNumberOption(value: string | undefined, name: string, max: number, refusal: CliKey): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number <= max)) throw new UsageError(refusal, { option: name, max, value: JSON.stringify(value) });
  return number;
}

/**
 * `--lang`: the language of the words a command writes for people, English
 * unless asked. Anything else is a usage error, before any file is read.
 */
export function languageArgument(value: string | undefined): Language {
  if (value === undefined) return "en";
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new UsageError("usage.lang", { value: JSON.stringify(value) });
}

/** An option that takes one of a few words, or a usage error listing them; `undefined` where it is not given. */
export function choiceOption<T extends string>(value: string | undefined, name: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError("usage.choice", { option: name, choices: choices.join(", "), value: JSON.stringify(value) });
}
