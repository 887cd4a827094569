// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/assess.ts, facts.ts,
// results.ts and schedule.ts (commit f5523ef): the step and history an assessment gives, which
// duties it owes and in what shape, whom it escalates to and why, whether its dates are
// confirmed, the priority a case has over time, and the errors it throws. Every policy, case and
// result is built inside its `it`. Most dates are in February 2027, which has no bank holiday in
// England and Wales (GOV.UK: 1 January, then 26 March 2027): Mon 1 Feb, Tue 2, Wed 3, Thu 4,
// Fri 5, Mon 8, Tue 9, Wed 10, Thu 11, Fri 12 Feb are working days.
import { describe, expect, it } from "vitest";
import { assess, schedule } from "../../src/index.js";
import { acceptedCase, smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

const PRACTITIONER = { id: "practitioner", kind: "practitioner", title: "Practitioner" };
const MANAGER = { id: "manager", kind: "line-manager", title: "Line manager" };
const ACTORS = { raising: [PRACTITIONER], receiving: [MANAGER] };

/** The error a call throws, for its exact name, code and message; fails if it throws none. */
function thrown(call: () => unknown): { name: string; code: unknown; message: string } {
  try {
    call();
  } catch (error) {
    const { name, message } = error as Error;
    return { name, code: (error as { code?: unknown }).code, message };
  }
  throw new Error("expected an error");
}

describe("the step an assessment points to", () => {
  it("is overdue only after its due day, not on it", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("call", workingDays(1, { raised: true }), { title: "Call the manager" })] })]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", events: [] });
    // Raised Mon 1 Feb 2027: the step's 1 working day ends Tue 2 Feb. On that day it is due, not overdue;
    // on Wed 3 Feb it is overdue.
    expect(assess(policy, record, "2027-02-02").step).toStrictEqual({ id: "call", title: "Call the manager", due: "2027-02-02", overdue: false });
    expect(assess(policy, record, "2027-02-03").step).toStrictEqual({ id: "call", title: "Call the manager", due: "2027-02-02", overdue: true });
  });
});

describe("an assessment's history", () => {
  it("lists only the stages the case went through, and no on-time verdict for a stage without a limit", () => {
    // Stages 1 and 2 apply only to a child; for an adult the ladder starts at Stage 3, which has no limit.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), { when: { subject: "child" } }),
      stage(2, workingDays(5, { completionOf: "stage-1" }), { when: { subject: "child" } }),
      stage(3, null),
      stage(4, workingDays(3, { completionOf: "stage-3" })),
    ]);
    const atThree = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", subject: "adult", events: [] });
    const result = assess(policy, atThree, "2027-02-02");
    expect(result).toMatchObject({ stage: { id: "stage-3", number: 3, start: "2027-02-01" }, state: "no-time-limit", due: null });
    // One entry, not three, and no empty slot: the two stages passed over are not in it.
    expect(result.history).toStrictEqual([{ id: "stage-3", number: 3, start: "2027-02-01", escalateBy: null, enteredOnTime: null, due: null, completed: null, onTime: null }]);

    const atFour = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", subject: "adult", events: [{ type: "stage-entered", stage: "stage-4", on: "2027-02-03" }] });
    // Stage 3 ended when Stage 4 was entered, Wed 3 Feb; with no limit it was neither on time nor
    // late. Stage 4: 3 working days from Wed 3 Feb, Thu 4, Fri 5, Mon 8 Feb.
    expect(assess(policy, atFour, "2027-02-04").history).toStrictEqual([
      { id: "stage-3", number: 3, start: "2027-02-01", escalateBy: null, enteredOnTime: null, due: null, completed: "2027-02-03", onTime: null },
      { id: "stage-4", number: 4, start: "2027-02-03", escalateBy: null, enteredOnTime: null, due: "2027-02-08", completed: null, onTime: null },
    ]);
  });
});

