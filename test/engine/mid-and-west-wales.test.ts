// Mid and West Wales' deadline engine, checked against dates worked out by hand.
//
// Every expected date below was counted on paper, day by day, from the Wales
// bank holidays (GOV.UK; the same as England's today) and the policy text in
// policies/mid-and-west-wales.json and test/fixtures/seeds/mid-and-west-wales.txt.
// No expected value is computed with the library.
//
// The rule ("Working days: the contract", README): "within N working days of
// X" is the N-th working day strictly after X (X itself never counts).
//
// The ladder (policies/mid-and-west-wales.json):
//   Stage 1: 10 working days from the disagreement arising (3.6); its step, the
//     discussion or meeting that the concerns put in writing ask for, 5 working
//     days from that written request (a named event the case records), or the
//     risk deadline if earlier (3.2, "whichever is less"). Until the request is
//     recorded, the meeting has no date.
//   Stage 2: no time limit in the text (null), so nothing after it has a date
//     until Stage 2's completion is known.
//   Stage 3: 10 working days from the completion of Stage 2, or the risk
//     deadline if sooner (3.10, "whichever is sooner"). The Chair of the
//     relevant Board is sighted: CYSUR for children, CWMPAS for adults.
//   Stage 1 after resolution: the signed record and the email to the local
//     safeguarding lead (3.3, no time); when the difference arose from an unclear
//     or absent procedure, refer it to the Sub Group within 10 working days of
//     resolution (3.4).
//   Stage 2: the managers' review before the meeting (3.7) and the steps 3.8
//     requires, none timed; after resolution, the record to the LOG Chair (3.7).
//   Stage 3 after resolution: the meeting's record of the outcome (3.12), and the
//     outcome to the Director, the relevant Chair and the Executive Board (3.10).
//   No body follows Stage 3.
//
// The calendars used (Wales):
//
//   December 2026 / January 2027, counting working days after Wed 23 Dec 2026:
//     Thu 24 Dec  1
//     Fri 25 Dec  -  Christmas Day
//     Sat 26, Sun 27 Dec  -  weekend
//     Mon 28 Dec  -  Boxing Day (substitute: 26 Dec is a Saturday)
//     Tue 29 Dec  2     Wed 30 Dec  3     Thu 31 Dec  4
//     Fri  1 Jan  -  New Year's Day
//     Sat  2, Sun 3 Jan  -  weekend
//     Mon  4 Jan  5     Tue  5 Jan  6     Wed  6 Jan  7     Thu  7 Jan  8     Fri  8 Jan  9
//     (Sat 9, Sun 10 weekend)
//     Mon 11 Jan 10     Tue 12 Jan 11     Wed 13 Jan 12     Thu 14 Jan 13     Fri 15 Jan 14
//     (Sat 16, Sun 17 weekend)
//     Mon 18 Jan 15     Tue 19 Jan 16     Wed 20 Jan 17     Thu 21 Jan 18     Fri 22 Jan 19
//     (Sat 23, Sun 24 weekend)
//     Mon 25 Jan 20
//
//   March / April 2027 (1 Jan 2027 is a Friday, so 1 Feb and 1 Mar 2027 are Mondays),
//   counting working days after Thu 25 Mar 2027:
//     Fri 26 Mar  -  Good Friday
//     Sat 27, Sun 28 Mar  -  weekend
//     Mon 29 Mar  -  Easter Monday
//     Tue 30 Mar  1     Wed 31 Mar  2     Thu  1 Apr  3     Fri  2 Apr  4
//     (Sat 3, Sun 4 weekend)
//     Mon  5 Apr  5     Tue  6 Apr  6     Wed  7 Apr  7     Thu  8 Apr  8     Fri  9 Apr  9
//     (Sat 10, Sun 11 weekend)
//     Mon 12 Apr 10
//
//   January 2027, counting working days after Sat 9 Jan 2027 (no bank holidays):
//     (Sat 9, Sun 10 weekend; the start day never counts)
//     Mon 11 Jan  1     Tue 12 Jan  2     Wed 13 Jan  3     Thu 14 Jan  4     Fri 15 Jan  5
//     Mon 18 Jan  6     Tue 19 Jan  7     Wed 20 Jan  8     Thu 21 Jan  9     Fri 22 Jan 10
import { describe, expect, it } from "vitest";
import { acceptedCase, ids, scheduledStage } from "./helpers.js";
import { assess, createCalendar, joinCalendars, parseCase, policies, schedule, type Case, type Schedule, type ScheduledStage } from "../../src/index.js";

