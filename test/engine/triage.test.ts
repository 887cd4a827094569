// triage: held to agree with assess by laws over the /testing arbitraries,
// and hand-worked examples. England and Wales: 25 and 28 December 2026 and
// 1 January 2027 are bank holidays (Christmas falls on a Friday, Boxing Day
// on a Saturday, so its substitute is Monday 28th).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, assess, createCalendar, DateOutOfRangeError, InvalidCaseError, InvalidOptionsError, parsePolicy, policies, triage, type Assessment, type Case, type NearestDeadline, type Policy, type Triage } from "../../src/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";
import { acceptedCase } from "./helpers.js";
import { runs } from "../propertyRuns.js";

const LAST_DATE = "2099-12-31";
const anyPolicy = fc.oneof(bundledPolicies(), policyDefinitions());
// Cases parsed once, as a system holds them.
const withCase = anyPolicy.chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy).map(({ record, asOf }) => ({ record: acceptedCase(policy, record), asOf }))));
const dueSoonDays = fc.integer({ min: 0, max: 5 });

/**
 * What "the assessment changes" means: a day's assessment differs from the
 * day before's in one of these. Counters that move daily (working days left
 * or overdue), the explanation and `escalateTo.by` when it is "now" are not
 * part of it.
 */
function status(assessment: Assessment) {
  const open = assessment.state !== "resolved";
  return {
    state: assessment.state,
    requiredNow: assessment.escalateTo?.requiredNow ?? false,
    escalationOverdue: assessment.escalateTo?.overdue ?? false,
    stepOverdue: open && (assessment.step?.overdue ?? false),
    overdueDuties: assessment.duties.filter((duty) => duty.overdue).map((duty) => duty.id),
  };
}

/** The nearest deadline, worked out from an assessment by the rule Triage.nearest states. */
function nearestOf(assessment: Assessment): NearestDeadline | null {
  const open = assessment.state !== "resolved";
  const candidates: NearestDeadline[] = [];
  if (open && assessment.due !== null) candidates.push({ kind: "stage", id: assessment.stage.id, due: assessment.due });
  if (open && assessment.step?.due != null) candidates.push({ kind: "step", id: assessment.step.id, due: assessment.step.due });
  const escalation = assessment.escalateTo;
  // Only a `by` that a rule sets: where the stage is overdue and no rule sets one, `by` is asOf ("now").
  if (escalation !== null && escalation.limit !== null && escalation.by !== null) candidates.push({ kind: "escalation", id: escalation.stage?.id ?? "", due: escalation.by });
  for (const duty of assessment.duties) if (duty.due !== null) candidates.push({ kind: "duty", id: duty.id, due: duty.due });
  return candidates.reduce<NearestDeadline | null>((best, candidate) => (best === null || candidate.due < best.due ? candidate : best), null);
}

/** Every field of a triage, worked out from the assessment on the same day (nextChange apart). */
function fromAssessment(assessment: Assessment): Omit<Triage, "nextChange"> {
  const { state, due, stage, policy, asOf } = assessment;
  const found = status(assessment);
  return {
    policy,
    asOf,
    stage: { id: stage.id, number: stage.number, title: stage.title },
    state,
    due,
    nearest: nearestOf(assessment),
    stepOverdue: found.stepOverdue,
    escalationRequiredNow: found.requiredNow,
    escalationOverdue: found.escalationOverdue,
    overdueDuties: found.overdueDuties.length,
  };
}

/** The fields that must stay as they are while nothing changes: all but the date triaged on (and nextChange). */
const withoutDate = (result: Omit<Triage, "nextChange">): Record<string, unknown> => Object.fromEntries(Object.entries(result).filter(([key]) => key !== "asOf" && key !== "nextChange"));

