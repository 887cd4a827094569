// The edges of the escalation log and the board's figures that a mutation run
// (StrykerJS, issue 14) showed no test looked at: a case raised or resolved on
// the first or last day of a period, a stage entered on its last day, an
// open stage on its due date, an escalation late only by its own time, a
// stage without any time limit, ids at their limits, and the exact words of
// each refusal. Every expected value is worked out by hand beside it.
//
// Swindon (policies/swindon.json): Stage 1 is due 2 working days after the
// disagreement arises; Stages 2, 3 and 4 each 5 working days after the stage
// before is completed; Stage 4 must be referred into "without delay" (the
// day Stage 3 completes, or its due date if it overran: docs/encoding-policies.md,
// "immediately" is that day if a working day); Stage 5 has no limit of its own.
// Bank holidays on the way (GOV.UK, England and Wales, test/fixtures/govuk):
// Monday 31 August 2026, Friday 25 and Monday 28 December 2026, Friday 1 January 2027.
// A count of working days from a start to an end takes the working days after
// the start, up to and including the end.
import { describe, expect, it } from "vitest";
import { createCalendar, DateOutOfRangeError, InvalidArgumentError, InvalidCaseError, InvalidDateError, InvalidOptionsError, parsePolicy, policies, type Case } from "../../src/index.js";
import { escalationLog, monitoringReport, type MonitoringOptions } from "../../src/report/index.js";
import { A, period, swindon } from "./swindonCases.js";

