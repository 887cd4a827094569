// Every unit a limit can be given in, on test/fixtures/policies/units.json. Dates counted by
// hand on the England and Wales calendar (GOV.UK): Fri 25 Dec 2026 Christmas Day, Mon 28 Dec
// Boxing Day (substitute), Fri 1 Jan 2027 New Year's Day, Fri 26 Mar 2027 Good Friday,
// Mon 29 Mar 2027 Easter Monday.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, parsePolicy, schedule, type Policy } from "../../src/index.js";
import { scheduledStage } from "./helpers.js";

const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/units.json", import.meta.url), "utf8")) as { stages: { limit: Record<string, unknown> }[] };
const parsed = parsePolicy(definition);
const policy = (parsed.success ? parsed.policy : undefined) as Policy;
const dues = (raisedOn: string) => schedule(policy, { raisedOn }).stages.map((stage) => stage.due);

describe("units of a limit", () => {
  it("parses", () => {
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });

  it("around Christmas 2026", () => {
    // Raised Thu 24 Dec. Acknowledgement immediately: Thu 24 Dec, a working day.
    // Action plan within 48 hours of it: the clock runs from the start of Thu 24 Dec through
    //   Christmas Day; the last day ending within 48 hours is Fri 25 Dec (a bank holiday: hours
    //   are clock hours, and the text's own "two working days" is recorded as another reading).
    // Line managers within one working week (5 working days) of Fri 25 Dec: [Mon 28 Boxing Day],
    //   Tue 29 (1), Wed 30 (2), Thu 31 (3), [Fri 1 Jan], Mon 4 (4), Tue 5 Jan 2027 (5).
    // Referral as soon as possible: no date.
    expect(dues("2026-12-24")).toEqual(["2026-12-24", "2026-12-25", "2027-01-05", null]);
  });

  it("around Easter 2027", () => {
    // Raised Thu 25 Mar: acknowledged that day; 48 hours: Fri 26 Mar (Good Friday);
    // one working week from Fri 26 Mar: [Mon 29 Easter Monday], Tue 30, Wed 31, Thu 1 Apr,
    // Fri 2, Mon 5 April 2027.
    expect(dues("2027-03-25")).toEqual(["2027-03-25", "2027-03-26", "2027-04-05", null]);
  });

  it.each([
    [12, "2027-01-06"],
    [24, "2027-01-06"],
    [47, "2027-01-06"],
    [48, "2027-01-07"],
    [72, "2027-01-08"],
  ])("%i hours from Wed 6 Jan 2027 are due on %s: the last day that ends within them", (hours, expected) => {
    const copy = structuredClone(definition);
    copy.stages[1] = { ...copy.stages[1], limit: { hours, from: { completionOf: "acknowledge" }, source: { section: "Step 2", quote: `within ${hours} hours` } } } as never;
    const reparsed = parsePolicy(copy);
    expect(reparsed.success && scheduledStage(schedule(reparsed.policy, { raisedOn: "2027-01-06" }), 2).due).toBe(expected);
  });

  it("says how hours and working weeks were counted, and that as soon as possible has no date", () => {
    const atPlan = assess(policy, { policy: "units", raisedOn: "2026-12-24", events: [{ type: "stage-entered", stage: "action-plan", on: "2026-12-24" }] }, "2026-12-24");
    expect(atPlan.due).toBe("2026-12-25");
    expect(atPlan.limit?.text).toBe("within 48 hours of the completion of Stage 1 (Acknowledgement)");
    expect(atPlan.explanation.join(" ")).toContain("Counting 48 hours on the clock from the start of Thursday 24 December 2026, weekends and bank holidays included: the last day that ends within them is Friday 25 December 2026.");
    const toManagers = [
      { type: "stage-entered", stage: "action-plan", on: "2026-12-24" },
      { type: "stage-entered", stage: "managers", on: "2026-12-24" },
    ] as const;
    const atManagers = assess(policy, { policy: "units", raisedOn: "2026-12-24", events: toManagers }, "2026-12-29");
    expect(atManagers.explanation.join(" ")).toContain("Counting 5 working days (1 working week) after");
    const atReferral = assess(policy, { policy: "units", raisedOn: "2026-12-24", events: [...toManagers, { type: "stage-entered", stage: "refer", on: "2026-12-29" }] }, "2026-12-30");
    expect(atReferral).toMatchObject({ due: null, state: "no-time-limit" });
    expect(atReferral.limit?.text).toBe("as soon as possible after the completion of Stage 3 (Line managers) (the text sets no date)");
    expect(atReferral.explanation.join(" ")).toContain("As soon as possible sets no date");
  });

  it("records on a child's file only for a child", () => {
    const duties = (subject: "adult" | "child") => assess(policy, { policy: "units", raisedOn: "2026-12-24", subject, events: [{ type: "stage-entered", stage: "action-plan", on: "2026-12-24" }, { type: "stage-entered", stage: "managers", on: "2026-12-29" }] }, "2026-12-29").duties.map((duty) => duty.where);
    expect(duties("child")).toContain("child-file");
    expect(duties("adult")).not.toContain("child-file");
  });
});
