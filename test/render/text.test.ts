// The text renderers, on the referral fixture (test/fixtures/policies/referral.json) and Swindon.
// Dates counted by hand on the England and Wales calendar: 25 and 28 December 2026 and
// 1 January 2027 are bank holidays.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, InvalidResultError, parsePolicy, policies, renderAssessmentText, renderScheduleText, schedule, type Policy } from "../../src/index.js";

const parsed = parsePolicy(JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")));
const referral = (parsed.success ? parsed.policy : undefined) as Policy;

describe("renderScheduleText", () => {
  // Stage 1: Thu 24 Dec (1), Tue 29 (2). Stage 2: Wed 30, Thu 31, Mon 4, Tue 5, Wed 6 Jan.
  // Into Stage 3: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 January 2027.
  const text = renderScheduleText(schedule(referral, { raisedOn: "2026-12-23" }));

  it("gives each stage its due date, or says plainly that it has none", () => {
    expect(text).toContain("Stage 1  Practitioners  due Tuesday 29 December 2026\n");
    expect(text).toContain("Stage 2  Managers  due Wednesday 6 January 2027\n");
    expect(text).toContain("Stage 3  Independent Chair  no time limit\n");
    expect(text).not.toContain("due no time limit");
  });

  it("gives the time to escalate into a stage on its own line, with its rule", () => {
    expect(text).toContain("  escalate into it by Wednesday 13 January 2027: within 5 working days of the completion of Stage 2 (Managers)\n");
  });

  it("names the person as the policy does: the child or adult where it covers both", () => {
    expect(text).toContain("within 2 working days of the disagreement arising, or sooner where protecting the child or adult from harm needs it (whichever is less)");
  });

  it("lists the duties that have a date, as sentences", () => {
    // Recorded immediately on resolution; projected as Stage 2's last day.
    expect(text).toContain("  duty: Record the outcome. Due Wednesday 6 January 2027.\n");
  });

  it("names the final body once, and its duty as a sentence", () => {
    expect(text).toContain("Then: The Chair decides (Independent Chair). The Chair determines the course of action.\n");
    const swindon = renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" }));
    expect(swindon).not.toMatch(/Resolution Panel \(Resolution Panel/);
    expect(swindon).not.toMatch(/\.[.,]/);
  });

  it("says 'immediately after', not 'immediately ... of'", () => {
    const swindon = renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" }));
    expect(swindon).not.toContain("immediately (the same working day) of");
  });

  it("refuses what is not a schedule, saying what is wrong and where", () => {
    expect(() => renderScheduleText({} as never)).toThrow(InvalidResultError);
    expect(() => renderScheduleText({ ...schedule(referral, { raisedOn: "2026-12-23" }), stages: [{}] } as never)).toThrow(/stages\[0\]/);
  });
});

describe("renderAssessmentText", () => {
  const record = (events: unknown[]) => ({ policy: "referral", raisedOn: "2026-12-23", events }) as never;

  it("leads with the state in words, and the escalation owed with its date", () => {
    const text = renderAssessmentText(assess(referral, record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]), "2027-01-14"));
    expect(text.split("\n")[0]).toBe("OVERDUE: Stage 2 (Managers), due Wednesday 6 January 2027");
    expect(text).toContain("\nEscalate to Stage 3 (Independent Chair) by Wednesday 13 January 2027 (OVERDUE).\n");
  });

  it("has no due date to give where the stage has no time limit", () => {
    const text = renderAssessmentText(assess(referral, record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }, { type: "stage-entered", stage: "stage-3", on: "2027-01-13" }]), "2027-01-14"));
    expect(text.split("\n")[0]).toBe("NO TIME LIMIT: Stage 3 (Independent Chair)");
  });

  it("refuses what is not an assessment", () => {
    expect(() => renderAssessmentText(null as never)).toThrow(InvalidResultError);
  });
});

describe("renderScheduleText of a ladder with a shared limit", () => {
  it("renders it (a due date governed by the shared limit is a due date like any other)", () => {
    const shared = parsePolicy(JSON.parse(readFileSync(new URL("../fixtures/policies/shared.json", import.meta.url), "utf8")));
    const plan = schedule((shared.success ? shared.policy : undefined) as Policy, { raisedOn: "2026-12-23" });
    // Steps 3 to 5 are due Mon 4 Jan 2027 by the limit the five steps share (test/engine/shared.test.ts).
    expect(renderScheduleText(plan)).toContain("Stage 5  Step 5  due Monday 4 January 2027\n");
  });
});
