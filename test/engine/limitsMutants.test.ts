// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/limits.ts and
// src/engine/schedule.ts (commit 0854e15): the exact words and fields of a limit's summary,
// and the dates and summaries schedule() reports. England and Wales bank holidays (GOV.UK)
// in the window used: Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027.
import { describe, expect, it } from "vitest";
import { assess, DateOutOfRangeError, schedule, triage } from "../../src/index.js";
import { acceptedCase, smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

const priorities = [
  { id: "urgent", title: "Urgent", source: source("urgent") },
  { id: "standard", title: "Standard", source: source("standard") },
];

describe("a limit's summary", () => {
  it("names each anchor and amount in the words the catalogue gives, with only the fields the limit sets", () => {
    // The event named is not the first declared, so only the one with its id gives the title.
    const events = [
      { id: "call", title: "phone call", source: source("the phone call") },
      { id: "meeting", title: "initial discussion", source: source("the initial discussion") },
    ];
    const policy = policyOf(
      [
        stage(1, workingDays(5, { raised: true }), { title: "Internal Discussion" }),
        stage(2, { workingWeeks: 2, from: { completionOf: "stage-1" }, source: source("two weeks") }, { title: "Managers" }),
        stage(3, { calendarDays: 10, from: { startOf: "stage-2" }, source: source("ten days") }),
        stage(4, { calendarMonths: 1, from: { event: "meeting" }, whicheverIsLess: true, source: source("a month") }),
        stage(5, { hours: 48, from: { step: "s2" }, source: source("48 hours") }, { steps: [step("s1", workingDays(1, { raised: true })), step("s2", workingDays(2, { raised: true }), { title: "Write to the manager" })] }),
        stage(6, { asSoonAsPossible: true, from: { resolution: true }, source: source("asap") }),
        stage(7, { immediately: true, from: { raised: true }, source: source("now") }),
      ],
      { events },
    );
    const limits = schedule(policy, { raisedOn: "2026-12-23" }).stages.map((one) => one.limit);
    // toStrictEqual: a field the limit does not set is absent, not present as undefined.
    expect(limits).toStrictEqual([
      { text: "within 5 working days of the disagreement arising", workingDays: 5, whicheverIsLess: false, section: "Test", quote: "within 5 working days" },
      { text: "within 2 working weeks of the completion of Stage 1 (Internal Discussion)", workingWeeks: 2, whicheverIsLess: false, section: "Test", quote: "two weeks" },
      { text: "within 10 calendar days of the start of Stage 2 (Managers)", calendarDays: 10, whicheverIsLess: false, section: "Test", quote: "ten days" },
      {
        text: "within 1 calendar month of the initial discussion, or sooner where protecting the child or adult from harm needs it (whichever is less)",
        calendarMonths: 1,
        whicheverIsLess: true,
        section: "Test",
        quote: "a month",
      },
      { text: 'within 48 hours of the step "Write to the manager" being done', hours: 48, whicheverIsLess: false, section: "Test", quote: "48 hours" },
      { text: "as soon as possible after the disagreement being resolved (the text sets no date)", asSoonAsPossible: true, whicheverIsLess: false, section: "Test", quote: "asap" },
      { text: "immediately after the disagreement arising (on the same working day)", immediately: true, whicheverIsLess: false, section: "Test", quote: "now" },
    ]);
  });

  it("speaks of the adult or the child as the policy's subjects say", () => {
    const capped = { ...workingDays(5, { raised: true }), whicheverIsLess: true };
    expect(schedule(policyOf([stage(1, capped)], { subjects: ["adults"] }), { raisedOn: "2026-12-23" }).stages[0]?.limit?.text).toBe(
      "within 5 working days of the disagreement arising, or sooner where protecting the adult from harm needs it (whichever is less)",
    );
    expect(schedule(policyOf([stage(1, capped)], { subjects: ["children"] }), { raisedOn: "2026-12-23" }).stages[0]?.limit?.text).toBe(
      "within 5 working days of the disagreement arising, or sooner where protecting the child from harm needs it (whichever is less)",
    );
  });

  it("lists each priority's amount, after the limit's own where it has one", () => {
    const byPriority = [
      { priority: "urgent", asSoonAsPossible: true, source: source("urgent: as soon as possible") },
      { priority: "standard", workingDays: 5, source: source("standard: within 5 working days") },
    ];
    const only = policyOf([stage(1, { byPriority, from: { raised: true }, source: source("by priority") })], { priorities });
    expect(schedule(only, { raisedOn: "2026-12-23" }).stages[0]?.limit).toStrictEqual({
      text: "by priority of the disagreement arising (Urgent: as soon as possible; Standard: within 5 working days)",
      whicheverIsLess: false,
      section: "Test",
      quote: "by priority",
    });
    const immediate = [{ priority: "urgent", immediately: true, source: source("urgent: immediately") }];
    const unless = policyOf([stage(1, { calendarDays: 10, byPriority: immediate, from: { raised: true }, source: source("ten days unless urgent") })], { priorities });
    expect(schedule(unless, { raisedOn: "2026-12-23" }).stages[0]?.limit).toStrictEqual({
      text: "within 10 calendar days of the disagreement arising (unless the case's priority sets its own: Urgent: immediately)",
      calendarDays: 10,
      whicheverIsLess: false,
      section: "Test",
      quote: "ten days unless urgent",
    });
    // Raised Wed 23 Dec 2026. Standard: 5 working days: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan
    // (25, 28 Dec and 1 Jan are bank holidays). Urgent: as soon as possible, no date.
    expect(schedule(only, { raisedOn: "2026-12-23", priority: "standard" }).stages[0]?.due).toBe("2027-01-04");
    expect(schedule(only, { raisedOn: "2026-12-23", priority: "urgent" }).stages[0]?.due).toBeNull();
    // Urgent: immediately, the same working day, Wed 23 Dec; others 10 calendar days, Sat 2 Jan.
    expect(schedule(unless, { raisedOn: "2026-12-23", priority: "urgent" }).stages[0]?.due).toBe("2026-12-23");
    expect(schedule(unless, { raisedOn: "2026-12-23", priority: "standard" }).stages[0]?.due).toBe("2027-01-02");
  });
});

describe("dates from each kind of anchor", () => {
  it("counts from a later step, a later named event, the resolution and calendar months", () => {
    const events = [
      { id: "first", title: "first meeting", source: source("first") },
      { id: "second", title: "second meeting", source: source("second") },
    ];
    const policy = policyOf(
      [
        stage(1, workingDays(5, { raised: true }), {
          steps: [step("a", workingDays(1, { raised: true })), step("b", workingDays(3, { raised: true })), step("c", workingDays(1, { step: "b" }))],
        }),
        stage(2, workingDays(2, { event: "second" })),
        stage(3, { calendarMonths: 1, from: { completionOf: "stage-2" }, source: source("a month") }),
      ],
      { events },
    );
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    // Raised Wed 23 Dec 2026. a: 1 working day, Thu 24 Dec. b: 3 working days, Thu 24, Tue 29,
    // Wed 30 Dec. c: 1 working day after b's due, Thu 31 Dec.
    expect(plan.stages[0]?.steps.map((one) => [one.id, one.due])).toEqual([
      ["a", "2026-12-24"],
      ["b", "2026-12-30"],
      ["c", "2026-12-31"],
    ]);
    // Stage 1: 5 working days, Mon 4 Jan 2027. Stage 2 runs from an event not yet recorded: no date;
    // stage 3 then has none either.
    expect(plan.stages.map((one) => one.due)).toEqual(["2027-01-04", null, null]);
  });
});

describe("schedule's summaries beside dates", () => {
  it("gives an escalate-by limit only where there is an escalate-by date", () => {
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(3, { completionOf: "stage-1" }), { escalateBy: workingDays(2, { raised: true }) }),
      stage(3, workingDays(1, { completionOf: "stage-2" }), { escalateBy: { asSoonAsPossible: true, from: { raised: true }, source: source("asap") } }),
    ]);
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    // Stage 1 has no escalate-by limit. Stage 2's runs 2 working days from raising (Wed 23 Dec
    // 2026): Thu 24, Tue 29 Dec. Stage 3's is "as soon as possible": no date, so no limit beside it.
    expect(plan.stages.map((one) => [one.escalateBy, one.escalateByLimit])).toEqual([
      [null, null],
      ["2026-12-29", { text: "within 2 working days of the disagreement arising", workingDays: 2, whicheverIsLess: false, section: "Test", quote: "within 2 working days" }],
      [null, null],
    ]);
  });

  it("gives the final body's due and limit, and each stage's and the policy's duties", () => {
    const duty = (id: string, limit: unknown) => ({ id, kind: "record", what: `record ${id}`, limit, source: source(id) });
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { duties: [duty("note", workingDays(1, { raised: true }))] }), stage(2, workingDays(3, { completionOf: "stage-1" }))], {
      duties: [duty("log", workingDays(2, { raised: true }))],
      final: { title: "Board", body: "manager", what: "decide", limit: workingDays(2, { completionOf: "stage-2" }), source: source("final") },
    });
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    // Stage 1 due Mon 4 Jan 2027 (5 working days); stage 2, 3 working days on: Tue 5, Wed 6,
    // Thu 7 Jan; the final body 2 working days after that: Fri 8, Mon 11 Jan.
    expect(plan.stages.map((one) => one.due)).toEqual(["2027-01-04", "2027-01-07"]);
    expect(plan.final).toMatchObject({ due: "2027-01-11", limit: { text: "within 2 working days of the completion of Stage 2 (Stage 2)", workingDays: 2 } });
    // The stage's duty: 1 working day from raising, Thu 24 Dec; the policy's: 2, Tue 29 Dec.
    expect(plan.stages[0]?.duties.map((one) => [one.id, one.due])).toEqual([["note", "2026-12-24"]]);
    expect(plan.duties.map((one) => [one.id, one.due])).toEqual([["log", "2026-12-29"]]);
  });

  it("gives a skipped stage no duties", () => {
    const duty = { id: "note", kind: "record", what: "record the meeting", limit: workingDays(1, { raised: true }), source: source("note") };
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }), { when: { subject: "child" }, duties: [duty] }), stage(3, workingDays(3, { completionOf: "stage-1" }))]);
    // A case about an adult skips stage 2 and owes none of its duties; about a child, the duty is
    // due 1 working day after raising (Wed 23 Dec 2026): Thu 24 Dec.
    expect(schedule(policy, { raisedOn: "2026-12-23", subject: "adult" }).stages[1]).toMatchObject({ skipped: true, duties: [] });
    expect(schedule(policy, { raisedOn: "2026-12-23", subject: "child" }).stages[1]?.duties.map((one) => [one.id, one.due])).toEqual([["note", "2026-12-24"]]);
  });

  it("gives a route its due and limit, and a notifying route moves no stage", () => {
    const rules = [{ id: "tell", title: "Tell the manager", when: { flag: "immediate-risk" }, effect: "notify", to: ["manager"], limit: workingDays(1, { raised: true }), source: source("tell") }];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }))], { rules });
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: ["immediate-risk"] });
    // The route: 1 working day from raising (Wed 23 Dec 2026), Thu 24 Dec. The stages as ever:
    // stage 1 Mon 4 Jan 2027 (5 working days, past 25, 28 Dec and 1 Jan); stage 2 starts when it
    // falls due and runs 3 working days: Thu 7 Jan.
    expect(plan.routes).toMatchObject([{ id: "tell", effect: "notify", due: "2026-12-24", limit: { text: "within 1 working day of the disagreement arising", workingDays: 1 } }]);
    expect(plan.stages.map((one) => [one.start, one.due])).toEqual([
      ["2026-12-23", "2027-01-04"],
      ["2027-01-04", "2027-01-07"],
    ]);
  });

  it("times the policy's duties from a stage's completion", () => {
    const duties = [{ id: "log", kind: "record", what: "log it", limit: workingDays(2, { completionOf: "stage-1" }), source: source("log") }];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }))], { duties });
    // Stage 1 due Mon 4 Jan 2027; 2 working days on: Tue 5, Wed 6 Jan.
    expect(schedule(policy, { raisedOn: "2026-12-23" }).duties.map((one) => [one.id, one.due])).toEqual([["log", "2027-01-06"]]);
  });

  it("projects the resolution as the last stage's due for the final body, and as no day for routes and the policy's duties", () => {
    const fromResolution = (days: number) => workingDays(days, { resolution: true });
    const rules = [{ id: "tell", title: "Tell the manager", when: { flag: "immediate-risk" }, effect: "notify", to: ["manager"], limit: fromResolution(1), source: source("tell") }];
    const duties = [{ id: "log", kind: "record", what: "log it", limit: fromResolution(2), source: source("log") }];
    const final = { title: "Board", body: "manager", what: "decide", limit: fromResolution(2), source: source("final") };
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(3, { completionOf: "stage-1" }))], { rules, duties, final });
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: ["immediate-risk"] });
    // Stage 2 due Thu 7 Jan 2027 (as above); the final body 2 working days after: Fri 8, Mon 11 Jan.
    expect(plan.final?.due).toBe("2027-01-11");
    // Nothing says when a case not yet resolved will be: the route and the policy's duty have no date.
    expect(plan.routes.map((one) => one.due)).toEqual([null]);
    expect(plan.duties.map((one) => one.due)).toEqual([null]);
  });
});

