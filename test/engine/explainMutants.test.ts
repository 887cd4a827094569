// Hand-worked explanations aimed at the survivors of a Stryker run on src/engine/explain.ts
// (commit 0854e15): each test builds its policy and case inside itself and checks every
// sentence `assess` writes. England and Wales bank holidays (GOV.UK) in the window used:
// Fri 25 Dec 2026 Christmas Day, Mon 28 Dec 2026 Boxing Day (substitute day), Fri 1 Jan 2027
// New Year's Day.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, createCalendar, parsePolicy, type Policy } from "../../src/index.js";

const source = (quote: string) => ({ section: "Test", quote });

/** A test fixture policy (test/fixtures/policies) that parsePolicy must accept. */
function fixture(name: string): Policy {
  const parsed = parsePolicy(JSON.parse(readFileSync(new URL(`../fixtures/policies/${name}.json`, import.meta.url), "utf8")));
  if (!parsed.success) throw new Error(parsed.errors.map((e) => `${e.code} ${e.path.join(".")}: ${e.message}`).join("; "));
  return parsed.policy;
}

/** A two-stage policy whose Stage 1 has this limit; Stage 2 has 3 working days from Stage 1's completion. */
function policyOf(limit: unknown, extra: Record<string, unknown> = {}): Policy {
  const parsed = parsePolicy({
    id: "explain",
    title: "Explain test policy",
    issuer: "Test Partnership",
    jurisdiction: "england-and-wales",
    subjects: ["adults"],
    document: { title: "A small policy for the explanation's hand-worked tests." },
    roles: [
      { id: "practitioner", kind: "practitioner", title: "Practitioner" },
      { id: "manager", kind: "line-manager", title: "Line manager" },
    ],
    stages: [
      { id: "stage-1", number: 1, title: "Practitioners", actors: { raising: ["practitioner"], receiving: ["practitioner"] }, limit, source: source("Stage 1") },
      { id: "stage-2", number: 2, title: "Managers", actors: { raising: ["practitioner"], receiving: ["manager"] }, limit: { workingDays: 3, from: { completionOf: "stage-1" }, source: source("within 3 working days") }, source: source("Stage 2") },
    ],
    ...extra,
  });
  if (!parsed.success) throw new Error(parsed.errors.map((e) => `${e.code} ${e.path.join(".")}: ${e.message}`).join("; "));
  return parsed.policy;
}

const fiveWorkingDays = { workingDays: 5, from: { raised: true }, source: source("within 5 working days") };
const HEAD = ["Explain test policy, Test Partnership. The disagreement arose on Wednesday 23 December 2026.", "The case is at Stage 1 (Practitioners), which began on Wednesday 23 December 2026."];
const NEXT = "If it is not resolved, it goes next to Stage 2 (Managers): Practitioner, Line manager.";

