// Hand-worked cases aimed at the survivors of a Stryker run on the case checks (commit f5523ef):
// src/engine/caseChecks.ts (what parseCase and the engine check of a case against its policy),
// caseShape.ts (the shape of a case or of schedule's facts, read without zod when the engine is
// given plain data), caseLadder.ts (a checked case's events read onto its ladder) and case.ts
// (parseCase). Each bad case is pinned by its exact findings (code, path, whole message); each
// good edge case by the result it gets. England and Wales bank holidays (GOV.UK) in the window
// used: none between Monday 4 January 2027 and Friday 26 March 2027 (Good Friday).
import { describe, expect, it } from "vitest";
import { assess, InvalidCaseError, parseCase, schedule, triage, type Case, type Policy } from "../../src/index.js";
import { smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

type Finding = { readonly code: string; readonly path: readonly (string | number)[]; readonly message: string };

/** The findings of a case parseCase refuses; fails the test if it accepts it. */
function refused(input: unknown, policy: Policy): Finding[] {
  const result = parseCase(input, policy);
  if (result.success) throw new Error("parseCase accepted the case");
  return result.errors.map(({ code, path, message }) => ({ code, path, message }));
}

/** The findings of the InvalidCaseError a call throws; fails the test if it throws nothing or something else. */
function thrown(run: () => unknown): Finding[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidCaseError) return error.issues.map(({ code, path, message }) => ({ code, path, message }));
    throw error;
  }
  throw new Error("no InvalidCaseError was thrown");
}

/** A case of the small test policy, raised on Monday 4 January 2027. */
const record = (events: unknown[], extra: Record<string, unknown> = {}): Case => ({ policy: "mutants", raisedOn: "2027-01-04", events, ...extra }) as unknown as Case;

const fourStages = () => [1, 2, 3, 4].map((n) => stage(n, workingDays(5, { raised: true })));

describe("the case against its policy's version and priorities", () => {
  it("accepts the version the policy has, and names the policyVersion field when the policy has none", () => {
    const versioned = policyOf(fourStages(), { version: "2.1" });
    expect(parseCase(record([], { policyVersion: "2.1" }), versioned).success).toBe(true);
    expect(refused(record([], { policyVersion: "2.0" }), versioned)).toEqual([
      { code: "wrong-version", path: ["policyVersion"], message: 'The case was raised under version "2.0" of mutants, not "2.1": assess it against the version it pins.' },
    ]);
    expect(refused(record([], { policyVersion: "2.1" }), policyOf(fourStages()))).toEqual([
      { code: "wrong-version", path: ["policyVersion"], message: 'The case was raised under version "2.1" of mutants, not this unversioned one: assess it against the version it pins.' },
    ]);
  });

  it("lists every priority of the policy when one is missing or unknown", () => {
    const priorities = [
      { id: "urgent", title: "Urgent", source: source("urgent") },
      { id: "standard", title: "Standard", source: source("standard") },
    ];
    const policy = policyOf(fourStages(), { priorities });
    expect(refused(record([]), policy)).toEqual([
      { code: "missing-priority", path: ["priority"], message: "mutants sets its limits by priority: the case must say which (urgent, standard)." },
    ]);
    expect(refused(record([{ type: "priority-changed", priority: "low", on: "2027-01-05" }], { priority: "high" }), policy)).toEqual([
      { code: "unknown-priority", path: ["priority"], message: '"high" is not one of the priorities of mutants (urgent, standard).' },
      { code: "unknown-priority", path: ["events", 0, "priority"], message: '"low" is not one of the priorities of mutants (urgent, standard).' },
    ]);
    // A policy without priorities says so.
    expect(refused(record([], { priority: "high" }), policyOf(fourStages()))).toEqual([{ code: "unknown-priority", path: ["priority"], message: "mutants sets no priorities." }]);
  });
});

