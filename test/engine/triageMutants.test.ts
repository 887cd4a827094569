// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/triage.ts
// (commit f5523ef): small policies built with parsePolicy, triaged on chosen days, and
// whole Triage results pinned. Every policy, case and calendar is made inside its `it`.
//
// The window used is January 2027 (England and Wales): Fri 1 Jan is a bank holiday;
// Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, Mon 18,
// Tue 19 Jan are working days; Sat 9, Sun 10, Sat 16, Sun 17 are weekends.
// A limit of n working days from a day is due on the n-th working day after it.
// The end of the range: in December 2099, Fri 25 is Christmas Day, Sat 26 Boxing Day (so Mon 28
// its substitute), and Thu 31 the last date that can be assessed.
import { describe, expect, it } from "vitest";
import { createCalendar, DateOutOfRangeError, InvalidCaseError, InvalidOptionsError, triage, type Triage } from "../../src/index.js";
import { acceptedCase, smallPolicy, source, stage, step, workingDays } from "./helpers.js";

const stage1 = { id: "stage-1", number: 1, title: "Stage 1" };
const stage2 = { id: "stage-2", number: 2, title: "Stage 2" };

/** A whole triage of the small policy "mutants": the fields not given are those of a quiet case. */
function expected(fields: Partial<Triage> & Pick<Triage, "asOf" | "state" | "due" | "nearest" | "nextChange">): Triage {
  return { policy: "mutants", stage: stage1, stepOverdue: false, escalationRequiredNow: false, escalationOverdue: false, overdueDuties: 0, ...fields };
}

/**
 * Each case below is triaged two ways: as most cases are (no priority), and with a priority
 * chosen, which the policy's limits ignore (no limit is set by priority), so the dates are the
 * same but triage reads them off the case's whole ladder, as assess does.
 */
const WAYS = [
  { way: "without a priority", extra: {}, facts: {} },
  {
    way: "with a priority that sets no limit",
    extra: {
      priorities: [
        { id: "p1", title: "Urgent", source: source("Priority 1") },
        { id: "p2", title: "Routine", source: source("Priority 2") },
      ],
    },
    facts: { priority: "p2" },
  },
] as const;

/**
 * Stage 1: 5 working days from the day raised, with step "a" (2 working days from the day
 * raised) and step "b" (1 working day from step a). Stage 2: 5 working days from its start,
 * to be escalated into within 3 working days of the completion of Stage 1.
 */
const ladderPolicy = (extra: Record<string, unknown> = {}) =>
  smallPolicy(
    [
      stage(1, workingDays(5, { raised: true }), { steps: [step("a", workingDays(2, { raised: true })), step("b", workingDays(1, { step: "a" }))] }),
      stage(2, workingDays(5, { startOf: "stage-2" }), { escalateBy: workingDays(3, { completionOf: "stage-1" }) }),
    ],
    extra,
  );

