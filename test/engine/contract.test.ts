import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, forecast, formatPath, InvalidCaseError, InvalidPolicyError, parseCase, parsePolicy, policies, schedule, triage, type CaseEvent, type Policy } from "../../src/index.js";

const swindon = policies.swindon;
const record = (events: CaseEvent[], extra: Record<string, unknown> = {}) => ({ policy: "swindon", raisedOn: "2026-12-23", events, ...extra });
const errorsOf = (input: unknown) => {
  const result = parseCase(input, swindon);
  return result.success ? [] : result.errors.map((error) => ({ path: formatPath(error.path), code: error.code }));
};

describe("parseCase refuses, with the path", () => {
  it.each<[string, unknown, { path: string; code: string }]>([
    ["events out of order", record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-30" }, { type: "stage-entered", stage: "stage-3", on: "2026-12-29" }]), { path: "events[1].on", code: "out-of-order" }],
    ["an event before the disagreement arose", record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-22" }]), { path: "events[0].on", code: "before-raised" }],
    ["an unknown stage", record([{ type: "stage-entered", stage: "stage-9", on: "2026-12-29" }]), { path: "events[0].stage", code: "unknown-stage" }],
    ["an unknown step", record([{ type: "step-done", step: "shake-hands", on: "2026-12-29" }]), { path: "events[0].step", code: "unknown-step" }],
    ["an unknown duty", record([{ type: "duty-done", duty: "tea", on: "2026-12-29" }]), { path: "events[0].duty", code: "unknown-duty" }],
    ["resolving twice", record([{ type: "resolved", stage: "stage-1", on: "2026-12-24" }, { type: "resolved", stage: "stage-1", on: "2026-12-29" }]), { path: "events[1]", code: "after-resolution" }],
    ["a stage entered after resolution", record([{ type: "resolved", stage: "stage-1", on: "2026-12-24" }, { type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]), { path: "events[1]", code: "after-resolution" }],
    ["resolving at a stage the case is not at", record([{ type: "resolved", stage: "stage-3", on: "2026-12-24" }]), { path: "events[0].stage", code: "not-current-stage" }],
    ["going back down the ladder", record([{ type: "stage-entered", stage: "stage-3", on: "2026-12-24", }, { type: "stage-entered", stage: "stage-2", on: "2026-12-29" }], { flags: ["immediate-risk"] }), { path: "events[1].stage", code: "stage-order" }],
    ["skipping a stage with no route to do so", record([{ type: "stage-entered", stage: "stage-3", on: "2026-12-29" }]), { path: "events[0].stage", code: "stage-skipped" }],
    ["a step of a stage not reached", record([{ type: "step-done", step: "resolution-meeting", on: "2026-12-29" }]), { path: "events[0].step", code: "step-ahead" }],
    ["a step done twice", record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }, { type: "stage-entered", stage: "stage-3", on: "2026-12-24" }, { type: "stage-entered", stage: "stage-4", on: "2026-12-24" }, { type: "stage-entered", stage: "stage-5", on: "2026-12-24" }, { type: "step-done", step: "resolution-meeting", on: "2026-12-29" }, { type: "step-done", step: "resolution-meeting", on: "2026-12-30" }]), { path: "events[5].step", code: "done-twice" }],
    ["another policy's case", { ...record([]), policy: "trafford" }, { path: "policy", code: "wrong-policy" }],
    ["a risk deadline before the disagreement", record([], { riskDeadline: "2026-12-01" }), { path: "riskDeadline", code: "risk-deadline-before-raised" }],
    ["an impossible date", record([], { raisedOn: "2026-02-30" }), { path: "raisedOn", code: "bad-format" }],
    ["an unknown flag", record([], { flags: ["urgent"] }), { path: "flags[0]", code: "not-allowed" }],
    ["an unknown event type", record([{ type: "escalated", on: "2026-12-24" } as never]), { path: "events[0].type", code: "not-allowed" }],
    ["an unknown field", record([], { notes: "x" }), { path: "notes", code: "unknown-field" }],
    // Swindon's case starts at Stage 1: entering it leaves no stage behind, so there is no outcome to record.
    ["an outcome on entering the stage the case starts at", record([{ type: "stage-entered", stage: "stage-1", on: "2026-12-23", outcome: "No agreement" }]), { path: "events[0].outcome", code: "outcome-ends-no-stage" }],
  ])("%s", (_, input, expected) => {
    expect(errorsOf(input)).toContainEqual(expected);
  });

  it("a case to which no stage applies", () => {
    const forChildren = structuredClone(swindon) as { stages: { when?: unknown }[] };
    for (const stage of forChildren.stages) stage.when = { subject: "child" };
    const parsed = parsePolicy(forChildren);
    expect(parsed.success).toBe(true);
    const result = parsed.success ? parseCase({ ...record([]), subject: "adult" }, parsed.policy) : undefined;
    expect(result?.success === false && result.errors.map((error) => [formatPath(error.path), error.code])).toEqual([["subject", "no-applicable-stage"]]);
  });

  it("accepts an outcome on moving on from the stage the case starts at, entered or not", () => {
    // Stage 1 to Stage 2: the outcome says how Stage 1 ended.
    expect(errorsOf(record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29", outcome: "No agreement" }]))).toEqual([]);
    expect(errorsOf(record([{ type: "stage-entered", stage: "stage-1", on: "2026-12-23" }, { type: "stage-entered", stage: "stage-2", on: "2026-12-29", outcome: "No agreement" }]))).toEqual([]);
  });

  it("accepts a step or duty done after the resolution it follows", () => {
    expect(errorsOf(record([{ type: "resolved", stage: "stage-1", on: "2026-12-24" }, { type: "duty-done", duty: "agency-log", on: "2026-12-29" }]))).toEqual([]);
  });

  it("returns a frozen case and leaves the input alone", () => {
    const input = record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]);
    const before = structuredClone(input);
    const result = parseCase(input, swindon);
    expect(result.success && Object.isFrozen(result.case.events[0])).toBe(true);
    expect(input).toEqual(before);
  });
});

