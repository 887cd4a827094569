// Rochdale Borough Safeguarding Adults Board, Chapter 14: what policies/rochdale.json
// must say, each value pinned to the words of test/fixtures/seeds/rochdale.txt.
import { describe, expect, it } from "vitest";
import { byId, policyFile } from "./helpers.js";
import type { Duty, Rule, Stage } from "../../src/policy/schema.js";

const policy = policyFile("rochdale");

const stage = (id: string): Stage => byId(policy.stages, id);

const rule = (id: string): Rule => byId(policy.rules, id);

const duty = (id: string, duties: readonly Duty[] | undefined): Duty => byId(duties, id);

const roleKind = (id: string): string | undefined => policy.roles.find((role) => role.id === id)?.kind;

const TEXT_READING = "Each individual stage (1-6) should be completed within 5 working days.";

describe("the document", () => {
  it("is Rochdale's adults protocol, in England, undated", () => {
    expect(policy.id).toBe("rochdale");
    expect(policy.jurisdiction).toBe("england-and-wales");
    // "a belief in a genuine partnership and joint working to safeguard adults"
    expect(policy.subjects).toEqual(["adults"]);
    // The chapter gives no approval or review date.
    expect(policy.approved).toBeUndefined();
    expect(policy.reviewDue).toBeUndefined();
    expect(policy.document.notes).toMatch(/undated/i);
  });
});

describe("14.3.1 the ladder", () => {
  it("has six stages, numbered 1 to 6 in order", () => {
    // "Each individual stage (1-6) should be completed within 5 working days."
    expect(policy.stages.map((s) => [s.id, s.number])).toEqual([
      ["stage-1", 1],
      ["stage-2", 2],
      ["stage-3", 3],
      ["stage-4", 4],
      ["stage-5", 5],
      ["stage-6", 6],
    ]);
  });

  it("names the level of each stage", () => {
    // Stage 1: "resolve difficulties at practitioner/case worker level between agencies"
    expect(stage("stage-1").actors).toEqual({ raising: ["practitioner"], receiving: ["practitioner"] });
    // Stage 2: "the first line managers of the agencies involved discussing the issue of dispute"
    expect(stage("stage-2").actors.receiving).toContain("line-manager");
    // Stage 3: "referred up through each agencies line management structure without delay to a Head of Service or equivalent"
    expect(stage("stage-3").actors.receiving).toEqual(["head-of-service"]);
    // Stage 4: "the Line Manager or agency Safeguarding Lead of the challenging agency will liaise with the relevant Service Manager"
    expect(stage("stage-4").actors.raising).toContain("safeguarding-lead");
    expect(stage("stage-4").actors.receiving).toEqual(["service-manager"]);
    // Stage 5: "referred to the Heads of Service or most appropriate management committee member, commissioner or funding body"
    expect(stage("stage-5").actors.receiving).toEqual(["head-of-service", "management-committee", "commissioner-or-funding-body"]);
    // Stage 6: "it should be brought to the attention of a) The agency’s Board member"
    expect(stage("stage-6").actors.receiving).toEqual(["agency-board-member"]);
  });

  it("gives each role its kind", () => {
    // "the first line managers of the agencies involved"
    expect(roleKind("line-manager")).toBe("line-manager");
    // "a Head of Service or equivalent (e.g. Designated Adults Safeguarding Manager)"
    expect(roleKind("head-of-service")).toBe("head-of-service");
    // "the role of a Senior Manager ... may be undertaken by a member of the management committee"
    expect(roleKind("management-committee")).toBe("senior-manager");
    // "a) The agency’s Board member"
    expect(roleKind("agency-board-member")).toBe("agency-board-member");
    // "the Chair of the RBSAB via the Business Manager"
    expect(roleKind("rbsab-chair")).toBe("board-chair");
    expect(roleKind("rbsab-business-manager")).toBe("board-manager");
    // "the RBSAB Safeguarding Business Unit must be made aware of this"
    expect(roleKind("rbsab-business-unit")).toBe("board-business-unit");
  });
});

