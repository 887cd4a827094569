// The report's figures and log on Swindon cases worked by hand (swindonCases.ts
// gives each case's dates and how they were counted).
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidCaseError, InvalidOptionsError, parseCase, type Case } from "../../src/index.js";
import { escalationLog, monitoringReport } from "../../src/report/index.js";
import { A, B, C, cases, period, swindon } from "./swindonCases.js";

describe("monitoringReport, worked by hand", () => {
  const report = monitoringReport(swindon, cases, period);

  it("counts the cases of the period: begun, resolved, open at its end, overdue now", () => {
    // A, B, C, D and G: E was resolved before 1 September, F raised after 31 December.
    expect(report.cases).toBe(5);
    expect(report.begun).toBe(4); // A, B, C, G; D arose in August
    expect(report.resolved).toBe(2); // A (16 September), B (11 November)
    expect(report.openAtEnd).toBe(3); // C, D, G
    expect(report.overdueNow).toBe(1); // D; C's Stage 3 is due 14 January, G's Stage 5 has no limit
  });

  it("counts escalations made in the period, and the late one", () => {
    // B 1→2 on 5 November (Stage 1 overran: late), C 1→2 on 21 December, G 1→5 on 6 October.
    expect(report.escalations).toEqual({ made: 3, late: 1 });
  });

  it("gives each stage its figures", () => {
    const [one, two, three, four, five] = report.stages;
    // Stage 1: all five reached it; ended in the period A (1 day), G (0), B (3, late), C (2).
    // Nearest rank of [0, 1, 2, 3]: the median is the 2nd (1), the 90th percentile the 4th (3).
    // Each was allowed 2 working days.
    expect(one).toEqual({ id: "stage-1", number: 1, title: "Internal Discussion", limit: "within 2 working days of the disagreement arising", reached: 5, resolved: 1, ended: 4, endedLate: 1, workingDays: { count: 4, median: 1, p90: 3 }, allowedWorkingDays: 2 });
    // Stage 2: B (from 5 November) and C (from 21 December) reached it; only B's ended in the period: 4 of its 5 days.
    expect(two).toMatchObject({ reached: 2, resolved: 1, ended: 1, endedLate: 0, workingDays: { count: 1, median: 4, p90: 4 }, allowedWorkingDays: 5 });
    // C entered Stage 3 only in January; none went through Stage 4.
    expect(three).toMatchObject({ reached: 0, ended: 0, workingDays: null, allowedWorkingDays: null });
    expect(four).toMatchObject({ reached: 0, ended: 0, workingDays: null });
    expect(five).toMatchObject({ reached: 1, resolved: 0, ended: 0, limit: null, workingDays: null });
  });

  it("splits the stages with a limit that ended into the quarters, on time and late", () => {
    // September (the part of Q3 in the period): A's Stage 1. Q4: G's Stage 1, B's Stage 1 (late) and Stage 2, C's Stage 1.
    expect(report.quarters).toEqual([
      { from: "2026-09-01", to: "2026-09-30", onTime: 1, late: 0 },
      { from: "2026-10-01", to: "2026-12-31", onTime: 3, late: 1 },
    ]);
  });

  it("lists the flags seen by the period's end, in the vocabulary's order", () => {
    // C's polarised-views came on 6 January, after the period.
    expect(report.flags).toEqual([
      { flag: "immediate-risk", cases: 1 },
      { flag: "no-resolution-in-prospect", cases: 1 },
      { flag: "time-pressure", cases: 1 },
    ]);
  });

  it("says which policy and period it is about", () => {
    expect(report).toMatchObject({ policy: { id: "swindon", issuer: "Swindon Safeguarding Partnership" }, from: "2026-09-01", to: "2026-12-31", asOf: "2027-01-08" });
  });
});

