// The number of every limit must be traceable to its words WITH its unit: the
// provenance check finds the amount in the quote, this one finds the amount
// written next to the unit it has in the file ("5 working days", "one month"),
// so that "48 hours" could never pass for 48 working days.
import type { Limit, OtherReading, Policy } from "../../src/policy/schema.js";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The amount and unit a limit has in the file, as the text may write them; null for "immediately". */
function amountWithUnit(limit: Limit | OtherReading): RegExp | null {
  const amount = (n: number): string => (WORDS[n] === undefined ? `${n}` : `(?:${n}|${WORDS[n]})`);
  if (limit.workingDays !== undefined) return new RegExp(`\\b${amount(limit.workingDays)} working days?\\b`, "i");
  if (limit.calendarDays !== undefined) return new RegExp(`\\b${amount(limit.calendarDays)} (?:calendar )?days?\\b`, "i");
  if (limit.calendarMonths !== undefined) return new RegExp(`\\b${amount(limit.calendarMonths)} (?:calendar )?months?\\b`, "i");
  return null;
}

/** Every limit and other reading in a policy, with where it is. */
function* limits(value: unknown, path: string): Generator<[string, Limit | OtherReading]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* limits(item, `${path}[${index}]`);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (["workingDays", "calendarDays", "calendarMonths", "immediately"].some((key) => record[key] !== undefined)) yield [path, record as unknown as Limit];
    for (const [key, child] of Object.entries(record)) yield* limits(child, path === "" ? key : `${path}.${key}`);
  }
}

/** The paths of the limits whose quote does not give their amount with their unit. */
export function limitsWithoutTheirUnit(policy: Policy): string[] {
  const missing: string[] = [];
  for (const [path, limit] of limits(policy, "")) {
    const pattern = amountWithUnit(limit);
    if (pattern !== null && !pattern.test(limit.source.quote.replace(/\s+/g, " "))) missing.push(path);
  }
  return missing;
}