describe("time limits: 5 days (flowchart) against 5 working days (text)", () => {
  // Where the flowchart draws the level, "Within 5 days of being alerted to the
  // disagreement" read as calendar days is stricter than the text's
  // "Each individual stage (1-6) should be completed within 5 working days."
  const FLOWCHART_BOXES: Record<string, string> = {
    "stage-2": "Both Managers / agency Safeguarding Leads discuss concerns / response Within 5 days of being alerted to the disagreement.",
    "stage-3": "Disagreement is progressed through the organisation’s line management structure. Within 5 days of being alerted to the disagreement",
    "stage-4":
      "If the challenging agency remains dissatisfied the designated agency Safeguarding Lead/Senior Officer should discuss with the Head of Service/Manager at the equivalent level in the other agency. Within 5 days of being alerted to the disagreement.",
    "stage-6": "Where agreement cannot be reached at this level - the matter will be referred to the RBSAB Board Manager Within 5 days of being alerted to the disagreement.",
  };

  for (const [id, box] of Object.entries(FLOWCHART_BOXES)) {
    it(`${id}: 5 calendar days from being alerted, 5 working days kept as the other reading`, () => {
      const limit = stage(id).limit;
      // "Within 5 days of being alerted to the disagreement."
      expect(limit?.calendarDays).toBe(5);
      expect(limit?.workingDays).toBeUndefined();
      // "of being alerted": from the start of this stage
      expect(limit?.from).toEqual({ startOf: id });
      expect(limit?.source.quote).toBe(box);
      // "Each individual stage (1-6) should be completed within 5 working days."
      expect(limit?.otherReadings).toHaveLength(1);
      expect(limit?.otherReadings?.[0]?.workingDays).toBe(5);
      expect(limit?.otherReadings?.[0]?.calendarDays).toBeUndefined();
      expect(limit?.otherReadings?.[0]?.source.quote).toBe(TEXT_READING);
      expect(limit?.otherReadings?.[0]?.note).toMatch(/stricter/);
    });
  }

  // The flowchart has no 5-day box for the practitioner level ("Concerned
  // professional speaks to person who made original decision") nor a level of
  // its own for Stage 5, so the text's reading is the only one there.
  for (const id of ["stage-1", "stage-5"]) {
    it(`${id}: 5 working days from its start, the text's only reading`, () => {
      const limit = stage(id).limit;
      // "Each individual stage (1-6) should be completed within 5 working days."
      expect(limit?.workingDays).toBe(5);
      expect(limit?.calendarDays).toBeUndefined();
      expect(limit?.from).toEqual({ startOf: id });
      expect(limit?.source.quote).toBe(TEXT_READING);
      expect(limit?.otherReadings).toBeUndefined();
    });
  }

  it("refers up to a Head of Service without delay at Stage 3", () => {
    // "the matter must be referred up through each agencies line management structure without delay to a Head of Service"
    const step = stage("stage-3").steps?.find((candidate) => candidate.id === "stage-3-refer-to-head-of-service");
    expect(step?.limit?.immediately).toBe(true);
    expect(step?.limit?.from).toEqual({ startOf: "stage-3" });
  });
});