describe("whether an assessment's dates are confirmed", () => {
  it("is true only when the day raised, the day assessed and the due date all lie in GOV.UK's confirmed span, both ends included", () => {
    // GOV.UK confirms England and Wales bank holidays from Sun 1 Jan 2012 to Sun 31 Dec 2028.
    const policy = policyOf([stage(1, { calendarDays: 10, from: { raised: true }, source: source("within 10 days") })]);
    const on = (raisedOn: string, asOf: string) => {
      const result = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn, events: [] }), asOf);
      return [result.due, result.state, result.confirmed];
    };
    // Raised on the first confirmed day, Sun 1 Jan 2012: 10 calendar days, Wed 11 Jan 2012.
    expect(on("2012-01-01", "2012-01-02")).toEqual(["2012-01-11", "on-track", true]);
    // Raised Thu 21 Dec 2028: due Sun 31 Dec 2028, the last confirmed day. On Fri 22 Dec the working
    // days left are Wed 27, Thu 28, Fri 29 Dec (Mon 25 Christmas Day, Tue 26 Boxing Day): 3.
    expect(on("2028-12-21", "2028-12-22")).toEqual(["2028-12-31", "on-track", true]);
    // Raised Fri 22 Dec 2028: due Mon 1 Jan 2029, past the confirmed span, though both other days are in it.
    expect(on("2028-12-22", "2028-12-22")).toEqual(["2029-01-01", "on-track", false]);
    // Raised Thu 21 Dec 2028 and due Sun 31 Dec 2028, both confirmed, but assessed on Tue 2 Jan 2029.
    expect(on("2028-12-21", "2029-01-02")).toEqual(["2028-12-31", "overdue", false]);
    // A stage with no limit has no due date to confirm: raised and assessed in February 2027.
    const open = policyOf([stage(1, null)]);
    expect(assess(open, acceptedCase(open, { policy: "mutants", raisedOn: "2027-02-01", events: [] }), "2027-02-02")).toMatchObject({ due: null, state: "no-time-limit", confirmed: true });
  });
});

describe("the duties owed once a disagreement is resolved", () => {
  it("lists the duties not done and the steps not done, each dated from the resolution, and shares an undated duty frozen", () => {
    const record = (id: string, limit?: unknown) => ({ id, kind: "record", what: `record ${id}`, ...(limit === undefined ? {} : { limit }), source: source(id) });
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), {
        // "confirm" is the policy's first step (index 0).
        steps: [
          step("confirm", workingDays(2, { resolution: true }), { afterResolution: true, title: "Confirm the outcome in writing" }),
          step("letter", workingDays(5, { resolution: true }), { afterResolution: true, title: "Write to the adult" }),
        ],
        afterResolution: [record("outcome", workingDays(1, { resolution: true })), record("minutes")],
      }),
      stage(2, workingDays(3, { completionOf: "stage-1" })),
    ]);
    const events = [
      { type: "resolved", stage: "stage-1", on: "2027-02-03" },
      { type: "step-done", step: "confirm", on: "2027-02-04" },
    ];
    // Resolved Wed 3 Feb 2027. "outcome": 1 working day, Thu 4 Feb, overdue on Fri 5 Feb. "minutes":
    // no limit. "confirm" is done. "letter": 5 working days, Thu 4, Fri 5, Mon 8, Tue 9, Wed 10 Feb.
    const outcome = {
      id: "outcome",
      kind: "record",
      what: "record outcome",
      where: null,
      to: [],
      form: null,
      stage: "stage-1",
      afterResolution: true,
      due: "2027-02-04",
      limit: { text: "within 1 working day of the disagreement being resolved", workingDays: 1, whicheverIsLess: false, section: "Test", quote: "within 1 working days" },
      overdue: true,
    };
    const minutes = { id: "minutes", kind: "record", what: "record minutes", where: null, to: [], form: null, stage: "stage-1", afterResolution: true, due: null, limit: null, overdue: false };
    const letter = {
      id: "letter",
      kind: "confirm-in-writing",
      what: "Write to the adult",
      where: null,
      to: [PRACTITIONER],
      form: null,
      stage: "stage-1",
      afterResolution: true,
      due: "2027-02-10",
      limit: { text: "within 5 working days of the disagreement being resolved", workingDays: 5, whicheverIsLess: false, section: "Test", quote: "within 5 working days" },
      overdue: false,
    };
    const stepDone = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", events }), "2027-02-05");
    expect(stepDone.state).toBe("resolved");
    expect(stepDone.duties).toStrictEqual([outcome, minutes, letter]);
    // A duty with no due date is built once and shared, frozen, by every result (README, "Results are plain data").
    expect(Object.isFrozen(stepDone.duties[1])).toBe(true);

    // The "outcome" duty done too, on Thu 4 Feb: the undated duty and the letter are left.
    const dutyDone = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", events: [...events, { type: "duty-done", duty: "outcome", on: "2027-02-04" }] });
    expect(assess(policy, dutyDone, "2027-02-05").duties).toStrictEqual([minutes, letter]);
  });
});

