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

describe("the flowchart against the written procedure", () => {
  it("is presented as an illustration: where it differs, the written figure is encoded and the flowchart's recorded", () => {
    // 4.3: "A flowchart is available illustrating the process on page 6 of this Policy."
    expect(policy.document.notes).toContain("\"illustrating the process\"");
    // The only figure that differs is Stage 3's (see below); it is the only other reading.
    const readings = policy.stages.flatMap((s) => s.limit?.otherReadings ?? []);
    expect(readings.map((r) => [r.workingDays, r.source.section])).toEqual([[2, "Flowchart — Stage 3"]]);
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
    // The first stage: nothing escalates into it.
    expect(stage("stage-1").escalateBy).toBeUndefined();
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

  it("has the two steps, 2 and 3 working days, in that order", () => {
    expect(stage("stage-1").steps?.map((s) => [s.id, s.limit?.workingDays])).toEqual([
      ["raise-with-other-agency", 2],
      ["speak-to-concerned-professional", 3],
    ]);
  });
});

describe("confirming the outcome: who confirms, and to whom (4.4, 4.5, 4.6)", () => {
  // Each is owed once a resolution is reached, within a further two working days, and names who confirms (in its
  // words) and who receives (its `to`).
  it.each([
    // 4.4: "the receiving professional will confirm the outcome with the professional who has raised the concerns in writing"
    ["stage-1", "The receiving professional", "concerned-professional", "practitioner"],
    // 4.5: "the receiving line manager will confirm the outcome with his/her counterpart in the agency raising concerns"
    ["stage-2", "The receiving line manager", "raising-line-manager", "line-manager"],
    // 4.6: "the senior manager in the agency receiving the concerns will confirm the outcome with his/her counterpart in the agency raising concerns"
    ["stage-3", "The senior manager in the agency receiving the concerns", "raising-senior-manager", "senior-manager"],
  ])("%s: %s confirms to %s", (stageId, confirmer, receiver, kind) => {
    const confirm = byId(stage(stageId).afterResolution, `${stageId}-confirm-outcome`);
    expect(confirm.kind).toBe("confirm-in-writing");
    expect(confirm.what.startsWith(`${confirmer} confirms the outcome`)).toBe(true);
    expect(confirm.to).toEqual([receiver]);
    expect(roleKind(receiver)).toBe(kind);
    expect(confirm.limit).toMatchObject({ workingDays: 2, from: { resolution: true } });
    expect(confirm.limit?.source.quote).toMatch(/^Where a resolution is reached .* will confirm the outcome with .* within a further two working days\.$/);
  });

  it("the side receiving the confirmation is the side that raised the concerns, never the one confirming", () => {
    for (const id of ["stage-1", "stage-2", "stage-3"]) {
      const confirm = byId(stage(id).afterResolution, `${id}-confirm-outcome`);
      expect(confirm.to).toEqual(stage(id).actors.raising);
      expect(confirm.to).not.toEqual(stage(id).actors.receiving);
    }
  });
});

describe("Stage 2 (4.5)", () => {
  it("is to be escalated to line managers within the same working day Stage 1 ends (its escalateBy)", () => {
    // "the concern or difficulty should be escalated to their respective line managers within the same working day"
    const escalateBy = stage("stage-2").escalateBy;
    expect(escalateBy?.immediately).toBe(true);
    expect(escalateBy?.from).toEqual({ completionOf: "stage-1" });
    expect(escalateBy?.source.quote).toContain("within the same working day");
    expect(stage("stage-2").steps).toBeUndefined();
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
});

describe("Stage 3 (4.6 against the flowchart)", () => {
  it("is to be referred to the senior manager without delay (its escalateBy)", () => {
    // "the issue must be referred without delay to the relevant senior manager"
    const escalateBy = stage("stage-3").escalateBy;
    expect(escalateBy?.immediately).toBe(true);
    expect(escalateBy?.from).toEqual({ completionOf: "stage-2" });
    expect(escalateBy?.source.quote).toContain("referred without delay to the relevant senior manager");
    expect(stage("stage-3").steps).toBeUndefined();
  });

  it("follows the written procedure: a further five working days following referral to senior managers", () => {
    // 4.6: "Following referral to senior managers, a resolution should be achieved within a further five working days
    // or a timescale that protects the adult from harm (whichever is less)."
    const limit = stage("stage-3").limit;
    expect(limit?.workingDays).toBe(5);
    expect(limit?.from).toEqual({ startOf: "stage-3" });
    expect(limit?.whicheverIsLess).toBe(true);
    expect(limit?.source.section).toBe("4.6 Stage 3");
    expect(limit?.source.quote).toBe(
      "Following referral to senior managers, a resolution should be achieved within a further five working days or a timescale that protects the adult from harm (whichever is less).",
    );
  });

  it("records the flowchart's 2 working days as the other reading, saying the illustration yields", () => {
    // Flowchart: "Concern or difficulty to be referred to the relevant senior manager without delay to resolve the
    // issues within 2 working days or a timescale that protects the adult from harm (whichever is less)"
    const readings = stage("stage-3").limit?.otherReadings;
    expect(readings).toHaveLength(1);
    expect(readings?.[0]?.workingDays).toBe(2);
    expect(readings?.[0]?.source.section).toMatch(/flowchart/i);
    expect(readings?.[0]?.source.quote).toContain("within 2 working days");
    expect(readings?.[0]?.note).toContain("illustrating the process");
    expect(readings?.[0]?.note).toContain("yields to the written procedure");
  });

  it("copies the RSAB Business Manager from Stage 3 onwards (so Stage 4 too)", () => {
    // "The RSAB Business Manager should be copied into disagreements that have escalated to this level (Stage 3)."
    // 4.7 repeats it for "this level (Stage 4)", which a rule from Stage 3 already covers.
    expect(policy.copyRules).toHaveLength(1);
    expect(policy.copyRules?.[0]?.to).toEqual(["rsab-business-manager"]);
    expect(policy.copyRules?.[0]?.fromStage).toBe("stage-3");
  });
});

describe("Stage 4: the Independent Chair (4.7, 4.9)", () => {
  it("is to be referred to the Chair via the Business Manager within the same working day (its escalateBy)", () => {
    // 4.9: "the matter will be referred directly to the Chair of the RSAB via the RSAB Business Manager within the same working day"
    const escalateBy = stage("stage-4").escalateBy;
    expect(escalateBy?.immediately).toBe(true);
    expect(escalateBy?.from).toEqual({ completionOf: "stage-3" });
    expect(escalateBy?.source.quote).toContain("within the same working day");
    expect(stage("stage-4").notify).toEqual([expect.objectContaining({ to: ["rsab-chair"], via: "rsab-business-manager" })]);
  });

  it("is the Chair's: recommendations within five working days of the issue being brought to his/her attention", () => {
    // 4.9: "The RSAB Chair will make recommendations within five working days of the issue being brought to his/her attention."
    expect(stage("stage-4").actors.receiving).toEqual(["rsab-chair"]);
    const limit = stage("stage-4").limit;
    expect(limit?.workingDays).toBe(5);
    expect(limit?.from).toEqual({ startOf: "stage-4" });
    expect(limit?.whicheverIsLess).toBeUndefined();
  });

  it("has nothing after it: 'The RSAB is not an operational body and cannot direct the actions of partner agencies'", () => {
    expect(policy.final).toBeUndefined();
  });

  it("sends a Stage 3 discussion that raises significant policy issues straight to the Chair", () => {
    // "and/or the discussion raises significant policy issues, the matter must be referred to the Independent Chair"
    const policyIssues = policy.rules?.find((r) => r.id === "policy-issues-to-chair");
    expect(policyIssues?.when).toEqual({ flag: "raises-policy-issues" });
    expect(policyIssues?.effect).toBe("start-at-stage");
    expect(policyIssues?.stage).toBe("stage-4");
    expect(policyIssues?.atStages).toEqual(["stage-3"]);
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