describe("assess and schedule refuse what they cannot honestly answer", () => {
  it("an event after the assessment date", () => {
    const input = record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]);
    expect(() => assess(swindon, input, "2026-12-28")).toThrow(InvalidCaseError);
    expect(() => assess(swindon, input, "2026-12-28")).toThrow("after the assessment date 2026-12-28");
  });

  it("a case for another policy", () => {
    expect(() => assess(policies.trafford, record([]), "2026-12-28")).toThrow(/follows policy "swindon", not "trafford"/);
  });

  it("bad facts", () => {
    expect(() => schedule(swindon, { raisedOn: "23/12/2026" })).toThrow('raisedOn: The text "23/12/2026" is not a valid date.');
    expect(() => schedule(swindon, { raisedOn: "2026-12-23", flags: ["urgent" as never] })).toThrow(InvalidCaseError);
    expect(() => schedule(swindon, { raisedOn: "2099-12-20" })).toThrow(/falls after 2099-12-31/);
  });
});

describe("the end of the supported range", () => {
  it("assesses a case whose later stages would fall after 2099, but will not schedule them", () => {
    // Swindon's Stage 1: 2 working days from Tuesday 1 December 2099 is Thursday 3 December.
    // Its Stage 5 would fall in January 2100, past the last date supported.
    const late = { ...record([]), raisedOn: "2099-12-01" };
    const result = assess(swindon, late, "2099-12-02");
    expect([result.stage.number, result.due, result.state]).toEqual([1, "2099-12-03", "due-soon"]);
    expect(() => schedule(swindon, { raisedOn: "2099-12-01" })).toThrow(/falls after 2099-12-31/);
  });
});

describe("policies that did not come from parsePolicy", () => {
  // The engine takes a policy parsePolicy accepted (the bundled ones are): a
  // copy made any other way could be changed between calls, and checking it
  // on every call would need the schema in every bundle that computes a date.
  it("are refused with a typed error that says what to do", () => {
    const copy = structuredClone(swindon);
    const input = record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]);
    for (const call of [() => assess(copy, input, "2027-01-04"), () => schedule(copy, { raisedOn: "2026-12-23" }), () => triage(copy, input, "2027-01-04"), () => forecast(copy, input, "2027-01-04")]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidPolicyError);
      expect((thrown as InvalidPolicyError).issues.map((found) => found.code)).toEqual(["policy-not-parsed"]);
      expect((thrown as InvalidPolicyError).message).toContain("check a policy once with parsePolicy");
    }
  });

  it("are used once parsePolicy has accepted them", () => {
    const parsed = parsePolicy(structuredClone(swindon));
    if (!parsed.success) throw new Error("the copy of a bundled policy must parse");
    const input = record([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]);
    expect(assess(parsed.policy, input, "2027-01-04")).toEqual(assess(swindon, input, "2027-01-04"));
    expect(schedule(parsed.policy, { raisedOn: "2026-12-23" })).toEqual(schedule(swindon, { raisedOn: "2026-12-23" }));
  });

  it("that parsePolicy refuses give its issues", () => {
    const broken = structuredClone(swindon) as { stages: { actors: { raising: string[] } }[] };
    (broken.stages[1] as (typeof broken.stages)[number]).actors.raising = ["nobody"];
    const result = parsePolicy(broken);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((found) => [formatPath(found.path), found.code])).toEqual([["stages[1].actors.raising[0]", "unknown-role"]]);
    expect(result.errors[0]?.message).toContain('"nobody" is not one of the policy\'s roles');
  });

  it("a value that is not a policy at all is refused the same way", () => {
    expect(() => assess(null as never, record([]), "2026-12-24")).toThrow(InvalidPolicyError);
    expect(() => assess("swindon" as never, record([]), "2026-12-24")).toThrow(/Expected a policy, got "swindon"/);
  });
});

