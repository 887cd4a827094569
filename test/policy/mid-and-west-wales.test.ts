// Mid and West Wales Safeguarding Board, Multi-agency Protocol for the Resolution of
// Professional Differences (V3): what policies/mid-and-west-wales.json must say, each
// value pinned to the words of test/fixtures/seeds/mid-and-west-wales.txt.
import { describe, expect, it } from "vitest";
import { byId, policyFile } from "./helpers.js";
import type { Duty, Stage } from "../../src/policy/schema.js";

const policy = policyFile("mid-and-west-wales");

const stage = (id: string): Stage => byId(policy.stages, id);

const duty = (id: string, duties: readonly Duty[] | undefined): Duty => byId(duties, id);

const roleKind = (id: string): string | undefined => policy.roles.find((role) => role.id === id)?.kind;

describe("the document", () => {
  it("is version 3, approved 24/01/2023, for review 24/01/2025, in Wales, for children and adults", () => {
    // Version table, V3 row: "V3 October 2022 ... 24/01/2023 24/01/2025" (day/month/year)
    expect(policy.id).toBe("mid-and-west-wales");
    expect(policy.version).toBe("V3 October 2022");
    expect(policy.approved).toBe("2023-01-24");
    expect(policy.reviewDue).toBe("2025-01-24");
    expect(policy.jurisdiction).toBe("wales");
    // "to protect children and adults in their area"
    expect(policy.subjects).toEqual(["adults", "children"]);
  });

  it("declares the boards and groups with their kinds", () => {
    // "Chair of the relevant Safeguarding Board (CYSUR/CWMPAS)"
    expect(roleKind("cysur-chair")).toBe("board-chair");
    expect(roleKind("cwmpas-chair")).toBe("board-chair");
    // "communicated to the LOG Chair via email"
    expect(roleKind("log-chair")).toBe("board-chair");
    // "which will be shared with the Executive Board"
    expect(roleKind("executive-board")).toBe("board");
    // "The Statutory Director/Agency Senior Strategic Lead"
    expect(roleKind("statutory-director")).toBe("director");
  });
});

describe("the ladder", () => {
  it("has three stages, numbered 1 to 3 in order", () => {
    // "The dispute resolution must be achieved within the following three stages."
    expect(policy.stages.map((s) => [s.id, s.number])).toEqual([
      ["stage-1", 1],
      ["stage-2", 2],
      ["stage-3", 3],
    ]);
  });
});