describe("the counting sentence of a working-day limit", () => {
  it("names each bank holiday passed over by its GOV.UK name, a substitute day as such, and the weekend days", () => {
    // 5 working days after Wed 23 Dec 2026: Thu 24 (1), [Fri 25 Christmas Day, Sat 26, Sun 27,
    // Mon 28 Boxing Day substitute], Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 1 Jan New Year's
    // Day, Sat 2, Sun 3], Mon 4 Jan (5). Weekend days passed: 26, 27 Dec, 2, 3 Jan = 4.
    // On Thu 24 Dec the working days left up to Mon 4 Jan: 29, 30, 31 Dec, 4 Jan = 4.
    const policy = policyOf(fiveWorkingDays);
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation).toEqual([
      ...HEAD,
      'The policy\'s limit: within 5 working days of the disagreement arising. It says: "within 5 working days" (Test).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 5 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 4 weekend days, gives Monday 4 January 2027.",
      "Stage 1 (Practitioners) is due by the end of Monday 4 January 2027; on Thursday 24 December 2026 4 working days remain (on-track).",
      NEXT,
    ]);
  });

  it("in Welsh, names the bank holidays by their Welsh GOV.UK names", () => {
    // The same count as above (due Mon 4 Jan 2027); on Wed 30 Dec the days left are Thu 31 Dec
    // and Mon 4 Jan: 2. GOV.UK's Welsh names: Dydd Nadolig, Dydd San Steffan, Dydd Calan.
    const policy = policyOf(fiveWorkingDays);
    const explanation = assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-30", { lang: "cy" }).explanation;
    expect(explanation[3]).toBe(
      "Y dyddiad y cododd yr anghytundeb: dydd Mercher 23 Rhagfyr 2026. Mae cyfrif 5 diwrnod gwaith ar ôl dydd Mercher 23 Rhagfyr 2026, gan hepgor dydd Gwener 25 Rhagfyr 2026 (Dydd Nadolig), dydd Llun 28 Rhagfyr 2026 (Dydd San Steffan, diwrnod amgen), dydd Gwener 1 Ionawr 2027 (Dydd Calan), 4 diwrnod penwythnos, yn rhoi dydd Llun 4 Ionawr 2027.",
    );
    expect(explanation[4]).toBe("Mae Cam 1 (Practitioners) yn ddyledus erbyn diwedd dydd Llun 4 Ionawr 2027; heddiw, dydd Mercher 30 Rhagfyr 2026, mae 2 ddiwrnod gwaith ar ôl (ar y trywydd iawn).");
  });

  it("names a closure by its own name, or calls it a closure", () => {
    // Closures Thu 24 Dec (unnamed) and Tue 29 Dec ("Office move"): 5 working days after Wed
    // 23 Dec are Wed 30 (1), Thu 31 (2), Mon 4 (3), Tue 5 (4), Wed 6 Jan (5). On Thu 24 Dec
    // the days left: 30, 31 Dec, 4, 5, 6 Jan = 5.
    const policy = policyOf(fiveWorkingDays);
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: ["2026-12-24", { date: "2026-12-29", name: "Office move" }] });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24", { calendar }).explanation.slice(3, 5)).toEqual([
      "The disagreement arising: Wednesday 23 December 2026. Counting 5 working days after Wednesday 23 December 2026, passing over Thursday 24 December 2026 (closure), Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Tuesday 29 December 2026 (Office move), Friday 1 January 2027 (New Year’s Day), 4 weekend days, gives Wednesday 6 January 2027.",
      "Stage 1 (Practitioners) is due by the end of Wednesday 6 January 2027; on Thursday 24 December 2026 5 working days remain (on-track).",
    ]);
  });

  it("gives both reasons for a closure on a weekend day, and counts it among the holidays, not the weekend days", () => {
    // A closure "Staff day" on Sat 26 Dec 2026: the count (due Mon 4 Jan 2027, as above) passes
    // it as "weekend; Staff day", leaving Sun 27 Dec, Sat 2 and Sun 3 Jan as 3 weekend days.
    const policy = policyOf(fiveWorkingDays);
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-26", name: "Staff day" }] });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24", { calendar }).explanation[3]).toBe(
      "The disagreement arising: Wednesday 23 December 2026. Counting 5 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Saturday 26 December 2026 (weekend; Staff day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 3 weekend days, gives Monday 4 January 2027.",
    );
  });

  it("names no holiday when the count passes only a weekend", () => {
    // Raised Mon 7 Jan 2030: 5 working days are Tue 8 ... Fri 11, Mon 14 Jan, passing Sat 12
    // and Sun 13. GOV.UK confirms bank holidays only to Sun 31 Dec 2028, so the date is projected.
    const policy = policyOf(fiveWorkingDays);
    expect(assess(policy, { policy: "explain", raisedOn: "2030-01-07", events: [] }, "2030-01-08").explanation).toEqual([
      "Explain test policy, Test Partnership. The disagreement arose on Monday 7 January 2030.",
      "The case is at Stage 1 (Practitioners), which began on Monday 7 January 2030.",
      'The policy\'s limit: within 5 working days of the disagreement arising. It says: "within 5 working days" (Test).',
      "The disagreement arising: Monday 7 January 2030. Counting 5 working days after Monday 7 January 2030, passing over 2 weekend days, gives Monday 14 January 2030.",
      "Stage 1 (Practitioners) is due by the end of Monday 14 January 2030; on Tuesday 8 January 2030 4 working days remain (on-track).",
      NEXT,
      "Bank holidays after Sunday 31 December 2028 are projected from the rules, not yet confirmed by GOV.UK: a newly proclaimed bank holiday could move this date.",
    ]);
  });

  it("does not call a due date on the last day GOV.UK confirms projected", () => {
    // GOV.UK confirms bank holidays to Sun 31 Dec 2028. 10 calendar days from Thu 21 Dec 2028
    // end on Sun 31 Dec 2028: confirmed, so no projection sentence ends the explanation. On Fri 22
    // Dec the working days left are Wed 27, Thu 28, Fri 29 (Mon 25 Christmas Day, Tue 26 Boxing
    // Day): 3.
    const policy = policyOf({ calendarDays: 10, from: { raised: true }, source: source("within 10 days") });
    expect(assess(policy, { policy: "explain", raisedOn: "2028-12-21", events: [] }, "2028-12-22").explanation.slice(4)).toEqual([
      "Stage 1 (Practitioners) is due by the end of Sunday 31 December 2028; on Friday 22 December 2028 3 working days remain (on-track).",
      NEXT,
    ]);
  });

  it("names neither holidays nor weekend days when it passes none", () => {
    // Stage 2 entered Mon 4 Jan 2027: 3 working days are Tue 5, Wed 6, Thu 7 Jan; none passed over.
    const policy = policyOf(fiveWorkingDays);
    const explanation = assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] }, "2027-01-05").explanation;
    expect(explanation[3]).toBe("The completion of Stage 1 (Practitioners): Monday 4 January 2027. Counting 3 working days after Monday 4 January 2027, gives Thursday 7 January 2027.");
  });

  it("counts working weeks as five working days each and says so", () => {
    // 1 working week = 5 working days from Wed 23 Dec 2026: Mon 4 Jan 2027, as above.
    const policy = policyOf({ workingWeeks: 1, from: { raised: true }, source: source("within a week") });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation.slice(2, 4)).toEqual([
      'The policy\'s limit: within 1 working week of the disagreement arising. It says: "within a week" (Test).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 5 working days (1 working week) after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 4 weekend days, gives Monday 4 January 2027.",
    ]);
  });
});