const policy = policies["mid-and-west-wales"];
const caseOf = (input: unknown): Case => acceptedCase(policy, input);
const stage = (plan: Schedule, key: number): ScheduledStage => scheduledStage(plan, key);




describe("mid-and-west-wales: a disagreement raised on Wed 23 December 2026 (Christmas)", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("Stage 1 is due on the 10th working day; Stage 2 has no limit, so Stages 2 and 3 have no due date", () => {
    // Stage 1: 10 working days after Wed 23 Dec: Thu 24 (1); Fri 25 Christmas Day, Sat 26-Sun 27 weekend,
    //   Mon 28 Boxing Day (substitute); Tue 29 (2), Wed 30 (3), Thu 31 (4); Fri 1 Jan New Year's Day,
    //   Sat 2-Sun 3 weekend; Mon 4 (5), Tue 5 (6), Wed 6 (7), Thu 7 (8), Fri 8 (9); (weekend 9-10); Mon 11 Jan (10).
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-01-11", null, null]);
    // Stage 2 starts when Stage 1 would end; Stage 3's start hangs on Stage 2's completion, unknown.
    expect(plan.stages.map((s) => s.start)).toEqual(["2026-12-23", "2027-01-11", null]);
    expect(plan.stages.map((s) => s.governedBy)).toEqual(["policy-limit", null, null]);
    expect(plan.stages.map((s) => s.skipped)).toEqual([false, false, false]);
    expect(stage(plan, 2).limit).toBeNull();
    expect(plan.final).toBeNull();
  });

  it("the Stage 1 meeting has no date in a schedule: it runs from the written request, not yet made", () => {
    // 3.2: "put their concerns in writing ... and ask to discuss/meet within 5 working days".
    const step = stage(plan, 1).steps.find((s) => s.id === "discuss-or-meet");
    expect(step?.due).toBeNull();
    expect(step?.limit?.text).toContain("written concerns asking to discuss or meet");
  });

  it("uses the Welsh calendar by default; joined with England's the dates are the same", () => {
    expect(plan.calendar.jurisdictions).toEqual(["wales"]);
    const joined = joinCalendars(createCalendar({ jurisdiction: "england-and-wales" }), createCalendar({ jurisdiction: "wales" }));
    const crossBorder = schedule(policy, { raisedOn: "2026-12-23" }, { calendar: joined });
    expect(crossBorder.stages.map((s) => s.due)).toEqual(["2027-01-11", null, null]);
  });

  it("the request made on the day raised: the meeting is due on the 5th working day, Mon 4 Jan 2027", () => {
    // Written request Wed 23 Dec. Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5), passing over
    // Christmas Day, Boxing Day (substitute), New Year's Day and two weekends.
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", events: [{ type: "happened", event: "concerns-in-writing", on: "2026-12-23" }] });
    expect(assess(policy, record, "2026-12-23").step).toMatchObject({ id: "discuss-or-meet", due: "2027-01-04", overdue: false });
  });

  it("the request made on Tue 29 Dec, after Christmas: the meeting is due Wed 6 Jan 2027", () => {
    // Wed 30 (1), Thu 31 (2); Fri 1 Jan New Year's Day, Sat 2, Sun 3 passed over; Mon 4 (3), Tue 5 (4), Wed 6 (5).
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", events: [{ type: "happened", event: "concerns-in-writing", on: "2026-12-29" }] });
    expect(assess(policy, record, "2026-12-29").step).toMatchObject({ id: "discuss-or-meet", due: "2027-01-06", overdue: false });
    // Stage 1's own 10 working days still run from the day raised: Mon 11 Jan.
    expect(assess(policy, record, "2026-12-29").due).toBe("2027-01-11");
  });

  it("a risk deadline earlier than the meeting's 5 working days governs the meeting, not the stage", () => {
    // Request Wed 23 Dec; risk deadline Thu 24 Dec is before Mon 4 Jan: the meeting is due Thu 24 Dec ("whichever is
    // less"). Stage 1's own 10 days (3.6) carry no such clause: still Mon 11 Jan.
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", riskDeadline: "2026-12-24", events: [{ type: "happened", event: "concerns-in-writing", on: "2026-12-23" }] });
    const result = assess(policy, record, "2026-12-23");
    expect(result.step).toMatchObject({ id: "discuss-or-meet", due: "2026-12-24" });
    expect([result.due, result.governedBy]).toEqual(["2027-01-11", "policy-limit"]);
  });

  it("with the unclear-procedure flag, the referral is projected 10 working days after Stage 1's last day", () => {
    // Resolution projected on Stage 1's due, Mon 11 Jan. 10 working days after: Tue 12 (1), Wed 13 (2), Thu 14 (3),
    // Fri 15 (4), (weekend 16-17), Mon 18 (5), Tue 19 (6), Wed 20 (7), Thu 21 (8), Fri 22 (9), (weekend 23-24), Mon 25 Jan (10).
    const flagged = schedule(policy, { raisedOn: "2026-12-23", flags: ["unclear-procedure"] });
    expect(stage(flagged, 1).duties.find((duty) => duty.id === "refer-procedure-issue")?.due).toBe("2027-01-25");
    expect(ids(stage(plan, 1).duties)).not.toContain("refer-procedure-issue");
  });
});