describe("whom an assessment escalates to", () => {
  it("follows the first route that sends the case up, with that route's own time limit", () => {
    const rules = [
      { id: "straight-to-3", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", limit: workingDays(1, { raised: true }), source: source("go straight to Stage 3") },
      { id: "straight-to-4", title: "Policy issues", when: { flag: "raises-policy-issues" }, effect: "start-at-stage", stage: "stage-4", source: source("go straight to Stage 4") },
    ];
    const policy = policyOf(
      [stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" })), stage(3, workingDays(3, { completionOf: "stage-2" })), stage(4, workingDays(3, { completionOf: "stage-3" }))],
      { rules },
    );
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", flags: ["immediate-risk", "raises-policy-issues"], events: [] });
    const result = assess(policy, record, "2027-02-02");
    // Stage 1 runs 5 working days from Mon 1 Feb 2027, to Mon 8 Feb: on track. Both routes apply;
    // the first in the policy, to Stage 3, wins, due 1 working day from raising: Tue 2 Feb, today.
    expect(result).toMatchObject({ state: "on-track", due: "2027-02-08" });
    expect(result.escalateTo).toStrictEqual({
      stage: { id: "stage-3", number: 3, title: "Stage 3" },
      final: null,
      actors: ACTORS,
      notify: [],
      copyTo: [],
      requiredNow: true,
      reason: "Immediate risk: go straight to Stage 3",
      by: "2027-02-02",
      limit: { text: "within 1 working day of the disagreement arising", workingDays: 1, whicheverIsLess: false, section: "Test", quote: "within 1 working days" },
      overdue: false,
    });
  });

  it("gives no date to a route timed from a resolution that has not happened", () => {
    const rules = [{ id: "straight-to-3", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", limit: workingDays(1, { resolution: true }), source: source("go straight to Stage 3") }];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" })), stage(3, workingDays(3, { completionOf: "stage-2" }))], { rules });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", flags: ["immediate-risk"], events: [] });
    // The case is open, so "1 working day of the disagreement being resolved" has nothing to count
    // from (not Stage 2's projected end, Thu 11 Feb, nor the day after it). Stage 1 is on track
    // (due Mon 8 Feb), so nothing dates the escalation.
    expect(assess(policy, record, "2027-02-02").escalateTo).toMatchObject({ stage: { id: "stage-3" }, requiredNow: true, reason: "Immediate risk: go straight to Stage 3", by: null, limit: null, overdue: false });
  });

  it("gives the first route that involves the next level as the reason, and no limit where the next stage's escalate-by has no date", () => {
    const rules = [
      { id: "involve-a", title: "Manager not responding", when: { flag: "manager-not-responding" }, effect: "involve-next-level", source: source("involve managers at the next level") },
      { id: "involve-b", title: "Time pressure", when: { flag: "time-pressure" }, effect: "involve-next-level", source: source("tell the next level now") },
    ];
    const asap = { asSoonAsPossible: true, from: { completionOf: "stage-1" }, source: source("as soon as possible") };
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }), { escalateBy: asap })], { rules });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", flags: ["manager-not-responding", "time-pressure"], events: [] });
    // Stage 1 is due Mon 8 Feb 2027, on track on Tue 2 Feb. Stage 2's escalate-by, "as soon as
    // possible", sets no date, so no limit is named beside an empty date.
    expect(assess(policy, record, "2027-02-02").escalateTo).toStrictEqual({
      stage: { id: "stage-2", number: 2, title: "Stage 2" },
      final: null,
      actors: ACTORS,
      notify: [],
      copyTo: [],
      requiredNow: true,
      reason: "Manager not responding: involve managers at the next level",
      by: null,
      limit: null,
      overdue: false,
    });
  });
});