describe("the counting sentence of other units", () => {
  it("counts calendar days with weekends and holidays", () => {
    // 10 calendar days from Wed 23 Dec 2026: Sat 2 Jan 2027. On Thu 24 Dec the working days
    // after it up to Sat 2 Jan: 29, 30, 31 Dec = 3.
    const policy = policyOf({ calendarDays: 10, from: { raised: true }, source: source("within 10 days") });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation).toEqual([
      ...HEAD,
      'The policy\'s limit: within 10 calendar days of the disagreement arising. It says: "within 10 days" (Test).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 10 calendar days from Wednesday 23 December 2026: weekends and bank holidays count.",
      "Stage 1 (Practitioners) is due by the end of Saturday 2 January 2027; on Thursday 24 December 2026 3 working days remain (on-track).",
      NEXT,
    ]);
  });

  it("counts a calendar month to the same date of the next month", () => {
    // 1 calendar month from Wed 23 Dec 2026: Sat 23 Jan 2027.
    const policy = policyOf({ calendarMonths: 1, from: { raised: true }, source: source("within a month") });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation[3]).toBe(
      "The disagreement arising: Wednesday 23 December 2026. Counting 1 calendar month from Wednesday 23 December 2026.",
    );
  });

  it("for immediately, counts the same working day, passing over the weekend and a holiday when raised on one", () => {
    // Raised Sat 26 Dec 2026: the next working day is Tue 29 Dec (Sun 27 weekend, Mon 28 Boxing
    // Day substitute), and the stage is due that day.
    const policy = policyOf({ immediately: true, from: { raised: true }, source: source("immediately") });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-26", events: [] }, "2026-12-29").explanation).toEqual([
      "Explain test policy, Test Partnership. The disagreement arose on Saturday 26 December 2026.",
      "The case is at Stage 1 (Practitioners), which began on Saturday 26 December 2026.",
      'The policy\'s limit: immediately after the disagreement arising (on the same working day). It says: "immediately" (Test).',
      "The disagreement arising: Saturday 26 December 2026. The same working day as Saturday 26 December 2026, passing over Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Tuesday 29 December 2026.",
      "Stage 1 (Practitioners) is due by the end of Tuesday 29 December 2026: today.",
      NEXT,
    ]);
  });

  it("for immediately on a working day, passes over nothing", () => {
    const policy = policyOf({ immediately: true, from: { raised: true }, source: source("immediately") });
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-23").explanation[3]).toBe(
      "The disagreement arising: Wednesday 23 December 2026. The same working day as Wednesday 23 December 2026, gives Wednesday 23 December 2026.",
    );
  });

  it("counts hours on the clock, naming the last day they end within", () => {
    // units.json Stage 2: 48 hours from Stage 1's completion (Wed 23 Dec): the 48 hours end with
    // Thu 24 Dec, the last whole day, which is the due date and today.
    const policy = fixture("units");
    const explanation = assess(policy, { policy: "units", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "action-plan", on: "2026-12-23" }] }, "2026-12-24").explanation;
    expect(explanation.slice(3, 5)).toEqual([
      "The completion of Stage 1 (Acknowledgement): Wednesday 23 December 2026. Counting 48 hours on the clock from the start of Wednesday 23 December 2026, weekends and bank holidays included: the last day that ends within them is Thursday 24 December 2026.",
      "Stage 2 (Action plan) is due by the end of Thursday 24 December 2026: today.",
    ]);
  });
});