describe("Stage 1 (3.2-3.4)", () => {
  it("meets within 5 working days of the written request, or less to safeguard", () => {
    // "put their concerns in writing ... and ask to discuss/meet within 5 working days, or within a timescale that
    // ensures the child or adult is safeguarded from harm, whichever is less": the 5 working days are the meeting's,
    // counted from the request the written concerns make, an event of the case.
    const steps = stage("stage-1").steps;
    expect(steps?.map((s) => s.id)).toEqual(["discuss-or-meet"]);
    expect(steps?.[0]?.limit?.workingDays).toBe(5);
    expect(steps?.[0]?.limit?.from).toEqual({ event: "concerns-in-writing" });
    expect(steps?.[0]?.limit?.whicheverIsLess).toBe(true);
    expect(policy.events?.map((e) => [e.id, e.source.quote])).toEqual([
      ["concerns-in-writing", "The practitioner and/ or staff member should put their concerns in writing to the individual with whom they have the professional difference, and ask to discuss/meet"],
    ]);
  });

  it("ends after 10 working days from the disagreement", () => {
    // "If the matter is not resolved at Stage 1 or within 10 working days"
    const limit = stage("stage-1").limit;
    expect(limit?.workingDays).toBe(10);
    expect(limit?.from).toEqual({ raised: true });
    // 3.6 has no "timescale that protects ... from harm" clause.
    expect(limit?.whicheverIsLess).toBeUndefined();
    expect(limit?.source.quote).toContain("within 10 working days");
  });

  it("once resolved, keeps a record signed by both parties on the case file and emails one to the local safeguarding lead", () => {
    // 3.3: "All parties should keep a written record of the disagreement and the agreed resolution, which is signed by
    // both parties and maintained within the child/adult's case file held by the respective agencies." A record of "the
    // agreed resolution" follows the resolution: it is owed once Stage 1 resolves, not while it is open.
    expect(stage("stage-1").duties).toBeUndefined();
    // "the child/adult's case file": the child's file for a child, the adult's for an adult.
    for (const [subject, where] of [["adult", "adult-file"], ["child", "child-file"]] as const) {
      const signed = duty(`stage-1-signed-record-${subject}`, stage("stage-1").afterResolution);
      expect(signed).toMatchObject({ kind: "record", where, when: { subject } });
      expect(signed.what).toContain("signed by both parties");
      expect(signed.source.quote).toContain("which is signed by both parties");
    }
    // "A record of the disagreement and agreed resolution should be communicated to the local safeguarding lead via email."
    expect(duty("stage-1-record-to-safeguarding-lead", stage("stage-1").afterResolution)).toMatchObject({
      kind: "notify",
      where: "email",
      to: ["local-safeguarding-lead"],
    });
  });

  it("refers an unclear or missing procedure to the Sub Group within 10 working days of resolution", () => {
    // "If the professional difference has arisen because of a lack of clarity about a procedure or the absence of a
    // procedure ... Within 10 working days of resolution, the issue should also be referred to the individual
    // organisation's representative on the Regional Policies & Procedures Sub Group"
    const referral = duty("refer-procedure-issue", stage("stage-1").afterResolution);
    expect(referral.kind).toBe("referral");
    expect(referral.when).toEqual({ flag: "unclear-procedure" });
    expect(referral.to).toEqual(["sub-group-representative"]);
    expect(referral.limit?.workingDays).toBe(10);
    expect(referral.limit?.from).toEqual({ resolution: true });
    // The flag's shared meaning, "a procedure is unclear or missing", is 3.4's own words, quoted where it is used.
    expect(referral.source.quote).toContain("a lack of clarity about a procedure or the absence of a procedure");
  });

  it("uses no flag but unclear-procedure", () => {
    const flags = JSON.stringify(policy).match(/"flag":"[a-z-]+"/g) ?? [];
    expect([...new Set(flags)]).toEqual(['"flag":"unclear-procedure"']);
  });
});

describe("Stage 2 (3.6-3.9)", () => {
  it("has no time limit: the text sets none", () => {
    // 3.6-3.9 give no timescale for the line managers' discussion or meeting.
    expect(stage("stage-2").limit).toBeNull();
    expect(stage("stage-2").escalateBy).toBeUndefined();
    expect(stage("stage-2").actors).toEqual({ raising: ["raising-line-manager"], receiving: ["receiving-line-manager"] });
  });

  it("has the managers review the information before the meeting, then the steps 3.8 requires, none with a time", () => {
    // 3.7: "It is the responsibility of each respective manager to access and review any relevant information in
    // advance of the meeting, and arrange a discussion with the relevant practitioner/and/or staff member."
    // 3.8: "The following steps are required: Recognition and acknowledgement ...; Identification and clarity ...;
    // Acknowledgment of any agreed outcome and the identification of any continuing concerns"
    const steps = stage("stage-2").steps ?? [];
    expect(steps.map((s) => [s.id, s.source.section])).toEqual([
      ["review-before-meeting", "3.7 Stage 2"],
      ["recognise-disagreement", "3.8 Stage 2"],
      ["clarify-disagreement", "3.8 Stage 2"],
      ["acknowledge-outcome", "3.8 Stage 2"],
    ]);
    expect(steps[0]?.source.quote).toContain("in advance of the meeting");
    expect(steps.every((s) => s.limit === null && s.afterResolution === undefined)).toBe(true);
    expect(steps.every((s) => s.actors.join() === "raising-line-manager,receiving-line-manager")).toBe(true);
  });

  it("keeps a written record of all discussions, with written confirmation of outcomes, while it runs", () => {
    // 3.9: "There should be a written record of all discussions/meetings/consultations. This must include written
    // confirmation about agreed outcomes and in the event of continuing unresolved matters how they will be addressed."
    expect(stage("stage-2").duties?.map((d) => [d.id, d.kind])).toEqual([
      ["stage-2-record-discussions", "record"],
      ["stage-2-confirm-outcomes", "confirm-in-writing"],
    ]);
  });

  it("once resolved, emails a record of the disagreement and agreed resolution to the LOG Chair", () => {
    // 3.7: "A record of the disagreement and agreed resolution should be made and communicated to the LOG Chair via email."
    expect(stage("stage-2").afterResolution?.map((d) => d.id)).toEqual(["stage-2-record-to-log-chair"]);
    expect(duty("stage-2-record-to-log-chair", stage("stage-2").afterResolution)).toMatchObject({ kind: "notify", where: "email", to: ["log-chair"] });
  });
});

