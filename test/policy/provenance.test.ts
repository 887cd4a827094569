// The provenance check (scripts/policies/provenance.ts) itself: that it catches
// a quote the text does not contain, and a limit whose quote does not give its
// number WITH its unit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProvenance } from "../../scripts/policies/provenance.js";
import { policies } from "../../src/index.js";
import type { Policy } from "../../src/policy/schema.js";
import { minimalPolicy } from "./minimalPolicy.js";

const seed = (id: string): string => readFileSync(new URL(`../fixtures/seeds/${id}.txt`, import.meta.url), "utf8");

// A text that says the same number in several units, so that only the unit
// decides whether a quote bears out a limit.
const TEXT = [
  "Reply within 48 hours.",
  "Meet within 2 days.",
  "Meet within two days.",
  "Meet within 2 working days.",
  "Agree within a further two working days.",
  "Stage 2 should end within 5 days.",
  "Review within 5 working days.",
  "Review within five calendar days.",
  "Share the learning within one month.",
  "Share the learning within 1 calendar month.",
  "Share the learning within one week.",
  "Refer within 1 day.",
  "Refer as soon as possible.",
  "Refer without delay.",
].join("\n");

/**
 * The minimal policy with its first stage's limit replaced: an amount (and
 * other readings) with this quote. Not parsed: the check reads the structure
 * alone, so units the schema may not know yet can be tried.
 */
function withFirstLimit(amount: Record<string, unknown>, quote: string, otherReadings?: unknown[]): Policy {
  const raw = minimalPolicy() as { stages: Record<string, unknown>[] };
  const source = { section: "1", quote };
  raw.stages = raw.stages.map((stage, index) => ({
    ...stage,
    source: { section: "1", quote: "Meet within 2 working days." },
    limit: index === 0 ? { ...amount, from: { raised: true }, source, ...(otherReadings === undefined ? {} : { otherReadings }) } : null,
  }));
  return raw as unknown as Policy;
}

const problemsOf = (policy: Policy): string[] => checkProvenance(policy, TEXT).map((problem) => `${problem.path}: ${problem.message}`);

describe("the provenance check: quotes", () => {
  it("catches a quote that is not in the text, and a number that is not in its quote", () => {
    const altered = structuredClone(policies.swindon) as { stages: { limit: { workingDays: number; source: { quote: string } } }[] };
    const first = altered.stages[0];
    if (first === undefined) throw new Error("no stage");
    // Stage 1's quote says "within two working days": 3 is nowhere in it.
    first.limit.workingDays = 3;
    altered.stages[1]!.limit.source.quote = "within three working days"; // eslint-disable-line @typescript-eslint/no-non-null-assertion
    const problems = checkProvenance(altered as never, seed("swindon")).map((p) => p.path);
    expect(problems).toEqual(["stages[0].limit.source.quote", "stages[1].limit.source.quote"]);
  });

  it("ignores differences of whitespace only", () => {
    const altered = structuredClone(policies.swindon) as { stages: { limit: { source: { quote: string } } }[] };
    altered.stages[0]!.limit.source.quote = altered.stages[0]!.limit.source.quote.replace(/ /g, "\n  "); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    expect(checkProvenance(altered as never, seed("swindon"))).toEqual([]);
  });
});