// Raised Mon 4 Jan 2027: Stage 1 due Mon 11 (Tue 5, Wed 6, Thu 7, Fri 8, Mon 11); step a due
// Wed 6 (Tue 5, Wed 6); Stage 2 to be escalated into by Thu 14 (3 working days after Mon 11:
// Tue 12, Wed 13, Thu 14).
describe.each(WAYS)("steps with due dates at the current stage ($way)", ({ extra, facts }) => {
  it("the first step not done is the nearest deadline, and the day after its due date a change", () => {
    const policy = ladderPolicy(extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Mon 4: 5 working days left, on track; due soon from Fri 8 (Fri 8 and Mon 11 left); step a
    // is due Wed 6, overdue from Thu 7, which comes first.
    expect(triage(policy, record, "2027-01-04")).toStrictEqual(
      expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "a", due: "2027-01-06" }, nextChange: "2027-01-07" }),
    );
    // Wed 6: step a due today, not overdue yet; the change is still Thu 7.
    expect(triage(policy, record, "2027-01-06")).toStrictEqual(
      expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "a", due: "2027-01-06" }, nextChange: "2027-01-07" }),
    );
    // Thu 7: step a overdue (still the nearest, passed); the next change is Fri 8, due soon.
    // Step b is not looked at: only the first step not done counts.
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "a", due: "2027-01-06" }, stepOverdue: true, nextChange: "2027-01-08" }),
    );
  });

  it("skips a step done and times the next from it", () => {
    const policy = ladderPolicy(extra);
    // Step a done Tue 5: step b is due 1 working day later, Wed 6.
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [{ type: "step-done", step: "a", on: "2027-01-05" }] });
    // Tue 5: b due Wed 6, overdue from Thu 7; on track (4 working days left), due soon from Fri 8.
    expect(triage(policy, record, "2027-01-05")).toStrictEqual(
      expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-06" }, nextChange: "2027-01-07" }),
    );
    // Thu 7: b overdue; next change Fri 8 (due soon).
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-06" }, stepOverdue: true, nextChange: "2027-01-08" }),
    );
  });

  it("a step due today is not overdue, and changes the day after, before the stage does", () => {
    const policy = ladderPolicy(extra);
    // Step a done Thu 7: b is due Fri 8 (1 working day later).
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [{ type: "step-done", step: "a", on: "2027-01-07" }] });
    // Fri 8: one working day left (Mon 11): due soon, which changes on Mon 11; step b due today,
    // overdue from Sat 9, which comes first.
    expect(triage(policy, record, "2027-01-08")).toStrictEqual(
      expected({ asOf: "2027-01-08", state: "due-soon", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-08" }, nextChange: "2027-01-09" }),
    );
    // Thu 7: Fri 8 and Mon 11 left, on track; due soon from Fri 8, before b is overdue (Sat 9).
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-08" }, nextChange: "2027-01-08" }),
    );
    // Sat 9: b overdue; the stage changes on Mon 11 (due today).
    expect(triage(policy, record, "2027-01-09")).toStrictEqual(
      expected({ asOf: "2027-01-09", state: "due-soon", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-08" }, stepOverdue: true, nextChange: "2027-01-11" }),
    );
  });

  it("with every step done, the stage and then the escalation's by are the deadlines", () => {
    const policy = ladderPolicy(extra);
    const record = acceptedCase(policy, {
      policy: "mutants",
      ...facts,
      raisedOn: "2027-01-04",
      events: [
        { type: "step-done", step: "a", on: "2027-01-05" },
        { type: "step-done", step: "b", on: "2027-01-06" },
      ],
    });
    const stageDue = { kind: "stage", id: "stage-1", due: "2027-01-11" } as const;
    // Thu 7: Fri 8 and Mon 11 left, on track; due soon from Fri 8.
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: stageDue, nextChange: "2027-01-08" }));
    // Fri 8: due soon until Mon 11.
    expect(triage(policy, record, "2027-01-08")).toStrictEqual(expected({ asOf: "2027-01-08", state: "due-soon", due: "2027-01-11", nearest: stageDue, nextChange: "2027-01-11" }));
    // Mon 11: due today until Tue 12. The escalation's by (Thu 14) is later, so not the nearest.
    expect(triage(policy, record, "2027-01-11")).toStrictEqual(expected({ asOf: "2027-01-11", state: "due-today", due: "2027-01-11", nearest: stageDue, nextChange: "2027-01-12" }));
    // Tue 12: overdue, so escalation is required now; late from Fri 15 (the day after Thu 14).
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(
      expected({ asOf: "2027-01-12", state: "overdue", due: "2027-01-11", nearest: stageDue, escalationRequiredNow: true, nextChange: "2027-01-15" }),
    );
    // Thu 14: the escalation is due today, not late yet.
    expect(triage(policy, record, "2027-01-14")).toStrictEqual(
      expected({ asOf: "2027-01-14", state: "overdue", due: "2027-01-11", nearest: stageDue, escalationRequiredNow: true, nextChange: "2027-01-15" }),
    );
    // Fri 15: the escalation is late; nothing changes again.
    expect(triage(policy, record, "2027-01-15")).toStrictEqual(
      expected({ asOf: "2027-01-15", state: "overdue", due: "2027-01-11", nearest: stageDue, escalationRequiredNow: true, escalationOverdue: true, nextChange: null }),
    );
  });

  it("a step listed before the step it runs from is timed from that step's due date", () => {
    // Step b (listed first) runs 1 working day from step a, itself 2 working days from Mon 4
    // (Wed 6): b is due Thu 7, and is the first step not done.
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }), { steps: [step("b", workingDays(1, { step: "a" })), step("a", workingDays(2, { raised: true }))] })], extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Mon 4: b overdue from Fri 8, as the stage turns due soon.
    expect(triage(policy, record, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "b", due: "2027-01-07" }, nextChange: "2027-01-08" }));
  });

  it("a step due after the stage, or on its due date, leaves the stage the nearest", () => {
    // Step "late": 7 working days from Mon 4: Tue 5 ... Mon 11, Tue 12, Wed 13.
    const late = smallPolicy([stage(1, workingDays(5, { raised: true }), { steps: [step("late", workingDays(7, { raised: true }))] })], extra);
    const lateCase = acceptedCase(late, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    const stageDue = { kind: "stage", id: "stage-1", due: "2027-01-11" } as const;
    // Mon 4: due soon from Fri 8; the step is overdue only from Thu 14.
    expect(triage(late, lateCase, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: stageDue, nextChange: "2027-01-08" }));
    // Step "same": 5 working days from Mon 4, Mon 11, the stage's own due date: the stage, first.
    const same = smallPolicy([stage(1, workingDays(5, { raised: true }), { steps: [step("same", workingDays(5, { raised: true }))] })], extra);
    const sameCase = acceptedCase(same, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    expect(triage(same, sameCase, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: stageDue, nextChange: "2027-01-08" }));
  });

  it("with no limit on the stage, a step's or the escalation's date is the nearest", () => {
    // Stage 1 has no limit; step a is due Wed 6 (2 working days from Mon 4); Stage 2 must be
    // entered within 3 working days of the day raised, by Thu 7.
    const policy = smallPolicy([stage(1, null, { steps: [step("a", workingDays(2, { raised: true }))] }), stage(2, workingDays(5, { startOf: "stage-2" }), { escalateBy: workingDays(3, { raised: true }) })], extra);
    const open = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Mon 4: step a the nearest; it is overdue from Thu 7, before the escalation is late (Fri 8).
    expect(triage(policy, open, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "no-time-limit", due: null, nearest: { kind: "step", id: "a", due: "2027-01-06" }, nextChange: "2027-01-07" }));
    // Step a done Tue 5: the escalation's by is the nearest, late from Fri 8.
    const done = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [{ type: "step-done", step: "a", on: "2027-01-05" }] });
    const by = { kind: "escalation", id: "stage-2", due: "2027-01-07" } as const;
    expect(triage(policy, done, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "no-time-limit", due: null, nearest: by, nextChange: "2027-01-08" }));
    // Fri 8: late, so required now; nothing more to change.
    expect(triage(policy, done, "2027-01-08")).toStrictEqual(
      expected({ asOf: "2027-01-08", state: "no-time-limit", due: null, nearest: by, escalationRequiredNow: true, escalationOverdue: true, nextChange: null }),
    );
  });

  it("reads the day a stage was entered from its own event, not the last one", () => {
    const policy = smallPolicy([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { startOf: "stage-2" }), {
        duties: [
          { id: "log", kind: "record", what: "Log it", source: source("log it") },
          { id: "tell", kind: "notify", what: "Tell the manager", limit: workingDays(1, { startOf: "stage-2" }), source: source("tell") },
        ],
      }),
    ], extra);
    // Entered Stage 2 Tue 12 Jan; "log" (no limit) done Thu 14. Stage 2 is due 5 working days
    // after Tue 12: Wed 13, Thu 14, Fri 15, Mon 18, Tue 19. "tell" was due Wed 13: overdue.
    // Thu 14: Fri 15, Mon 18, Tue 19 left, on track; due soon from Mon 18 (Mon 18 and Tue 19 left).
    // No stage follows and there is no final step: nothing to escalate to.
    const record = acceptedCase(policy, {
      policy: "mutants",
      ...facts,
      raisedOn: "2027-01-04",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-12" },
        { type: "duty-done", duty: "log", on: "2027-01-14" },
      ],
    });
    expect(triage(policy, record, "2027-01-14")).toStrictEqual(
      expected({ asOf: "2027-01-14", stage: stage2, state: "on-track", due: "2027-01-19", nearest: { kind: "duty", id: "tell", due: "2027-01-13" }, overdueDuties: 1, nextChange: "2027-01-18" }),
    );
  });
});

