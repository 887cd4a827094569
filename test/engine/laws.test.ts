// Laws of the deadline engine, over every bundled policy, random policies,
// random cases and random dates (arbitraries from safeguarding-escalation/testing).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  assess,
  createCalendar,
  isWorkingDay,
  parseCase,
  schedule,
  type AssessmentState,
  type Case,
  type Policy,
} from "../../src/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";

const anyPolicy = fc.oneof(bundledPolicies(), policyDefinitions());
const withCase = anyPolicy.chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy)));
const england = createCalendar({ jurisdiction: "england-and-wales" });
const calendarOf = (policy: Policy) => createCalendar({ jurisdiction: policy.jurisdiction });

const RANK: Record<AssessmentState, number> = { "on-track": 0, "due-soon": 1, "due-today": 2, overdue: 3, "no-time-limit": -1, resolved: -1 };

describe("assess", () => {
  it("never throws on a case that parseCase accepts", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const parsed = parseCase(record, policy);
        expect(parsed.success ? [] : parsed.errors).toEqual([]);
        if (parsed.success) assess(policy, parsed.case, asOf);
      }),
    );
  });

  it("moves on-track → due-soon → due-today → overdue exactly at the due date as asOf advances", () => {
    fc.assert(
      fc.property(withCase, fc.integer({ min: 1, max: 3 }), ([policy, { record, asOf }], dueSoonDays) => {
        const first = assess(policy, record, asOf, undefined, { dueSoonDays, explain: false });
        fc.pre(first.due !== null && first.state !== "resolved");
        const calendar = calendarOf(policy);
        let previous = -1;
        for (let offset = 0; offset <= 25; offset++) {
          const day = addCalendarDays(asOf, offset);
          const result = assess(policy, record, day, undefined, { dueSoonDays, explain: false });
          expect(result.due).toBe(first.due);
          const due = first.due as string;
          expect(result.state === "due-today").toBe(day === due);
          expect(result.state === "overdue").toBe(day > due);
          if (day < due) expect(result.state).toBe(result.workingDaysLeft !== null && result.workingDaysLeft <= dueSoonDays ? "due-soon" : "on-track");
          if (result.state === "overdue") expect(result.workingDaysOverdue).toBe(countAfter(due, day, calendar));
          expect(RANK[result.state]).toBeGreaterThanOrEqual(previous);
          previous = RANK[result.state];
        }
      }),
      { numRuns: 60 },
    );
  });

  it("names a real stage or the final body in escalateTo, and requires it when overdue", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const result = assess(policy, record, asOf, undefined, { explain: false });
        if (result.escalateTo === null) return;
        if (result.escalateTo.stage === null) expect(result.escalateTo.final?.body.id).toBe(policy.final?.body);
        else expect(policy.stages.map((stage) => stage.id)).toContain(result.escalateTo.stage.id);
        if (result.state === "overdue") expect(result.escalateTo.requiredNow).toBe(true);
      }),
    );
  });

  it("adding a later event never moves an earlier stage's due date", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        fc.pre(record.events.length > 0);
        const prefix: Case = { ...record, events: record.events.slice(0, -1) };
        const before = assess(policy, prefix, asOf, undefined, { explain: false });
        const after = assess(policy, record, asOf, undefined, { explain: false });
        for (const stage of before.history.filter((entry) => entry.completed !== null)) {
          expect(after.history.find((entry) => entry.id === stage.id)?.due).toBe(stage.due);
        }
      }),
    );
  });

  it("never changes its inputs", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const before = structuredClone(record);
        assess(policy, record, asOf);
        expect(record).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it("returns plain JSON data", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const result = assess(policy, record, asOf);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 30 },
    );
  });
});

/** Working days in (due, day], by walking: an independent count. */
function countAfter(due: string, day: string, calendar: ReturnType<typeof createCalendar>): number {
  let count = 0;
  for (let cursor = addCalendarDays(due, 1); cursor <= day; cursor = addCalendarDays(cursor, 1)) if (isWorkingDay(cursor, calendar)) count++;
  return count;
}

describe("schedule", () => {
  const raisedOn = fc.integer({ min: 0, max: 90 * 365 }).map((days) => addCalendarDays("2001-01-01", days));

  it("puts every working-day due date on a working day", () => {
    fc.assert(
      fc.property(anyPolicy, raisedOn, (policy, date) => {
        const calendar = calendarOf(policy);
        for (const stage of schedule(policy, { raisedOn: date }).stages) {
          const limit = policy.stages.find((candidate) => candidate.id === stage.id)?.limit;
          if (stage.due !== null && (limit?.workingDays !== undefined || limit?.immediately === true)) expect(isWorkingDay(stage.due, calendar)).toBe(true);
        }
      }),
    );
  });

  it("a risk deadline never makes a due date later", () => {
    fc.assert(
      fc.property(anyPolicy, raisedOn, fc.integer({ min: 0, max: 60 }), (policy, date, days) => {
        const plain = schedule(policy, { raisedOn: date });
        const capped = schedule(policy, { raisedOn: date, riskDeadline: addCalendarDays(date, days) });
        plain.stages.forEach((stage, position) => {
          const other = capped.stages[position]?.due;
          if (stage.due !== null && other !== null && other !== undefined) expect(other <= stage.due).toBe(true);
          if (stage.due === null) expect(other).toBeNull();
        });
      }),
    );
  });

  it("is the running sum of the limits for ladders whose limits run from the previous stage", () => {
    const chained = (policy: Policy) =>
      policy.stages.every((stage, position) => stage.limit?.workingDays !== undefined && ("raised" in stage.limit.from ? position === 0 : "completionOf" in stage.limit.from && stage.limit.from.completionOf === policy.stages[position - 1]?.id) && stage.limit.whicheverIsLess !== true);
    fc.assert(
      fc.property(anyPolicy, raisedOn, (policy, date) => {
        fc.pre(chained(policy));
        let sum = 0;
        for (const [position, stage] of schedule(policy, { raisedOn: date }).stages.entries()) {
          sum += policy.stages[position]?.limit?.workingDays ?? 0;
          expect(stage.due).toBe(addWorkingDays(date, sum, england));
        }
      }),
    );
  });

  it("leaves open every stage after one without a limit, never inventing a date", () => {
    fc.assert(
      fc.property(anyPolicy, raisedOn, (policy, date) => {
        const stages = schedule(policy, { raisedOn: date }).stages;
        const open = policy.stages.findIndex((stage) => stage.limit === null);
        fc.pre(open >= 0);
        expect(stages[open]?.due).toBeNull();
        for (const stage of stages.slice(open + 1)) expect(stage.due).toBeNull();
      }),
    );
  });
});