describe("mid-and-west-wales: a disagreement raised on Thu 25 March 2027 (Easter)", () => {
  it("passes over Good Friday and Easter Monday", () => {
    // Step: 5 after Thu 25 Mar: Fri 26 Good Friday, Sat 27-Sun 28 weekend, Mon 29 Easter Monday passed over;
    //   Tue 30 (1), Wed 31 (2), Thu 1 Apr (3), Fri 2 (4), (weekend 3-4), Mon 5 Apr (5).
    // Stage 1: 10: ... Tue 6 (6), Wed 7 (7), Thu 8 (8), Fri 9 (9), (weekend 10-11), Mon 12 Apr (10).
    const plan = schedule(policy, { raisedOn: "2027-03-25" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-04-12", null, null]);
    // The written request made the day raised, Thu 25 Mar.
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-03-25", events: [{ type: "happened", event: "concerns-in-writing", on: "2027-03-25" }] });
    expect(assess(policy, record, "2027-03-25").step?.due).toBe("2027-04-05");
  });
});

describe("mid-and-west-wales: a disagreement raised on Sat 9 January 2027 (a weekend)", () => {
  it("never counts the Saturday", () => {
    // Sat 9 start (never counts), Sun 10 weekend. Step: Mon 11 (1) ... Fri 15 Jan (5).
    // Stage 1: Mon 18 (6), Tue 19 (7), Wed 20 (8), Thu 21 (9), Fri 22 Jan (10).
    const plan = schedule(policy, { raisedOn: "2027-01-09" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-01-22", null, null]);
    // The written request made the same Saturday.
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-01-09", events: [{ type: "happened", event: "concerns-in-writing", on: "2027-01-09" }] });
    expect(assess(policy, record, "2027-01-09").step?.due).toBe("2027-01-15");
  });
});

describe("mid-and-west-wales: assessing the Christmas case around Stage 1's due date (Mon 11 January 2027)", () => {
  // The concerns put in writing, asking to meet, on the day raised: the meeting is due Mon 4 Jan 2027 (counted above).
  const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "child", events: [{ type: "happened", event: "concerns-in-writing", on: "2026-12-23" }] });

  it("Thu 7 Jan: on track, 2 working days left (Fri 8, Mon 11)", () => {
    const result = assess(policy, record, "2027-01-07");
    expect(result.stage).toEqual({ id: "stage-1", number: 1, title: "Between the practitioners and/or staff members", start: "2026-12-23" });
    expect(result.due).toBe("2027-01-11");
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(2);
    // The step's own date, Mon 4 Jan, has passed.
    expect(result.step?.id).toBe("discuss-or-meet");
    expect(result.step?.due).toBe("2027-01-04");
    expect(result.step?.overdue).toBe(true);
    expect(result.escalateTo?.stage?.number).toBe(2);
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("Fri 8 Jan: due soon, 1 working day left", () => {
    const result = assess(policy, record, "2027-01-08");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });

  it("Sat 9 Jan: still due soon, 1 working day left (the weekend doesn't count)", () => {
    const result = assess(policy, record, "2027-01-09");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });

  it("Mon 11 Jan: due today", () => {
    const result = assess(policy, record, "2027-01-11");
    expect(result.state).toBe("due-today");
    expect(result.workingDaysLeft).toBe(0);
  });

  it("Tue 12 Jan: overdue by 1 working day; to Stage 2 (line managers) now", () => {
    const result = assess(policy, record, "2027-01-12");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysLeft).toBeNull();
    expect(result.workingDaysOverdue).toBe(1);
    expect(result.escalateTo?.stage).toEqual({ id: "stage-2", number: 2, title: "Line managers" });
    expect(ids(result.escalateTo?.actors.raising ?? [])).toEqual(["raising-line-manager"]);
    expect(result.escalateTo?.notify).toEqual([]);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.by).toBe("2027-01-12");
  });
});

describe("mid-and-west-wales: Stage 2 has no time limit", () => {
  const atStage2 = (subject: "child" | "adult") =>
    caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject, events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-11" }] });

  it("assess gives no-time-limit: no due date, nothing left or overdue", () => {
    const result = assess(policy, atStage2("child"), "2027-02-05");
    expect(result.stage).toEqual({ id: "stage-2", number: 2, title: "Line managers", start: "2027-01-11" });
    expect(result.state).toBe("no-time-limit");
    expect(result.due).toBeNull();
    expect(result.governedBy).toBeNull();
    expect(result.limit).toBeNull();
    expect(result.workingDaysLeft).toBeNull();
    expect(result.workingDaysOverdue).toBeNull();
    expect(result.explanation.join("\n")).toContain("The policy sets no time limit for this stage");
  });

  it("children: the CYSUR chair is sighted at Stage 3", () => {
    const result = assess(policy, atStage2("child"), "2027-02-05");
    expect(result.escalateTo?.stage?.number).toBe(3);
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(ids(result.escalateTo?.notify ?? [])).toEqual(["statutory-director", "cysur-chair"]);
  });

  it("adults: the CWMPAS chair is sighted at Stage 3", () => {
    const result = assess(policy, atStage2("adult"), "2027-02-05");
    expect(ids(result.escalateTo?.notify ?? [])).toEqual(["statutory-director", "cwmpas-chair"]);
  });

  it("schedule's Stage 3 notify follows the subject too; with none given, both chairs are named", () => {
    expect(ids(stage(schedule(policy, { raisedOn: "2026-12-23", subject: "child" }), 3).notify)).toEqual(["statutory-director", "cysur-chair"]);
    expect(ids(stage(schedule(policy, { raisedOn: "2026-12-23", subject: "adult" }), 3).notify)).toEqual(["statutory-director", "cwmpas-chair"]);
    expect(ids(stage(schedule(policy, { raisedOn: "2026-12-23" }), 3).notify)).toEqual(["statutory-director", "cysur-chair", "cwmpas-chair"]);
  });
});

describe("mid-and-west-wales: once Stage 3 is entered, it runs 10 working days from Stage 2's completion", () => {
  // Raised Mon 30 Nov 2026; Stage 2 entered Mon 14 Dec; Stage 3 entered Wed 23 Dec 2026, which is when Stage 2
  // completed. 10 working days after Wed 23 Dec (header count): Mon 11 Jan 2027.
  const events = [
    { type: "stage-entered", stage: "stage-2", on: "2026-12-14" },
    { type: "stage-entered", stage: "stage-3", on: "2026-12-23" },
  ];

  it("without a risk deadline: Mon 11 Jan 2027, the policy's limit", () => {
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-11-30", subject: "adult", events });
    const result = assess(policy, record, "2026-12-23");
    expect(result.stage).toEqual({ id: "stage-3", number: 3, title: "Review by agency senior managers", start: "2026-12-23" });
    expect(result.due).toBe("2027-01-11");
    expect(result.governedBy).toBe("policy-limit");
    // Working days in (Wed 23 Dec, Mon 11 Jan] = 10.
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(10);
    // The last stage, and no body follows it.
    expect(result.escalateTo).toBeNull();
  });

  it("a risk deadline later than that does not govern", () => {
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-11-30", riskDeadline: "2027-01-15", events });
    const result = assess(policy, record, "2026-12-23");
    expect(result.due).toBe("2027-01-11");
    expect(result.governedBy).toBe("policy-limit");
  });

  it("an earlier risk deadline, Tue 5 Jan 2027, governs ('whichever is sooner')", () => {
    // On Mon 4 Jan: working days in (Mon 4, Tue 5] = 1: due soon.
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-11-30", subject: "child", riskDeadline: "2027-01-05", events });
    const result = assess(policy, record, "2027-01-04");
    expect(result.due).toBe("2027-01-05");
    expect(result.governedBy).toBe("risk-deadline");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
    // On Wed 6 Jan: overdue by 1 (Wed 6); still nowhere further to go.
    const later = assess(policy, record, "2027-01-06");
    expect(later.state).toBe("overdue");
    expect(later.workingDaysOverdue).toBe(1);
    expect(later.escalateTo).toBeNull();
  });

  it("the explanation names the bank holidays passed over, quotes the policy, and says the risk deadline governs", () => {
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-11-30", subject: "child", riskDeadline: "2027-01-05", events });
    const text = assess(policy, record, "2027-01-04").explanation.join("\n");
    expect(text).toContain("the matter must be reviewed by an agency senior manager within 10 working days of the completion of Stage 2");
    expect(text).toContain("Christmas Day");
    expect(text).toContain("Boxing Day");
    expect(text).toContain("New Year");
    // 6 weekend days: 26-27 Dec, 2-3 Jan, 9-10 Jan.
    expect(text).toContain(
      "Counting 10 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year\u2019s Day), 6 weekend days, gives Monday 11 January 2027.",
    );
    expect(text).toContain("The case's risk deadline, Tuesday 5 January 2027, is earlier than the policy's Monday 11 January 2027");
  });

  it("parseCase refuses entering Stage 3 straight from Stage 1: stage-skipped (the policy has no routes)", () => {
    const result = parseCase({ policy: "mid-and-west-wales", raisedOn: "2026-11-30", flags: ["immediate-risk"], events: [{ type: "stage-entered", stage: "stage-3", on: "2026-12-23" }] }, policy);
    expect(result.success ? [] : result.errors.map((e) => e.code)).toEqual(["stage-skipped"]);
  });
});

describe("mid-and-west-wales: resolved at Stage 1 (3.3, 3.4)", () => {
  // Raised Wed 17 Mar 2027, resolved at Stage 1 on Thu 25 Mar 2027.
  // 10 working days after Thu 25 Mar (header count), passing over Good Friday and Easter Monday: Mon 12 Apr 2027.
  const resolved = (flags: string[]) =>
    caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-03-17", flags, events: [{ type: "resolved", stage: "stage-1", on: "2027-03-25" }] });
  const duty = (result: { duties: readonly { id: string }[] }, id: string) => result.duties.find((d) => d.id === id);

  it("owes the signed record and the email to the local safeguarding lead, with no time, in every case", () => {
    // 3.3: "a written record of the disagreement and the agreed resolution, which is signed by both parties" and "A record
    // of the disagreement and agreed resolution should be communicated to the local safeguarding lead via email". Records
    // of the agreed resolution: owed once it is resolved; the text gives them no time.
    const result = assess(policy, resolved([]), "2027-03-25");
    expect(result.state).toBe("resolved");
    expect(result.escalateTo).toBeNull();
    // The case does not say whom it is about, so the records for either file are named.
    expect(result.duties.map((d) => [d.id, d.where, d.due, d.afterResolution])).toEqual([
      ["stage-1-signed-record-adult", "adult-file", null, true],
      ["stage-1-signed-record-child", "child-file", null, true],
      ["stage-1-record-to-safeguarding-lead", "email", null, true],
    ]);
  });

  it("keeps the signed record on the child's file for a child, and on the adult's file for an adult", () => {
    const about = (subject: "adult" | "child") =>
      assess(policy, caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-03-17", subject, events: [{ type: "resolved", stage: "stage-1", on: "2027-03-25" }] }), "2027-03-25");
    expect(about("child").duties.map((d) => [d.id, d.where])).toEqual([
      ["stage-1-signed-record-child", "child-file"],
      ["stage-1-record-to-safeguarding-lead", "email"],
    ]);
    expect(about("adult").duties.map((d) => [d.id, d.where])).toEqual([
      ["stage-1-signed-record-adult", "adult-file"],
      ["stage-1-record-to-safeguarding-lead", "email"],
    ]);
  });

  it("with unclear-procedure, the Sub Group referral is due Mon 12 Apr 2027 as well", () => {
    const result = assess(policy, resolved(["unclear-procedure"]), "2027-03-25");
    expect(ids(result.duties)).toEqual(["stage-1-signed-record-adult", "stage-1-signed-record-child", "stage-1-record-to-safeguarding-lead", "refer-procedure-issue"]);
    const referral = duty(result, "refer-procedure-issue");
    expect(referral).toMatchObject({ due: "2027-04-12", afterResolution: true, overdue: false });
    expect(ids(result.duties[3]?.to ?? [])).toEqual(["sub-group-representative"]);
  });

  it("on Mon 12 Apr the referral is not yet overdue; on Tue 13 Apr it is", () => {
    expect(duty(assess(policy, resolved(["unclear-procedure"]), "2027-04-12"), "refer-procedure-issue")).toMatchObject({ overdue: false });
    expect(duty(assess(policy, resolved(["unclear-procedure"]), "2027-04-13"), "refer-procedure-issue")).toMatchObject({ overdue: true });
  });

  it("resolved on Christmas Eve 2026, the referral is due Tue 12 Jan 2027", () => {
    // 10 working days after Thu 24 Dec 2026: Fri 25 Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day (substitute) passed
    // over; Tue 29 (1), Wed 30 (2), Thu 31 (3); Fri 1 Jan New Year's Day, Sat 2, Sun 3 passed over; Mon 4 (4), Tue 5 (5),
    // Wed 6 (6), Thu 7 (7), Fri 8 (8); Sat 9, Sun 10; Mon 11 (9), Tue 12 Jan (10).
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-21", flags: ["unclear-procedure"], events: [{ type: "resolved", stage: "stage-1", on: "2026-12-24" }] });
    expect(duty(assess(policy, record, "2026-12-24"), "refer-procedure-issue")).toMatchObject({ due: "2027-01-12", overdue: false });
  });

  it("while Stage 1 is open, none of these is owed yet", () => {
    const open = assess(policy, caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-03-17", flags: ["unclear-procedure"], events: [] }), "2027-03-25");
    expect(open.duties).toEqual([]);
  });
});

describe("mid-and-west-wales: Stage 2's steps and records (3.7-3.9)", () => {
  const events = [{ type: "stage-entered", stage: "stage-2", on: "2027-01-11" }];

  it("while open: the managers' review before the meeting is the first step, with no date; 3.9's records are owed", () => {
    const result = assess(policy, caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "adult", events }), "2027-01-12");
    expect(result.step).toMatchObject({ id: "review-before-meeting", due: null, overdue: false });
    expect(ids(result.duties)).toEqual(["stage-2-record-discussions", "stage-2-confirm-outcomes"]);
    // Once the review is recorded as done, the next required step (3.8) is the one shown.
    const reviewed = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "adult", events: [...events, { type: "step-done", step: "review-before-meeting", on: "2027-01-12" }] });
    expect(assess(policy, reviewed, "2027-01-12").step?.id).toBe("recognise-disagreement");
  });

  it("once resolved: the record to the LOG Chair by email", () => {
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "adult", events: [...events, { type: "resolved", stage: "stage-2", on: "2027-01-20" }] });
    const result = assess(policy, record, "2027-01-20");
    expect(result.state).toBe("resolved");
    expect(result.duties.map((d) => [d.id, d.where, ids(d.to), d.due])).toEqual([["stage-2-record-to-log-chair", "email", ["log-chair"], null]]);
  });
});