/** What `run` throws (the test fails if it returns). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
}

const idRule = "must be a text of 1 to 200 characters or a whole number";

describe("a case's id, as the caller gives it", () => {
  // A: raised Tuesday 15 September 2026, resolved at Stage 1 the next day (swindonCases.ts): one row.
  const idOf = (id: unknown) => escalationLog(swindon, [{ id, case: A } as never], "2027-01-08").rows.map((row) => row.id);

  it("takes a whole number, 0 included, and keeps it a number", () => {
    expect(idOf(17)).toEqual([17]);
    expect(idOf(0)).toEqual([0]);
    expect(idOf(-3)).toEqual([-3]);
  });

  it("refuses a number that is not a whole one, or too large to be exact", () => {
    expect(thrown(() => idOf(1.5))).toEqual(new InvalidArgumentError(`cases[0].id ${idRule}; got 1.5.`));
    expect(thrown(() => idOf(Number.NaN))).toEqual(new InvalidArgumentError(`cases[0].id ${idRule}; got NaN.`));
    // 2^53 is the first integer a double cannot tell from its neighbour.
    expect(thrown(() => idOf(2 ** 53))).toEqual(new InvalidArgumentError(`cases[0].id ${idRule}; got 9007199254740992.`));
  });

  it("takes a text of 1 and of 200 characters, and refuses 201", () => {
    expect(idOf("A")).toEqual(["A"]);
    expect(idOf("x".repeat(200))).toEqual(["x".repeat(200)]);
    // The message quotes a long text cut to 60 characters: 57 and "...".
    const error = thrown(() => idOf("x".repeat(201)));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(`cases[0].id ${idRule}; got "${"x".repeat(57)}...".`);
  });

  it("refuses an id that is missing, or a list with a length", () => {
    expect(thrown(() => escalationLog(swindon, [{ case: A } as never], "2027-01-08"))).toEqual(new InvalidArgumentError(`cases[0].id ${idRule}; got undefined.`));
    expect(thrown(() => idOf(["A"]))).toEqual(new InvalidArgumentError(`cases[0].id ${idRule}; got ["A"].`));
    // Placed in the list: the second entry is cases[1].
    expect(thrown(() => escalationLog(swindon, [A, { id: "", case: A }], "2027-01-08")).message).toBe(`cases[1].id ${idRule}; got "".`);
  });
});

describe("the entries of the list", () => {
  it("names the list when it is not one", () => {
    expect(thrown(() => escalationLog(swindon, { length: 1 } as unknown as Case[], "2027-01-08"))).toEqual(new InvalidArgumentError("cases must be an array, got { length: 1 }."));
    expect(thrown(() => monitoringReport(swindon, "A" as unknown as Case[], period))).toEqual(new InvalidArgumentError('cases must be an array, got "A".'));
  });

  it("reads null and undefined as cases, and refuses them as cases, at their place in the list", () => {
    const none = thrown(() => escalationLog(swindon, [A, null as never], "2027-01-08"));
    expect(none).toBeInstanceOf(InvalidCaseError);
    expect((none as InvalidCaseError).issues.map((found) => found.path)).toEqual([["cases", 1]]);
    expect(none.message).toMatch(/^The case is not valid: cases\[1\]: /);
    const missing = thrown(() => escalationLog(swindon, [undefined as never], "2027-01-08"));
    expect(missing).toBeInstanceOf(InvalidCaseError);
    expect((missing as InvalidCaseError).issues.map((found) => found.path)).toEqual([["cases", 0]]);
  });

  it("refuses an entry that cannot be read (a revoked Proxy) with a typed error naming it", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    // A revoked Proxy can be described only coarsely: "an object".
    expect(thrown(() => escalationLog(swindon, [proxy as never], "2027-01-08"))).toEqual(new InvalidArgumentError("cases[0] could not be read: an object threw when its fields were listed."));
  });

  it("lets an error that is not about the case's record through as it is", () => {
    // Raised on Wednesday 30 December 2099: Thursday 31 December is the 1st
    // working day of Stage 1's two, and the 2nd would fall in 2100, after the
    // last date supported. The case is valid; the date is what fails.
    const late: Case = { policy: "swindon", raisedOn: "2099-12-30", events: [] };
    const error = thrown(() => escalationLog(swindon, [{ id: "Z", case: late }], "2099-12-31"));
    expect(error).toBeInstanceOf(DateOutOfRangeError);
    expect(error.message).toBe("A deadline within 2 working days of 2099-12-30 falls after 2099-12-31, the last date supported.");
  });
});

describe("escalationLog's timing of a stage", () => {
  it("keeps an open stage open on its due date, and late from the day after", () => {
    // Raised Monday 2 November 2026: Stage 1 due Wednesday 4th (Tue 3, Wed 4).
    const record: Case = { policy: "swindon", raisedOn: "2026-11-02", events: [] };
    const on = (asOf: string) => escalationLog(swindon, [record], asOf).rows.map((row) => [row.due, row.timing, row.workingDays]);
    expect(on("2026-11-04")).toEqual([["2026-11-04", "open", 2]]);
    expect(on("2026-11-05")).toEqual([["2026-11-04", "late", 3]]);
  });

  it("marks a stage entered after its escalate-by date late, though it is still within its own due date", () => {
    // Raised Monday 2 November 2026. Stage 1 due Wed 4 (Tue 3, Wed 4); Stage 2
    // entered Wed 4: on time, 2 days. Stage 2 due 5 working days after Wed 4:
    // Thu 5, Fri 6, Mon 9, Tue 10, Wed 11; Stage 3 entered Wed 11: on time, 5
    // days. Stage 3 due Thu 12, Fri 13, Mon 16, Tue 17, Wed 18; Stage 4 entered
    // only on Friday 20th: 7 days (12, 13, 16, 17, 18, 19, 20), late. Stage 4
    // had to be referred into "without delay" from Stage 3's completion, which
    // for that purpose is its due date, Wed 18: entered on the 20th, late.
    // Stage 4's own limit runs from Stage 3's actual end, Fri 20: Mon 23, Tue
    // 24, Wed 25, Thu 26, Fri 27. On Monday 23rd it is 1 working day old and
    // within its due date, yet late: it was entered late.
    const record: Case = {
      policy: "swindon",
      raisedOn: "2026-11-02",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2026-11-04" },
        { type: "stage-entered", stage: "stage-3", on: "2026-11-11" },
        { type: "stage-entered", stage: "stage-4", on: "2026-11-20" },
      ],
    };
    const rows = escalationLog(swindon, [record], "2026-11-23").rows;
    expect(rows.map((row) => [row.stage, row.start, row.escalateBy, row.enteredOnTime, row.due, row.ended, row.end, row.onTime, row.timing, row.workingDays])).toEqual([
      ["stage-1", "2026-11-02", null, null, "2026-11-04", "2026-11-04", "escalated", true, "on-time", 2],
      ["stage-2", "2026-11-04", null, null, "2026-11-11", "2026-11-11", "escalated", true, "on-time", 5],
      ["stage-3", "2026-11-11", null, null, "2026-11-18", "2026-11-20", "escalated", false, "late", 7],
      ["stage-4", "2026-11-20", "2026-11-18", false, "2026-11-27", null, "open", null, "late", 1],
    ]);
    // No role named by the case: each stage's receiving roles, as the policy titles them.
    expect(rows.map((row) => [row.raisedWith, row.raisedWithFrom])).toEqual([
      [["Line manager", "Safeguarding Lead (safeguarding designate) of the organisation"], "policy"],
      [["Professional (any professional who disagrees with a decision, and the other professional)"], "policy"],
      [["Line manager", "Second-tier manager or equivalent (Team / Inspectors / Service Manager)"], "policy"],
      [["Heads/Directors of Service"], "policy"],
    ]);
  });

  it("says no-limit for a stage whose text sets it no time at all", () => {
    // Mid and West Wales: Stage 1 is due 10 working days after the matter
    // arises; Stage 2 (line managers) has neither a limit nor a time to be
    // entered by. Raised Monday 2 November 2026: Stage 1 due 3, 4, 5, 6, 9,
    // 10, 11, 12, 13, 16 November; Stage 2 entered Monday 9th: 5 days (3, 4,
    // 5, 6, 9), on time. On Friday 13th Stage 2 is open, 4 days old (10-13).
    const record: Case = { policy: "mid-and-west-wales", raisedOn: "2026-11-02", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-11-09" }] };
    const rows = escalationLog(policies["mid-and-west-wales"], [record], "2026-11-13").rows;
    expect(rows.map((row) => [row.stage, row.escalateBy, row.due, row.ended, row.end, row.onTime, row.timing, row.workingDays])).toEqual([
      ["stage-1", null, "2026-11-16", "2026-11-09", "escalated", true, "on-time", 5],
      ["stage-2", null, null, null, "open", null, "no-limit", 4],
    ]);
    expect(rows[1]?.raisedWith).toEqual(["line manager, or appropriate manager, in the other organisation"]);
  });
});

describe("escalationLog's options", () => {
  it("lists the values freeText may take when it is given another", () => {
    expect(thrown(() => escalationLog(swindon, [], "2027-01-08", { freeText: "none" as "omit" }))).toEqual(new InvalidOptionsError('freeText must be "include" or "omit"; got "none".'));
  });

  it("names asOf when the log's date is not a real one", () => {
    const error = thrown(() => escalationLog(swindon, [], "2027-02-30"));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.message).toBe('Invalid asOf "2027-02-30": month 2 of 2027 has 28 days.');
  });

  it("names the options it takes when given one it does not", () => {
    expect(thrown(() => escalationLog(swindon, [], "2027-01-08", { language: "cy" } as object))).toEqual(new InvalidOptionsError('Unknown field "language" in the options: expected calendar, freeText, lang.'));
  });

  it("counts with the calendar it is given", () => {
    // The agency closed on Tuesday 3 November 2026: a case raised Monday 2nd
    // has Stage 1 due on its 2nd working day, Thursday 5th (Wed 4, Thu 5), and
    // resolved on Wednesday 4th it took 1 working day (the 3rd is not one).
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: ["2026-11-03"] });
    const record: Case = { policy: "swindon", raisedOn: "2026-11-02", events: [{ type: "resolved", stage: "stage-1", on: "2026-11-04" }] };
    expect(escalationLog(swindon, [record], "2026-11-30", { calendar }).rows.map((row) => [row.due, row.onTime, row.workingDays])).toEqual([["2026-11-05", true, 1]]);
    // Without it, England and Wales: due Wednesday 4th, 2 working days.
    expect(escalationLog(swindon, [record], "2026-11-30").rows.map((row) => [row.due, row.onTime, row.workingDays])).toEqual([["2026-11-04", true, 2]]);
  });
});

describe("monitoringReport's options", () => {
  it("asks for its period and date when given no options", () => {
    expect(thrown(() => monitoringReport(swindon, [], undefined as unknown as MonitoringOptions))).toEqual(new InvalidOptionsError("monitoringReport needs its period and date: { from, to, asOf }."));
  });

  it("names the date that is missing", () => {
    const without = (key: "from" | "to" | "asOf") => {
      const options = Object.fromEntries(Object.entries(period).filter(([name]) => name !== key));
      return thrown(() => monitoringReport(swindon, [], options as unknown as MonitoringOptions));
    };
    for (const key of ["from", "to", "asOf"] as const) {
      const error = without(key);
      expect(error).toBeInstanceOf(InvalidDateError);
      expect(error.message).toBe(`Invalid ${key} undefined: expected a string written YYYY-MM-DD, got undefined.`);
    }
  });

  it("names the options it takes when one is misspelt", () => {
    const options = { form: "2026-09-01", to: "2026-12-31", asOf: "2027-01-08" };
    expect(thrown(() => monitoringReport(swindon, [], options as unknown as MonitoringOptions))).toEqual(new InvalidOptionsError('Unknown field "form" in the options: expected from, to, asOf, calendar, lang.'));
  });

  it("says which way round a period out of order runs", () => {
    expect(thrown(() => monitoringReport(swindon, [], { from: "2026-12-31", to: "2026-09-01", asOf: "2027-01-08" }))).toEqual(new InvalidOptionsError("The period runs from 2026-12-31 to 2026-09-01: from must not be after to."));
  });

  it("counts with the calendar it is given", () => {
    // As in the log's test: with the agency closed on Tuesday 3 November 2026,
    // Stage 1 took 1 working day of the 2 it was allowed (Wed 4, Thu 5).
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: ["2026-11-03"] });
    const record: Case = { policy: "swindon", raisedOn: "2026-11-02", events: [{ type: "resolved", stage: "stage-1", on: "2026-11-04" }] };
    const report = monitoringReport(swindon, [record], { from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-30", calendar });
    expect(report.stages[0]).toMatchObject({ ended: 1, workingDays: { count: 1, median: 1, p90: 1 }, allowedWorkingDays: 2 });
  });
});

describe("the first and last days of a period", () => {
  // The period of swindonCases.ts: Tuesday 1 September to Thursday 31 December
  // 2026, reported on Friday 8 January 2027.
  //
  // H: raised Friday 28 August, before the period; Stage 1 due on its 2nd
  // working day, Wednesday 2 September (Monday 31 August is a bank holiday:
  // Tue 1, Wed 2). Resolved on Tuesday 1 September, the period's first day:
  // 1 working day, allowed 2.
  const H: Case = { policy: "swindon", raisedOn: "2026-08-28", events: [{ type: "resolved", stage: "stage-1", on: "2026-09-01" }] };
  // I: raised Tuesday 1 September, the first day; Stage 1 due Thursday 3rd
  // (Wed 2, Thu 3); resolved Wednesday 2nd: 1 working day, allowed 2.
  const I: Case = { policy: "swindon", raisedOn: "2026-09-01", events: [{ type: "resolved", stage: "stage-1", on: "2026-09-02" }] };
  // K: raised Wednesday 30 December; Stage 1 due Monday 4 January (Thu 31,
  // Fri 1 January a bank holiday, Mon 4); resolved Thursday 31 December, the
  // last day: 1 working day, allowed 2.
  const K: Case = { policy: "swindon", raisedOn: "2026-12-30", events: [{ type: "resolved", stage: "stage-1", on: "2026-12-31" }] };
  // L: raised Tuesday 29 December; Stage 1 due Thursday 31st (Wed 30, Thu 31),
  // the day it entered Stage 2: on time, 2 working days, allowed 2. Flagged
  // time-pressure that last day too. Stage 2 due 5 working days after Thursday
  // 31st: Mon 4, Tue 5, Wed 6, Thu 7, Fri 8 January, the report's date.
  const L: Case = {
    policy: "swindon",
    raisedOn: "2026-12-29",
    events: [
      { type: "flagged", flag: "time-pressure", on: "2026-12-31" },
      { type: "stage-entered", stage: "stage-2", on: "2026-12-31" },
    ],
  };
  // Made inside each test, not here: a mutation run records which code each test runs.
  const made = () => monitoringReport(swindon, [H, I, K, L], period);

  it("counts a case resolved on the first day as one of the period's, and resolved in it", () => {
    const report = made();
    // H, I, K, L: none raised after the 31st, none resolved before the 1st.
    expect(report.cases).toBe(4);
    // I (1 September), K, L; not H (28 August).
    expect(report.begun).toBe(3);
    // H (1 September), I (2 September), K (31 December).
    expect(report.resolved).toBe(3);
  });

  it("does not count a case resolved on the last day as open at the period's end", () => {
    const report = made();
    // Only L; K was resolved on the 31st.
    expect(report.openAtEnd).toBe(1);
    // L's Stage 2 is due on 8 January itself: due today, not overdue.
    expect(report.overdueNow).toBe(0);
  });

  it("counts an escalation made on the last day, and a stage entered then as reached", () => {
    const report = made();
    // L into Stage 2 on the 31st, Stage 1 ended on its due date, Stage 2 has no escalate-by date.
    expect(report.escalations).toEqual({ made: 1, late: 0 });
    // Stage 1: all four reached it and ended it in the period: H, I and K
    // resolved there; days [1, 1, 1, 2] (H, I, K, L): the median is the 2nd
    // (1), the 90th percentile the 4th (ceil(3.6)), 2; each allowed 2.
    expect(report.stages[0]).toMatchObject({ reached: 4, resolved: 3, ended: 4, endedLate: 0, workingDays: { count: 4, median: 1, p90: 2 }, allowedWorkingDays: 2 });
    // Stage 2: L entered it on the period's last day; it has not ended.
    expect(report.stages[1]).toMatchObject({ reached: 1, resolved: 0, ended: 0, workingDays: null, allowedWorkingDays: null });
  });

  it("puts a stage ended on the first or last day in its quarter", () => {
    const report = made();
    // September: H's and I's Stage 1 (1 and 2 September). Q4: K's and L's Stage 1 (both 31 December).
    expect(report.quarters).toEqual([
      { from: "2026-09-01", to: "2026-09-30", onTime: 2, late: 0 },
      { from: "2026-10-01", to: "2026-12-31", onTime: 2, late: 0 },
    ]);
  });

  it("counts a flag gained on the last day", () => {
    const report = made();
    expect(report.flags).toEqual([{ flag: "time-pressure", cases: 1 }]);
  });

  it("logs L's Stage 2 as open on its due date", () => {
    const rows = escalationLog(swindon, [L], period.asOf).rows;
    // Thursday 31 December to Friday 8 January: Mon 4 to Fri 8, 5 working days.
    expect(rows.map((row) => [row.stage, row.start, row.due, row.end, row.timing, row.workingDays])).toEqual([
      ["stage-1", "2026-12-29", "2026-12-31", "escalated", "on-time", 2],
      ["stage-2", "2026-12-31", "2027-01-08", "open", "open", 5],
    ]);
  });
});

describe("a policy whose limits can leave a stage without a due date", () => {
  // Mid and West Wales, read another way (a policy a caller may well write):
  // 3.6's "not resolved at Stage 1 or within 10 working days ... bring the
  // matter to the attention of their line managers" as the time to escalate
  // into Stage 2, counted from the matter arising; and Stage 1's own limit the
  // 5 working days of 3.2, counted from the written concerns (a named event
  // the case records when it happens). A case that records no written
  // concerns has no due date at Stage 1, and no limit there at all.
  const shipped = policies["mid-and-west-wales"];
  const variant = structuredClone(shipped) as { stages: { limit: unknown; escalateBy?: unknown; steps?: { limit: { source: unknown } | null }[] }[] };
  const [one, two] = variant.stages;
  if (one === undefined || two === undefined) throw new Error("Mid and West Wales has Stages 1 and 2");
  two.escalateBy = { workingDays: 10, from: { raised: true }, source: (shipped.stages[0]?.limit as { source: unknown }).source };
  one.limit = { workingDays: 5, from: { event: "concerns-in-writing" }, whicheverIsLess: true, source: one.steps?.[0]?.limit?.source };
  const parsed = parsePolicy(variant);
  if (!parsed.success) throw new Error(`the variant is not valid: ${JSON.stringify(parsed.errors)}`);
  const { policy } = parsed;

  // P: raised Monday 2 November 2026, concerns in writing the same day: Stage 1
  // due 5 working days on, Monday 9th (3, 4, 5, 6, 9). Resolved Wednesday 4th:
  // 2 working days, allowed 5, on time.
  const P: Case = {
    policy: "mid-and-west-wales",
    raisedOn: "2026-11-02",
    events: [
      { type: "happened", event: "concerns-in-writing", on: "2026-11-02" },
      { type: "resolved", stage: "stage-1", on: "2026-11-04" },
    ],
  };
  // Q: raised Monday 2 November 2026, no written concerns: Stage 1 has no due
  // date. Stage 2 had to be entered within 10 working days, by Monday 16th (3,
  // 4, 5, 6, 9, 10, 11, 12, 13, 16); entered Wednesday 18th, late. Stage 1
  // took 12 working days (3-6, 9-13, 16-18). Stage 2 has no limit.
  const Q: Case = { policy: "mid-and-west-wales", raisedOn: "2026-11-02", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-11-18" }] };
  const november = { from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-30" };

  it("counts an escalation late by its own time though the stage before had no due date to overrun", () => {
    const report = monitoringReport(policy, [P, Q], november);
    expect(report.escalations).toEqual({ made: 1, late: 1 });
    // Neither stage that ended was late: P's on time, Q's had no limit.
    expect(report.stages[0]).toMatchObject({ reached: 2, resolved: 1, ended: 2, endedLate: 0 });
  });

  it("takes the allowed days only from the stages that had a due date", () => {
    const report = monitoringReport(policy, [P, Q], november);
    // Days taken [2, 12]: the median the 1st (2), the 90th percentile the 2nd (12).
    // Allowed: only P's Stage 1 had a due date, 5 working days on.
    expect(report.stages[0]).toMatchObject({ workingDays: { count: 2, median: 2, p90: 12 }, allowedWorkingDays: 5 });
    // Only P's Stage 1 had a time limit of any kind: on time.
    expect(report.quarters).toEqual([{ from: "2026-11-01", to: "2026-11-30", onTime: 1, late: 0 }]);
  });

  it("logs Q's stages: Stage 1 with no limit, Stage 2 late though it has no due date", () => {
    const rows = escalationLog(policy, [Q], "2026-11-30").rows;
    // Stage 2 open from Wednesday 18th to Monday 30th: 19, 20, 23-27, 30: 8 working days.
    expect(rows.map((row) => [row.stage, row.escalateBy, row.enteredOnTime, row.due, row.end, row.onTime, row.timing, row.workingDays])).toEqual([
      ["stage-1", null, null, null, "escalated", null, "no-limit", 12],
      ["stage-2", "2026-11-16", false, null, "open", null, "late", 8],
    ]);
  });
});