describe("triage agrees with assess", () => {
  it("on every field they share, whatever dueSoonDays", () => {
    fc.assert(fc.property(withCase, dueSoonDays, ([policy, { record, asOf }], days) => agreesWithAssess(policy, record, asOf, days)), { numRuns: runs(300) });
  }, 60_000);

  it("nextChange: the assessment stays as it is up to the day before, and changes on the day", () => {
    fc.assert(
      fc.property(withCase, dueSoonDays, fc.nat({ max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), ([policy, { record, asOf }], days, back, where) => {
        fc.pre(nextChangeHolds(policy, record, asOf, days, back, where));
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);

  it("nextChange null: the assessment never changes again", () => {
    fc.assert(
      fc.property(withCase, dueSoonDays, fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 3, maxLength: 3 }), ([policy, { record, asOf }], days, offsets) => {
        fc.pre(triage(policy, record, asOf, { dueSoonDays: days }).nextChange === null);
        const now = status(assess(policy, record, asOf, { dueSoonDays: days, explain: false }));
        const room = daysBetween(asOf, LAST_DATE);
        // Every later day that can be assessed, the last of all among them. (With the clock
        // stopped, a due date moving with it passes 2099 at some point: no day after can be.)
        for (const offset of [...offsets.filter((offset) => offset <= room), room]) {
          let then: ReturnType<typeof status>;
          try {
            then = status(assess(policy, record, addCalendarDays(asOf, offset), { dueSoonDays: days, explain: false }));
          } catch (error) {
            if (clockStopped(record) && error instanceof DateOutOfRangeError) continue;
            throw error;
          }
          expect(then).toEqual(now);
        }
      }),
      { numRuns: runs(200) },
    );
  }, 60_000);

  it("refuses, with assess's errors, what assess refuses", () => {
    fc.assert(
      fc.property(withCase, fc.constantFrom("raised-late", "event-late", "wrong-policy", "bad-date"), ([policy, { record, asOf }], broken) => {
        const copy = structuredClone(record) as unknown as Record<string, unknown>;
        const input = copy as unknown as Case;
        let date = asOf;
        if (broken === "raised-late") date = addCalendarDays(record.raisedOn, -1);
        else if (broken === "event-late") fc.pre(record.events.length > 0 && (date = addCalendarDays(record.events.at(-1)?.on as string, -1)) >= record.raisedOn);
        else if (broken === "wrong-policy") copy.policy = `${policy.id}-other`;
        else date = "2026-02-30";
        const error = (run: () => unknown): unknown => {
          try {
            run();
          } catch (thrown) {
            return thrown;
          }
          return undefined;
        };
        const fromAssess = error(() => assess(policy, input, date));
        const fromTriage = error(() => triage(policy, input, date));
        expect(fromAssess).toBeInstanceOf(Error);
        expect(fromTriage).toEqual(fromAssess);
        expect((fromTriage as Error).constructor).toBe((fromAssess as Error).constructor);
      }),
      { numRuns: runs(100) },
    );
  }, 60_000);
});

describe("triage agrees with assess on a fixed sample", () => {
  // Agreement with assess is triage's whole specification. The laws above draw their cases
  // afresh each run, and under mutation only 25 of them (test/propertyRuns.ts), which seldom
  // reach a step with a due date, a route or a shared limit. Here the same two laws judge
  // triage on one sample that every run sees whole, mutation runs included: 80 cases of each
  // bundled policy (casesFor, seed fixed), each on its own date. Only the bundled policies,
  // so that drawing the sample parses no policy; random ones are the laws' part.
  it("on every field they share, and in the day its next change names, for 400 cases of the bundled policies", () => {
    const sample = fc.sample(fc.tuple(bundledPolicies().chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy))), dueSoonDays, fc.nat({ max: 60 }), fc.double({ min: 0, max: 1, noNaN: true })), { numRuns: 400, seed: 20261201 });
    let nextChanges = 0;
    for (const [[policy, { record, asOf }], days, back, where] of sample) {
      agreesWithAssess(policy, record, asOf, days);
      if (nextChangeHolds(policy, record, asOf, days, back, where)) nextChanges += 1;
    }
    // The sample is worth something only if many of its cases still have a change to come.
    expect(nextChanges).toBeGreaterThan(100);
  }, 60_000);
});

/** The first law: triage gives every field it shares with assess on the same day, and a next change after that day. */
function agreesWithAssess(policy: Policy, record: Case, asOf: string, days: number): void {
  const { nextChange, ...shared } = triage(policy, record, asOf, { dueSoonDays: days });
  expect(shared).toEqual(fromAssessment(assess(policy, record, asOf, { dueSoonDays: days, explain: false })));
  if (nextChange !== null) expect(nextChange > asOf).toBe(true);
}

/**
 * The second law: from a day drawn back towards the case's last event (where more is still to
 * come than weeks later), the assessment stays as it is up to the day before triage's
 * nextChange and changes on that day. False when there is no next change (nothing to check).
 */