describe("escalationLog, worked by hand", () => {
  const log = escalationLog(swindon, cases, "2027-01-08");
  const rows = (id: string) => log.rows.filter((row) => row.id === id);

  it("has a row per stage each case went through, in order", () => {
    expect(log.rows.map((row) => `${row.id}:${row.stageNumber}`)).toEqual(["A:1", "B:1", "B:2", "C:1", "C:2", "C:3", "D:1", "E:1", "F:1", "G:1", "G:5"]);
    expect(log.rows.map((row) => row.case)).toEqual([1, 2, 2, 3, 3, 3, 4, 5, 6, 7, 7]);
  });

  it("gives B's start dates, whom it was raised with, outcomes, time taken, and on time or late", () => {
    const [first, second] = rows("B");
    expect(first).toEqual({
      case: 2,
      id: "B",
      stage: "stage-1",
      stageNumber: 1,
      stageTitle: "Internal Discussion",
      start: "2026-11-02",
      // Nobody named by the case: the stage's receiving roles.
      raisedWith: ["Line manager", "Safeguarding Lead (safeguarding designate) of the organisation"],
      raisedWithFrom: "policy",
      escalateBy: null,
      enteredOnTime: null,
      due: "2026-11-04",
      ended: "2026-11-05",
      end: "escalated",
      onTime: false,
      timing: "late",
      workingDays: 3,
      // Recorded on the stage-entered event that ended Stage 1.
      outcome: "No agreement between the practitioners",
    });
    expect(second).toMatchObject({ start: "2026-11-05", raisedWith: ["Hospital social work team"], raisedWithFrom: "case", due: "2026-11-12", ended: "2026-11-11", end: "resolved", onTime: true, timing: "on-time", workingDays: 4, outcome: "Plan agreed" });
  });

  it("counts open stages to the log's date and marks them open or late", () => {
    // C's Stage 2 took 10 working days and ended after its due date; Stage 3 began on 7 January: 1 working day (8th).
    expect(rows("C").map((row) => [row.end, row.timing, row.workingDays])).toEqual([["escalated", "on-time", 2], ["escalated", "late", 10], ["open", "open", 1]]);
    expect(rows("D")[0]).toMatchObject({ end: "open", timing: "late", ended: null, onTime: null, workingDays: 97 });
    // G: Stage 1 ends the day it began; Stage 5 entered by its escalate-by date (13 October) and has no limit of its own.
    // Open since Tuesday 6 October: Wed 7 to Fri 9 October (3), the 13 whole weeks from Monday 12 October
    // to Sunday 10 January (65), less 25 and 28 December and 1 January: 65 working days.
    expect(rows("G").map((row) => [row.stage, row.workingDays, row.escalateBy, row.enteredOnTime, row.timing])).toEqual([["stage-1", 0, null, null, "on-time"], ["stage-5", 65, "2026-10-13", true, "on-time"]]);
  });

  it("drops the text the cases carry when asked, and only that", () => {
    const bare = escalationLog(swindon, cases, "2027-01-08", { freeText: "omit" });
    expect(bare.freeText).toBe("omit");
    expect(bare.rows.map((row) => row.outcome)).toEqual(bare.rows.map(() => null));
    const [first, second] = bare.rows.filter((row) => row.id === "B");
    expect(first?.raisedWith).toEqual(["Line manager", "Safeguarding Lead (safeguarding designate) of the organisation"]); // the policy's words stay
    expect(second).toMatchObject({ raisedWith: null, raisedWithFrom: "case" }); // the case's words go
    const strip = (row: object) => ({ ...row, outcome: null, raisedWith: null });
    expect(bare.rows.map(strip)).toEqual(log.rows.map(strip));
  });

  it("takes plain case records and cases parseCase made, leaving them as they were", () => {
    const parsed = parseCase(B, swindon);
    if (!parsed.success) throw new Error("B is valid");
    const before = structuredClone(B);
    const plain = escalationLog(swindon, [B, parsed.case], "2027-01-08");
    expect(B).toEqual(before);
    expect(plain.rows.map((row) => [row.case, row.id, row.stage])).toEqual([[1, null, "stage-1"], [1, null, "stage-2"], [2, null, "stage-1"], [2, null, "stage-2"]]);
  });
});

