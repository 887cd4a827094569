/**
 * Checks that a policy's citations are true to its source text: every quote
 * is found verbatim (whitespace-normalised), and every limit's number appears
 * in the quote it cites, as digits or as a word.
 */
import type { Limit, OtherReading, Policy, Source } from "../../src/policy/schema.js";

export interface ProvenanceProblem {
  readonly path: string;
  readonly message: string;
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const IMMEDIATE = ["immediately", "without delay", "same working day", "earliest opportunity"];

/** The ways the protocol may write a limit's amount. */
function amountPatterns(limit: Limit | OtherReading): RegExp[] {
  const word = (n: number): RegExp[] => [new RegExp(`\\b${n}\\b`), ...(WORDS[n] === undefined ? [] : [new RegExp(`\\b${WORDS[n]}\\b`, "i")])];
  if (limit.workingDays !== undefined) return word(limit.workingDays);
  if (limit.calendarDays !== undefined) return word(limit.calendarDays);
  if (limit.calendarMonths !== undefined) return word(limit.calendarMonths);
  return IMMEDIATE.map((phrase) => new RegExp(phrase, "i"));
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

export function checkProvenance(policy: Policy, sourceText: string): ProvenanceProblem[] {
  const text = normalise(sourceText);
  const problems: ProvenanceProblem[] = [];
  for (const [path, node] of sourced(policy, "")) {
    const quote = normalise(node.source.quote);
    if (!text.includes(quote)) {
      problems.push({ path: `${path}.source.quote`, message: `quote not found in the source text: ${JSON.stringify(quote.slice(0, 80))}` });
      continue;
    }
    if (isLimitLike(node) && !amountPatterns(node).some((pattern) => pattern.test(quote))) {
      const amount = node.workingDays ?? node.calendarDays ?? node.calendarMonths ?? "immediately";
      problems.push({ path: `${path}.source.quote`, message: `the limit's amount (${amount}) does not appear in its quote` });
    }
  }
  return problems;
}