describe("a stopped clock", () => {
  it("moves a calendar-day limit on by every day stopped, not just the working ones", () => {
    const policy = policyOf([stage(1, { calendarDays: 10, from: { raised: true }, source: source("within 10 days") })], { clockStops: { source: source("the clock may be stopped") } });
    const events = [
      { type: "clock-stopped", reason: "waiting for the GP's records", on: "2026-12-24" },
      { type: "clock-restarted", on: "2026-12-29" },
    ];
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events });
    // Raised Wed 23 Dec 2026: 10 calendar days, Sat 2 Jan 2027. Stopped on the 24th, restarted on
    // the 29th: 25 to 29 Dec, 5 days, do not count (only one of them, Tue 29, a working day), so it
    // moves to Thu 7 Jan 2027.
    expect(assess(policy, record, "2026-12-30")).toMatchObject({ due: "2027-01-07" });
  });
});

describe("a duty whose limit is set only per priority", () => {
  it("is timed for the priority that dates it and undated for the one that does not", () => {
    const byPriority = [
      { priority: "urgent", asSoonAsPossible: true, source: source("urgent: as soon as possible") },
      { priority: "standard", workingDays: 2, source: source("standard: within 2 working days") },
    ];
    const duty = { id: "note", kind: "record", what: "note it", limit: { byPriority, from: { raised: true }, source: source("by priority") }, source: source("note") };
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { duties: [duty] })], { priorities });
    const dutyDue = (priority: string) => assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", priority, events: [] }), "2026-12-24").duties.map((one) => [one.id, one.due]);
    // Raised Wed 23 Dec 2026. Standard: 2 working days, Thu 24 and Tue 29 Dec (25 and 28 are bank
    // holidays). Urgent: as soon as possible, which gives no date.
    expect(dutyDue("standard")).toEqual([["note", "2026-12-29"]]);
    expect(dutyDue("urgent")).toEqual([["note", null]]);
    // Triage reads the standard case's duty (Tue 29 Dec) as nearer than the stage's due date, Mon
    // 4 Jan 2027 (5 working days past 25, 28 Dec and 1 Jan).
    const standard = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", priority: "standard", events: [] });
    expect(triage(policy, standard, "2026-12-24").nearest).toEqual({ kind: "duty", id: "note", due: "2026-12-29" });
  });
});

