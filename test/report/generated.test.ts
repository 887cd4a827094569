// The figures on generated cases, against a recomputation written the plain
// way: each case assessed, its history walked with loops, dates compared as
// ISO strings, percentiles found by counting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, CASE_FLAGS, createCalendar, workingDaysBetween, type Case, type CaseEvent, type CaseFlag, type Policy } from "../../src/index.js";
import { escalationLog, monitoringReport, type MonitoringReport } from "../../src/report/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";

const between = (date: string | null, first: string, last: string): date is string => date !== null && date >= first && date <= last;

/** The smallest value that at least `percent` of the values are at or below. */
const percentile = (values: number[], percent: number): number => Math.min(...values.filter((value) => values.filter((other) => other <= value).length * 100 >= percent * values.length));

/** Calendar quarters touching [from, to], cut to it, by walking month starts with Date. */
function quarters(from: string, to: string): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  const start = new Date(`${from}T00:00:00Z`);
  let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % 3), 1));
  while (month.toISOString().slice(0, 10) <= to) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 3, 1));
    const first = month.toISOString().slice(0, 10);
    const last = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
    found.push({ from: first < from ? from : first, to: last > to ? to : last });
    month = next;
  }
  return found;
}

function recompute(policy: Policy, records: readonly Case[], from: string, to: string, asOf: string) {
  const calendar = createCalendar({ jurisdiction: policy.jurisdiction });
  let cases = 0, begun = 0, resolved = 0, openAtEnd = 0, overdueNow = 0, made = 0, lateEscalations = 0; // prettier-ignore
  const stages = policy.stages.map((stage) => ({ id: stage.id, reached: 0, resolved: 0, ended: 0, endedLate: 0, days: [] as number[], allowed: [] as number[] }));
  const ended: { on: string; timed: boolean; late: boolean }[] = [];
  const flags = new Map<string, number>();
  for (const record of records) {
    const assessment = assess(policy, record, asOf, { calendar });
    const resolvedOn = record.events.find((event) => event.type === "resolved")?.on ?? null;
    if (record.raisedOn > to || (resolvedOn !== null && resolvedOn < from)) continue;
    cases++;
    if (between(record.raisedOn, from, to)) begun++;
    if (between(resolvedOn, from, to)) resolved++;
    if (resolvedOn === null || resolvedOn > to) openAtEnd++;
    if (assessment.state === "overdue") overdueNow++;
    const seen = new Set<string>(record.flags ?? []);
    for (const event of record.events) if (event.type === "flagged" && event.on <= to) seen.add(event.flag);
    for (const flag of seen) flags.set(flag, (flags.get(flag) ?? 0) + 1);
    assessment.history.forEach((stage, k) => {
      const figures = stages.find((candidate) => candidate.id === stage.id);
      if (figures === undefined) throw new Error(`no stage ${stage.id}`);
      const late = stage.enteredOnTime === false || stage.onTime === false;
      if (stage.start <= to) figures.reached++;
      if (k > 0 && between(stage.start, from, to)) {
        made++;
        if (stage.enteredOnTime === false || assessment.history[k - 1]?.onTime === false) lateEscalations++;
      }
      if (!between(stage.completed, from, to)) return;
      figures.ended++;
      if (late) figures.endedLate++;
      if (k === assessment.history.length - 1 && assessment.state === "resolved") figures.resolved++;
      figures.days.push(workingDaysBetween(stage.start, stage.completed, calendar));
      if (stage.due !== null) figures.allowed.push(workingDaysBetween(stage.start, stage.due, calendar));
      ended.push({ on: stage.completed, timed: stage.due !== null || stage.escalateBy !== null, late });
    });
  }
  return {
    cases, begun, resolved, openAtEnd, overdueNow, // prettier-ignore
    escalations: { made, late: lateEscalations },
    stages: stages.map(({ days, allowed, ...figures }) => ({
      ...figures,
      workingDays: days.length === 0 ? null : { count: days.length, median: percentile(days, 50), p90: percentile(days, 90) },
      allowedWorkingDays: allowed.length === 0 ? null : percentile(allowed, 50),
    })),
    quarters: quarters(from, to).map((quarter) => {
      const timed = ended.filter((stage) => stage.timed && between(stage.on, quarter.from, quarter.to));
      return { ...quarter, onTime: timed.filter((stage) => !stage.late).length, late: timed.filter((stage) => stage.late).length };
    }),
    // In the vocabulary's order.
    flags: [...flags].sort(([a], [b]) => CASE_FLAGS.indexOf(a as CaseFlag) - CASE_FLAGS.indexOf(b as CaseFlag)).map(([flag, count]) => ({ flag, cases: count })),
  };
}