describe("which limit governs", () => {
  it("says a case's earlier risk deadline governs a whichever-is-less limit", () => {
    // referral.json Stage 1: 2 working days after Wed 23 Dec: Thu 24, Tue 29 Dec (25 and 28 are
    // bank holidays). The case's risk deadline, Thu 24 Dec, is earlier and governs.
    const policy = fixture("referral");
    expect(assess(policy, { policy: "referral", raisedOn: "2026-12-23", riskDeadline: "2026-12-24", events: [] }, "2026-12-24").explanation).toEqual([
      "Referral ladder, Test Safeguarding Adults Board. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 1 (Practitioners), which began on Wednesday 23 December 2026.",
      'The policy\'s limit: within 2 working days of the disagreement arising, or sooner where protecting the child or adult from harm needs it (whichever is less). It says: "within two working days, or sooner where the risk requires, whichever is less" (Stage 1).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 2 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Tuesday 29 December 2026.",
      'The case\'s risk deadline, Thursday 24 December 2026, is earlier than the policy\'s Tuesday 29 December 2026, and governs: the limit says "whichever is less".',
      "Stage 1 (Practitioners) is due by the end of Thursday 24 December 2026: today.",
      "If it is not resolved, it goes next to Stage 2 (Managers): Line manager.",
    ]);
  });

  it("without a risk deadline the policy's limit governs and no risk sentence is written", () => {
    // The same Stage 1, due Tue 29 Dec; on Thu 24 Dec one working day (Tue 29) remains: due-soon.
    const policy = fixture("referral");
    expect(assess(policy, { policy: "referral", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation.slice(4)).toEqual([
      "Stage 1 (Practitioners) is due by the end of Tuesday 29 December 2026; on Thursday 24 December 2026 1 working day remains (due-soon).",
      "If it is not resolved, it goes next to Stage 2 (Managers): Line manager.",
    ]);
  });

  it("says nothing of a shared limit while a stage's own earlier limit governs", () => {
    // shared.json Step 1: 2 working days after Wed 23 Dec: Thu 24, Tue 29 Dec; the shared limit
    // (Mon 4 Jan 2027) is later, so the step's own governs. On Thu 24 Dec one day (Tue 29) is left.
    const policy = fixture("shared");
    expect(assess(policy, { policy: "shared", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation.slice(2)).toEqual([
      'The policy\'s limit: within 2 working days of the disagreement arising. It says: "within two working days" (Step 1).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 2 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Tuesday 29 December 2026.",
      "Stage 1 (Step 1) is due by the end of Tuesday 29 December 2026; on Thursday 24 December 2026 1 working day remains (due-soon).",
      "If it is not resolved, it goes next to Stage 2 (Step 2): Practitioner, Line manager.",
    ]);
  });

  it("says when a limit shared by several stages governs a stage with no limit of its own", () => {
    // shared.json: Steps 1 to 5 share 5 working days from Wed 23 Dec: Mon 4 Jan 2027. At Step 5
    // on Tue 29 Dec: days left 30, 31 Dec, 4 Jan = 3.
    const policy = fixture("shared");
    const entered = ["step-2", "step-3", "step-4", "step-5"].map((stage) => ({ type: "stage-entered" as const, stage, on: "2026-12-24" }));
    expect(assess(policy, { policy: "shared", raisedOn: "2026-12-23", events: entered }, "2026-12-29").explanation).toEqual([
      "Shared limit test policy, Test Safeguarding Partnership. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 5 (Step 5), which began on Thursday 24 December 2026.",
      "The policy sets this stage no limit of its own.",
      'Steps 1 to 5 share one limit, within 5 working days of the disagreement arising, and it governs here. It says: "Steps 1-5 of the process should not exceed 5 working days" (Timescales).',
      "Stage 5 (Step 5) is due by the end of Monday 4 January 2027; on Tuesday 29 December 2026 3 working days remain (on-track).",
    ]);
  });

  it("says when the shared limit is earlier than a stage's own", () => {
    // Step 4 entered Thu 31 Dec: its own 2 working days are Mon 4, Tue 5 Jan (Fri 1 Jan a bank
    // holiday); the shared limit ends Mon 4 Jan and governs. On Thu 31 Dec one day (Mon 4) is left.
    const policy = fixture("shared");
    const events = [
      { type: "stage-entered", stage: "step-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "step-3", on: "2026-12-30" },
      { type: "stage-entered", stage: "step-4", on: "2026-12-31" },
    ] as const;
    expect(assess(policy, { policy: "shared", raisedOn: "2026-12-23", events }, "2026-12-31").explanation.slice(2)).toEqual([
      'The policy\'s limit: within 2 working days of the completion of Stage 3 (Step 3). It says: "within two working days" (Step 4).',
      "The completion of Stage 3 (Step 3): Thursday 31 December 2026. Counting 2 working days after Thursday 31 December 2026, passing over Friday 1 January 2027 (New Year’s Day), 2 weekend days, gives Tuesday 5 January 2027.",
      'Steps 1 to 5 share one limit, within 5 working days of the disagreement arising, and it governs here. It says: "Steps 1-5 of the process should not exceed 5 working days" (Timescales).',
      "Stage 4 (Step 4) is due by the end of Monday 4 January 2027; on Thursday 31 December 2026 1 working day remains (due-soon).",
      "If it is not resolved, it goes next to Stage 5 (Step 5): Practitioner, Line manager.",
    ]);
  });

  it("names the amount the case's priority sets", () => {
    // priorities.json Stage 2 for an urgent case: 2 working days after Thu 24 Dec: Tue 29, Wed 30.
    const policy = fixture("priorities");
    const explanation = assess(policy, { policy: "priorities", raisedOn: "2026-12-23", priority: "urgent", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }] }, "2026-12-24").explanation;
    expect(explanation.slice(2)).toEqual([
      'The policy\'s limit: within 5 working days of the completion of Stage 1 (Practitioners) (unless the case\'s priority sets its own: urgent: within 2 working days). It says: "within 5 working days" (Stage 2).',
      "The completion of Stage 1 (Practitioners): Thursday 24 December 2026. For the case's priority then, within 2 working days. Counting 2 working days after Thursday 24 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Wednesday 30 December 2026.",
      "Stage 2 (Managers) is due by the end of Wednesday 30 December 2026; on Thursday 24 December 2026 2 working days remain (on-track).",
    ]);
  });
});

describe("a limit whose start has not happened", () => {
  const meeting = { events: [{ id: "meeting", title: "strategy meeting", source: source("the strategy meeting") }] };

  it("gives no due date and no count", () => {
    const policy = policyOf({ workingDays: 2, from: { event: "meeting" }, source: source("within 2 working days of the meeting") }, meeting);
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24").explanation).toEqual([
      ...HEAD,
      'The policy\'s limit: within 2 working days of the strategy meeting. It says: "within 2 working days of the meeting" (Test).',
      // Whatever it runs from (here a named event not yet held; elsewhere a step not done, or an earlier stage with no limit).
      "What the limit runs from has not happened yet, so no due date can be given.",
      NEXT,
    ]);
  });

  it("lets a case's risk deadline hold under a whichever-is-less limit", () => {
    // The risk deadline Wed 30 Dec 2026 is the due date; on Thu 24 Dec the working days left
    // are Tue 29 and Wed 30 (25 and 28 are bank holidays): 2.
    const policy = policyOf({ workingDays: 2, from: { event: "meeting" }, whicheverIsLess: true, source: source("within 2 working days of the meeting, or sooner") }, meeting);
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", riskDeadline: "2026-12-30", events: [] }, "2026-12-24").explanation).toEqual([
      ...HEAD,
      'The policy\'s limit: within 2 working days of the strategy meeting, or sooner where protecting the adult from harm needs it (whichever is less). It says: "within 2 working days of the meeting, or sooner" (Test).',
      'What the limit runs from has not happened yet, but the limit says "whichever is less": the case\'s risk deadline, Wednesday 30 December 2026, holds whenever it starts.',
      "Stage 1 (Practitioners) is due by the end of Wednesday 30 December 2026; on Thursday 24 December 2026 2 working days remain (on-track).",
      NEXT,
    ]);
  });
});