describe.each(WAYS)("escalation ($way)", ({ extra, facts }) => {
  it("an escalate-by earlier than the stage's due date is the nearest deadline", () => {
    // Stage 2 must be entered within 3 working days of the day raised (Mon 4): by Thu 7.
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" }), { escalateBy: workingDays(3, { raised: true }) })], extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    const by = { kind: "escalation", id: "stage-2", due: "2027-01-07" } as const;
    // Mon 4: on track, due soon from Fri 8; late escalation from Fri 8 too.
    expect(triage(policy, record, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: by, nextChange: "2027-01-08" }));
    // Thu 7: by today, not late; Fri 8 still the change.
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: by, nextChange: "2027-01-08" }));
    // Fri 8: late, so required now; due soon; next change Mon 11 (due today).
    expect(triage(policy, record, "2027-01-08")).toStrictEqual(
      expected({ asOf: "2027-01-08", state: "due-soon", due: "2027-01-11", nearest: by, escalationRequiredNow: true, escalationOverdue: true, nextChange: "2027-01-11" }),
    );
  });

  it("an escalate-by on the stage's due date leaves the stage the nearest (the first on a tie)", () => {
    // Stage 2 must be entered immediately on the completion of Stage 1: on its due date, Mon 11.
    const policy = smallPolicy([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { startOf: "stage-2" }), { escalateBy: { immediately: true, from: { completionOf: "stage-1" }, source: source("immediately") } }),
    ], extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Mon 11: due today; Tue 12: overdue and the escalation late (the day after Mon 11).
    expect(triage(policy, record, "2027-01-11")).toStrictEqual(
      expected({ asOf: "2027-01-11", state: "due-today", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-12" }),
    );
  });

  it("a route to a later stage is required now, and late the day after its time", () => {
    const policy = smallPolicy(
      [stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" })), stage(3, workingDays(5, { startOf: "stage-3" }))],
      {
        rules: [
          {
            id: "risk",
            title: "Immediate risk",
            when: { flag: "immediate-risk" },
            effect: "start-at-stage",
            stage: "stage-3",
            limit: { workingDays: 1, from: { flagged: "immediate-risk" }, source: source("within a working day") },
            source: source("go to Stage 3"),
          },
        ],
        ...extra,
      },
    );
    // Flagged Tue 5: to be escalated into Stage 3 within 1 working day, by Wed 6.
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [{ type: "flagged", flag: "immediate-risk", on: "2027-01-05" }] });
    const by = { kind: "escalation", id: "stage-3", due: "2027-01-06" } as const;
    // Tue 5: required now (a route applies), late from Thu 7.
    expect(triage(policy, record, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: by, escalationRequiredNow: true, nextChange: "2027-01-07" }));
    // Thu 7: late; Fri 8 due soon.
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: by, escalationRequiredNow: true, escalationOverdue: true, nextChange: "2027-01-08" }),
    );
    // At Stage 3 (entered Tue 5, due Tue 12: Wed 6, Thu 7, Fri 8, Mon 11, Tue 12), flagged Wed 6:
    // the route leads to a stage already passed, and nothing follows Stage 3. Due soon from Mon 11.
    const past = acceptedCase(policy, {
      policy: "mutants",
      ...facts,
      raisedOn: "2027-01-04",
      events: [
        { type: "stage-entered", stage: "stage-3", on: "2027-01-05" },
        { type: "flagged", flag: "immediate-risk", on: "2027-01-06" },
      ],
    });
    expect(triage(policy, past, "2027-01-06")).toStrictEqual(
      expected({ asOf: "2027-01-06", stage: { id: "stage-3", number: 3, title: "Stage 3" }, state: "on-track", due: "2027-01-12", nearest: { kind: "stage", id: "stage-3", due: "2027-01-12" }, nextChange: "2027-01-11" }),
    );
    // Without the flag the route does not apply: Stage 2 is next, with no by.
    const plain = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    expect(triage(policy, plain, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
  });

  it("a route whose time runs from the resolution has no date while the case is open", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" })), stage(3, workingDays(5, { startOf: "stage-3" }))], {
      rules: [
        {
          id: "risk",
          title: "Immediate risk",
          when: { flag: "immediate-risk" },
          effect: "start-at-stage",
          stage: "stage-3",
          limit: workingDays(1, { resolution: true }),
          source: source("go to Stage 3"),
        },
      ],
      ...extra,
    });
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", flags: ["immediate-risk"], events: [] });
    // Required now (the route applies), with no by: the stage (due Mon 11) is the only deadline.
    expect(triage(policy, record, "2027-01-05")).toStrictEqual(
      expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, escalationRequiredNow: true, nextChange: "2027-01-08" }),
    );
    // Wed 13: overdue, but with no by the escalation is never late; nothing more to change.
    expect(triage(policy, record, "2027-01-13")).toStrictEqual(
      expected({ asOf: "2027-01-13", state: "overdue", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, escalationRequiredNow: true, nextChange: null }),
    );
  });

  it("an overdue last stage with no final step requires no escalation", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))], extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Tue 12: overdue (due Mon 11); nothing follows, so nothing to escalate to, and no change to come.
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(
      expected({ asOf: "2027-01-12", state: "overdue", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: null }),
    );
  });
});

