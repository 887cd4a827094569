// Redbridge Safeguarding Adults Board, Resolution of professional differences: what
// policies/redbridge.json must say, each value pinned to the words of
// test/fixtures/seeds/redbridge.txt.
import { describe, expect, it } from "vitest";
import { byId, policyFile } from "./helpers.js";
import type { Stage, Step } from "../../src/policy/schema.js";

const policy = policyFile("redbridge");

const stage = (id: string): Stage => byId(policy.stages, id);

function step(stageId: string, id: string): Step {
  const found = stage(stageId).steps?.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no step ${id} in ${stageId}`);
  return found;
}

const roleKind = (id: string): string | undefined => policy.roles.find((role) => role.id === id)?.kind;

describe("the document", () => {
  it("is Redbridge's adults protocol, in England, undated", () => {
    expect(policy.id).toBe("redbridge");
    expect(policy.jurisdiction).toBe("england-and-wales");
    // "all agencies working with adults at risk in the Redbridge"
    expect(policy.subjects).toEqual(["adults"]);
    // The text gives no version, approval or review date.
    expect(policy.version).toBeUndefined();
    expect(policy.approved).toBeUndefined();
    expect(policy.reviewDue).toBeUndefined();
    expect(policy.document.notes).toMatch(/undated/i);
  });
});

describe("the ladder", () => {
  it("has four stages, numbered 1 to 4 in order", () => {
    // "Stage 1" (4.4), "Stage 2" (4.5), "Stage 3" (4.6), "Stage 4" (4.7)
    expect(policy.stages.map((s) => [s.id, s.number])).toEqual([
      ["stage-1", 1],
      ["stage-2", 2],
      ["stage-3", 3],
      ["stage-4", 4],
    ]);
  });

  it("names the level of each stage", () => {
    // "the professional with concerns should raise the matter with the relevant professional in the other agency"
    expect(stage("stage-1").actors).toEqual({ raising: ["concerned-professional"], receiving: ["receiving-professional"] });
    // "escalated to their respective line managers"
    expect(stage("stage-2").actors).toEqual({ raising: ["raising-line-manager"], receiving: ["receiving-line-manager"] });
    // "the senior manager in the agency receiving the concerns will confirm the outcome with his/her counterpart"
    expect(stage("stage-3").actors).toEqual({ raising: ["raising-senior-manager"], receiving: ["receiving-senior-manager"] });
    // "the Independent Chair of the Redbridge Safeguarding Adults Board (RSAB)"
    expect(roleKind("rsab-chair")).toBe("board-chair");
    // "The RSAB Business Manager should be copied"
    expect(roleKind("rsab-business-manager")).toBe("board-manager");
  });
});

describe("Stage 1 (4.4 and the flowchart)", () => {
  it("is limited to 5 working days from the disagreement, or less to protect the adult", () => {
    // Flowchart: "to resolve the issues within 5 working days or a timescale that protects the adult from harm (whichever is less)"
    const limit = stage("stage-1").limit;
    expect(limit?.workingDays).toBe(5);
    expect(limit?.from).toEqual({ raised: true });
    expect(limit?.whicheverIsLess).toBe(true);
    expect(limit?.otherReadings).toBeUndefined();
  });

  it("raises the matter within two working days of the disagreement", () => {
    // "raise the matter with the relevant professional in the other agency verbally or in writing
    // within two working days of the disagreement or receipt of a decision"
    const limit = step("stage-1", "raise-with-other-agency").limit;
    expect(limit?.workingDays).toBe(2);
    expect(limit?.from).toEqual({ raised: true });
  });

  it("has the receiving professional speak to the concerned professional within three working days of being raised", () => {
    // "must speak to the concerned professional within three working days"
    const limit = step("stage-1", "speak-to-concerned-professional").limit;
    expect(limit?.workingDays).toBe(3);
    expect(limit?.from).toEqual({ step: "raise-with-other-agency" });
  });

  it("adds up: 2 + 3 working days are the flowchart's 5", () => {
    const raise = step("stage-1", "raise-with-other-agency").limit?.workingDays ?? 0;
    const speak = step("stage-1", "speak-to-concerned-professional").limit?.workingDays ?? 0;
    expect(raise + speak).toBe(stage("stage-1").limit?.workingDays);
  });

  it("confirms a resolution in writing within a further two working days", () => {
    // "the receiving professional will confirm the outcome with the professional who has raised the concerns
    // in writing within a further two working days"
    const confirm = step("stage-1", "stage-1-confirm-outcome");
    expect(confirm.afterResolution).toBe(true);
    expect(confirm.actors).toEqual(["receiving-professional"]);
    expect(confirm.limit?.workingDays).toBe(2);
    expect(confirm.limit?.from).toEqual({ resolution: true });
  });

  it("has the steps 2, 3 and 2 working days, in that order", () => {
    expect(stage("stage-1").steps?.map((s) => s.limit?.workingDays)).toEqual([2, 3, 2]);
  });
});

describe("Stage 2 (4.5)", () => {
  it("escalates to line managers within the same working day Stage 1 ends", () => {
    // "the concern or difficulty should be escalated to their respective line managers within the same working day"
    const limit = step("stage-2", "escalate-to-line-managers").limit;
    expect(limit?.immediately).toBe(true);
    expect(limit?.workingDays).toBeUndefined();
    expect(limit?.from).toEqual({ completionOf: "stage-1" });
  });

  it("resolves within a further five working days, or less to protect the adult", () => {
    // "a resolution should be achieved within a further five working days or a timescale that protects the adult
    // from harm (whichever is less)"; flowchart: "to resolve the issues within 5 working days"
    const limit = stage("stage-2").limit;
    expect(limit?.workingDays).toBe(5);
    expect(limit?.from).toEqual({ completionOf: "stage-1" });
    expect(limit?.whicheverIsLess).toBe(true);
    expect(limit?.otherReadings).toBeUndefined();
  });

  it("confirms a resolution within a further two working days", () => {
    // "the receiving line manager will confirm the outcome with his/her counterpart in the agency raising concerns
    // within a further two working days"
    const confirm = step("stage-2", "stage-2-confirm-outcome");
    expect(confirm.afterResolution).toBe(true);
    expect(confirm.actors).toEqual(["receiving-line-manager"]);
    expect(confirm.limit?.workingDays).toBe(2);
    expect(confirm.limit?.from).toEqual({ resolution: true });
  });
});

describe("Stage 3 (4.6 against the flowchart)", () => {
  it("refers to the senior manager without delay", () => {
    // "the issue must be referred without delay to the relevant senior manager"
    const limit = step("stage-3", "refer-to-senior-manager").limit;
    expect(limit?.immediately).toBe(true);
    expect(limit?.from).toEqual({ completionOf: "stage-2" });
  });

  it("adopts the flowchart's 2 working days, the stricter reading", () => {
    // Flowchart: "Concern or difficulty to be referred to the relevant senior manager without delay to resolve the
    // issues within 2 working days or a timescale that protects the adult from harm (whichever is less)"
    const limit = stage("stage-3").limit;
    expect(limit?.workingDays).toBe(2);
    expect(limit?.from).toEqual({ completionOf: "stage-2" });
    expect(limit?.whicheverIsLess).toBe(true);
    expect(limit?.source.section).toMatch(/flowchart/i);
    expect(limit?.source.quote).toContain("within 2 working days");
  });

  it("records the text's five working days as the other reading", () => {
    // 4.6: "Following referral to senior managers, a resolution should be achieved within a further five working days
    // or a timescale that protects the adult from harm (whichever is less)."
    const readings = stage("stage-3").limit?.otherReadings;
    expect(readings).toHaveLength(1);
    expect(readings?.[0]?.workingDays).toBe(5);
    expect(readings?.[0]?.source.quote).toBe(
      "Following referral to senior managers, a resolution should be achieved within a further five working days or a timescale that protects the adult from harm (whichever is less).",
    );
    expect(readings?.[0]?.note).toMatch(/stricter/);
  });

  it("confirms a resolution within a further two working days", () => {
    // "the senior manager in the agency receiving the concerns will confirm the outcome with his/her counterpart in
    // the agency raising concerns within a further two working days"
    const confirm = step("stage-3", "stage-3-confirm-outcome");
    expect(confirm.afterResolution).toBe(true);
    expect(confirm.actors).toEqual(["receiving-senior-manager"]);
    expect(confirm.limit?.workingDays).toBe(2);
    expect(confirm.limit?.from).toEqual({ resolution: true });
  });

  it("copies the RSAB Business Manager from Stage 3 onwards (so Stage 4 too)", () => {
    // "The RSAB Business Manager should be copied into disagreements that have escalated to this level (Stage 3)."
    // 4.7 repeats it for "this level (Stage 4)", which a rule from Stage 3 already covers.
    expect(policy.copyRules).toHaveLength(1);
    expect(policy.copyRules?.[0]?.to).toEqual(["rsab-business-manager"]);
    expect(policy.copyRules?.[0]?.fromStage).toBe("stage-3");
  });
});

describe("Stage 4 and the Chair (4.7, 4.9)", () => {
  it("refers to the RSAB Chair via the Business Manager within the same working day", () => {
    // "the matter will be referred directly to the Chair of the RSAB via the RSAB Business Manager within the same working day"
    const limit = stage("stage-4").limit;
    expect(limit?.immediately).toBe(true);
    expect(limit?.workingDays).toBeUndefined();
    expect(limit?.from).toEqual({ completionOf: "stage-3" });
    expect(stage("stage-4").notify).toEqual([expect.objectContaining({ to: ["rsab-chair"], via: "rsab-business-manager" })]);
  });

  it("sends a Stage 3 discussion that raises significant policy issues straight to the Chair", () => {
    // "and/or the discussion raises significant policy issues, the matter must be referred to the Independent Chair"
    const policyIssues = policy.rules?.find((r) => r.id === "policy-issues-to-chair");
    expect(policyIssues?.when).toEqual({ flag: "raises-policy-issues" });
    expect(policyIssues?.effect).toBe("start-at-stage");
    expect(policyIssues?.stage).toBe("stage-4");
    expect(policyIssues?.atStages).toEqual(["stage-3"]);
  });

  it("has the RSAB Chair make recommendations within five working days", () => {
    // "The RSAB Chair will make recommendations within five working days of the issue being brought to his/her attention."
    expect(policy.final?.body).toBe("rsab-chair");
    expect(policy.final?.limit?.workingDays).toBe(5);
    expect(policy.final?.limit?.from).toEqual({ completionOf: "stage-4" });
    expect(policy.final?.limit?.whicheverIsLess).toBeUndefined();
  });
});

describe("rules and duties (4.1, 4.3)", () => {
  it("escalates an immediate risk to a manager and/or safeguarding lead immediately", () => {
    // "a professional considers an adult is at immediate risk of significant harm, concerns must be escalated to a
    // manager and/or safeguarding lead immediately"
    const immediate = policy.rules?.find((r) => r.id === "immediate-risk-escalation");
    expect(immediate?.when).toEqual({ flag: "immediate-risk" });
    expect(immediate?.effect).toBe("notify");
    expect(immediate?.to).toEqual(["manager", "safeguarding-lead"]);
    expect(immediate?.limit?.immediately).toBe(true);
    expect(immediate?.limit?.from).toEqual({ raised: true });
  });

  it("has no other rules", () => {
    expect(policy.rules?.map((r) => r.id)).toEqual(["immediate-risk-escalation", "policy-issues-to-chair"]);
  });

  it("records each discussion on the adult's file, and the agreed outcome, at every stage", () => {
    // "contemporaneously record each intra and inter-agency discussion ... and place a record on the adult’s file"
    expect(policy.duties?.find((d) => d.id === "record-each-discussion")).toMatchObject({ kind: "record", where: "adult-file" });
    // "The agreed outcome of discussions and how any outstanding issues will be pursued must be recorded."
    expect(policy.duties?.find((d) => d.id === "record-agreed-outcome")?.kind).toBe("record");
  });
});