describe("a limit from a recorded named event, and one of calendar months", () => {
  it("counts from the day that event happened, and a month on the civil calendar", () => {
    const events = [
      { id: "first", title: "first meeting", source: source("first") },
      { id: "second", title: "second meeting", source: source("second") },
    ];
    const policy = policyOf([stage(1, workingDays(2, { event: "second" }))], { events });
    const happened = [
      { type: "happened", event: "first", on: "2026-12-24" },
      { type: "happened", event: "second", on: "2026-12-29" },
    ];
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: happened });
    // The second meeting on Tue 29 Dec 2026: 2 working days, Wed 30 and Thu 31 Dec (not counted
    // from the first meeting, Thu 24 Dec, which would give Wed 30 Dec).
    expect(assess(policy, record, "2026-12-30")).toMatchObject({ due: "2026-12-31" });
    // One calendar month from raising, Wed 23 Dec 2026: Sat 23 Jan 2027.
    const monthly = policyOf([stage(1, { calendarMonths: 1, from: { raised: true }, source: source("a month") })]);
    expect(schedule(monthly, { raisedOn: "2026-12-23" }).stages[0]?.due).toBe("2027-01-23");
  });
});

describe("an explanation of a limit from a step", () => {
  it("gives the day the step is due, named by its title", () => {
    const policy = policyOf([stage(1, workingDays(2, { step: "s" }), { steps: [step("s", workingDays(1, { raised: true }), { title: "Call the manager" })] })]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [] });
    // Raised Wed 23 Dec 2026: the step is due in 1 working day, Thu 24 Dec; the stage 2 working
    // days after it, past Fri 25 and Mon 28 Dec (bank holidays) and the weekend: Tue 29, Wed 30 Dec.
    expect(assess(policy, record, "2026-12-24").explanation).toContain(
      'The step "Call the manager" being done: Thursday 24 December 2026. Counting 2 working days after Thursday 24 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Wednesday 30 December 2026.',
    );
  });
});