describe("stopped clocks", () => {
  it("lists each stop, the last still open and counted to today", () => {
    // Due Mon 4 Jan 2027 had the clock not stopped. Stopped Thu 24 Dec to Tue 29 Dec: 1 working
    // day (Tue 29); stopped again Wed 30 Dec and still stopped on Thu 31: 1 working day (Thu 31).
    // So the due date moves 2 working days: Tue 5, Wed 6 Jan. Left on Thu 31: 4, 5, 6 Jan = 3.
    const policy = policyOf(fiveWorkingDays, { clockStops: { source: source("the clock may stop") } });
    const events = [
      { type: "clock-stopped", reason: "Waiting", on: "2026-12-24" },
      { type: "clock-restarted", on: "2026-12-29" },
      { type: "clock-stopped", reason: "Again", on: "2026-12-30" },
    ] as const;
    expect(assess(policy, { policy: "explain", raisedOn: "2026-12-23", events }, "2026-12-31").explanation.slice(4)).toEqual([
      "The clock was stopped from Thursday 24 December 2026 to Tuesday 29 December 2026, from Wednesday 30 December 2026 to Thursday 31 December 2026 (still stopped: counted to today), as Explain test policy allows: the days stopped do not count, so the due date moves from Monday 4 January 2027 to Wednesday 6 January 2027.",
      "Stage 1 (Practitioners) is due by the end of Wednesday 6 January 2027; on Thursday 31 December 2026 3 working days remain (on-track).",
      NEXT,
    ]);
  });
});

