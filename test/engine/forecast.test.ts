// forecast: the deadlines still ahead of a case. Held to assess (for where the case
// stands) and to schedule (for a case with nothing recorded) by laws over the /testing
// arbitraries; hand-worked Swindon examples. England and Wales: 25 and 28 December 2026
// and 1 January 2027 are bank holidays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, assess, createCalendar, forecast, InvalidCaseError, InvalidOptionsError, policies, schedule, type Case, type ForecastDeadline } from "../../src/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";
import { acceptedCase } from "./helpers.js";
import { runs } from "../propertyRuns.js";

const anyPolicy = fc.oneof(bundledPolicies(), policyDefinitions());
const withCase = anyPolicy.chain((policy) => fc.tuple(fc.constant(policy), casesFor(policy).map(({ record, asOf }) => ({ record: acceptedCase(policy, record), asOf }))));
const dated = (deadline: ForecastDeadline) => `${deadline.kind} ${deadline.id} ${deadline.due}`;

describe("forecast agrees with assess on where the case stands", () => {
  it("its stage, due date, first step, escalation and duties", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const ahead = forecast(policy, record, asOf);
        const now = assess(policy, record, asOf, { explain: false });
        expect(ahead.stage).toEqual({ id: now.stage.id, number: now.stage.number, title: now.stage.title });
        expect(ahead.resolved).toBe(now.state === "resolved");
        const of = (kind: string, id: string | undefined) => ahead.deadlines.filter((deadline) => deadline.kind === kind && deadline.id === id);
        // Every duty assess lists as owed, with its date.
        const duties = ahead.deadlines.filter((deadline) => deadline.kind === "duty");
        for (const duty of now.duties) expect(duties.map(dated)).toContain(`duty ${duty.id} ${duty.due}`);
        if (now.state === "resolved") {
          // Only what follows the resolution: exactly assess's duties.
          expect(ahead.deadlines.map(dated).sort()).toEqual(now.duties.map((duty) => `duty ${duty.id} ${duty.due}`).sort());
          return;
        }
        expect(of("stage", now.stage.id).map((deadline) => deadline.due)).toEqual([now.due]);
        if (now.step !== null) expect(of("step", now.step.id).map((deadline) => deadline.due)).toEqual([now.step.due]);
        const escalation = now.escalateTo;
        if (escalation?.stage != null && escalation.limit !== null) expect(of("escalation", escalation.stage.id).map((deadline) => deadline.due)).toEqual([escalation.by]);
        // The other duties belong to stages still to come.
        const later = new Set(policy.stages.slice(policy.stages.findIndex((stage) => stage.id === now.stage.id) + 1).map((stage) => stage.id));
        const owedNow = new Set(now.duties.map((duty) => `${duty.id} ${duty.due}`));
        for (const duty of duties) if (!owedNow.has(`${duty.id} ${duty.due}`)) expect(later.has(duty.stage ?? "")).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);

  it("is in date order, undated last, each overdue exactly when its date has passed", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        const { deadlines } = forecast(policy, record, asOf);
        const days = deadlines.map((deadline) => deadline.due ?? "9999-12-31");
        expect(days).toEqual([...days].sort());
        for (const deadline of deadlines) expect(deadline.overdue).toBe(deadline.due !== null && deadline.due < asOf);
        expect(JSON.parse(JSON.stringify(deadlines))).toEqual(deadlines);
      }),
      { numRuns: runs(200) },
    );
  }, 60_000);
});