/** A policy, some of its cases, a period and a report date on or after every case's own and the period's end. */
const scenario = fc.oneof(bundledPolicies(), policyDefinitions()).chain((policy) =>
  fc.record({
    policy: fc.constant(policy),
    cases: fc.array(casesFor(policy, { from: "2026-01-01", to: "2027-06-30" }), { maxLength: 10 }),
    start: fc.integer({ min: 0, max: 600 }),
    length: fc.integer({ min: 0, max: 400 }),
    extra: fc.integer({ min: 0, max: 30 }),
  }),
);

const day = (offset: number) => new Date(Date.UTC(2025, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function setUp({ policy, cases, start, length, extra }: Scenario) {
  const from = day(start);
  const to = day(start + length);
  const latest = [to, ...cases.map((generated) => generated.asOf)].sort().at(-1) as string;
  const asOf = new Date(Date.parse(`${latest}T00:00:00Z`) + extra * 86_400_000).toISOString().slice(0, 10);
  return { policy, records: cases.map((generated) => generated.record), from, to, asOf };
}

describe("monitoringReport on generated cases", () => {
  it("agrees with a plain recomputation of every figure", () => {
    fc.assert(
      fc.property(scenario, (drawn) => {
        const { policy, records, from, to, asOf } = setUp(drawn);
        const report: MonitoringReport = monitoringReport(policy, records, { from, to, asOf });
        const expected = recompute(policy, records, from, to, asOf);
        expect(report).toMatchObject(expected);
        expect(report.stages.map((stage) => stage.id)).toEqual(policy.stages.map((stage) => stage.id));
        // The figures hold together.
        expect(report.stages.reduce((n, stage) => n + stage.resolved, 0)).toBe(report.resolved);
        expect(report.quarters.reduce((n, quarter) => n + quarter.onTime + quarter.late, 0)).toBeLessThanOrEqual(report.stages.reduce((n, stage) => n + stage.ended, 0));
      }),
      { numRuns: 60 },
    );
  });
});

describe("escalationLog on generated cases", () => {
  it("has a row per stage of every case's history, counted as assess dates it, with the text its events carry", () => {
    fc.assert(
      fc.property(scenario, (drawn) => {
        const { policy, records, asOf } = setUp(drawn);
        // Name whom each stage was raised with, and record every outcome, so that the log has text to carry.
        const told = records.map((record, c): Case => ({
          ...record,
          events: record.events.map((event): CaseEvent =>
            event.type === "stage-entered" ? { ...event, raisedWith: `role ${c}/${event.stage}`, outcome: `left for ${event.stage}` }
            : event.type === "resolved" ? { ...event, outcome: `agreed at ${event.stage}` }
            : event, // prettier-ignore
          ),
        }));
        const calendar = createCalendar({ jurisdiction: policy.jurisdiction });
        const log = escalationLog(policy, told.map((record, c) => ({ id: `case-${c}`, case: record })), asOf);
        const expected = told.flatMap((record, c) => {
          const { history, state } = assess(policy, record, asOf);
          return history.map((stage, k) => {
            const entered = record.events.find((event) => event.type === "stage-entered" && event.stage === stage.id);
            const next = history[k + 1];
            const last = k === history.length - 1;
            return {
              case: c + 1,
              id: `case-${c}`,
              stage: stage.id,
              start: stage.start,
              raisedWith: entered === undefined ? policy.stages.find((s) => s.id === stage.id)?.actors.receiving.map((role) => policy.roles.find((r) => r.id === role)?.title) : [`role ${c}/${stage.id}`],
              due: stage.due,
              ended: stage.completed,
              end: stage.completed === null ? "open" : last && state === "resolved" ? "resolved" : "escalated",
              workingDays: workingDaysBetween(stage.start, stage.completed ?? asOf, calendar),
              outcome: last ? (state === "resolved" ? `agreed at ${stage.id}` : null) : `left for ${next?.id}`,
            };
          });
        });
        expect(log.rows).toMatchObject(expected);
        expect(log.rows).toHaveLength(expected.length);
        const bare = escalationLog(policy, told, asOf, { freeText: "omit" });
        expect(bare.rows.every((row) => row.outcome === null && (row.raisedWithFrom === "policy" || row.raisedWith === null))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