function nextChangeHolds(policy: Policy, record: Case, drawn: string, days: number, back: number, where: number): boolean {
  const last = record.events.at(-1)?.on ?? record.raisedOn;
  const asOf = [addCalendarDays(drawn, -Math.min(back, daysBetween(last, drawn))), last].reduce((a, b) => (a > b ? a : b));
  const { nextChange } = triage(policy, record, asOf, { dueSoonDays: days });
  if (nextChange === null) return false;
  const on = (date: string) => assess(policy, record, date, { dueSoonDays: days, explain: false });
  const now = on(asOf);
  const stopped = clockStopped(record);
  const dayBefore = addCalendarDays(nextChange, -1);
  // The day before, and a day drawn between: the same status, and (unless the clock is stopped, when due dates move with it) the same dates.
  for (const date of [dayBefore, addCalendarDays(asOf, Math.floor(where * daysBetween(asOf, dayBefore)))]) {
    const then = on(date);
    expect(status(then)).toEqual(status(now));
    if (!stopped) expect(withoutDate(fromAssessment(then))).toEqual(withoutDate(fromAssessment(now)));
  }
  // With the clock stopped, the day a year on is a day to look again, changed or not.
  if (!(stopped && nextChange === addCalendarDays(asOf, 366))) expect(status(on(nextChange))).not.toEqual(status(now));
  return true;
}