describe("the examples in the documentation", () => {
  it("escalationLog's: Stage 1 took 2 working days (24 and 29 December; 25 and 28 off), Stage 2 4 (30 and 31 December, 4 and 5 January; 1 January off)", () => {
    const log = escalationLog(swindon, [{ id: "A-17", case: { policy: "swindon", raisedOn: "2026-12-23", events: [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29", outcome: "No agreement" },
      { type: "resolved", stage: "stage-2", on: "2027-01-05", outcome: "Plan agreed" },
    ] } }], "2027-01-06"); // prettier-ignore
    expect(log.rows.map((row) => [row.stage, row.start, row.end, row.timing, row.workingDays, row.outcome])).toEqual([
      ["stage-1", "2026-12-23", "escalated", "on-time", 2, "No agreement"],
      ["stage-2", "2026-12-29", "resolved", "on-time", 4, "Plan agreed"],
    ]);
  });
});

describe("refusals", () => {
  it("refuses a case that is not valid, saying where in the list", () => {
    const late: Case = { ...B, events: [...B.events, { type: "resolved", stage: "stage-2", on: "2026-11-12" }] };
    const error = (() => {
      try {
        escalationLog(swindon, [A, { id: "X", case: late }], "2027-01-08");
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidCaseError);
    expect((error as InvalidCaseError).issues[0]?.path).toEqual(["cases", 1, "case", "events", 3]);
    expect((error as Error).message).toMatch(/cases\[1\]\.case\.events\[3\]: The case was already resolved/);
  });

  it("words a refused case in the language asked for, placed in the list as in English", () => {
    // The case checks' refusal (a resolved case resolved again) and assess's (an event after the log's date), in Welsh.
    const late: Case = { ...B, events: [...B.events, { type: "resolved", stage: "stage-2", on: "2026-11-12" }] };
    expect(() => escalationLog(swindon, [A, { id: "X", case: late }], "2027-01-08", { lang: "cy" })).toThrow(
      "Nid yw'r achos yn ddilys: cases[1].case.events[3]: Roedd yr achos wedi'i ddatrys eisoes: ni ellir ei ddatrys eto.",
    );
    expect(() => monitoringReport(swindon, [A, { id: "X", case: late }], { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08", lang: "cy" })).toThrow(
      "Nid yw'r achos yn ddilys: cases[1].case.events[3]: Roedd yr achos wedi'i ddatrys eisoes: ni ellir ei ddatrys eto.",
    );
    expect(() => escalationLog(swindon, [C], "2027-01-06", { lang: "cy" })).toThrow(/^Nid yw'r achos yn ddilys: cases\[0\]\.events\[\d+\]\.on: Mae'r digwyddiad hwn \(\d{4}-\d\d-\d\d\) ar ôl dyddiad yr asesiad, 2027-01-06\.$/);
    expect(() => escalationLog(swindon, [C], "2027-01-06", { lang: "fr" as "cy" })).toThrow(InvalidOptionsError);
  });

  it("refuses an outcome on entering the stage a case starts at: it ends no stage", () => {
    const record = { policy: "swindon", raisedOn: "2026-11-02", events: [{ type: "stage-entered", stage: "stage-1", on: "2026-11-02", outcome: "Raised" }] };
    expect(() => escalationLog(swindon, [record as Case], "2026-11-03")).toThrow(/cases\[0\]\.events\[0\]\.outcome: Entering Stage 1 ends no earlier stage/);
  });

  it("refuses events after the date of the log or report, a period out of order or past it, and unknown options", () => {
    expect(() => escalationLog(swindon, [C], "2027-01-06")).toThrow(InvalidCaseError);
    expect(() => monitoringReport(swindon, [], { from: "2026-12-31", to: "2026-09-01", asOf: "2027-01-08" })).toThrow(InvalidOptionsError);
    expect(() => monitoringReport(swindon, [], { from: "2026-09-01", to: "2027-01-09", asOf: "2027-01-08" })).toThrow(/after the report's date 2027-01-08/);
    expect(() => escalationLog(swindon, [], "2027-01-08", { freeText: "none" as "omit" })).toThrow(InvalidOptionsError);
    expect(() => escalationLog(swindon, [], "2027-01-08", { language: "cy" } as object)).toThrow(InvalidOptionsError);
    expect(() => escalationLog(swindon, { length: 1 } as unknown as Case[], "2027-01-08")).toThrow(InvalidArgumentError);
    expect(() => escalationLog(swindon, [{ id: "", case: A }], "2027-01-08")).toThrow(/cases\[0\]\.id must be a text of 1 to 200 characters/);
  });
});