describe("Stage 6 targets", () => {
  it("a) tells the agency's Board member in every case", () => {
    // "it should be brought to the attention of a) The agency’s Board member"
    expect(stage("stage-6").notify?.[0]).toMatchObject({ to: ["agency-board-member"] });
    expect(stage("stage-6").notify?.[0]?.when).toBeUndefined();
  });

  it("b) refers to the Chair of the RBSAB via the Business Manager only when policy issues are raised", () => {
    // "b) If the disagreements raise significant policy or procedural issues it should be referred to the Chair of the RBSAB via the Business Manager"
    const chair = stage("stage-6").notify?.find((target) => target.to.includes("rbsab-chair"));
    expect(chair?.to).toEqual(["rbsab-chair"]);
    expect(chair?.when).toEqual({ flag: "raises-policy-issues" });
    expect(chair?.via).toBe("rbsab-business-manager");
  });

  it("makes the RBSAB Safeguarding Business Unit aware once senior officers are involved", () => {
    // "In situations where such senior officers have become involved ... the RBSAB Safeguarding Business Unit must be made aware of this."
    const aware = duty("stage-6-business-unit-aware", stage("stage-6").duties);
    expect(aware.kind).toBe("notify");
    expect(aware.to).toEqual(["rbsab-business-unit"]);
  });
});

describe("14.3.2 rules", () => {
  it("life-threatening: inform the RBSAB Business Unit at the earliest opportunity", () => {
    // "Where there is a need for intervention to prevent a life threatening episode ... the Rochdale Borough
    // Safeguarding Adults Board Business Unit should be informed at the earliest opportunity."
    const lifeThreatening = rule("life-threatening-notify-business-unit");
    expect(lifeThreatening.when).toEqual({ flag: "life-threatening" });
    expect(lifeThreatening.effect).toBe("notify");
    expect(lifeThreatening.to).toEqual(["rbsab-business-unit"]);
    expect(lifeThreatening.limit?.immediately).toBe(true);
    expect(lifeThreatening.limit?.source.quote).toContain("at the earliest opportunity");
  });

  it("unresponsive managers at levels 1 and 2 (Stages 2 and 3): involve the next level", () => {
    // "there may be a delay in managers at levels 1 and 2 responding to telephone calls or emails. When this occurs
    // careful consideration should be given to involving managers at the next level of the management structure"
    // Level 1 is the first line managers of Stage 2 (Stage 1 is practitioners, with no managers); level 2 is Stage 3.
    const unresponsive = rule("manager-not-responding-involve-next-level");
    expect(unresponsive.when).toEqual({ flag: "manager-not-responding" });
    expect(unresponsive.effect).toBe("involve-next-level");
    expect(unresponsive.atStages).toEqual(["stage-2", "stage-3"]);
  });

  it("has no other rules", () => {
    expect(policy.rules?.map((r) => r.id)).toEqual(["life-threatening-notify-business-unit", "manager-not-responding-involve-next-level"]);
  });
});

describe("duties at every stage", () => {
  it("communicates concerns through adult safeguarding procedures on the same working day", () => {
    // "communicating such concerns through agreed adult safeguarding procedures on the same working day"
    const sameDay = duty("same-day-safeguarding-concern", policy.duties);
    expect(sameDay.limit?.immediately).toBe(true);
    expect(sameDay.limit?.from).toEqual({ raised: true });
  });

  it("keeps records on the agency record and the adult's file", () => {
    // "A clear record must be kept at all stages by all parties to the disagreement."
    expect(duty("record-all-stages", policy.duties)).toMatchObject({ kind: "record", where: "agency-record" });
    // "written confirmation between the parties about an agreed outcome of the disagreements"
    expect(duty("confirm-agreed-outcome", policy.duties).kind).toBe("confirm-in-writing");
    // "Written records of all discussions must be kept on the service users file."
    expect(duty("record-on-adult-file", policy.duties)).toMatchObject({ kind: "record", where: "adult-file" });
    // "records should clearly articulate that a formal challenge has been lodged"
    expect(duty("record-formal-challenge", policy.duties)).toMatchObject({ kind: "record", where: "agency-record" });
  });

  it("records the reasons as a formal challenge at Stage 2", () => {
    // "which should be put in writing and, where required, clearly recorded as a formal challenge"
    expect(duty("stage-2-formal-challenge", stage("stage-2").duties)).toMatchObject({ kind: "record", where: "agency-record" });
  });
});