/** Whether the case's clock is stopped: its last clock event stopped it. */
function clockStopped(record: Case): boolean {
  const clock = record.events.filter((event) => event.type === "clock-stopped" || event.type === "clock-restarted");
  return clock.at(-1)?.type === "clock-stopped";
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

describe("triage, worked by hand", () => {
  const swindon = policies.swindon;
  const raised = { policy: "swindon", raisedOn: "2026-12-23", events: [] } as const;

  it("Swindon, raised Wednesday 23 December 2026, day by day", () => {
    // Stage 1: within 2 working days of the disagreement arising: Thu 24, Tue 29 December.
    // The policy-wide duty to liaise with safeguarding designates is "immediately": the same
    // working day, Wed 23 December, so it is the nearest deadline throughout.
    const liaise = { kind: "duty", id: "liaise-with-safeguarding-designates", due: "2026-12-23" };
    // Wed 23: two working days left (Thu 24, Tue 29): on track. Tomorrow the duty is overdue
    // and one working day is left (due soon): the next change is Thu 24.
    expect(triage(swindon, raised, "2026-12-23")).toEqual({
      policy: "swindon",
      asOf: "2026-12-23",
      stage: { id: "stage-1", number: 1, title: "Internal Discussion" },
      state: "on-track",
      due: "2026-12-29",
      nearest: liaise,
      stepOverdue: false,
      escalationRequiredNow: false,
      escalationOverdue: false,
      overdueDuties: 0,
      nextChange: "2026-12-24",
    });
    // Thu 24 to Mon 28: due soon (only Tue 29 is left); next, due today on Tue 29.
    for (const day of ["2026-12-24", "2026-12-25", "2026-12-28"]) expect(triage(swindon, raised, day)).toMatchObject({ state: "due-soon", overdueDuties: 1, nextChange: "2026-12-29" });
    // Tue 29: due today; Wed 30: overdue, and escalation to Stage 2 required now (no rule sets
    // a time for it, so it changes nothing after): nothing will change again.
    expect(triage(swindon, raised, "2026-12-29")).toMatchObject({ state: "due-today", escalationRequiredNow: false, nextChange: "2026-12-30" });
    expect(triage(swindon, raised, "2026-12-30")).toMatchObject({ state: "overdue", escalationRequiredNow: true, escalationOverdue: false, nextChange: null });
  });

  it("reads the flags the policy's conditions name, however the case carries them, and no others", () => {
    // Swindon's conditions name immediate-risk, no-resolution-in-prospect and unsure-which-process;
    // polarised-views and time-pressure change nothing, so the case triages as unflagged.
    const unflagged = triage(swindon, raised, "2026-12-23");
    expect(triage(swindon, { ...raised, flags: ["polarised-views", "time-pressure"] }, "2026-12-23")).toEqual(unflagged);
    // Immediate risk with no resolution in prospect (both, as the route's "all" says): the route
    // to Stage 5 applies, so the escalation is required now, whether the flags came with the case
    // or the second was raised later (Thu 24 December).
    const both: Case = { ...raised, flags: ["immediate-risk", "no-resolution-in-prospect"] };
    const later: Case = { ...raised, flags: ["immediate-risk"], events: [{ type: "flagged", flag: "no-resolution-in-prospect", on: "2026-12-24" }] };
    for (const record of [both, later]) {
      const result = triage(swindon, record, "2026-12-24");
      expect(result.escalationRequiredNow).toBe(true);
      expect(result.escalationRequiredNow).toBe(assess(swindon, record, "2026-12-24").escalateTo?.requiredNow);
    }
    // One of the two is not enough: no route applies, and on Thu 24 Stage 1 is due soon, not overdue.
    expect(triage(swindon, { ...raised, flags: ["no-resolution-in-prospect"] }, "2026-12-24")).toMatchObject({ state: "due-soon", escalationRequiredNow: false });
  });

  it("dueSoonDays moves the day it turns due soon", () => {
    // Raised Mon 4 January 2027 at Swindon, Stage 1 due Wed 6 January (Tue 5, Wed 6).
    // With dueSoonDays 0 the state goes from on-track straight to due-today on Wed 6.
    const record = { policy: "swindon", raisedOn: "2027-01-04", events: [{ type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2027-01-04" }] } as const;
    expect(triage(swindon, record, "2027-01-04", { dueSoonDays: 0 })).toMatchObject({ state: "on-track", due: "2027-01-06", nearest: { kind: "stage", id: "stage-1", due: "2027-01-06" }, nextChange: "2027-01-06" });
    // With the default 1: due soon from Tue 5, when one working day (Wed 6) is left.
    expect(triage(swindon, record, "2027-01-04")).toMatchObject({ state: "on-track", nextChange: "2027-01-05" });
  });

  it("Swindon at Stage 4: the referral into Stage 5 is the nearest deadline once Stage 4 is due", () => {
    // Raised Wed 23 Dec 2026; the case entered Stage 4 on Mon 11 January 2027, after Stage 3
    // ended then. Stage 4 is due within 5 working days of Stage 3's completion: Tue 12 to
    // Mon 18 January. The referral into Stage 5 is due within 5 working days of Stage 4's
    // completion, counted (for a referral) from its due date at the latest: Mon 25 January.
    const record = acceptedCase(swindon, {
      policy: "swindon",
      raisedOn: "2026-12-23",
      events: [
        { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-23" },
        { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-05" },
        { type: "stage-entered", stage: "stage-4", on: "2027-01-11" },
      ],
    });
    // Fri 15 January: one working day left (Mon 18): due soon; due today on Mon 18.
    expect(triage(swindon, record, "2027-01-15")).toMatchObject({ stage: { number: 4 }, state: "due-soon", due: "2027-01-18", nearest: { kind: "stage", id: "stage-4", due: "2027-01-18" }, nextChange: "2027-01-18" });
    // Tue 19: overdue, escalation required now; the referral's time runs to Mon 25, so it is
    // late from Tue 26, the next change.
    const late = triage(swindon, record, "2027-01-19");
    expect(late).toMatchObject({ state: "overdue", escalationRequiredNow: true, escalationOverdue: false, nearest: { kind: "stage", due: "2027-01-18" }, nextChange: "2027-01-26" });
    expect(assess(swindon, record, "2027-01-19").escalateTo?.by).toBe("2027-01-25");
    expect(triage(swindon, record, "2027-01-26")).toMatchObject({ escalationOverdue: true, nextChange: null });
  });

  it("an agreed action is a duty: its own date is a deadline and a change", () => {
    // Agreed on Thu 24 December 2026 to be done by Thu 31 December: overdue from Fri 1 January.
    const record = acceptedCase(swindon, {
      policy: "swindon",
      raisedOn: "2026-12-23",
      events: [
        { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-23" },
        { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
        { type: "action-agreed", action: "share-gp-notes", what: "Share the GP's notes", due: "2026-12-31", on: "2026-12-24" },
      ],
    });
    // Stage 2 is due within 5 working days of Stage 1's completion (Thu 24): Tue 29, Wed 30,
    // Thu 31 December, Mon 4 and Tue 5 January 2027. On Tue 29 it is on track; the action
    // (Thu 31) is the nearest deadline, and overdue on Fri 1 January, the next change.
    expect(triage(swindon, record, "2026-12-29")).toMatchObject({ state: "on-track", due: "2027-01-05", nearest: { kind: "duty", id: "share-gp-notes", due: "2026-12-31" }, overdueDuties: 0, nextChange: "2027-01-01" });
    expect(triage(swindon, record, "2027-01-01")).toMatchObject({ overdueDuties: 1, nextChange: "2027-01-04" });
  });

  it("a resolved case changes only as what follows resolution falls due", () => {
    // Resolved at Stage 3 on Tue 5 January 2027: feeding back the agreed actions is due
    // immediately (the same working day), so it is overdue from Wed 6 January.
    const record = acceptedCase(swindon, {
      policy: "swindon",
      raisedOn: "2026-12-23",
      events: [
        { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-23" },
        { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
        { type: "stage-entered", stage: "stage-3", on: "2026-12-30" },
        { type: "resolved", stage: "stage-3", on: "2027-01-05" },
      ],
    });
    expect(triage(swindon, record, "2027-01-05")).toMatchObject({ state: "resolved", nearest: { kind: "duty", id: "stage-3-feed-back-actions", due: "2027-01-05" }, escalationRequiredNow: false, overdueDuties: 0, nextChange: "2027-01-06" });
    expect(triage(swindon, record, "2027-01-06")).toMatchObject({ overdueDuties: 1, nextChange: null });
  });

  it("checks its options as assess does", () => {
    expect(() => triage(swindon, raised, "2026-12-23", { dueSoon: 2 } as never)).toThrow(InvalidOptionsError);
    expect(() => triage(swindon, raised, "2026-12-23", { dueSoonDays: -1 })).toThrow(InvalidOptionsError);
    expect(() => triage(swindon, raised, "2026-12-23", { dueSoonDays: 1.5 })).toThrow(InvalidOptionsError);
    expect(() => triage(swindon, raised, "2026-12-23", [] as never)).toThrow(InvalidOptionsError);
    expect(() => triage(swindon, { ...raised, events: [{ type: "stage-entered", stage: "stage-9", on: "2026-12-24" }] } as never, "2026-12-24")).toThrow(InvalidCaseError);
    // A calendar in the options: with Thu 24 December a closure, Stage 1 is due Wed 30 December.
    const closed = createCalendar({ jurisdiction: "england-and-wales", closures: ["2026-12-24"] });
    expect(triage(swindon, raised, "2026-12-23", { calendar: closed })).toMatchObject({ due: "2026-12-30" });
  });

  it("gives a result that shares nothing mutable and does not change the case", () => {
    const record = structuredClone(raised);
    const result = triage(swindon, record, "2026-12-24");
    expect(record).toEqual(raised);
    expect(Object.isFrozen(result.stage)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("triage with the clock stopped", () => {
  // The referral fixture with clockStops allowed (as test/engine/clock.test.ts): at Stage 2
  // from Tue 29 December 2026, due within 5 working days: Wed 6 January 2027.
  const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")) as Record<string, unknown>;
  const parsed = parsePolicy({ ...definition, clockStops: { source: { section: "Test", quote: "the clock may be stopped while information is awaited" } } });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  const stoppable: Policy = parsed.policy;
  const atStage2 = { type: "stage-entered", stage: "stage-2", on: "2026-12-29" } as const;

  const on = (record: Case, date: string) => status(assess(stoppable, record, date, { explain: false }));

  it("follows the case day by day: here, to the day the risk deadline passes", () => {
    // Stopped on Wed 30 December and not restarted: Stage 2's due date moves on with every
    // working day stopped, so it never falls due while the clock stays stopped. The risk
    // deadline, Fri 15 January 2027, caps only Stage 1's limit ("whichever is less"), which
    // ended on Tue 29 December; Stage 2 is never late, and nothing else has a date.
    // So nothing changes within the year: the 366th day, Thu 6 January 2028, is the day to look again.
    const record = acceptedCase(stoppable, { policy: "referral", raisedOn: "2026-12-23", riskDeadline: "2027-01-15", events: [atStage2, { type: "clock-stopped", reason: "Waiting for the GP's records", on: "2026-12-30" }] });
    const result = triage(stoppable, record, "2027-01-05");
    expect(result).toMatchObject({ state: "on-track", due: "2027-01-11", nextChange: "2028-01-06" });
    for (const date of ["2027-01-06", "2027-01-16", "2027-06-30", "2028-01-06"]) expect(on(record, date)).toEqual(on(record, "2027-01-05"));
    expect(withoutDate(fromAssessment(assess(stoppable, record, "2027-01-05", { explain: false })))).toEqual(withoutDate(result));
  });

  it("finds a change while stopped: an agreed action falls due whatever the clock", () => {
    // Agreed on Wed 30 December to be done by Fri 8 January 2027; the clock stopped the same
    // day. Stage 2 moves with the clock, the action does not: it is overdue from Sat 9 January.
    const record = acceptedCase(stoppable, {
      policy: "referral",
      raisedOn: "2026-12-23",
      events: [atStage2, { type: "action-agreed", action: "records", what: "Send the records", due: "2027-01-08", on: "2026-12-30" }, { type: "clock-stopped", reason: "Waiting for the records", on: "2026-12-30" }],
    });
    const result = triage(stoppable, record, "2027-01-05");
    expect(result).toMatchObject({ nearest: { kind: "duty", id: "records", due: "2027-01-08" }, nextChange: "2027-01-09" });
    expect(on(record, "2027-01-08")).toEqual(on(record, "2027-01-05"));
    expect(on(record, "2027-01-09")).not.toEqual(on(record, "2027-01-05"));
  });
});