describe("the provenance check: a limit's unit", () => {
  describe("workingDays needs the number with \"working day(s)\"", () => {
    it.each(["Meet within 2 working days.", "Agree within a further two working days."])("passes %j", (quote) => {
      expect(problemsOf(withFirstLimit({ workingDays: 2 }, quote))).toEqual([]);
    });

    it("fails \"48 hours\" for 2 working days: the number is not there at all", () => {
      expect(problemsOf(withFirstLimit({ workingDays: 2 }, "Reply within 48 hours."))).toEqual([
        'stages[0].limit.source.quote: the limit\'s amount (2) does not appear in its quote, which must say "2 working days" or "two working days"',
      ]);
    });

    it.each(["Meet within 2 days.", "Meet within two days."])("fails %j for 2 working days: days without \"working\"", (quote) => {
      expect(problemsOf(withFirstLimit({ workingDays: 2 }, quote))).toEqual([
        'stages[0].limit.source.quote: the limit is 2 working days, but its quote gives the number without that unit: it must say "2 working days" or "two working days"',
      ]);
    });

    it("fails a quote whose number and \"working days\" belong to different figures", () => {
      // "Stage 2 should end within 5 days": the 2 is a stage number, the days are 5 and not working days.
      expect(problemsOf(withFirstLimit({ workingDays: 2 }, "Stage 2 should end within 5 days."))).toHaveLength(1);
      expect(problemsOf(withFirstLimit({ workingDays: 5 }, "Stage 2 should end within 5 days."))).toHaveLength(1);
    });
  });

  describe("calendarDays needs the number with \"day(s)\", not \"working day(s)\"", () => {
    it.each(["Stage 2 should end within 5 days.", "Review within five calendar days."])("passes %j", (quote) => {
      expect(problemsOf(withFirstLimit({ calendarDays: 5 }, quote))).toEqual([]);
    });

    it("fails \"5 working days\" for 5 calendar days", () => {
      expect(problemsOf(withFirstLimit({ calendarDays: 5 }, "Review within 5 working days."))).toEqual([
        'stages[0].limit.source.quote: the limit is 5 days, but its quote gives the number without that unit: it must say "5 days" or "five days"',
      ]);
    });

    it("fails \"48 hours\" for 2 calendar days", () => {
      expect(problemsOf(withFirstLimit({ calendarDays: 2 }, "Reply within 48 hours."))).toHaveLength(1);
    });
  });

  describe("calendarMonths needs the number with \"month(s)\"", () => {
    it.each(["Share the learning within one month.", "Share the learning within 1 calendar month."])("passes %j", (quote) => {
      expect(problemsOf(withFirstLimit({ calendarMonths: 1 }, quote))).toEqual([]);
    });

    it.each(["Share the learning within one week.", "Refer within 1 day."])("fails %j for one month", (quote) => {
      expect(problemsOf(withFirstLimit({ calendarMonths: 1 }, quote))).toEqual([
        'stages[0].limit.source.quote: the limit is 1 month, but its quote gives the number without that unit: it must say "1 month" or "one month"',
      ]);
    });
  });

  describe("immediately needs words that say so", () => {
    it("passes \"without delay\", fails \"as soon as possible\"", () => {
      expect(problemsOf(withFirstLimit({ immediately: true }, "Refer without delay."))).toEqual([]);
      expect(problemsOf(withFirstLimit({ immediately: true }, "Refer as soon as possible."))).toEqual([
        'stages[0].limit.source.quote: the limit is immediately but its quote says none of "immediately", "without delay", "same working day", "earliest opportunity"',
      ]);
    });
  });

  describe("hours, working weeks and \"as soon as possible\"", () => {
    it("hours need the number with \"hour(s)\": 48 hours is not 2 days", () => {
      expect(problemsOf(withFirstLimit({ hours: 48 }, "Reply within 48 hours."))).toEqual([]);
      expect(problemsOf(withFirstLimit({ hours: 2 }, "Meet within 2 days."))).toHaveLength(1);
    });

    it("working weeks need \"working week(s)\"", () => {
      expect(problemsOf(withFirstLimit({ workingWeeks: 1 }, "Share the learning within one week."))).toEqual([
        'stages[0].limit.source.quote: the limit is 1 working week, but its quote gives the number without that unit: it must say "1 working week" or "one working week"',
      ]);
    });

    it("asSoonAsPossible needs \"as soon as possible\"", () => {
      expect(problemsOf(withFirstLimit({ asSoonAsPossible: true }, "Refer as soon as possible."))).toEqual([]);
      expect(problemsOf(withFirstLimit({ asSoonAsPossible: true }, "Refer without delay."))).toHaveLength(1);
    });
  });

  it("refuses a unit it does not know rather than pass it unread", () => {
    expect(problemsOf(withFirstLimit({ fortnights: 1 }, "Refer within 1 day."))).toEqual([
      "stages[0].limit.source.quote: the limit's unit is none this check knows (workingDays, workingWeeks, calendarDays, calendarMonths, hours, immediately, asSoonAsPossible), so its words cannot be checked",
    ]);
  });

  it("checks other readings too: a flowchart's \"5 days\" is not 5 working days", () => {
    const reading = (amount: Record<string, unknown>) => [{ ...amount, note: "the outline's figure", source: { section: "Flowchart", quote: "Stage 2 should end within 5 days." } }];
    expect(problemsOf(withFirstLimit({ workingDays: 5 }, "Review within 5 working days.", reading({ calendarDays: 5 })))).toEqual([]);
    expect(problemsOf(withFirstLimit({ workingDays: 5 }, "Review within 5 working days.", reading({ workingDays: 5 })))).toEqual([
      'stages[0].limit.otherReadings[0].source.quote: the limit is 5 working days, but its quote gives the number without that unit: it must say "5 working days" or "five working days"',
    ]);
  });
});
