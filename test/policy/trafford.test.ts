import { describe, expect, it } from "vitest";
import { policyFile } from "./helpers.js";
import { type Stage } from "../../src/policy/schema.js";

const policy = policyFile("trafford");

function stage(number: number): Stage {
  const found = policy.stages.find((s) => s.number === number);
  if (found === undefined) throw new Error(`no stage ${number}`);
  return found;
}

describe("trafford: the ladder", () => {
  it("has five stages; Stages 1-4 have limits of 1, 2, 2 and 5 working days, Stage 5 none", () => {
    // Stage 1 "within one working day"; Stage 2 "This should be done within 2 working days"; Stage 3 "Again, this
    // should be done within 2 working days"; Stage 4 "Again, this should be done within 5 working days."
    // Stage 5's "Again, this should be done within 5 working days" is the time to refer the case to the
    // Independent Chair; the text gives the Chair's own work no time.
    expect(policy.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(policy.stages.map((s) => s.limit?.workingDays ?? null)).toEqual([1, 2, 2, 5, null]);
    expect(stage(5).limit).toBeNull();
  });

  it("Stage 5's five working days are the time to refer the case to the Independent Chair (escalateBy)", () => {
    // "Where it has not been possible to resolve the professional disagreement at Stage Four, the matter must be
    // referred to the Independent Chair of the SAB. Again, this should be done within 5 working days."
    expect(stage(5).escalateBy).toMatchObject({ workingDays: 5, from: { completionOf: stage(4).id } });
    expect(stage(5).escalateBy?.source.quote).toContain("the matter must be referred to the Independent Chair of the SAB. Again, this should be done within 5 working days.");
    // No other stage has one: Stages 2-4 keep their times as limits (see the notes' other reading).
    expect(policy.stages.filter((s) => s.escalateBy !== undefined).map((s) => s.number)).toEqual([5]);
  });

  it("records the reading of Stages 2-4's times as escalation times, and why it was not used", () => {
    expect(policy.document.notes).toMatch(/Other reading, recorded and not used: each "this should be done within N" could be the time to escalate into that stage/);
    expect(policy.document.notes).toContain("would leave Stages 2-4 with no time of their own");
  });

  it("Stage 1 runs from the disagreement arising", () => {
    // "Initial attempts should be made to resolve the problem within one working day."
    expect(stage(1).limit?.from).toEqual({ raised: true });
  });

  it.each([2, 3, 4])("Stage %i runs from the completion of the stage before", (n) => {
    // "Where agreement is not reached, the issue should be escalated ..."; "Where agreement is not reached at Stage Two ...";
    // "Where it has not been possible to resolve ... within the agencies ...": each escalation follows the failure of
    // the stage before.
    expect(stage(n).limit?.from).toEqual({ completionOf: stage(n - 1).id });
  });

  it("has no Resolution Panel after Stage 5", () => {
    // The table ends at "Stage 5: Independent Chair of the Safeguarding Adults Board (SAB)".
    expect(policy.final).toBeUndefined();
  });

  it("carries the approval and review dates", () => {
    // "TSSP Policy and Procedures Sub-board 15/03/2024"; "Review Date ... 01/06/2025"
    expect(policy.approved).toBe("2024-03-15");
    expect(policy.reviewDue).toBe("2025-06-01");
  });
});

describe("trafford: after resolution", () => {
  it("lists actions after resolution for Stages 1-3 only", () => {
    // "Action after resolution found": bullet lists for Stages 1, 2 and 3; the cells for Stages 4 and 5 are empty.
    expect(policy.stages.map((s) => s.afterResolution?.length ?? 0)).toEqual([3, 7, 7, 0, 0]);
  });

  it.each([2, 3])("Stage %i completes the Escalation Record, a form", (n) => {
    // Stage 2 "Complete the Escalation Record and log according to agency procedure."; Stage 3 "Complete Escalation Record and log ..."
    const records = stage(n).afterResolution?.filter((d) => d.form === "Escalation Record") ?? [];
    expect(records.map((d) => [d.kind, d.where])).toEqual([["form", "escalation-record"]]);
  });

  it("Stage 2 confirms the actions in writing", () => {
    // "Confirm the actions in writing with agencies and include a date to review, if necessary."
    expect(stage(2).afterResolution?.some((d) => d.kind === "confirm-in-writing")).toBe(true);
  });

  it("Stage 3 has the Business Office retain a copy", () => {
    // "Business Office to retain a copy of the agreement reached."
    const copy = stage(3).afterResolution?.find((d) => d.kind === "copy");
    expect(copy?.to).toEqual(["business-office"]);
  });

  it("sets no time on any action after resolution", () => {
    // The "Action after resolution found" lists give no timescales.
    expect(policy.stages.flatMap((s) => s.afterResolution ?? []).filter((d) => d.limit !== undefined)).toEqual([]);
  });
});

describe("trafford: routes and duties at every stage", () => {
  it("has two routes: immediate risk, and Complex High Risk cases", () => {
    expect(policy.rules?.map((r) => r.id)).toEqual(["immediate-risk-any-stage", "complex-high-risk-round-table"]);
  });

  it("lets a case at immediate risk start at any stage", () => {
    // "if an adult is thought to be at risk of immediate harm discretion should be used as to which stage is initiated."
    expect(policy.rules?.[0]).toMatchObject({ effect: "start-at-any-stage", when: { flag: "immediate-risk" } });
    expect(policy.rules?.[0]?.limit).toBeUndefined();
  });

  it("takes a Complex High Risk case (polarised views AND time pressure) to a round-table of senior managers, early on", () => {
    // 3. "Where there are significant and serious areas of disagreement between adult social care, police and health,
    // resulting in polarised views, it can be difficult to reach agreement. Where time pressures, particularly within or
    // about acute health service issues are involved, it is proposed that multi-agency oversight of the case involving
    // senior staff is undertaken early on by convening a round-table discussion or consultation involving senior managers."
    const route = policy.rules?.[1];
    expect(route).toMatchObject({ effect: "notify", to: ["senior-managers"], when: { all: [{ flag: "polarised-views" }, { flag: "time-pressure" }] } });
    // "early on" gives no number: no time limit.
    expect(route?.limit).toBeUndefined();
    expect(policy.roles.find((r) => r.id === "senior-managers")?.kind).toBe("senior-manager");
  });

  it("keeps records at all stages", () => {
    // "At all stages of the process, actions and decisions must be timely, recorded in writing ..." and
    // "A clear record should be kept at all stages by all parties."
    expect(policy.duties?.filter((d) => d.kind === "record")).toHaveLength(2);
  });

  it("brings gaps in policies and procedures to the Board Manager or Independent Chair", () => {
    // "If the process highlights gaps in policies and procedures this will be brought to the attention of the
    // Safeguarding Adults Board Manager or Independent Chair of the Safeguarding Adults Board."
    // No one flag says "gaps in policies and procedures": either of the two that state such a gap will do.
    const gaps = policy.duties?.find((d) => d.when !== undefined);
    expect(gaps?.when).toEqual({ any: [{ flag: "unclear-procedure" }, { flag: "raises-policy-issues" }] });
    expect(gaps?.to?.map((id) => policy.roles.find((r) => r.id === id)?.kind)).toEqual(["board-manager", "board-chair"]);
  });
});