describe("mid-and-west-wales: Stage 3 across Easter 2027, and its outcome", () => {
  // Stage 2 completed, and Stage 3 entered, on Wed 24 Mar 2027. 10 working days after: Thu 25 (1); Fri 26 Good Friday,
  // Sat 27, Sun 28, Mon 29 Easter Monday passed over; Tue 30 (2), Wed 31 (3), Thu 1 Apr (4), Fri 2 (5); Sat 3, Sun 4;
  // Mon 5 (6), Tue 6 (7), Wed 7 (8), Thu 8 (9), Fri 9 Apr (10) -> due Fri 9 Apr 2027.
  const events = [
    { type: "stage-entered", stage: "stage-2", on: "2027-03-10" },
    { type: "stage-entered", stage: "stage-3", on: "2027-03-24" },
  ];

  it("is due Fri 9 Apr 2027", () => {
    const result = assess(policy, caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-02-22", subject: "child", events }), "2027-03-25");
    expect(result.due).toBe("2027-04-09");
    // (Thu 25 Mar, Fri 9 Apr]: the 9 working days counted above after Thu 25.
    expect([result.state, result.workingDaysLeft]).toEqual(["on-track", 9]);
  });

  it("resolved there: the meeting's record of the outcome, then the outcome to the Director, the CYSUR chair for a child, and the Executive Board", () => {
    const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2027-02-22", subject: "child", events: [...events, { type: "resolved", stage: "stage-3", on: "2027-04-07" }] });
    const result = assess(policy, record, "2027-04-07");
    expect(result.duties.map((d) => [d.id, d.kind, d.due])).toEqual([
      ["stage-3-record-outcome", "record", null],
      ["stage-3-outcome-to-director", "notify", null],
      ["stage-3-outcome-to-cysur-chair", "notify", null],
      ["stage-3-outcome-to-executive-board", "notify", null],
    ]);
  });
});