// Added for the survivors of the Stryker run at commit f5523ef (checked by applying the mutant by hand).
describe("a due date at the end of the supported range", () => {
  it("may fall on 31 December 2099, and a day later throws DateOutOfRangeError", () => {
    // 10 calendar days from Mon 21 Dec 2099: Thu 31 Dec 2099, the last date supported. From Tue 22
    // Dec 2099 they would end on Fri 1 Jan 2100.
    const policy = policyOf([stage(1, { calendarDays: 10, from: { raised: true }, source: source("within 10 days") })]);
    expect(schedule(policy, { raisedOn: "2099-12-21" }).stages[0]?.due).toBe("2099-12-31");
    expect(() => schedule(policy, { raisedOn: "2099-12-22" })).toThrow(DateOutOfRangeError);
    expect(() => schedule(policy, { raisedOn: "2099-12-22" })).toThrow("A deadline within 10 calendar days of 2099-12-22 falls after 2099-12-31, the last date supported.");
  });
});

describe("the explanation of a stage's limit from the resolution", () => {
  it("names the resolution, projected as the stage's last day, which a shared limit sets", () => {
    // Stages 1 and 2 share 5 working days from Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30, Thu 31 Dec,
    // Mon 4 Jan 2027 (25 and 28 Dec and 1 Jan are bank holidays), which governs Stage 1. Its own
    // limit runs from the resolution, projected as the stage's last day, Mon 4 Jan: 2 working days
    // on, Tue 5, Wed 6 Jan. On Thu 24 Dec, working days left to Mon 4 Jan: 29, 30, 31 Dec, 4 Jan.
    const policy = policyOf([stage(1, workingDays(2, { resolution: true })), stage(2, workingDays(5, { completionOf: "stage-1" }))], {
      sharedLimits: [{ id: "both", title: "Stages 1 and 2", stages: ["stage-1", "stage-2"], limit: workingDays(5, { raised: true }), source: source("Stages 1 and 2") }],
    });
    const result = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [] }), "2026-12-24");
    expect(result).toMatchObject({ due: "2027-01-04", governedBy: "shared-limit" });
    expect(result.explanation).toEqual([
      "Small test policy, Test Safeguarding Partnership. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 1 (Stage 1), which began on Wednesday 23 December 2026.",
      'The policy\'s limit: within 2 working days of the disagreement being resolved. It says: "within 2 working days" (Test).',
      "The disagreement being resolved: Monday 4 January 2027. Counting 2 working days after Monday 4 January 2027, gives Wednesday 6 January 2027.",
      'Stages 1 and 2 share one limit, within 5 working days of the disagreement arising, and it governs here. It says: "within 5 working days" (Test).',
      "Stage 1 (Stage 1) is due by the end of Monday 4 January 2027; on Thursday 24 December 2026 4 working days remain (on-track).",
      "If it is not resolved, it goes next to Stage 2 (Stage 2): Practitioner, Line manager.",
    ]);
  });
});