describe("escalation sentences", () => {
  it("says a stage entered after its time to escalate was entered late, and that a stage without a limit has no due date", () => {
    // referral.json: Stage 2 from Tue 29 Dec, due Wed 6 Jan; the referral into Stage 3 is owed 5
    // working days later: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 Jan. Entered Thu 14 Jan: late.
    const policy = fixture("referral");
    const events = [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-14" },
    ] as const;
    expect(assess(policy, { policy: "referral", raisedOn: "2026-12-23", events }, "2027-01-15").explanation).toEqual([
      "Referral ladder, Test Safeguarding Adults Board. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 3 (Independent Chair), which began on Thursday 14 January 2027.",
      "It was escalated into this stage late: the text gives until Wednesday 13 January 2027 (within 5 working days of the completion of Stage 2 (Managers)).",
      'The policy sets no time limit for this stage, so it has no due date: "Stage 3" (Stage 3).',
      "If it is not resolved, it goes next to The Chair decides: Independent Chair.",
    ]);
  });

  it("says nothing of lateness when the stage was entered on its last day", () => {
    // Entered Stage 3 on Wed 13 Jan, the last day allowed.
    const policy = fixture("referral");
    const events = [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-13" },
    ] as const;
    expect(assess(policy, { policy: "referral", raisedOn: "2026-12-23", events }, "2027-01-15").explanation.slice(2, 3)).toEqual(['The policy sets no time limit for this stage, so it has no due date: "Stage 3" (Stage 3).']);
  });

  it("says nothing of lateness when the time to escalate cannot be dated yet", () => {
    // Stage 2 must be entered within 2 working days of a meeting that has not happened, so it has
    // no date to be late against. Entered Thu 24 Dec: 3 working days are Tue 29, Wed 30, Thu 31
    // Dec; on Tue 29 Dec two (30, 31) are left.
    const policy = policyOf(fiveWorkingDays, { events: [{ id: "meeting", title: "strategy meeting", source: source("the strategy meeting") }] });
    const stages = policy.stages.map((one) => (one.id === "stage-2" ? { ...one, escalateBy: { workingDays: 2, from: { event: "meeting" }, source: source("within 2 working days of the meeting") } } : one));
    const parsed = parsePolicy({ ...policy, stages });
    if (!parsed.success) throw new Error(parsed.errors.map((e) => e.message).join("; "));
    expect(assess(parsed.policy, { policy: "explain", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }] }, "2026-12-29").explanation).toEqual([
      "Explain test policy, Test Partnership. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 2 (Managers), which began on Thursday 24 December 2026.",
      'The policy\'s limit: within 3 working days of the completion of Stage 1 (Practitioners). It says: "within 3 working days" (Test).',
      "The completion of Stage 1 (Practitioners): Thursday 24 December 2026. Counting 3 working days after Thursday 24 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Thursday 31 December 2026.",
      "Stage 2 (Managers) is due by the end of Thursday 31 December 2026; on Tuesday 29 December 2026 2 working days remain (on-track).",
    ]);
  });

  it("says when a case was resolved and stops there", () => {
    const policy = fixture("referral");
    expect(assess(policy, { policy: "referral", raisedOn: "2026-12-23", events: [{ type: "resolved", stage: "stage-1", on: "2026-12-24" }] }, "2027-01-15").explanation).toEqual([
      "Referral ladder, Test Safeguarding Adults Board. The disagreement arose on Wednesday 23 December 2026.",
      "The case is at Stage 1 (Practitioners), which began on Wednesday 23 December 2026.",
      "It was resolved at this stage on Thursday 24 December 2026. What must follow a resolution is listed among the duties.",
    ]);
  });

  it("says an overdue stage must be escalated now, why, by when, and how late the escalation is", () => {
    // Stage 2 from Tue 29 Dec: 5 working days (Wed 30, Thu 31, Mon 4, Tue 5, Wed 6 Jan). On Thu
    // 14 Jan it is overdue by 6 (Thu 7, Fri 8, Mon 11, Tue 12, Wed 13, Thu 14); the referral was
    // owed by Wed 13 Jan, so the escalation is overdue by 1 (Thu 14).
    const policy = fixture("referral");
    const explanation = assess(policy, { policy: "referral", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, "2027-01-14").explanation;
    expect(explanation.slice(2)).toEqual([
      'The policy\'s limit: within 5 working days of the completion of Stage 1 (Practitioners). It says: "within five working days of the completion of Stage 1" (Stage 2).',
      "The completion of Stage 1 (Practitioners): Tuesday 29 December 2026. Counting 5 working days after Tuesday 29 December 2026, passing over Friday 1 January 2027 (New Year’s Day), 2 weekend days, gives Wednesday 6 January 2027.",
      "Stage 2 (Managers) is due by the end of Wednesday 6 January 2027; on Thursday 14 January 2027 it is overdue by 6 working days.",
      'Escalation to Stage 3 (Independent Chair) is required now: Line manager, Independent Chair. The time to escalate the case into Stage 3 (Independent Chair) has passed: "must be referred to the Independent Chair within five working days" (Stage 3).',
      'The escalation must be made by the end of Wednesday 13 January 2027: within 5 working days of the completion of Stage 2 (Managers). It says: "must be referred to the Independent Chair within five working days" (Stage 3). On Thursday 14 January 2027 that time has passed: the escalation is overdue by 1 working day.',
    ]);
  });
});