describe("duties in results", () => {
  it("all have the same keys, with null for what the protocol does not give", () => {
    const result = assess(swindon, record([]), "2026-12-24");
    const keys = ["id", "kind", "what", "where", "to", "form", "stage", "afterResolution", "due", "limit", "overdue"];
    expect(result.duties.length).toBeGreaterThan(2);
    for (const duty of result.duties) expect(Object.keys(duty)).toEqual(keys);
    expect(result.duties.find((duty) => duty.id === "stage-1-record-discussions")).toMatchObject({ stage: "stage-1", where: null, form: null });
    expect(result.duties.find((duty) => duty.id === "agency-log")).toMatchObject({ stage: null, where: "agency-log", form: null }); // a duty at every stage
  });
});

describe("routes in schedules", () => {
  it("all have the same keys, with null for the stage of a route that goes to none", () => {
    const routes = schedule(swindon, { raisedOn: "2026-12-23", flags: ["immediate-risk", "no-resolution-in-prospect"] }).routes;
    expect(routes.length).toBeGreaterThan(1);
    for (const route of routes) expect(Object.keys(route)).toEqual(["id", "title", "effect", "stage", "to", "due", "limit"]);
    expect(routes.map((route) => [route.effect, route.stage])).toEqual(swindon.rules?.map((rule) => [rule.effect, rule.stage ?? null]));
    expect(routes.some((route) => route.stage === null)).toBe(true);
  });
});

describe("confirmed bank-holiday data", () => {
  it("is claimed only inside GOV.UK's span, 2012 to 2028", () => {
    expect(schedule(swindon, { raisedOn: "2026-12-23" }).calendar.confirmed).toBe(true);
    expect(schedule(swindon, { raisedOn: "2028-12-20" }).calendar.confirmed).toBe(false); // Stage 5 falls in 2029
    expect(schedule(swindon, { raisedOn: "2005-06-01" }).calendar.confirmed).toBe(false);
    expect(assess(swindon, record([]), "2026-12-24").confirmed).toBe(true);
    expect(assess(swindon, { ...record([]), raisedOn: "2030-01-07" }, "2030-01-08").confirmed).toBe(false);
  });

  it("says so in the explanation when a due date is projected", () => {
    const explanation = assess(swindon, { ...record([]), raisedOn: "2030-01-07" }, "2030-01-08").explanation;
    expect(explanation.at(-1)).toMatch(/projected from the rules, not yet confirmed by GOV\.UK/);
  });
});

describe("the explanation's count of days left", () => {
  it("says no working day remains when a calendar-day deadline falls on a weekend", () => {
    // The referral fixture with Stage 2 given 5 calendar days from its own start:
    // from Monday 4 January 2027 that is Saturday 9 January.
    const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")) as { stages: Record<string, unknown>[] };
    (definition.stages[1] as Record<string, unknown>).limit = { calendarDays: 5, from: { startOf: "stage-2" }, source: { section: "Stage 2", quote: "within 5 days" } };
    const parsed = parsePolicy(definition);
    const policy = (parsed.success ? parsed.policy : undefined) as Policy;
    const record = { policy: "referral", raisedOn: "2026-12-23", events: [{ type: "stage-entered" as const, stage: "stage-2", on: "2027-01-04" }] };
    const explanation = assess(policy, record, "2027-01-08").explanation;
    expect(explanation).toContain("Stage 2 (Managers) is due by the end of Saturday 9 January 2027; on Friday 8 January 2027 no working day remains before it (due-soon).");
  });
});