describe.each(WAYS)("duties and agreed actions ($way)", ({ extra, facts }) => {
  /** Stage 1 (5 working days from the day raised) owes "record" within 1 working day and "inform" within 5. */
  const dutyPolicy = (extra: Record<string, unknown>) =>
    smallPolicy([
      stage(1, workingDays(5, { raised: true }), {
        duties: [
          { id: "record", kind: "record", what: "Record it", limit: workingDays(1, { raised: true }), source: source("record") },
          { id: "inform", kind: "notify", what: "Inform the manager", limit: workingDays(5, { raised: true }), source: source("inform") },
        ],
      }),
    ], extra);

  it("a duty not yet due is the nearest deadline, and overdue the day after", () => {
    const policy = dutyPolicy(extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    // Mon 4: "record" due Tue 5, overdue from Wed 6, before due soon (Fri 8).
    expect(triage(policy, record, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "record", due: "2027-01-05" }, nextChange: "2027-01-06" }));
    // Wed 6: one overdue; "inform" (due Mon 11) changes on Tue 12, after due soon on Fri 8.
    expect(triage(policy, record, "2027-01-06")).toStrictEqual(
      expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "record", due: "2027-01-05" }, overdueDuties: 1, nextChange: "2027-01-08" }),
    );
    // Mon 11: due today; "inform" due today too; both change on Tue 12.
    expect(triage(policy, record, "2027-01-11")).toStrictEqual(
      expected({ asOf: "2027-01-11", state: "due-today", due: "2027-01-11", nearest: { kind: "duty", id: "record", due: "2027-01-05" }, overdueDuties: 1, nextChange: "2027-01-12" }),
    );
  });

  it("a duty on the stage's due date leaves the stage the nearest; a duty done is not counted", () => {
    const policy = dutyPolicy(extra);
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [{ type: "duty-done", duty: "record", on: "2027-01-04" }] });
    // "inform" is due Mon 11 like the stage: the stage, first in order, is the nearest.
    expect(triage(policy, record, "2027-01-06")).toStrictEqual(expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
    // Fri 8: due soon; the next change is Mon 11 (due today), though "inform" is overdue only from Tue 12.
    expect(triage(policy, record, "2027-01-08")).toStrictEqual(expected({ asOf: "2027-01-08", state: "due-soon", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-11" }));
    // Tue 12: the stage and "inform" overdue; no change to come.
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(
      expected({ asOf: "2027-01-12", state: "overdue", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, overdueDuties: 1, nextChange: null }),
    );
  });

  it("an agreed action is a duty with its own date, until it is done", () => {
    const policy = dutyPolicy(extra);
    const agreed = (due: string) => ({ type: "action-agreed", action: "call-back", what: "Call back", due, on: "2027-01-04" });
    const doneRecord = { type: "duty-done", duty: "record", on: "2027-01-04" };
    // Agreed for Wed 6: the nearest, overdue from Thu 7.
    const early = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [agreed("2027-01-06"), doneRecord] });
    expect(triage(policy, early, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "call-back", due: "2027-01-06" }, nextChange: "2027-01-07" }));
    expect(triage(policy, early, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "call-back", due: "2027-01-06" }, overdueDuties: 1, nextChange: "2027-01-08" }),
    );
    // Agreed for Mon 11, the stage's due date: the stage stays the nearest.
    const tie = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [agreed("2027-01-11"), doneRecord] });
    expect(triage(policy, tie, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
    // Two agreed: call-back for Wed 6 and visit for Thu 7. Thu 7: call-back overdue, visit due
    // today, overdue from Fri 8 (when the stage is due soon too).
    const visit = { type: "action-agreed", action: "visit", what: "Visit", due: "2027-01-07", on: "2027-01-05" };
    const two = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [agreed("2027-01-06"), doneRecord, visit] });
    expect(triage(policy, two, "2027-01-07")).toStrictEqual(
      expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "call-back", due: "2027-01-06" }, overdueDuties: 1, nextChange: "2027-01-08" }),
    );
    // The call-back done Wed 6: only the visit is owed.
    const oneLeft = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [agreed("2027-01-06"), doneRecord, visit, { type: "duty-done", duty: "call-back", on: "2027-01-06" }] });
    expect(triage(policy, oneLeft, "2027-01-06")).toStrictEqual(
      expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "visit", due: "2027-01-07" }, nextChange: "2027-01-08" }),
    );
    // Fri 8: due soon; the next change is Mon 11 (due today), though the action is late only from Tue 12.
    expect(triage(policy, tie, "2027-01-08")).toStrictEqual(expected({ asOf: "2027-01-08", state: "due-soon", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-11" }));
    // Agreed for Wed 6 and done Tue 5: no longer owed.
    const done = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [agreed("2027-01-06"), doneRecord, { type: "duty-done", duty: "call-back", on: "2027-01-05" }] });
    expect(triage(policy, done, "2027-01-07")).toStrictEqual(expected({ asOf: "2027-01-07", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
  });

  it("once resolved, only what follows resolution is owed", () => {
    const policy = smallPolicy([
      stage(1, workingDays(5, { raised: true }), {
        // The report first: the policy's first step (a step as a duty is found by its place).
        steps: [step("report", workingDays(3, { resolution: true }), { afterResolution: true }), step("a", workingDays(2, { raised: true }))],
        afterResolution: [{ id: "feedback", kind: "feedback", what: "Give feedback", limit: workingDays(2, { resolution: true }), source: source("feedback") }],
      }),
      stage(2, workingDays(5, { startOf: "stage-2" })),
    ], extra);
    // Resolved Wed 6 with step a not done: feedback due 2 working days later, Fri 8; the report
    // (a step that follows resolution) 3 working days later, Mon 11.
    const resolved = { type: "resolved", stage: "stage-1", on: "2027-01-06" };
    const record = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [resolved] });
    const feedback = { kind: "duty", id: "feedback", due: "2027-01-08" } as const;
    // Open, Tue 5: the report follows resolution, so step a (due Wed 6) is the first step not done.
    const open = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [] });
    expect(triage(policy, open, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "a", due: "2027-01-06" }, nextChange: "2027-01-07" }));
    // Thu 7: resolved; step a does not count; feedback overdue from Sat 9.
    expect(triage(policy, record, "2027-01-07")).toStrictEqual(expected({ asOf: "2027-01-07", state: "resolved", due: "2027-01-11", nearest: feedback, nextChange: "2027-01-09" }));
    // Mon 11: feedback overdue; the report due today, overdue from Tue 12.
    expect(triage(policy, record, "2027-01-11")).toStrictEqual(expected({ asOf: "2027-01-11", state: "resolved", due: "2027-01-11", nearest: feedback, overdueDuties: 1, nextChange: "2027-01-12" }));
    // Tue 12: both overdue; nothing more to change.
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(expected({ asOf: "2027-01-12", state: "resolved", due: "2027-01-11", nearest: feedback, overdueDuties: 2, nextChange: null }));
    // The report done Fri 8 and the feedback Mon 11: nothing owed, no deadline.
    const done = acceptedCase(policy, {
      policy: "mutants",
      ...facts,
      raisedOn: "2027-01-04",
      events: [resolved, { type: "step-done", step: "report", on: "2027-01-08" }, { type: "duty-done", duty: "feedback", on: "2027-01-11" }],
    });
    expect(triage(policy, done, "2027-01-12")).toStrictEqual(expected({ asOf: "2027-01-12", state: "resolved", due: "2027-01-11", nearest: null, nextChange: null }));
    // Only the report done: the feedback overdue, the nearest.
    const reported = acceptedCase(policy, { policy: "mutants", ...facts, raisedOn: "2027-01-04", events: [resolved, { type: "step-done", step: "report", on: "2027-01-08" }] });
    expect(triage(policy, reported, "2027-01-12")).toStrictEqual(expected({ asOf: "2027-01-12", state: "resolved", due: "2027-01-11", nearest: feedback, overdueDuties: 1, nextChange: null }));
  });
});

