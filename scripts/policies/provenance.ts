/**
 * Checks that a policy's citations are true to its source text: every quote
 * is found verbatim (whitespace-normalised), and every limit's number appears
 * in the quote it cites WITH the unit the limit has: "5 working days" for
 * `workingDays: 5`, "5 days" (not "5 working days") for `calendarDays: 5`,
 * "one month" for `calendarMonths: 1`, "48 hours" for `hours: 48`. A number
 * alone is not enough: "48 hours" or "2 days" must never pass for 2 working
 * days. A limit in a unit the check does not know is reported, not passed.
 */
import type { Policy, Source } from "../../src/policy/schema.js";

export interface ProvenanceProblem {
  readonly path: string;
  readonly message: string;
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/**
 * Each counted unit a limit may have: its name, and the words the text must
 * put right after the number. Calendar days are "days" with no "working"
 * between the number and the word (a "calendar" may stand there); a hyphen
 * may join the words ("a 5-working-day period").
 */
const COUNTED: Readonly<Record<string, { readonly one: string; readonly words: string }>> = {
  workingDays: { one: "working day", words: "working[\\s-]+days?" },
  workingWeeks: { one: "working week", words: "working[\\s-]+weeks?" },
  calendarDays: { one: "day", words: "(?:calendar[\\s-]+)?days?" },
  calendarMonths: { one: "month", words: "(?:calendar[\\s-]+)?months?" },
  hours: { one: "hour", words: "hours?" },
};

/** Each unit with no number: the phrases, one of which the text must use. */
const PHRASED: Readonly<Record<string, readonly string[]>> = {
  immediately: ["immediately", "without delay", "same working day", "earliest opportunity"],
  asSoonAsPossible: ["as soon as possible"],
};

/** The ways the protocol may write a number: digits, or a word up to twelve. */
function numberPattern(n: number): string {
  const word = WORDS[n];
  return word === undefined ? `${n}` : `(?:${n}|${word})`;
}

/** Walks a parsed policy, yielding every object with a `source` and its path. */
function* sourced(value: unknown, path: string): Generator<[string, { source: Source } & Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* sourced(item, `${path}[${index}]`);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.source === "object" && record.source !== null) yield [path, record as { source: Source }];
    for (const [key, child] of Object.entries(record)) if (key !== "source") yield* sourced(child, path === "" ? key : `${path}.${key}`);
  }
}

/** A limit runs `from` something; another reading of one has a `note` instead. */
const isLimitLike = (value: Record<string, unknown>): boolean => value.from !== undefined || value.note !== undefined;

/** What is wrong with a limit's quote, or null when it gives the limit's amount with its unit. */
function amountProblem(limit: Record<string, unknown>, quote: string): string | null {
  for (const [key, phrases] of Object.entries(PHRASED)) {
    if (limit[key] === undefined) continue;
    return phrases.some((phrase) => new RegExp(phrase, "i").test(quote)) ? null : `the limit is ${key} but its quote says none of ${phrases.map((p) => `"${p}"`).join(", ")}`;
  }
  for (const [key, { one, words }] of Object.entries(COUNTED)) {
    const amount = limit[key];
    if (typeof amount !== "number") continue;
    if (new RegExp(`\\b${numberPattern(amount)}[\\s-]+${words}\\b`, "i").test(quote)) return null;
    const unit = amount === 1 ? one : `${one}s`;
    const written = WORDS[amount] === undefined ? `"${amount} ${unit}"` : `"${amount} ${unit}" or "${WORDS[amount]} ${unit}"`;
    return new RegExp(`\\b${numberPattern(amount)}\\b`, "i").test(quote)
      ? `the limit is ${amount} ${unit}, but its quote gives the number without that unit: it must say ${written}`
      : `the limit's amount (${amount}) does not appear in its quote, which must say ${written}`;
  }
  return `the limit's unit is none this check knows (${[...Object.keys(COUNTED), ...Object.keys(PHRASED)].join(", ")}), so its words cannot be checked`;
}

/**
 * The citations of a policy that its source text does not bear out: a quote
 * not found in the text, or a limit whose quote does not give its amount with
 * its unit.
 *
 * @example
 * ```ts
 * checkProvenance(policy, readFileSync("test/fixtures/seeds/swindon.txt", "utf8"))
 * // [] when every quote is in the text and every limit's words match its number and unit
 * ```
 */
export function checkProvenance(policy: Policy, sourceText: string): ProvenanceProblem[] {
  const text = normalise(sourceText);
  const problems: ProvenanceProblem[] = [];
  for (const [path, node] of sourced(policy, "")) {
    const quote = normalise(node.source.quote);
    if (!text.includes(quote)) {
      problems.push({ path: `${path}.source.quote`, message: `quote not found in the source text: ${JSON.stringify(quote.slice(0, 80))}` });
      continue;
    }
    const problem = isLimitLike(node) ? amountProblem(node, quote) : null;
    if (problem !== null) problems.push({ path: `${path}.source.quote`, message: problem });
  }
  return problems;
}
