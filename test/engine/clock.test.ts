// A stopped clock (test/fixtures/policies/referral.json, with clockStops allowed in the test):
// due dates move on by the days stopped. Dates counted by hand (England and Wales): 25 and 28
// December 2026 and 1 January 2027 are bank holidays.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, parseCase, parsePolicy, type Policy } from "../../src/index.js";

const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")) as Record<string, unknown>;
const policyOf = (input: unknown): Policy => {
  const parsed = parsePolicy(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
};
const stoppable = policyOf({ ...definition, clockStops: { source: { section: "Test", quote: "the clock may be stopped while information is awaited" } } });
const fixed = policyOf(definition);
// At Stage 2 from Tue 29 Dec 2026: due 5 working days later, Wed 6 Jan 2027.
const atStage2 = { type: "stage-entered", stage: "stage-2", on: "2026-12-29" } as const;

describe("a stopped clock", () => {
  it("moves the due date on by the working days stopped", () => {
    // Stopped Wed 30 Dec, restarted Mon 4 Jan: the working days after the stop up to the
    // restart, Thu 31 Dec and Mon 4 Jan (Fri 1 Jan is a bank holiday), do not count.
    // So Stage 2 is due 2 working days after Wed 6 Jan: Thu 7, Fri 8 January 2027.
    const record = { policy: "referral", raisedOn: "2026-12-23", events: [atStage2, { type: "clock-stopped", reason: "Waiting for the GP's records", on: "2026-12-30" }, { type: "clock-restarted", on: "2027-01-04" }] } as const;
    const result = assess(stoppable, record, "2027-01-05");
    expect(result).toMatchObject({ due: "2027-01-08", originalDue: "2027-01-06", state: "on-track" });
    expect(result.explanation).toContain(
      "The clock was stopped from Wednesday 30 December 2026 to Monday 4 January 2027, as Referral ladder allows: the days stopped do not count, so the due date moves from Wednesday 6 January 2027 to Friday 8 January 2027.",
    );
  });

  it("while still stopped, counts to the day of the assessment", () => {
    // Stopped Wed 30 Dec and not restarted; on Tue 5 Jan the stopped working days are Thu 31,
    // Mon 4 and Tue 5: three, so Wed 6 Jan moves to Mon 11 Jan (Thu 7, Fri 8, Mon 11).
    const record = { policy: "referral", raisedOn: "2026-12-23", events: [atStage2, { type: "clock-stopped", reason: "Waiting for information", on: "2026-12-30" }] } as const;
    expect(assess(stoppable, record, "2027-01-05")).toMatchObject({ due: "2027-01-11", originalDue: "2027-01-06" });
  });

  it("leaves the due date alone when no stop falls within its count", () => {
    const record = { policy: "referral", raisedOn: "2026-12-23", events: [atStage2, { type: "clock-stopped", reason: "x", on: "2027-01-07" }, { type: "clock-restarted", on: "2027-01-08" }] } as const;
    expect(assess(stoppable, record, "2027-01-08")).toMatchObject({ due: "2027-01-06", originalDue: "2027-01-06", state: "overdue" });
  });

  it("is an error where the policy does not allow it, and must alternate", () => {
    const codes = (policy: Policy, events: unknown[]) => {
      const result = parseCase({ policy: "referral", raisedOn: "2026-12-23", events }, policy);
      return result.success ? [] : result.errors.map((found) => [found.code, found.path.join(".")]);
    };
    expect(codes(fixed, [{ type: "clock-stopped", reason: "x", on: "2026-12-24" }])).toEqual([["clock-stop-not-allowed", "events.0.type"]]);
    expect(codes(stoppable, [{ type: "clock-restarted", on: "2026-12-24" }])).toEqual([["clock-order", "events.0.type"]]);
    expect(codes(stoppable, [{ type: "clock-stopped", reason: "x", on: "2026-12-24" }, { type: "clock-stopped", reason: "y", on: "2026-12-29" }])).toEqual([["clock-order", "events.1.type"]]);
  });
});

describe("a stopped clock around Easter 2027", () => {
  it("counts only the working days stopped", () => {
    // Stage 2 entered Wed 24 Mar: due Thu 25, Tue 30, Wed 31, Thu 1, Fri 2 Apr. Stopped Thu 25 Mar,
    // restarted Tue 30 Mar: of the days after the stop up to the restart only Tue 30 is a working
    // day (Good Friday, the weekend and Easter Monday are not), so the due date moves one working
    // day, to Mon 5 Apr.
    const record = { policy: "referral", raisedOn: "2027-03-22", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-03-24" }, { type: "clock-stopped", reason: "x", on: "2027-03-25" }, { type: "clock-restarted", on: "2027-03-30" }] } as const;
    expect(assess(stoppable, record, "2027-03-30")).toMatchObject({ due: "2027-04-05", originalDue: "2027-04-02" });
  });
});