describe("an agreed action owed as a duty", () => {
  it("has every field of a duty: not after resolution, and its limit the parties' date, never capped", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }))]);
    const agreed = { type: "action-agreed", action: "share-plan", what: "Health shares the care plan.", due: "2027-02-05", on: "2027-02-02" };
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", events: [agreed] });
    // Agreed on Tue 2 Feb 2027 for Fri 5 Feb; on Wed 3 Feb not yet overdue.
    expect(assess(policy, record, "2027-02-03").duties).toStrictEqual([
      {
        id: "share-plan",
        kind: "agreed-action",
        what: "Health shares the care plan.",
        where: null,
        to: [],
        form: null,
        stage: "stage-1",
        afterResolution: false,
        due: "2027-02-05",
        limit: { text: "by Friday 5 February 2027, as agreed by the parties on Tuesday 2 February 2027", whicheverIsLess: false, section: "Agreed by the parties", quote: "Health shares the care plan." },
        overdue: false,
      },
    ]);
  });
});

describe("a case's priority over time", () => {
  it("times a limit by the priority the case had when it started, and judges conditions by the latest; no priority meets no priority's condition", () => {
    const priorities = [
      { id: "urgent", title: "Urgent", source: source("urgent") },
      { id: "standard", title: "Standard", source: source("standard") },
    ];
    const byPriority = (urgent: number, standard: number) => [
      { priority: "urgent", workingDays: urgent, source: source(`urgent: ${urgent} working days`) },
      { priority: "standard", workingDays: standard, source: source(`standard: ${standard} working days`) },
    ];
    const duties = [{ id: "review", kind: "record", what: "review the standard case", when: { priority: "standard" }, source: source("review") }];
    const policy = policyOf(
      [
        stage(1, { byPriority: byPriority(1, 5), from: { raised: true }, source: source("by priority") }),
        stage(2, { byPriority: byPriority(1, 3), from: { completionOf: "stage-1" }, source: source("by priority") }),
      ],
      { priorities, duties },
    );
    const events = [
      { type: "priority-changed", priority: "standard", on: "2027-02-02" },
      { type: "stage-entered", stage: "stage-2", on: "2027-02-03" },
    ];
    const result = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", priority: "urgent", events }), "2027-02-04");
    // Stage 1 started Mon 1 Feb 2027 as urgent: 1 working day, Tue 2 Feb; it ended Wed 3 Feb, late.
    // Stage 2 started Wed 3 Feb, after the change to standard on Tue 2 Feb: 3 working days, Thu 4,
    // Fri 5, Mon 8 Feb. On Thu 4 Feb, 2 working days remain (Fri 5, Mon 8): on track.
    expect(result.history.map((one) => [one.id, one.due, one.completed, one.onTime])).toEqual([
      ["stage-1", "2027-02-02", "2027-02-03", false],
      ["stage-2", "2027-02-08", null, null],
    ]);
    expect(result).toMatchObject({ due: "2027-02-08", state: "on-track", workingDaysLeft: 2 });
    // The case is standard now, so the duty for standard cases is owed.
    expect(result.duties.map((one) => [one.id, one.due])).toEqual([["review", null]]);

    // schedule takes facts without a priority: no limit by priority has a date, and no duty for
    // standard cases applies. As standard: Stage 1 5 working days, Mon 8 Feb; Stage 2 3 more, Thu 11 Feb.
    const none = schedule(policy, { raisedOn: "2027-02-01" });
    expect([none.stages.map((one) => one.due), none.duties.map((one) => one.id)]).toEqual([[null, null], []]);
    const standard = schedule(policy, { raisedOn: "2027-02-01", priority: "standard" });
    expect([standard.stages.map((one) => one.due), standard.duties.map((one) => one.id)]).toEqual([["2027-02-08", "2027-02-11"], ["review"]]);
  });
});