describe("the stages a case enters", () => {
  it("names every stage of the policy for an unknown one, and says which stage a case does not apply to", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { raised: true }), { when: { subject: "child" } }), stage(3, workingDays(5, { raised: true }))]);
    expect(refused(record([{ type: "stage-entered", stage: "stage-9", on: "2027-01-05" }]), policy)).toEqual([
      { code: "unknown-stage", path: ["events", 0, "stage"], message: '"stage-9" is not a stage of mutants (stage-1, stage-2, stage-3).' },
    ]);
    expect(refused(record([{ type: "stage-entered", stage: "stage-2", on: "2027-01-05" }], { subject: "adult" }), policy)).toEqual([
      { code: "stage-not-applicable", path: ["events", 0, "stage"], message: "Stage 2 does not apply to this case." },
    ]);
    // For an adult, Stage 2 is not on the ladder: Stage 3 follows Stage 1 with nothing passed over.
    expect(parseCase(record([{ type: "stage-entered", stage: "stage-3", on: "2027-01-05" }], { subject: "adult" }), policy).success).toBe(true);
  });

  it("after a resolution, refuses another resolution and another stage, each in its own words", () => {
    const policy = policyOf(fourStages());
    const resolved = { type: "resolved", stage: "stage-1", on: "2027-01-05" };
    expect(refused(record([resolved, { ...resolved, on: "2027-01-06" }]), policy)).toEqual([
      { code: "after-resolution", path: ["events", 1], message: "The case was already resolved: it cannot be resolved again." },
    ]);
    expect(refused(record([resolved, { type: "stage-entered", stage: "stage-2", on: "2027-01-06" }]), policy)).toEqual([
      { code: "after-resolution", path: ["events", 1], message: "The case was already resolved: it cannot enter another stage." },
    ]);
  });

  it("lets a start-at-stage route pass over stages only into its own stage", () => {
    const rules = [{ id: "straight-to-4", title: "Straight to Stage 4", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-4", source: source("straight to Stage 4") }];
    const policy = policyOf(fourStages(), { rules });
    const flagged = { flags: ["immediate-risk"] };
    // The route goes to Stage 4: entering Stage 4 from the start passes over Stages 2 and 3 by it.
    expect(parseCase(record([{ type: "stage-entered", stage: "stage-4", on: "2027-01-05" }], flagged), policy).success).toBe(true);
    // Stage 3 is not the route's stage, and passing over one stage (2) is no involve-next-level route.
    expect(refused(record([{ type: "stage-entered", stage: "stage-3", on: "2027-01-05" }], flagged), policy)).toEqual([
      {
        code: "stage-skipped",
        path: ["events", 0, "stage"],
        message: "Entering Stage 3 passes over Stage 2; the policy allows that only through one of its routes (Straight to Stage 4), and none applies to this case.",
      },
    ]);
  });

  it("reads the flags a case gains by its events when it chooses the routes that apply", () => {
    const rules = [{ id: "any-stage", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-any-stage", source: source("any stage") }];
    const policy = policyOf(fourStages(), { rules });
    const events = [
      { type: "flagged", flag: "immediate-risk", on: "2027-01-05" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-05" },
    ];
    expect(parseCase(record(events), policy).success).toBe(true);
    // Without the flag, the route does not apply.
    expect(refused(record(events.slice(1)), policy)).toEqual([
      {
        code: "stage-skipped",
        path: ["events", 0, "stage"],
        message: "Entering Stage 3 passes over Stage 2; the policy allows that only through one of its routes (Immediate risk), and none applies to this case.",
      },
    ]);
  });

  it("says at the case itself, or at its subject, that no stage applies", () => {
    const policy = policyOf([1, 2].map((n) => stage(n, workingDays(5, { raised: true }), { when: { flag: "immediate-risk" } })));
    expect(refused(record([]), policy)).toEqual([{ code: "no-applicable-stage", path: [], message: "None of the stages of mutants applies to this case." }]);
    expect(refused(record([], { subject: "adult" }), policy)).toEqual([
      { code: "no-applicable-stage", path: ["subject"], message: "None of the stages of mutants applies to this case (about adult)." },
    ]);
    // Resolving such a case is refused once, for that: with no stage that applies, the case is at
    // none, so there is no current stage to resolve it elsewhere than (it was said to be at
    // "Stage undefined").
    expect(refused(record([{ type: "resolved", stage: "stage-1", on: "2027-01-05" }]), policy)).toEqual([{ code: "no-applicable-stage", path: [], message: "None of the stages of mutants applies to this case." }]);
  });
});

describe("what a case records beside its stages", () => {
  const withDuty = () =>
    policyOf([stage(1, workingDays(5, { raised: true }), { duties: [{ id: "record-it", kind: "confirm-in-writing", what: "Confirm the concern in writing.", source: source("confirm in writing") }] }), stage(2, workingDays(5, { raised: true }))], {
      events: [
        { id: "meeting", title: "initial discussion", source: source("the initial discussion") },
        { id: "call", title: "phone call", source: source("the phone call") },
      ],
    });

  it("takes an action due on the day it is agreed, and names the action field when its id is the policy's", () => {
    const policy = withDuty();
    const agreed = { type: "action-agreed", action: "share-plan", what: "Share the care plan.", due: "2027-01-05", on: "2027-01-05" };
    expect(parseCase(record([agreed]), policy).success).toBe(true);
    expect(refused(record([{ ...agreed, action: "record-it" }]), policy)).toEqual([
      { code: "duplicate-id", path: ["events", 0, "action"], message: '"record-it" already names a duty or route of the policy: give each agreed action its own id.' },
    ]);
  });

  it("names the flag field when a flag is raised again, from the start or by an event", () => {
    const flagged = { type: "flagged", flag: "immediate-risk", on: "2027-01-05" };
    expect(refused(record([flagged], { flags: ["immediate-risk"] }), withDuty())).toEqual([
      { code: "flagged-twice", path: ["events", 0, "flag"], message: 'The case already carries the flag "immediate-risk" from the start (its flags): a flag is raised once.' },
    ]);
    expect(refused(record([flagged, { ...flagged, on: "2027-01-06" }]), withDuty())).toEqual([
      { code: "flagged-twice", path: ["events", 1, "flag"], message: 'The case already carries the flag "immediate-risk": a flag is raised once.' },
    ]);
  });

  it("lists the policy's named events for an unknown one, and names the event field of one recorded twice", () => {
    expect(refused(record([{ type: "happened", event: "visit", on: "2027-01-05" }]), withDuty())).toEqual([
      { code: "unknown-event", path: ["events", 0, "event"], message: '"visit" is not one of the named events of mutants (meeting, call).' },
    ]);
    const meeting = { type: "happened", event: "meeting", on: "2027-01-05" };
    expect(refused(record([meeting, { ...meeting, on: "2027-01-06" }]), withDuty())).toEqual([
      { code: "happened-twice", path: ["events", 1, "event"], message: '"meeting" is already recorded as having happened: limits run from the first time.' },
    ]);
  });

  it("names the duty field of a duty done twice, and refuses a step the policy does not have", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("discuss", workingDays(1, { raised: true })), step("write", workingDays(2, { raised: true }))], duties: [{ id: "record-it", kind: "confirm-in-writing", what: "Confirm it.", source: source("confirm") }] })]);
    const done = { type: "duty-done", duty: "record-it", on: "2027-01-05" };
    expect(refused(record([done, { ...done, on: "2027-01-06" }]), policy)).toEqual([{ code: "done-twice", path: ["events", 1, "duty"], message: '"record-it" is already recorded as done.' }]);
    expect(refused(record([{ type: "step-done", step: "visit", on: "2027-01-05" }]), policy)).toEqual([{ code: "unknown-step", path: ["events", 0, "step"], message: '"visit" is not a step of mutants.' }]);
  });

  it("freezes the case it accepts, its flags included", () => {
    const result = parseCase(record([{ type: "stage-entered", stage: "stage-2", on: "2027-01-05" }], { flags: ["time-pressure"] }), withDuty());
    if (!result.success) throw new Error("refused");
    expect(Object.isFrozen(result.case)).toBe(true);
    expect(Object.isFrozen(result.case.events)).toBe(true);
    expect(Object.isFrozen(result.case.events[0])).toBe(true);
    expect(Object.isFrozen(result.case.flags)).toBe(true);
  });
});