describe("Stage 3 (3.10-3.12)", () => {
  it("is reviewed within 10 working days of the completion of Stage 2, or sooner to protect", () => {
    // "reviewed by an agency senior manager within 10 working days of the completion of Stage 2, or within a
    // timescale that protects the child or adult from harm, whichever is sooner"
    const limit = stage("stage-3").limit;
    expect(limit?.workingDays).toBe(10);
    expect(limit?.from).toEqual({ completionOf: "stage-2" });
    expect(limit?.whicheverIsLess).toBe(true);
  });

  it("sights the Statutory Director always, and the chair of the board for the case's subject", () => {
    // "The Statutory Director/Agency Senior Strategic Lead and Chair of the relevant Safeguarding Board (CYSUR/CWMPAS)
    // will be sighted on any dispute that reaches Stage 3"; CYSUR is the children's board and CWMPAS the adults' (1.2).
    expect(stage("stage-3").notify?.map((target) => [target.to, target.when])).toEqual([
      [["statutory-director"], undefined],
      [["cysur-chair"], { subject: "child" }],
      [["cwmpas-chair"], { subject: "adult" }],
    ]);
  });

  it("records the outcome the meeting decides, shares it with the Executive Board and sights the same people on it", () => {
    // 3.12: "The meeting will decide on an outcome of the dispute and record this"
    const after = stage("stage-3").afterResolution;
    expect(duty("stage-3-record-outcome", after)).toMatchObject({ kind: "record" });
    expect(duty("stage-3-record-outcome", after).source.quote).toBe("The meeting will decide on an outcome of the dispute and record this");
    // 3.10: "and the outcome, which will be shared with the Executive Board"
    expect(duty("stage-3-outcome-to-executive-board", after)).toMatchObject({ kind: "notify", to: ["executive-board"] });
    expect(duty("stage-3-outcome-to-director", after).when).toBeUndefined();
    expect(duty("stage-3-outcome-to-cysur-chair", after).when).toEqual({ subject: "child" });
    expect(duty("stage-3-outcome-to-cwmpas-chair", after).when).toEqual({ subject: "adult" });
  });

  it("keeps 'All parties should accept the outcome' as a principle, with 2.2's", () => {
    expect(policy.principles?.map((p) => p.source.quote)).toEqual([
      "All parties should accept the outcome of the dispute resolution meeting.",
      "Professional differences of opinion should always be resolved in a constructive and time limited manner. It is therefore necessary for all parties to ensure that the resolution process does not adversely affect a child or adult's circumstances.",
    ]);
  });

  it("does not make the internal management review a duty: it is at the senior managers' discretion", () => {
    // "have the discretion to instigate an internal management review within their own agency if they consider this appropriate"
    expect(JSON.stringify(stage("stage-3"))).not.toContain("internal management review");
    expect(policy.document.notes).toContain("discretion to instigate an internal management review");
  });

  it("gives the 3.11-3.12 meeting steps no time limits, as the text gives none", () => {
    // "The Designated Senior Manager will arrange a meeting and contact the relevant individual professionals or staff members."
    const steps = stage("stage-3").steps ?? [];
    expect(steps.map((s) => s.id)).toContain("arrange-meeting");
    expect(steps.every((s) => s.limit === null)).toBe(true);
  });

  it("has nothing after Stage 3", () => {
    // "the following three stages": no step beyond the senior managers' meeting
    expect(policy.final).toBeUndefined();
  });
});
