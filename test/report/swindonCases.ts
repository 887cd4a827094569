// Swindon's ladder (England and Wales bank holidays): cases worked by hand,
// shared by the report's tests.
// Stage 1 is due 2 working days after the disagreement arises; Stages 2 and 3
// each 5 working days after the stage before is completed; Stage 5 has no
// limit of its own but must be referred into within 5 working days of Stage
// 4's completion. Bank holidays on the way: the Summer bank holiday (Monday 31
// August 2026), Christmas Day (Friday 25 December 2026), Boxing Day's
// substitute (Monday 28 December 2026) and New Year's Day (Friday 1 January
// 2027).
//
// The period is 1 September to 31 December 2026 (a month of Q3 and all of
// Q4), reported on Friday 8 January 2027.
import { policies, type Case, type ReportCase } from "../../src/index.js";

export const swindon = policies.swindon;
export const period = { from: "2026-09-01", to: "2026-12-31", asOf: "2027-01-08" };

// A: raised Tuesday 15 September; Stage 1 due Thursday 17th (Wed 16 = 1, Thu 17 = 2).
// Resolved there on Wednesday 16th: on time, 1 working day.
export const A: Case = { policy: "swindon", raisedOn: "2026-09-15", events: [{ type: "resolved", stage: "stage-1", on: "2026-09-16", outcome: "Agreed after discussion" }] };

// B: raised Monday 2 November; Stage 1 due Wednesday 4th (Tue 3, Wed 4). Entered
// Stage 2 on Thursday 5th: Stage 1 ended a day late after 3 working days (3, 4, 5),
// so that escalation was late. Stage 2 due 5 working days after Thursday 5th:
// Fri 6, Mon 9, Tue 10, Wed 11, Thu 12. Resolved on Wednesday 11th: on time,
// 4 working days (6, 9, 10, 11). A flag gained on Tuesday 3rd.
export const B: Case = {
  policy: "swindon",
  raisedOn: "2026-11-02",
  events: [
    { type: "flagged", flag: "time-pressure", on: "2026-11-03" },
    { type: "stage-entered", stage: "stage-2", on: "2026-11-05", outcome: "No agreement between the practitioners", raisedWith: "Hospital social work team" },
    { type: "resolved", stage: "stage-2", on: "2026-11-11", outcome: "Plan agreed" },
  ],
};

// C: raised Thursday 17 December; Stage 1 due Monday 21st (Fri 18, Mon 21), and
// Stage 2 entered that Monday: on time, 2 working days. Stage 2 due 5 working
// days after Monday 21st: Tue 22, Wed 23, Thu 24, (25, 26, 27, 28 off) Tue 29,
// Wed 30. Stage 3 entered on Thursday 7 January 2027, after the period: Stage 2
// took 10 working days (22, 23, 24, 29, 30, 31, 4, 5, 6, 7; 1 January off) and
// was late. Stage 3 due 5 working days after 7 January: 8, 11, 12, 13, 14, so
// on 8 January it is open and not overdue. Its flag comes after the period.
export const C: Case = {
  policy: "swindon",
  raisedOn: "2026-12-17",
  events: [
    { type: "stage-entered", stage: "stage-2", on: "2026-12-21" },
    { type: "flagged", flag: "polarised-views", on: "2027-01-06" },
    { type: "stage-entered", stage: "stage-3", on: "2027-01-07" },
  ],
};

// D: raised Thursday 20 August, before the period, and never moved: Stage 1 was
// due Monday 24 August (Fri 21, Mon 24), so it is overdue on 8 January. Open
// throughout the period; by 8 January it has taken 97 working days, which the
// log shows: Friday 21 August, and the 20 whole weeks from Monday 24 August to
// Sunday 10 January (100 weekdays), less 31 August, 25 and 28 December and 1 January: 1 + 100 - 4.
export const D: Case = { policy: "swindon", raisedOn: "2026-08-20", events: [] };

// E: resolved before the period began: not one of its cases.
export const E: Case = { policy: "swindon", raisedOn: "2026-07-01", events: [{ type: "resolved", stage: "stage-1", on: "2026-07-02" }] };

// F: raised after the period ended: not one of its cases either.
export const F: Case = { policy: "swindon", raisedOn: "2027-01-05", events: [] };

// G: raised Tuesday 6 October at immediate risk with no resolution in prospect:
// Swindon's route sends it straight to Stage 5, entered that day. Stage 1 ends
// the day it began (0 working days, due Thursday 8th: on time); Stage 5 had to be
// entered within 5 working days (by Tuesday 13th) and was, so the escalation was
// in time; it has no limit of its own, so it is never overdue.
export const G: Case = {
  policy: "swindon",
  raisedOn: "2026-10-06",
  flags: ["immediate-risk", "no-resolution-in-prospect"],
  events: [{ type: "stage-entered", stage: "stage-5", on: "2026-10-06", raisedWith: "Partnership Manager" }],
};

export const cases: ReportCase[] = [{ id: "A", case: A }, { id: "B", case: B }, { id: "C", case: C }, { id: "D", case: D }, { id: "E", case: E }, { id: "F", case: F }, { id: "G", case: G }];
