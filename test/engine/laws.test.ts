// Laws of the deadline engine, over every bundled policy, random policies,
// random cases and random dates (arbitraries from safeguarding-escalation/testing).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  assess,
  createCalendar,
  InvalidCaseError,
  isWorkingDay,
  parseCase,
  parsePolicy,
  schedule,
  type AssessmentState,
  type Case,
  type Policy,
} from "../../src/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";
import { runs } from "../propertyRuns.js";

const anyPolicy = fc.oneof(bundledPolicies(), policyDefinitions());
const withCase = anyPolicy.chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy)));
// Policies with a time to escalate into some stage, and their cases, parsed once.
const withEscalateBy = anyPolicy
  .filter((policy) => policy.stages.some((stage) => stage.escalateBy !== undefined))
  .chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy).map(({ record, asOf }) => ({ record: parsed(policy, record), asOf }))));
function parsed(policy: Policy, record: Case): Case {
  const result = parseCase(record, policy);
  if (!result.success) throw new Error(`casesFor gave a case parseCase refuses: ${JSON.stringify(result.errors)}`);
  return result.case;
}
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
        const first = assess(policy, record, asOf, { dueSoonDays, explain: false });
        // A clock still stopped moves the due date on day by day, by design.
        const stopped = record.events.reduce((still, event) => (event.type === "clock-stopped" ? true : event.type === "clock-restarted" ? false : still), false);
        fc.pre(first.due !== null && first.state !== "resolved" && !stopped);
        const calendar = calendarOf(policy);
        let previous = -1;
        for (let offset = 0; offset <= 25; offset++) {
          const day = addCalendarDays(asOf, offset);
          const result = assess(policy, record, day, { dueSoonDays, explain: false });
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
      { numRuns: runs(60) },
    );
  });

  it("names a real stage or the final body in escalateTo, and requires it when overdue", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const result = assess(policy, record, asOf, { explain: false });
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
        const before = assess(policy, prefix, asOf, { explain: false });
        const after = assess(policy, record, asOf, { explain: false });
        for (const stage of before.history.filter((entry) => entry.completed !== null)) {
          expect(after.history.find((entry) => entry.id === stage.id)?.due).toBe(stage.due);
        }
      }),
    );
  });

  it("an escalation made by its escalate-by date is never overdue", () => {
    fc.assert(
      fc.property(withEscalateBy, fc.nat({ max: 30 }), fc.nat({ max: 30 }), ([policy, { record, asOf }], back, later) => {
        const before = assess(policy, record, asOf, { explain: false });
        const target = before.escalateTo?.stage;
        const by = before.escalateTo?.by;
        // Only an escalate-by deadline (a route's time is checked by its own duty).
        fc.pre(target !== undefined && target !== null && by !== null && by !== undefined && before.escalateTo?.limit !== null && policy.stages.find((stage) => stage.id === target.id)?.escalateBy !== undefined);
        const last = record.events.at(-1)?.on ?? record.raisedOn;
        const on = addCalendarDays(by as string, -back);
        fc.pre(on >= last && on >= record.raisedOn);
        const entered: Case = { ...record, events: [...record.events, { type: "stage-entered", stage: target.id, on }] };
        const after = assess(policy, entered, addCalendarDays(on, later), { explain: false });
        expect(after.stage.id).toBe(target.id);
        expect(after.history.at(-1)).toMatchObject({ id: target.id, enteredOnTime: true });
      }),
      { numRuns: runs(100) },
    );
  }, 20_000);

  it("gives the same assessment for a case object and its JSON round trip", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        expect(assess(policy, JSON.parse(JSON.stringify(record)) as Case, asOf)).toEqual(assess(policy, record, asOf));
      }),
      { numRuns: runs(50) },
    );
  });

  it("refuses with InvalidCaseError every object that parseCase refuses", () => {
    // Valid cases with one thing broken: a key renamed, a value replaced, an event changed.
    const broken = withCase.chain(([policy, { record, asOf }]) =>
      fc
        .record({
          path: fc.constantFrom("policy", "raisedOn", "subject", "flags", "events", "riskDeadline", "extra", "event-type", "event-stage", "event-on", "event-extra"),
          value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant("2026-02-30"), fc.constant(["no-such-flag"]), fc.constantFrom("adults", "stage-9", "resolve")),
        })
        .map(({ path, value }) => {
          const copy = structuredClone(record) as unknown as Record<string, unknown>;
          const events = structuredClone(record.events) as unknown as Record<string, unknown>[];
          const event = events[0] ?? (events[0] = { type: "stage-entered", stage: "x", on: record.raisedOn });
          copy.events = events;
          if (path === "extra") copy.flag = value;
          else if (path.startsWith("event-")) event[path === "event-extra" ? "note" : path.slice("event-".length)] = value;
          else copy[path] = value;
          return [policy, copy, asOf] as const;
        }),
    );
    fc.assert(
      fc.property(broken, ([policy, input, asOf]) => {
        fc.pre(!parseCase(input, policy).success);
        expect(() => assess(policy, input as unknown as Case, asOf)).toThrow(InvalidCaseError);
      }),
      { numRuns: runs(300) },
    );
  });

  it("never changes its inputs", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const before = structuredClone(record);
        assess(policy, record, asOf);
        expect(record).toEqual(before);
      }),
      { numRuns: runs(30) },
    );
  });

  it("returns plain JSON data", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const result = assess(policy, record, asOf);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: runs(30) },
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

  it("puts every date set by a working-day limit on a working day: stages, escalations, steps, duties, routes", () => {
    type Amount = { readonly workingDays?: number | undefined; readonly immediately?: true | undefined };
    const byWorkingDays = (limit: Amount | null | undefined) => limit?.workingDays !== undefined || limit?.immediately === true;
    fc.assert(
      fc.property(anyPolicy, raisedOn, fc.subarray(["immediate-risk", "no-resolution-in-prospect", "raises-policy-issues", "safeguarding-concern"] as const), (policy, date, flags) => {
        const calendar = calendarOf(policy);
        const plan = schedule(policy, { raisedOn: date, flags });
        const dated: [string | null, Amount | null | undefined][] = [];
        for (const stage of plan.stages) {
          const source = policy.stages.find((candidate) => candidate.id === stage.id);
          dated.push([stage.due, source?.limit], [stage.escalateBy, source?.escalateBy]);
          for (const step of stage.steps) dated.push([step.due, step.limit]);
          for (const duty of stage.duties) dated.push([duty.due, duty.limit]);
        }
        for (const duty of plan.duties) dated.push([duty.due, duty.limit]);
        for (const route of plan.routes) dated.push([route.due, route.limit]);
        for (const [due, limit] of dated) if (due !== null && byWorkingDays(limit)) expect(isWorkingDay(due, calendar), `${due} (${JSON.stringify(limit)})`).toBe(true);
      }),
    );
  });

  it("a risk deadline never makes a due date later, and gives one only through itself", () => {
    fc.assert(
      fc.property(anyPolicy, raisedOn, fc.integer({ min: 0, max: 60 }), (policy, date, days) => {
        const riskDeadline = addCalendarDays(date, days);
        const plain = schedule(policy, { raisedOn: date });
        const capped = schedule(policy, { raisedOn: date, riskDeadline });
        plain.stages.forEach((stage, position) => {
          const other = capped.stages[position];
          if (stage.due !== null && other?.due !== null && other?.due !== undefined) expect(other.due <= stage.due).toBe(true);
          // Where the policy alone gives no date, only the risk deadline can: a limit capped "whichever is
          // less" is due by it whenever it starts, and a stage after it runs from that.
          if (stage.due === null && other?.due !== null) expect(capped.stages.slice(0, position + 1).some((earlier) => earlier.governedBy === "risk-deadline" && earlier.due === riskDeadline)).toBe(true);
        });
      }),
    );
  });

  it("is the running sum of the limits for ladders whose limits run from the previous stage", () => {
    // Ladders of working-day limits, each from the completion of the stage before.
    const source = { section: "law", quote: "law" };
    const chained = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }).map((amounts) => {
      const parsed = parsePolicy({
        id: "chained",
        title: "Chained",
        issuer: "Law",
        jurisdiction: "england-and-wales",
        subjects: ["adults"],
        document: { title: "Law" },
        roles: [{ id: "practitioner", kind: "practitioner", title: "Practitioner" }],
        stages: amounts.map((workingDays, position) => ({
          id: `stage-${position + 1}`,
          number: position + 1,
          title: `Stage ${position + 1}`,
          actors: { raising: ["practitioner"], receiving: ["practitioner"] },
          limit: { workingDays, from: position === 0 ? { raised: true } : { completionOf: `stage-${position}` }, source },
          source,
        })),
      });
      return { amounts, policy: (parsed.success ? parsed.policy : undefined) as Policy };
    });
    fc.assert(
      fc.property(chained, raisedOn, ({ amounts, policy }, date) => {
        let sum = 0;
        for (const [position, stage] of schedule(policy, { raisedOn: date }).stages.entries()) {
          sum += amounts[position] ?? 0;
          expect(stage.due).toBe(addWorkingDays(date, sum, england));
        }
      }),
    );
  });

  it("leaves open every stage after one without a limit, never inventing a date (where no limit is shared)", () => {
    fc.assert(
      fc.property(anyPolicy, raisedOn, (policy, date) => {
        fc.pre(policy.sharedLimits === undefined);
        const stages = schedule(policy, { raisedOn: date }).stages;
        const open = policy.stages.findIndex((stage) => stage.limit === null);
        fc.pre(open >= 0);
        expect(stages[open]?.due).toBeNull();
        for (const stage of stages.slice(open + 1)) expect(stage.due).toBeNull();
      }),
    );
  });
});