describe("a checked case read onto its ladder", () => {
  it("owes the agreed actions not done, each at the stage the case was at when it was agreed", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(10, { raised: true }))]);
    const agreed = (action: string, due: string) => ({ type: "action-agreed", action, what: `Do ${action}.`, due, on: "2027-01-05" });
    const events = [
      { type: "stage-entered", stage: "stage-2", on: "2027-01-05" },
      agreed("first", "2027-01-08"),
      agreed("second", "2027-01-11"),
      { type: "duty-done", duty: "first", on: "2027-01-06" },
    ];
    const duties = assess(policy, record(events), "2027-01-07").duties.filter((duty) => duty.kind === "agreed-action");
    expect(duties).toStrictEqual([
      {
        id: "second",
        kind: "agreed-action",
        what: "Do second.",
        where: null,
        to: [],
        form: null,
        stage: "stage-2",
        afterResolution: false,
        // Monday 11 January 2027, agreed on Tuesday 5 January; assessed Thursday 7 January: not overdue.
        due: "2027-01-11",
        limit: { text: "by Monday 11 January 2027, as agreed by the parties on Tuesday 5 January 2027", whicheverIsLess: false, section: "Agreed by the parties", quote: "Do second." },
        overdue: false,
      },
    ]);
  });

  it("puts a case that has entered no stage at the first stage that applies to it", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { when: { subject: "child" } }), stage(2, workingDays(5, { raised: true })), stage(3, workingDays(5, { raised: true }))]);
    const result = assess(policy, record([], { subject: "adult" }), "2027-01-05");
    expect(result.stage).toEqual({ id: "stage-2", number: 2, title: "Stage 2", start: "2027-01-04" });
    // 5 working days from Monday 4 January 2027: Monday 11 January.
    expect(result.due).toBe("2027-01-11");
  });

  it("sees the clock still stopped when its last clock event stopped it, whatever follows", () => {
    const policy = policyOf(
      [stage(1, { calendarDays: 10, from: { raised: true }, source: source("within 10 days") }, { duties: [{ id: "record-it", kind: "confirm-in-writing", what: "Confirm it.", source: source("confirm") }] })],
      { clockStops: { source: source("the clock stops") } },
    );
    const stopped = { type: "clock-stopped", reason: "Waiting for the GP's records.", on: "2027-01-05" };
    // Stopped on Tuesday 5 January and counted to the day of the triage, Wednesday 6 January: one
    // calendar day, so 10 days from Monday 4 January (Thursday 14) moves to Friday 15 January. Each
    // later day moves it one more, so nothing changes for the year followed: the day to look again
    // is the last, 366 days on: 6 January 2028 is 365 days on (2027 has no 29 February), so 7 January 2028.
    for (const events of [[stopped], [stopped, { type: "duty-done", duty: "record-it", on: "2027-01-06" }]]) {
      const result = triage(policy, record(events), "2027-01-06");
      expect(result.state).toBe("on-track");
      expect(result.due).toBe("2027-01-15");
      expect(result.nextChange).toBe("2028-01-07");
    }
    // Restarted on the 6th, the clock runs again: the due date stays Friday 15 January.
    const restarted = triage(policy, record([stopped, { type: "clock-restarted", on: "2027-01-06" }]), "2027-01-06");
    // It is next due soon one working day before that: Thursday 14 January.
    expect(restarted.due).toBe("2027-01-15");
    expect(restarted.nextChange).toBe("2027-01-14");
  });
});

