import { parseIsoDate } from "../calendar/isoDate.js";
import { LANGUAGES, type Language } from "../messages/language.js";
import { UsageError } from "./io.js";

/** A date option, or a usage error naming it. */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseIsoDate(value, name);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * A whole-number option from 0 to `max`, written in plain digits: "1e3",
 * "0x10", " 2" and "2.0", which Number() would take, are refused.
 */
export function wholeNumberOption(value: string | undefined, name: string, max: number, what: string): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number <= max)) throw new UsageError(`${name} must be a whole number of ${what} from 0 to ${max}, e.g. 2; got ${JSON.stringify(value)}`);
  return number;
}

/**
 * `--lang`: the language of the words a command writes for people, English
 * unless asked. Anything else is a usage error, before any file is read.
 */
export function languageArgument(value: string | undefined): Language {
  if (value === undefined) return "en";
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new UsageError(`--lang must be ${LANGUAGES.join(" or ")} (English or Welsh), not ${JSON.stringify(value)}`);
}

/** The `--lang` line of a command's help, the same in each. */
export const LANG_OPTION_HELP = `--lang <${LANGUAGES.join("|")}>`;

/** An option that takes one of a few words, or a usage error listing them; `undefined` where it is not given. */
export function choiceOption<T extends string>(value: string | undefined, name: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${choices.join(", ")}, not ${JSON.stringify(value)}`);
}