describe("forecast agrees with schedule for a case with nothing recorded", () => {
  it("every stage's escalate-by and due date, its steps' and the final body's", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record, asOf }]) => {
        // The case's facts, without its events: what schedule takes.
        const facts = Object.fromEntries(Object.entries(record).filter(([key, value]) => ["raisedOn", "subject", "riskDeadline", "flags", "priority"].includes(key) && value !== undefined)) as unknown as Case;
        const fresh: Case = { ...record, events: [] };
        const plan = schedule(policy, facts);
        // Where a route sends the case on, schedule and forecast date the stage it goes to each their own way (tested by hand below).
        fc.pre(!plan.routes.some((route) => route.effect === "start-at-stage"));
        const ahead = forecast(policy, fresh, asOf).deadlines;
        const expected: string[] = [];
        // An escalation into every stage but the first that has a time for it, dated or not.
        for (const [rank, stage] of plan.stages.filter((candidate) => !candidate.skipped).entries()) {
          if (rank > 0 && policy.stages.find((candidate) => candidate.id === stage.id)?.escalateBy !== undefined) expected.push(`escalation ${stage.id} ${stage.escalateBy}`);
          expected.push(`stage ${stage.id} ${stage.due}`);
          for (const step of stage.steps) if (!step.afterResolution) expected.push(`step ${step.id} ${step.due}`);
        }
        if (plan.final !== null) expected.push(`final ${policy.final?.body} ${plan.final.due}`);
        const found = ahead.filter((deadline) => deadline.kind !== "duty").map(dated);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);
});