describe("options", () => {
  it("refuses a dueSoonDays that is not a whole number from 0 to 366, naming it", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    for (const [given, shown] of [
      [-1, "-1"],
      [367, "367"],
      [1.5, "1.5"],
      ["2", '"2"'],
    ] as const) {
      expect(() => triage(policy, record, "2027-01-04", { dueSoonDays: given as number })).toThrow(new InvalidOptionsError(`dueSoonDays must be a whole number of working days from 0 to 366; got ${shown}.`));
    }
  });

  it("takes dueSoonDays 0 and 366, and the defaults for an empty options object", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    // dueSoonDays 0: on track until the due date itself, Mon 11.
    expect(triage(policy, record, "2027-01-08", { dueSoonDays: 0 })).toStrictEqual(expected({ asOf: "2027-01-08", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-11" }));
    // dueSoonDays 366: due soon from the first day.
    expect(triage(policy, record, "2027-01-04", { dueSoonDays: 366 })).toStrictEqual(expected({ asOf: "2027-01-04", state: "due-soon", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-11" }));
    // {} and { dueSoonDays: undefined }: 1, due soon from Fri 8.
    const fallback = expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" });
    expect(triage(policy, record, "2027-01-04", {})).toStrictEqual(fallback);
    expect(triage(policy, record, "2027-01-04", { dueSoonDays: undefined, lang: undefined, calendar: undefined })).toStrictEqual(fallback);
    // dueSoonDays 3: due soon from Wed 6 (Thu 7, Fri 8, Mon 11 left).
    expect(triage(policy, record, "2027-01-04", { dueSoonDays: 3 })).toStrictEqual({ ...fallback, nextChange: "2027-01-06" });
  });

  it("refuses a case in the language asked for", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(() => triage(policy, record, "2027-01-03")).toThrow(InvalidCaseError);
    expect(() => triage(policy, record, "2027-01-03")).toThrow("The case is not valid: raisedOn: The disagreement arose on 2027-01-04, after the assessment date 2027-01-03: there is nothing to assess yet.");
    expect(() => triage(policy, record, "2027-01-03", { lang: "cy" })).toThrow("Nid yw'r achos yn ddilys: raisedOn: Cododd yr anghytundeb ar 2027-01-04, ar ôl dyddiad yr asesiad, 2027-01-03");
    expect(() => triage(policy, record, "2027-01-04", { lang: "fr" as never })).toThrow(InvalidOptionsError);
  });

  it("counts working days on the calendar given", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    // With Wed 6 closed, 5 working days after Mon 4 are Tue 5, Thu 7, Fri 8, Mon 11, Tue 12.
    const closed = createCalendar({ jurisdiction: "england-and-wales", closures: ["2027-01-06"] });
    expect(triage(policy, record, "2027-01-04", { calendar: closed })).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-12", nearest: { kind: "stage", id: "stage-1", due: "2027-01-12" }, nextChange: "2027-01-11" }));
  });

  it("turns due soon the right number of working days before a due date on a weekend", () => {
    // 12 calendar days from Mon 4 Jan: Sat 16 Jan, a day off. Due soon once no more than one
    // working day is left before it: Fri 15 is the one left from Thu 14.
    const policy = smallPolicy([stage(1, { calendarDays: 12, from: { raised: true }, source: source("within 12 days") })]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    const due = { kind: "stage", id: "stage-1", due: "2027-01-16" } as const;
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(expected({ asOf: "2027-01-12", state: "on-track", due: "2027-01-16", nearest: due, nextChange: "2027-01-14" }));
    expect(triage(policy, record, "2027-01-14")).toStrictEqual(expected({ asOf: "2027-01-14", state: "due-soon", due: "2027-01-16", nearest: due, nextChange: "2027-01-16" }));
    // dueSoonDays 2: due soon from Wed 13 (Thu 14 and Fri 15 left).
    expect(triage(policy, record, "2027-01-12", { dueSoonDays: 2 })).toStrictEqual(expected({ asOf: "2027-01-12", state: "on-track", due: "2027-01-16", nearest: due, nextChange: "2027-01-13" }));
  });
});

describe("a stopped clock and the end of the supported range", () => {
  const clockPolicy = (limit: unknown) => smallPolicy([stage(1, limit)], { clockStops: { source: source("the clock may be stopped") } });

  it("follows a stage with no time limit for a year, and to 31 December 2099 at most", () => {
    const policy = clockPolicy(null);
    const stopped = (raisedOn: string, events: unknown[] = []) => acceptedCase(policy, { policy: "mutants", raisedOn, events: [{ type: "clock-stopped", reason: "waiting", on: raisedOn }, ...events] });
    const quiet = { state: "no-time-limit", due: null, nearest: null } as const;
    // Nothing changes: look again 366 days on: 365 days (2027 is not a leap year) is Tue 4 Jan
    // 2028, so Wed 5 Jan 2028.
    expect(triage(policy, stopped("2027-01-04"), "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", ...quiet, nextChange: "2028-01-05" }));
    // Within a year of 31 December 2099 nothing changes up to it: null.
    expect(triage(policy, stopped("2099-06-01"), "2099-06-01")).toStrictEqual(expected({ asOf: "2099-06-01", ...quiet, nextChange: null }));
    // An action agreed for Wed 30 Dec 2099 is overdue on Thu 31 Dec 2099, the last day.
    const action = { type: "action-agreed", action: "visit", what: "Visit", due: "2099-12-30", on: "2099-06-01" };
    expect(triage(policy, stopped("2099-06-01", [action]), "2099-06-01")).toStrictEqual(
      expected({ asOf: "2099-06-01", ...quiet, nearest: { kind: "duty", id: "visit", due: "2099-12-30" }, nextChange: "2099-12-31" }),
    );
  });

  it("stops following when a due date moving with the clock passes 31 December 2099", () => {
    // 5 calendar days from the day raised, Tue 15 Dec 2099, the clock stopped that day. Assessed on
    // a day, the clock restarts that day, so the stage is due 5 days after it. December 2099:
    // Fri 25 Christmas Day, Sat 26 Boxing Day, so Mon 28 its substitute; Thu 31 the last day.
    const policy = clockPolicy({ calendarDays: 5, from: { raised: true }, source: source("within 5 days") });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2099-12-15", events: [{ type: "clock-stopped", reason: "waiting", on: "2099-12-15" }] });
    const onSunday = (nextChange: string | null) =>
      expected({ asOf: "2099-12-20", state: "on-track", due: "2099-12-25", nearest: { kind: "stage", id: "stage-1", due: "2099-12-25" }, nextChange });
    // Sun 20: due Fri 25, 4 working days left (Mon 21 to Thu 24). Wed 23: due Mon 28, a bank
    // holiday, with only Thu 24 left: due soon, the first change.
    expect(triage(policy, record, "2099-12-20")).toStrictEqual(onSunday("2099-12-23"));
    // With dueSoonDays 0 it stays on track (a working day is always left before a due date 5 days
    // on) until Sun 27, when it would be due 1 January 2100: no next change can be given.
    expect(triage(policy, record, "2099-12-20", { dueSoonDays: 0 })).toStrictEqual(onSunday(null));
    expect(() => triage(policy, record, "2099-12-27")).toThrow(DateOutOfRangeError);
  });

  it("a change on 31 December 2099 is given, with the clock running", () => {
    const policy = smallPolicy([stage(1, null)]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2099-06-01", events: [{ type: "action-agreed", action: "visit", what: "Visit", due: "2099-12-30", on: "2099-06-01" }] });
    // The action is due Wed 30 December 2099, overdue the day after, Thu 31.
    expect(triage(policy, record, "2099-06-01")).toStrictEqual(expected({ asOf: "2099-06-01", state: "no-time-limit", due: null, nearest: { kind: "duty", id: "visit", due: "2099-12-30" }, nextChange: "2099-12-31" }));
  });

  it("refuses a case late in 2099 whose later stage would be due after 31 December 2099, as assess does", () => {
    // Raised Thu 10 Dec 2099: Stage 1 due Thu 17 (Fri 11, Mon 14, Tue 15, Wed 16, Thu 17); Stage 2,
    // 10 working days from its start, projected from Thu 17: Fri 18, Mon 21, Tue 22, Wed 23,
    // Thu 24, Tue 29, Wed 30, Thu 31 (25 and 28 are bank holidays), then past the range.
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(10, { startOf: "stage-2" }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2099-12-10", events: [] });
    expect(() => triage(policy, record, "2099-12-10")).toThrow(DateOutOfRangeError);
    expect(() => triage(policy, record, "2099-12-10")).toThrow("A deadline within 10 working days of 2099-12-17 falls after 2099-12-31, the last date supported.");
  });

  it("triages on 31 December 2099, the last day", () => {
    const policy = smallPolicy([stage(1, null)]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2099-12-31", events: [] });
    expect(triage(policy, record, "2099-12-31")).toStrictEqual(expected({ asOf: "2099-12-31", state: "no-time-limit", due: null, nearest: null, nextChange: null }));
  });
});

describe("the anchors a fast triage reads from the case", () => {
  it("a limit from the last of two flags: the day the last was flagged, or raised with both", () => {
    const policy = smallPolicy([stage(1, workingDays(2, { flagged: ["immediate-risk", "life-threatening"] })), stage(2, workingDays(5, { startOf: "stage-2" }))]);
    const open = (asOf: string, due: string | null, state: Triage["state"], nextChange: string | null) =>
      expected({ asOf, state, due, nearest: due === null ? null : { kind: "stage", id: "stage-1", due }, nextChange });
    // Neither flag: the stage has no date.
    const none = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(triage(policy, none, "2027-01-05")).toStrictEqual(open("2027-01-05", null, "no-time-limit", null));
    // Only one of them flagged: still no date.
    const one = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "flagged", flag: "immediate-risk", on: "2027-01-05" }] });
    expect(triage(policy, one, "2027-01-05")).toStrictEqual(open("2027-01-05", null, "no-time-limit", null));
    // Immediate risk from the start (Mon 4), life-threatening flagged Wed 6: 2 working days from
    // Wed 6, due Fri 8. Wed 6: Thu 7 and Fri 8 left, on track; due soon from Thu 7.
    const both = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", flags: ["immediate-risk"], events: [{ type: "flagged", flag: "life-threatening", on: "2027-01-06" }] });
    expect(triage(policy, both, "2027-01-06")).toStrictEqual(open("2027-01-06", "2027-01-08", "on-track", "2027-01-07"));
    // The other way round: life-threatening flagged Tue 5, then immediate risk
    // flagged Thu 7: due Mon 11 (Fri 8, Mon 11).
    const later = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2027-01-04",
      events: [
        { type: "flagged", flag: "life-threatening", on: "2027-01-05" },
        { type: "flagged", flag: "immediate-risk", on: "2027-01-07" },
      ],
    });
    expect(triage(policy, later, "2027-01-07")).toStrictEqual(open("2027-01-07", "2027-01-11", "on-track", "2027-01-08"));
    // Both carried from the start: due Wed 6 (Tue 5, Wed 6); Mon 4 on track, due soon from Tue 5.
    const carried = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", flags: ["life-threatening", "immediate-risk"], events: [] });
    expect(triage(policy, carried, "2027-01-04")).toStrictEqual(open("2027-01-04", "2027-01-06", "on-track", "2027-01-05"));
  });

  it("a limit from a named event: the first time that event happened, not another", () => {
    // The meeting is the policy's first named event.
    const events = [
      { id: "meeting", title: "meeting", source: source("a meeting") },
      { id: "call", title: "phone call", source: source("a call") },
    ];
    const review = { id: "minutes", kind: "record", what: "Record the minutes", limit: workingDays(1, { event: "review" }), source: source("minutes") };
    const policy = smallPolicy([stage(1, workingDays(3, { event: "meeting" }), { duties: [review] }), stage(2, workingDays(5, { startOf: "stage-2" }))], {
      events: [...events, { id: "review", title: "review", source: source("a review") }],
    });
    const none = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "happened", event: "call", on: "2027-01-04" }] });
    expect(triage(policy, none, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "no-time-limit", due: null, nearest: null, nextChange: null }));
    // The minutes run from a review that has not happened: no date, never overdue.
    // The call Mon 4, the meeting Tue 5: due 3 working days after Tue 5, Fri 8; Wed 6 on track
    // (Thu 7, Fri 8 left), due soon from Thu 7.
    const held = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2027-01-04",
      events: [
        { type: "happened", event: "call", on: "2027-01-04" },
        { type: "happened", event: "meeting", on: "2027-01-05" },
      ],
    });
    expect(triage(policy, held, "2027-01-06")).toStrictEqual(expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-08", nearest: { kind: "stage", id: "stage-1", due: "2027-01-08" }, nextChange: "2027-01-07" }));
  });

  it("a duty from the resolution, while open, runs from the stage's due date", () => {
    const policy = smallPolicy([
      stage(1, workingDays(5, { raised: true }), { duties: [{ id: "letter", kind: "confirm-in-writing", what: "Confirm in writing", limit: workingDays(2, { resolution: true }), source: source("letter") }] }),
      stage(2, workingDays(5, { startOf: "stage-2" })),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    // Stage due Mon 11; the letter 2 working days after, Wed 13. Tue 12: the stage overdue (so
    // escalation required), the letter not yet: overdue from Thu 14.
    expect(triage(policy, record, "2027-01-12")).toStrictEqual(
      expected({ asOf: "2027-01-12", state: "overdue", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, escalationRequiredNow: true, nextChange: "2027-01-14" }),
    );
  });

  it("a stage from the completion of the one before runs from the day it was entered", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" }))]);
    // Entered Stage 2 Tue 12 (its last event): due Tue 19 (Wed 13,
    // Thu 14, Fri 15, Mon 18, Tue 19). Wed 13: on track, due soon from Mon 18.
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-12" }] });
    expect(triage(policy, record, "2027-01-13")).toStrictEqual(expected({ asOf: "2027-01-13", stage: stage2, state: "on-track", due: "2027-01-19", nearest: { kind: "stage", id: "stage-2", due: "2027-01-19" }, nextChange: "2027-01-18" }));
  });

  it("a stage from the completion of the one before, or from its own start, with events after the entry", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { startOf: "stage-1" })), stage(2, workingDays(5, { completionOf: "stage-1" }))]);
    // At Stage 1, not entered but with an event: from the day raised, Mon 4: due Mon 11.
    const first = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "flagged", flag: "immediate-risk", on: "2027-01-05" }] });
    expect(triage(policy, first, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
    // Entered Stage 2 Tue 12, flagged Wed 13: from the entry, due Tue 19; Wed 13 on track,
    // due soon from Mon 18.
    const second = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2027-01-04",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-12" },
        { type: "flagged", flag: "immediate-risk", on: "2027-01-13" },
      ],
    });
    expect(triage(policy, second, "2027-01-13")).toStrictEqual(expected({ asOf: "2027-01-13", stage: stage2, state: "on-track", due: "2027-01-19", nearest: { kind: "stage", id: "stage-2", due: "2027-01-19" }, nextChange: "2027-01-18" }));
  });

  it("a stage a case starts at, from the completion of a stage it passes over, runs from the day raised", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }), { when: { subject: "child" } }), stage(2, workingDays(5, { completionOf: "stage-1" }))]);
    // An adult starts at Stage 2 on Mon 4: due Mon 11.
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", subject: "adult", events: [] });
    expect(triage(policy, record, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", stage: stage2, state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-2", due: "2027-01-11" }, nextChange: "2027-01-08" }));
  });

  it("a step to be done as soon as possible has no date, and stops the search for one", () => {
    // Step "tell" (as soon as possible) comes before step "check" (1 working day from the day
    // raised, Tue 5): only the first step not done counts, and it has no date.
    const policy = smallPolicy([
      stage(1, workingDays(5, { raised: true }), {
        steps: [step("tell", { asSoonAsPossible: true, from: { raised: true }, source: source("as soon as possible") }), step("check", workingDays(1, { raised: true }))],
      }),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(triage(policy, record, "2027-01-06")).toStrictEqual(expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
    // "tell" done Mon 4: "check" was due Tue 5, overdue on Wed 6.
    const told = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "step-done", step: "tell", on: "2027-01-04" }] });
    expect(triage(policy, told, "2027-01-06")).toStrictEqual(
      expected({ asOf: "2027-01-06", state: "on-track", due: "2027-01-11", nearest: { kind: "step", id: "check", due: "2027-01-05" }, stepOverdue: true, nextChange: "2027-01-08" }),
    );
  });

  it("a stage from the start of an earlier stage runs from the day raised, whenever it was entered", () => {
    // Stage 2: 10 working days from the start of Stage 1 (Mon 4): Tue 5, Wed 6, Thu 7, Fri 8,
    // Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, Mon 18. Entered Wed 6; Thu 14: Fri 15 and Mon 18
    // left, on track; due soon from Fri 15.
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(10, { startOf: "stage-1" }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-06" }] });
    expect(triage(policy, record, "2027-01-14")).toStrictEqual(expected({ asOf: "2027-01-14", stage: stage2, state: "on-track", due: "2027-01-18", nearest: { kind: "stage", id: "stage-2", due: "2027-01-18" }, nextChange: "2027-01-15" }));
  });

  it("a limit shared by steps or by stages is kept to, whatever the member's own", () => {
    // Steps a and b, 5 working days each from Mon 4 (Mon 11), share 3 working days from it: Thu 7.
    // Step c, not in the group, is 10 working days from Mon 4.
    const own = [step("a", workingDays(5, { raised: true })), step("b", workingDays(5, { raised: true })), step("c", workingDays(10, { raised: true }))];
    const steps = smallPolicy([stage(1, workingDays(10, { raised: true }), { steps: own })], {
      sharedLimits: [{ id: "both", title: "Steps a and b", steps: ["a", "b"], limit: workingDays(3, { raised: true }), source: source("steps a and b") }],
    });
    // Stage 1: 10 working days from Mon 4: Tue 5 ... Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, Mon 18.
    const record = acceptedCase(steps, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(triage(steps, record, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-18", nearest: { kind: "step", id: "a", due: "2027-01-07" }, nextChange: "2027-01-08" }));
    // The same without step c: every step of the stage in the group, a still due Thu 7.
    const onlyShared = smallPolicy([stage(1, workingDays(10, { raised: true }), { steps: own.slice(0, 2) })], {
      sharedLimits: [{ id: "both", title: "Steps a and b", steps: ["a", "b"], limit: workingDays(3, { raised: true }), source: source("steps a and b") }],
    });
    const plain = acceptedCase(onlyShared, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(triage(onlyShared, plain, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-18", nearest: { kind: "step", id: "a", due: "2027-01-07" }, nextChange: "2027-01-08" }));
    // Stages 1 and 2, 10 working days each, share 5 working days from the day raised: Stage 1 is
    // due Mon 11.
    const stages = smallPolicy([stage(1, workingDays(10, { raised: true })), stage(2, workingDays(10, { startOf: "stage-2" }))], {
      sharedLimits: [{ id: "first-two", title: "Stages 1 and 2", stages: ["stage-1", "stage-2"], limit: workingDays(5, { raised: true }), source: source("stages 1 and 2") }],
    });
    const early = acceptedCase(stages, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    expect(triage(stages, early, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
  });

  it("a limit capped by the risk deadline, whichever is less", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }, { whicheverIsLess: true }))]);
    const at = (riskDeadline: string | undefined, due: string, state: Triage["state"], nextChange: string) => {
      const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", ...(riskDeadline === undefined ? {} : { riskDeadline }), events: [] });
      return [triage(policy, record, "2027-01-05"), expected({ asOf: "2027-01-05", state, due, nearest: { kind: "stage", id: "stage-1", due }, nextChange })];
    };
    // No risk deadline: Mon 11 (on track Tue 5, due soon from Fri 8).
    const [plain, plainExpected] = at(undefined, "2027-01-11", "on-track", "2027-01-08");
    expect(plain).toStrictEqual(plainExpected);
    // Risk deadline Thu 7: due then; Tue 5: Wed 6, Thu 7 left, on track, due soon from Wed 6.
    const [capped, cappedExpected] = at("2027-01-07", "2027-01-07", "on-track", "2027-01-06");
    expect(capped).toStrictEqual(cappedExpected);
    // Risk deadline Fri 15, after Mon 11: Mon 11.
    const [late, lateExpected] = at("2027-01-15", "2027-01-11", "on-track", "2027-01-08");
    expect(late).toStrictEqual(lateExpected);
  });
});

describe("which stages apply, and what follows the last", () => {
  it("a case about an adult starts past a stage for children only, whatever was triaged before", () => {
    const policy = smallPolicy([stage(1, workingDays(2, { raised: true }), { when: { subject: "child" } }), stage(2, workingDays(5, { startOf: "stage-2" }))]);
    const raised = (subject?: string) => acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", ...(subject === undefined ? {} : { subject }), events: [] });
    // A child: Stage 1, due Wed 6 (Tue 5, Wed 6); Mon 4 on track, due soon from Tue 5.
    expect(triage(policy, raised("child"), "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-06", nearest: { kind: "stage", id: "stage-1", due: "2027-01-06" }, nextChange: "2027-01-05" }));
    // An adult: Stage 2 from the day raised, due Mon 11; due soon from Fri 8. Nothing follows.
    expect(triage(policy, raised("adult"), "2027-01-04")).toStrictEqual(
      expected({ asOf: "2027-01-04", stage: stage2, state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-2", due: "2027-01-11" }, nextChange: "2027-01-08" }),
    );
    // The subject not given: a condition that may hold applies, so Stage 1 again.
    // (And for a policy whose Stage 1 is for adults only: first a case with no subject, at Stage 1,
    // then a child's, at Stage 2.)
    const forAdults = smallPolicy([stage(1, workingDays(2, { raised: true }), { when: { subject: "adult" } }), stage(2, workingDays(5, { startOf: "stage-2" }))]);
    const unsaid = acceptedCase(forAdults, { policy: "mutants", raisedOn: "2027-01-04", events: [] });
    const child = acceptedCase(forAdults, { policy: "mutants", raisedOn: "2027-01-04", subject: "child", events: [] });
    expect(triage(forAdults, unsaid, "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-06", nearest: { kind: "stage", id: "stage-1", due: "2027-01-06" }, nextChange: "2027-01-05" }));
    expect(triage(forAdults, child, "2027-01-04")).toStrictEqual(
      expected({ asOf: "2027-01-04", stage: stage2, state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-2", due: "2027-01-11" }, nextChange: "2027-01-08" }),
    );
    expect(triage(policy, raised(), "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-06", nearest: { kind: "stage", id: "stage-1", due: "2027-01-06" }, nextChange: "2027-01-05" }));
  });

  it("a duty for children only is owed by a child's case, and one for adults by an adult's triaged after it", () => {
    const note = { id: "child-note", kind: "record", what: "Note it on the child's file", when: { subject: "child" }, limit: workingDays(1, { raised: true }), source: source("child's file") };
    const adultNote = { id: "adult-note", kind: "record", what: "Note it on the adult's file", when: { subject: "adult" }, limit: workingDays(2, { raised: true }), source: source("adult's file") };
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }), { duties: [note, adultNote] })]);
    const raised = (subject: string) => acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", subject, events: [] });
    // A child: the note is due Tue 5, overdue from Wed 6.
    expect(triage(policy, raised("child"), "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "child-note", due: "2027-01-05" }, nextChange: "2027-01-06" }));
    // An adult: the adult's note, due Wed 6 (Tue 5, Wed 6), overdue from Thu 7.
    expect(triage(policy, raised("adult"), "2027-01-04")).toStrictEqual(expected({ asOf: "2027-01-04", state: "on-track", due: "2027-01-11", nearest: { kind: "duty", id: "adult-note", due: "2027-01-06" }, nextChange: "2027-01-07" }));
  });

  it("a final step makes an overdue last stage an escalation, where it applies", () => {
    const final = { title: "Referral to the board", body: "manager", what: "The board decides", when: { subject: "child" }, limit: null, source: source("the board") };
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true }))], { final });
    const raised = (subject: string) => acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", subject, events: [] });
    const overdue = { asOf: "2027-01-12", state: "overdue", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: null } as const;
    // Tue 12, a day after Mon 11: for a child the board follows, so escalation is required.
    expect(triage(policy, raised("child"), "2027-01-12")).toStrictEqual(expected({ ...overdue, escalationRequiredNow: true }));
    // For an adult nothing follows.
    expect(triage(policy, raised("adult"), "2027-01-12")).toStrictEqual(expected(overdue));
    // Not yet overdue: not required (Mon 11, due today).
    expect(triage(policy, raised("child"), "2027-01-11")).toStrictEqual(expected({ ...overdue, asOf: "2027-01-11", state: "due-today", nextChange: "2027-01-12" }));
  });

  it("an involve-next-level route requires escalation now, with no date of its own", () => {
    const policy = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" }))], {
      rules: [{ id: "involve", title: "Involve the next level", when: { flag: "no-resolution-in-prospect" }, effect: "involve-next-level", source: source("involve") }],
    });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2027-01-04", flags: ["no-resolution-in-prospect"], events: [] });
    // A notify route that applies is not an escalation: with it alone, none is required.
    const notifying = smallPolicy([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" }))], {
      rules: [{ id: "tell", title: "Tell the manager", when: { flag: "no-resolution-in-prospect" }, effect: "notify", to: ["manager"], source: source("tell") }],
    });
    const told = acceptedCase(notifying, { policy: "mutants", raisedOn: "2027-01-04", flags: ["no-resolution-in-prospect"], events: [] });
    expect(triage(notifying, told, "2027-01-05")).toStrictEqual(expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, nextChange: "2027-01-08" }));
    expect(triage(policy, record, "2027-01-05")).toStrictEqual(
      expected({ asOf: "2027-01-05", state: "on-track", due: "2027-01-11", nearest: { kind: "stage", id: "stage-1", due: "2027-01-11" }, escalationRequiredNow: true, nextChange: "2027-01-08" }),
    );
  });
});
