// One limit shared by a group of stages (test/fixtures/policies/shared.json): each of Steps 1-4
// has 2 working days from the one before, Step 5 none, and "Steps 1-5 of the process should
// not exceed 5 working days" from the disagreement arising. Dates counted by hand (England and
// Wales): 25 and 28 December 2026 and 1 January 2027 are bank holidays.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, parsePolicy, schedule, type Policy } from "../../src/index.js";

const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/shared.json", import.meta.url), "utf8")) as Record<string, unknown>;
const parsed = parsePolicy(definition);
const policy = (parsed.success ? parsed.policy : undefined) as Policy;

describe("a limit shared by a group of stages", () => {
  it("parses", () => expect(parsed.success ? [] : parsed.errors).toEqual([]));

  it("holds every member to it: the earlier of its own limit and the group's", () => {
    // Raised Wed 23 Dec. Own limits: Step 1 Tue 29 Dec (Thu 24, Tue 29); Step 2 Thu 31 Dec;
    // Step 3 Tue 5 Jan. Shared: 5 working days from Wed 23 Dec: Thu 24, Tue 29, Wed 30,
    // Thu 31, Mon 4 Jan 2027. So Steps 3, 4 and 5 are due Mon 4 Jan, by the shared limit.
    const stages = schedule(policy, { raisedOn: "2026-12-23" }).stages;
    expect(stages.map((stage) => stage.due)).toEqual(["2026-12-29", "2026-12-31", "2027-01-04", "2027-01-04", "2027-01-04"]);
    expect(stages.map((stage) => stage.governedBy)).toEqual(["policy-limit", "policy-limit", "shared-limit", "shared-limit", "shared-limit"]);
  });

  it("explains which limit governs", () => {
    const events = [
      { type: "stage-entered", stage: "step-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "step-3", on: "2026-12-30" },
      { type: "stage-entered", stage: "step-4", on: "2026-12-31" },
      { type: "stage-entered", stage: "step-5", on: "2026-12-31" },
    ] as const;
    const result = assess(policy, { policy: "shared", raisedOn: "2026-12-23", events }, "2027-01-05");
    expect(result).toMatchObject({ due: "2027-01-04", governedBy: "shared-limit", state: "overdue" });
    expect(result.explanation).toContain("The policy sets this stage no limit of its own.");
    expect(result.explanation).toContain('Steps 1 to 5 share one limit, within 5 working days of the disagreement arising, and it governs here. It says: "Steps 1-5 of the process should not exceed 5 working days" (Timescales).');
  });

  it("is refused when its stages are not consecutive, or a stage is in two groups", () => {
    type Group = { id: string; stages: string[] };
    const copy = structuredClone(definition) as { sharedLimits: Group[] };
    const group = copy.sharedLimits[0] as Group;
    copy.sharedLimits = [{ ...group, stages: ["step-1", "step-3"] }, { ...group, id: "again", stages: ["step-3", "step-4"] }];
    const refused = parsePolicy(copy);
    expect(refused.success ? [] : refused.errors.map((found) => [found.code, found.path.join(".")])).toEqual([
      ["not-consecutive", "sharedLimits.0.stages"],
      ["shared-twice", "sharedLimits.1.stages.0"],
    ]);
  });
});

describe("a shared limit around Easter 2027", () => {
  it("holds the later stages to it", () => {
    // Raised Wed 24 Mar. Own: Step 1 Thu 25, Tue 30 Mar; Step 2 Wed 31, Thu 1 Apr; Step 3 Fri 2, Mon 5 Apr.
    // Shared: Thu 25, Tue 30, Wed 31, Thu 1, Fri 2 Apr (Good Friday and Easter Monday passed over).
    expect(schedule(policy, { raisedOn: "2027-03-24" }).stages.map((stage) => stage.due)).toEqual(["2027-03-30", "2027-04-01", "2027-04-02", "2027-04-02", "2027-04-02"]);
  });
});
