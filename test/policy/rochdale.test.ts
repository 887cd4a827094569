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

describe("time limits: 5 working days for every stage", () => {
  // "Each individual stage (1-6) should be completed within 5 working days." The
  // flowchart, "an outline of the complete process" (14.3), writes "Within 5 days
  // of being alerted to the disagreement" beside four of its levels: an outline
  // yields to the written procedure, and its "5 days", with no unit of its own,
  // takes the text's unit. So every stage is 5 working days, with no other reading.
  it.each(["stage-1", "stage-2", "stage-3", "stage-4", "stage-5", "stage-6"])("%s: 5 working days from its own start, the text's words", (id) => {
    const limit = stage(id).limit;
    expect(limit?.workingDays).toBe(5);
    expect(limit?.calendarDays).toBeUndefined();
    expect(limit?.from).toEqual({ startOf: id });
    expect(limit?.source.quote).toBe(TEXT_READING);
    expect(limit?.otherReadings).toBeUndefined();
  });

  it("says in its notes why the flowchart's \"5 days\" is not 5 calendar days", () => {
    expect(policy.document.notes).toContain("an outline of the complete process");
    expect(policy.document.notes).toContain("takes the text's");
    expect(policy.document.notes).toMatch(/5 calendar days .* is the misreading/);
  });

  it("Stage 3 is to be referred to without delay once Stage 2 fails: its escalateBy, not a step of Stage 3", () => {
    // "If the issue cannot be resolved at this level then the matter must be referred up through each agencies line
    // management structure without delay to a Head of Service or equivalent"
    expect(stage("stage-3").escalateBy).toMatchObject({ immediately: true, from: { completionOf: "stage-2" } });
    expect(stage("stage-3").escalateBy?.source.quote).toContain("referred up through each agencies line management structure without delay");
    expect(stage("stage-3").steps).toBeUndefined();
    // No other stage has a time to escalate into it in the text.
    expect(policy.stages.filter((s) => s.escalateBy !== undefined).map((s) => s.id)).toEqual(["stage-3"]);
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

  it("owes nothing for the learning the Board may be told of: a \"may\" is not a duty", () => {
    // "If there is any significant learning from the disagreement this may be shared with the Board."
    expect(stage("stage-6").duties?.map((d) => d.id)).toEqual(["stage-6-business-unit-aware", "stage-6-advise-other-organisation"]);
    expect(stage("stage-6").duties?.some((d) => d.kind === "learning")).toBe(false);
    expect(policy.document.notes).toContain("this may be shared with the Board");
  });

  it("the Chair of the RBSAB, who \"will determine the appropriate course of action\", is the final body", () => {
    // "... referred to the Chair of the RBSAB via the Business Manager, who will determine the appropriate course of action."
    expect(policy.final?.body).toBe("rbsab-chair");
    expect(policy.final?.what).toContain("determine the appropriate course of action");
    expect(policy.final?.source.quote).toContain("who will determine the appropriate course of action");
    // The text sets the Chair no time.
    expect(policy.final?.limit).toBeNull();
  });
});

describe("routes", () => {
  it("policy issues alone open Stage 6, from any earlier stage", () => {
    // "In the unlikely event that the issue is not resolved by the steps described above and/or the discussions raise
    // significant policy issues; it should be brought to the attention of": "and/or", so policy issues suffice.
    const route = rule("policy-issues-to-stage-6");
    expect(route.when).toEqual({ flag: "raises-policy-issues" });
    expect(route.effect).toBe("start-at-stage");
    expect(route.stage).toBe("stage-6");
    // "the discussions" of "the steps described above": Stages 1 to 5.
    expect(route.atStages).toEqual(["stage-1", "stage-2", "stage-3", "stage-4", "stage-5"]);
    expect(route.source.quote).toContain("and/or the discussions raise significant policy issues");
  });

  it("life-threatening AND an agency maintaining non-involvement: inform the RBSAB Business Unit at the earliest opportunity", () => {
    // "Where there is a need for intervention to prevent a life threatening episode ... In such circumstances, where
    // certain agencies maintain a position of non-involvement and other agencies disagree with this position, the
    // Rochdale Borough Safeguarding Adults Board Business Unit should be informed at the earliest opportunity."
    const lifeThreatening = rule("life-threatening-notify-business-unit");
    expect(lifeThreatening.when).toEqual({ all: [{ flag: "life-threatening" }, { flag: "agency-declines-involvement" }] });
    expect(lifeThreatening.effect).toBe("notify");
    expect(lifeThreatening.to).toEqual(["rbsab-business-unit"]);
    expect(lifeThreatening.limit?.immediately).toBe(true);
    // At the earliest opportunity once both circumstances hold: from the day the later of the two is flagged.
    expect(lifeThreatening.limit?.from).toEqual({ flagged: ["life-threatening", "agency-declines-involvement"] });
    expect(lifeThreatening.limit?.source.quote).toContain("at the earliest opportunity");
  });

  it("unresponsive managers at levels 1 and 2 (Stages 2 and 3), when the disagreement must be resolved very quickly: involve the next level", () => {
    // 14.3.2 "What happens when disagreements need to be resolved very quickly in order to safeguard an Adult at Risk's
    // Welfare?": "there may be a delay in managers at levels 1 and 2 responding to telephone calls or emails. When this
    // occurs careful consideration should be given to involving managers at the next level ... letting them know ...
    // that a speedy response is required to safeguard the adult". Level 1 is the first line managers of Stage 2
    // (Stage 1 is practitioners, with no managers); level 2 is Stage 3. The section's situation is time pressure, or
    // its own example, a life-threatening episode.
    const unresponsive = rule("manager-not-responding-involve-next-level");
    expect(unresponsive.when).toEqual({
      all: [{ flag: "manager-not-responding" }, { any: [{ flag: "time-pressure" }, { flag: "life-threatening" }] }],
    });
    expect(unresponsive.effect).toBe("involve-next-level");
    expect(unresponsive.atStages).toEqual(["stage-2", "stage-3"]);
  });

  it("has no other routes", () => {
    expect(policy.rules?.map((r) => r.id)).toEqual(["life-threatening-notify-business-unit", "manager-not-responding-involve-next-level", "policy-issues-to-stage-6"]);
  });

  it("uses only flags of the shared vocabulary, each where its own words say it", () => {
    const flags = (condition: unknown): string[] =>
      typeof condition !== "object" || condition === null ? [] : "flag" in condition ? [String(condition.flag)] : Object.values(condition).flat().flatMap(flags);
    const used = [...(policy.rules ?? []).map((r) => r.when), ...(policy.duties ?? []).map((d) => d.when), ...policy.stages.flatMap((s) => (s.notify ?? []).map((t) => t.when))].flatMap(flags);
    expect([...new Set(used)].sort()).toEqual(["agency-declines-involvement", "life-threatening", "manager-not-responding", "raises-policy-issues", "safeguarding-concern", "time-pressure"]);
  });
});

describe("duties at every stage", () => {
  it("communicates a concern through adult safeguarding procedures on the same working day, where a practitioner identifies one", () => {
    // "Where a practitioner does identify a concern, then that practitioner/agency has responsibility for communicating
    // such concerns through agreed adult safeguarding procedures on the same working day."
    const sameDay = duty("same-day-safeguarding-concern", policy.duties);
    expect(sameDay.when).toEqual({ flag: "safeguarding-concern" });
    expect(sameDay.limit?.immediately).toBe(true);
    // "on the same working day" as the practitioner identifies the concern: the day the case is flagged so.
    expect(sameDay.limit?.from).toEqual({ flagged: "safeguarding-concern" });
  });

  it("a worker left believing the adult remains at risk tells their line management and/or Safeguarding Leads", () => {
    // "Attempts at problem resolution may leave one worker / agency believing that the adult remains at risk of harm.
    // This person / agency is responsible for communicating any such concerns through their line management and/or the
    // Safeguard Leads for the organisations involved."
    const remaining = duty("remaining-risk-through-line-management", policy.duties);
    expect(remaining).toMatchObject({ kind: "notify", to: ["line-manager", "safeguarding-lead"], when: { flag: "safeguarding-concern" } });
    expect(remaining.limit).toBeUndefined();
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

  it("raises concerns with another agency as soon as possible: owed with no date", () => {
    // "On occasions where concerns need to be raised with another agency, practitioners should ensure this happens as
    // soon as possible and that discussions are clearly recorded."
    expect(duty("record-discussions-with-other-agency", policy.duties).limit).toMatchObject({ asSoonAsPossible: true, from: { raised: true } });
  });

  it("records as principles what the text states with no deadline", () => {
    expect(policy.principles?.map((p) => p.source.quote)).toEqual([
      "At no time must professional disagreement undermine the safeguarding of an adult. The adult’s welfare and safety must remain paramount throughout.",
      "The process below does not have to be followed in full. Disagreements can be resolved at any stage.",
      "Professional judgement should always be used.",
    ]);
  });

  it("records the reasons as a formal challenge at Stage 2", () => {
    // "which should be put in writing and, where required, clearly recorded as a formal challenge"
    expect(duty("stage-2-formal-challenge", stage("stage-2").duties)).toMatchObject({ kind: "record", where: "agency-record" });
  });
});