describe("a schedule with a route to a later stage", () => {
  it("jumps by the first route that sends the case up, even after a route that only notifies", () => {
    const rules = [
      { id: "tell", title: "Tell the manager", when: { flag: "immediate-risk" }, effect: "notify", to: ["manager"], source: source("tell the manager") },
      { id: "straight-to-3", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", source: source("go straight to Stage 3") },
    ];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" })), stage(3, workingDays(3, { completionOf: "stage-2" }))], { rules });
    // Raised Mon 1 Feb 2027 at immediate risk: Stages 1 and 2 are passed over and Stage 3 starts the
    // day raised, its 3 working days from Stage 2's end (the day raised) ending Thu 4 Feb.
    expect(schedule(policy, { raisedOn: "2027-02-01", flags: ["immediate-risk"] }).stages.map((one) => [one.id, one.skipped, one.start, one.due])).toEqual([
      ["stage-1", true, null, null],
      ["stage-2", true, null, null],
      ["stage-3", false, "2027-02-01", "2027-02-04"],
    ]);
  });
});

describe("errors", () => {
  it("refuses assess's options by name, with the value given", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-02-01", events: [] });
    expect(thrown(() => assess(policy, record, "2027-02-02", { dueSoonDays: -1 }))).toEqual({
      name: "InvalidOptionsError",
      code: "invalid-options",
      message: "dueSoonDays must be a whole number of working days from 0 to 366; got -1.",
    });
    expect(thrown(() => assess(policy, record, "2027-02-02", { explain: "yes" as unknown as boolean }))).toEqual({
      name: "InvalidOptionsError",
      code: "invalid-options",
      message: 'explain must be true or false; got "yes".',
    });
  });

  it("shows up to three of a case's issues, separated, then counts the rest; a whole-document issue in the call's language", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }))]);
    const entering = (...stages: string[]) => ({ policy: "mutants", raisedOn: "2027-02-01", events: stages.map((id) => ({ type: "stage-entered", stage: id, on: "2027-02-02" })) });
    const notAStage = (index: number, id: string) => `events[${index}].stage: "${id}" is not a stage of mutants (stage-1, stage-2).`;
    const three = [notAStage(0, "stage-9"), notAStage(1, "stage-8"), notAStage(2, "stage-7")].join("; ");
    expect(thrown(() => assess(policy, entering("stage-9", "stage-8", "stage-7") as never, "2027-02-02"))).toEqual({ name: "InvalidCaseError", code: "invalid-case", message: `The case is not valid: ${three}` });
    expect(thrown(() => assess(policy, entering("stage-9", "stage-8", "stage-7", "stage-6") as never, "2027-02-02"))).toEqual({
      name: "InvalidCaseError",
      code: "invalid-case",
      message: `The case is not valid: ${three}; and 1 more`,
    });
    // A case that is not an object: the issue is about the whole document, "(y ddogfen)" in Welsh.
    expect(thrown(() => assess(policy, "x" as never, "2027-02-02", { lang: "cy" }))).toEqual({
      name: "InvalidCaseError",
      code: "invalid-case",
      message: 'Nid yw\'r achos yn ddilys: (y ddogfen): Disgwyliwyd gwrthrych, cafwyd y testun "x".',
    });
  });
});
