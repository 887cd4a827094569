/**
 * Checks that a policy's citations are true to its source text: every quote
 * is found verbatim (whitespace-normalised), and every limit's number appears
 * in the quote it cites WITH the unit the limit has: "5 working days" for
 * `workingDays: 5`, "5 days" (not "5 working days") for `calendarDays: 5`,
 * "one month" for `calendarMonths: 1`. A number alone is not enough: "48
 * hours" or "2 days" must never pass for 2 working days.
 */
import type { Limit, OtherReading, Policy, Source } from "../../src/policy/schema.js";

export interface ProvenanceProblem {
  readonly path: string;
  readonly message: string;
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const IMMEDIATE = ["immediately", "without delay", "same working day", "earliest opportunity"];

/** The ways the protocol may write a number: digits, or a word up to twelve. */
function numberPattern(n: number): string {
  const word = WORDS[n];
  return word === undefined ? `${n}` : `(?:${n}|${word})`;
}

/** A limit's amount, its unit as the text would say it, and the words that must appear together. */
interface AmountWithUnit {
  readonly amount: number;
  readonly unit: string;
  readonly pattern: RegExp;
}

/**
 * How a quote must give a limit's amount with its unit. Calendar days are
 * "days" with no "working" between the number and the word (a "calendar" may
 * stand there); a hyphen may join the words ("5-working-day period").
 */
function amountWithUnit(limit: Limit | OtherReading): AmountWithUnit | null {
  const joined = (amount: number, unit: string): RegExp => new RegExp(`\\b${numberPattern(amount)}[\\s-]+${unit}\\b`, "i");
  const unit = (amount: number, one: string): string => (amount === 1 ? one : `${one}s`);
  if (limit.workingDays !== undefined) return { amount: limit.workingDays, unit: unit(limit.workingDays, "working day"), pattern: joined(limit.workingDays, "working[\\s-]+days?") };
  if (limit.calendarDays !== undefined) return { amount: limit.calendarDays, unit: unit(limit.calendarDays, "day"), pattern: joined(limit.calendarDays, "(?:calendar[\\s-]+)?days?") };
  if (limit.calendarMonths !== undefined) return { amount: limit.calendarMonths, unit: unit(limit.calendarMonths, "month"), pattern: joined(limit.calendarMonths, "(?:calendar[\\s-]+)?months?") };
  return null;
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

const isLimitLike = (value: Record<string, unknown>): value is Limit | OtherReading =>
  ["workingDays", "calendarDays", "calendarMonths", "immediately"].some((key) => value[key] !== undefined);

/** What is wrong with a limit's quote, or null when it gives the limit's amount with its unit. */
function amountProblem(limit: Limit | OtherReading, quote: string): string | null {
  const expected = amountWithUnit(limit);
  if (expected === null) {
    return IMMEDIATE.some((phrase) => new RegExp(phrase, "i").test(quote)) ? null : `the limit is "immediately" but its quote says none of ${IMMEDIATE.map((p) => `"${p}"`).join(", ")}`;
  }
  if (expected.pattern.test(quote)) return null;
  const { amount, unit } = expected;
  const written = WORDS[amount] === undefined ? `"${amount} ${unit}"` : `"${amount} ${unit}" or "${WORDS[amount]} ${unit}"`;
  return new RegExp(`\\b${numberPattern(amount)}\\b`, "i").test(quote)
    ? `the limit is ${amount} ${unit}, but its quote gives the number without that unit: it must say ${written}`
    : `the limit's amount (${amount}) does not appear in its quote, which must say ${written}`;
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