describe("forecast, worked by hand", () => {
  const swindon = policies.swindon;

  it("Swindon at Stage 2: every stage still to come, dated as if each runs to its limit", () => {
    // Raised Wed 23 December 2026, at Stage 2 from Tue 29 December. Stage 2: 5 working days
    // from Stage 1's completion (29 Dec): Wed 30, Thu 31 Dec, Mon 4, Tue 5, Wed 6 Jan 2027.
    // Stage 3: 5 from Stage 2's, projected on 6 Jan: 7, 8, 11, 12, Wed 13 January.
    // Into Stage 4 "immediately" after Stage 3: Wed 13 January; Stage 4: 14, 15, 18, 19,
    // Wed 20 January. The referral to Stage 5: 21, 22, 25, 26, Wed 27 January. Stage 5 and
    // the Resolution Panel have no limit. The duty to liaise, "immediately" from the day
    // raised (23 December), is still owed, and overdue.
    const record = acceptedCase(swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] });
    const { stage, resolved, deadlines } = forecast(swindon, record, "2026-12-30");
    expect(stage).toEqual({ id: "stage-2", number: 2, title: "Inter-agency Discussion" });
    expect(resolved).toBe(false);
    expect(deadlines.filter((deadline) => deadline.due !== null).map((deadline) => [deadline.kind, deadline.id, deadline.due, deadline.overdue])).toEqual([
      ["duty", "liaise-with-safeguarding-designates", "2026-12-23", true],
      ["stage", "stage-2", "2027-01-06", false],
      ["stage", "stage-3", "2027-01-13", false],
      ["escalation", "stage-4", "2027-01-13", false],
      ["stage", "stage-4", "2027-01-20", false],
      ["escalation", "stage-5", "2027-01-27", false],
    ]);
    expect(deadlines.filter((deadline) => deadline.kind !== "duty" && deadline.due === null).map((deadline) => [deadline.kind, deadline.id])).toEqual([
      ["stage", "stage-5"],
      ["step", "resolution-meeting"],
      ["final", "resolution-panel"],
    ]);
    expect(deadlines.find((deadline) => deadline.id === "stage-4" && deadline.kind === "escalation")).toMatchObject({ stage: "stage-4", title: "Heads / Leads / Directors of Service", governedBy: "policy-limit", limit: { immediately: true } });
  });

  it("follows events: Stage 3 entered early moves every later date", () => {
    // The same case entered Stage 3 on Mon 4 January 2027 (before Stage 2's due date), so
    // Stage 3 is due 5 working days on: 5, 6, 7, 8, Mon 11 January; into Stage 4 the same
    // day, Stage 4 due 12, 13, 14, 15, Mon 18 January; the referral by 19, 20, 21, 22, Mon 25.
    const record = acceptedCase(swindon, {
      policy: "swindon",
      raisedOn: "2026-12-23",
      events: [
        { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-23" },
        { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-04" },
      ],
    });
    expect(forecast(swindon, record, "2027-01-05").deadlines.filter((deadline) => deadline.due !== null).map((deadline) => [deadline.kind, deadline.id, deadline.due])).toEqual([
      ["stage", "stage-3", "2027-01-11"],
      ["escalation", "stage-4", "2027-01-11"],
      ["stage", "stage-4", "2027-01-18"],
      ["escalation", "stage-5", "2027-01-25"],
    ]);
  });

  it("a route sends the case on: the stages it passes over are left out", () => {
    // Raised Wed 23 December 2026 with immediate risk and no resolution in prospect: the
    // route to Stage 5 is "immediately" from the day both flags held, Wed 23 December, so
    // by the 24th it is overdue; Stages 2 to 4 are passed over.
    const record = acceptedCase(swindon, { policy: "swindon", raisedOn: "2026-12-23", flags: ["immediate-risk", "no-resolution-in-prospect"], events: [] });
    const ahead = forecast(swindon, record, "2026-12-24").deadlines;
    expect(ahead.filter((deadline) => deadline.kind !== "duty").map((deadline) => [deadline.kind, deadline.id, deadline.due, deadline.overdue])).toEqual([
      ["escalation", "stage-5", "2026-12-23", true],
      ["stage", "stage-1", "2026-12-29", false],
      ["stage", "stage-5", null, false],
      ["step", "resolution-meeting", null, false],
      ["final", "resolution-panel", null, false],
    ]);
  });

  it("a resolved case: only what follows the resolution", () => {
    // Resolved at Stage 3 on Tue 5 January 2027: feeding back the actions agreed is due
    // immediately, the same working day; recording on the adult's file has no time.
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
    const ahead = forecast(swindon, record, "2027-01-05");
    expect(ahead.resolved).toBe(true);
    expect(ahead.deadlines.filter((deadline) => deadline.stage === "stage-3").map((deadline) => [deadline.id, deadline.due])).toEqual([
      ["stage-3-feed-back-actions", "2027-01-05"],
      ["stage-3-record-on-adult-file", null],
    ]);
    expect(ahead.deadlines.every((deadline) => deadline.kind === "duty")).toBe(true);
  });

  it("checks its options and its case as assess does", () => {
    const record = { policy: "swindon", raisedOn: "2026-12-23", events: [] } as const;
    expect(() => forecast(swindon, record, "2026-12-23", { dueSoonDays: 1 } as never)).toThrow(InvalidOptionsError);
    expect(() => forecast(swindon, record, "2026-12-22")).toThrow(InvalidCaseError);
    expect(() => forecast(swindon, { ...record, events: [{ type: "stage-entered", stage: "stage-9", on: "2026-12-24" }] } as never, "2026-12-24")).toThrow(InvalidCaseError);
    // With Thu 24 December a closure, Stage 1 (2 working days) is due Wed 30 December.
    const closed = createCalendar({ jurisdiction: "england-and-wales", closures: ["2026-12-24"] });
    expect(forecast(swindon, record, "2026-12-23", { calendar: closed }).deadlines.find((deadline) => deadline.kind === "stage")?.due).toBe("2026-12-30");
  });

  it("refuses, with assess's errors, a case assess refuses", () => {
    fc.assert(
      fc.property(withCase, ([policy, { record }]) => {
        const error = (run: () => unknown): unknown => {
          try {
            run();
          } catch (thrown) {
            return thrown;
          }
          return undefined;
        };
        const before = addCalendarDays(record.raisedOn, -1);
        const fromAssess = error(() => assess(policy, record, before));
        expect(fromAssess).toBeInstanceOf(InvalidCaseError);
        expect(error(() => forecast(policy, record, before))).toEqual(fromAssess);
      }),
      { numRuns: runs(50) },
    );
  }, 60_000);
});