describe("the shape of a case given to the engine as plain data", () => {
  it("tells a date out of range from text that is no date, month and day bounds included", () => {
    const policy = policyOf(fourStages());
    const raisedOn = (value: unknown) => thrown(() => assess(policy, { policy: "mutants", raisedOn: value, events: [] } as Case, "2027-01-05"));
    const invalid = [{ code: "invalid", path: ["raisedOn"], message: "Must be a real date written YYYY-MM-DD between 2000-01-01 and 2099-12-31." }];
    const badFormat = (value: string) => [{ code: "bad-format", path: ["raisedOn"], message: `The text "${value}" is not a valid date.` }];
    expect(raisedOn(20270104)).toEqual([{ code: "wrong-type", path: ["raisedOn"], message: "Expected text, got 20270104." }]);
    // Real dates before 2000: the first month, the first day.
    expect(raisedOn("1999-01-15")).toEqual(invalid);
    expect(raisedOn("1999-12-01")).toEqual(invalid);
    // Month 0, month 13, day 0, and 30 February are no dates at all.
    for (const value of ["2027-00-10", "2027-13-01", "2027-01-00", "2027-02-30", "4 January 2027"]) expect(raisedOn(value)).toEqual(badFormat(value));
  });

  it("lists the values a field allows", () => {
    expect(thrown(() => assess(policyOf(fourStages()), record([], { subject: "someone" }), "2027-01-05"))).toEqual([
      { code: "not-allowed", path: ["subject"], message: 'Expected one of "adult", "child", got the text "someone".' },
    ]);
  });

  it("trims the texts the schema trims and no others", () => {
    const policy = policyOf(fourStages(), { version: "2.1", clockStops: { source: source("the clock stops") } });
    const refusedBy = (input: unknown) => thrown(() => assess(policy, input as Case, "2027-01-05"));
    // An id is taken as given: " mutants" is not "mutants".
    expect(refusedBy({ ...record([]), policy: " mutants" })).toEqual([{ code: "wrong-policy", path: ["policy"], message: 'The case follows policy " mutants", not "mutants".' }]);
    expect(refusedBy(record([{ type: "clock-stopped", reason: "   ", on: "2027-01-05" }]))).toEqual([{ code: "empty", path: ["events", 0, "reason"], message: "Must not be empty." }]);
    expect(refusedBy(record([{ type: "stage-entered", stage: "stage-2", raisedWith: "  ", on: "2027-01-05" }]))).toEqual([
      { code: "empty", path: ["events", 0, "raisedWith"], message: "Must not be empty." },
    ]);
    // $schema is not trimmed: 501 spaces are too long.
    expect(refusedBy(record([], { $schema: " ".repeat(501) }))).toEqual([{ code: "too-long", path: ["$schema"], message: "Allows at most 500 characters." }]);
    // The version is trimmed before it is compared.
    expect(assess(policy, record([], { policyVersion: " 2.1 " }), "2027-01-05").stage.id).toBe("stage-1");
  });

  it("names each missing field and each field a case, an event or schedule's facts does not have", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { duties: [{ id: "record-it", kind: "confirm-in-writing", what: "Confirm it.", source: source("confirm") }] })]);
    const refusedBy = (input: unknown) => thrown(() => assess(policy, input as Case, "2027-01-05"));
    expect(refusedBy({})).toEqual([
      { code: "missing", path: ["raisedOn"], message: "This field is required." },
      { code: "missing", path: ["policy"], message: "This field is required." },
      { code: "missing", path: ["events"], message: "This field is required." },
    ]);
    expect(refusedBy(record([], { owner: "Team A" }))).toEqual([
      { code: "unknown-field", path: ["owner"], message: '"owner" is not a field of a case; the fields are: raisedOn, subject, riskDeadline, flags, priority, $schema, policy, policyVersion, events.' },
    ]);
    expect(refusedBy(record([{ type: "step-done" }]))).toEqual([
      { code: "missing", path: ["events", 0, "step"], message: "This field is required." },
      { code: "missing", path: ["events", 0, "on"], message: "This field is required." },
    ]);
    expect(refusedBy(record([{ type: "duty-done", duty: "record-it", on: "2027-01-05", note: "by email" }]))).toEqual([
      { code: "unknown-field", path: ["events", 0, "note"], message: '"note" is not a field of a "duty-done" event; the fields are: type, duty, on.' },
    ]);
    // A duty-done event as the schema has it is read, and the duty is no longer owed.
    expect(assess(policy, record([{ type: "duty-done", duty: "record-it", on: "2027-01-05" }]), "2027-01-05").duties).toEqual([]);
    expect(thrown(() => schedule(policy, {} as never))).toEqual([{ code: "missing", path: ["raisedOn"], message: "This field is required." }]);
    expect(thrown(() => schedule(policy, { raisedOn: "2027-01-04", owner: "Team A" } as never))).toEqual([
      { code: "unknown-field", path: ["owner"], message: "\"owner\" is not a field of the case's facts; the fields are: raisedOn, subject, riskDeadline, flags, priority." },
    ]);
  });
});

describe("parseCase", () => {
  it("refuses what is not JSON data before reading the case's fields", () => {
    expect(parseCase({ ...record([]), subject: undefined }, policyOf(fourStages()))).toStrictEqual({
      success: false,
      errors: [{ severity: "error", code: "not-json", path: ["subject"], message: "Expected JSON data (objects, arrays, strings, numbers, true, false, null), got undefined." }],
    });
  });

  it("describes the value it found where it expected another", () => {
    expect(refused(record([], { raisedOn: 20270104 }), policyOf(fourStages()))).toEqual([{ code: "wrong-type", path: ["raisedOn"], message: "Expected text, got 20270104." }]);
  });
});