// Added for the survivors of the Stryker run at commit f5523ef (checked by applying the mutant by hand).
describe("the counting sentence of several working weeks", () => {
  it("counts two working weeks as ten working days", () => {
    // 10 working days after Wed 23 Dec 2026: Thu 24 (1), [Fri 25 Christmas Day, Sat 26, Sun 27,
    // Mon 28 Boxing Day substitute], Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 1 Jan New Year's Day,
    // Sat 2, Sun 3], Mon 4 (5), Tue 5 (6), Wed 6 (7), Thu 7 (8), Fri 8 (9), [Sat 9, Sun 10], Mon 11
    // Jan 2027 (10). Weekend days passed: 26, 27 Dec, 2, 3, 9, 10 Jan = 6.
    const policy = policyOf({ workingWeeks: 2, from: { raised: true }, source: source("within two weeks") });
    const result = assess(policy, { policy: "explain", raisedOn: "2026-12-23", events: [] }, "2026-12-24");
    expect(result.due).toBe("2027-01-11");
    expect(result.explanation.slice(2, 4)).toEqual([
      'The policy\'s limit: within 2 working weeks of the disagreement arising. It says: "within two weeks" (Test).',
      "The disagreement arising: Wednesday 23 December 2026. Counting 10 working days (2 working weeks) after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 6 weekend days, gives Monday 11 January 2027.",
    ]);
  });
});
