// A deadline to escalate into a stage is not a deadline to finish it.
//
// A small ladder shaped like Swindon's and Trafford's ends: two stages with
// limits on their own work, then a referral into a third "within five
// working days of the completion of Stage 2", which sets the third stage no
// limit of its own (test/fixtures/policies/referral.json). Every date below was counted by hand on the England and
// Wales calendar (GOV.UK): Friday 25 December 2026 is Christmas Day, Monday
// 28 December the substitute for Boxing Day, Friday 1 January 2027 New Year's Day.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, InvalidCaseError, parsePolicy, schedule, type Case, type Policy } from "../../src/index.js";
import { acceptedCase, scheduledStage } from "./helpers.js";

// test/fixtures/policies/referral.json: Stage 1 within 2 working days of the disagreement
// arising; Stage 2 within 5 of Stage 1's completion; into Stage 3 within 5 of Stage 2's
// completion, and no limit at Stage 3 itself.
const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")) as Record<string, unknown>;
const source = { section: "test", quote: "within five working days" };

function policyOf(input: unknown): Policy {
  const parsed = parsePolicy(input);
  if (!parsed.success) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return parsed.policy;
}
const policy = policyOf(definition);
const caseWith = (events: Case["events"]): Case => acceptedCase(policy, { policy: "referral", raisedOn: "2026-12-23", events });

// Stage 1: 2 working days after Wed 23 Dec: Thu 24 (1), [Fri 25, Sat, Sun, Mon 28 pass], Tue 29 (2).
// Stage 2: 5 after Tue 29 Dec: Wed 30 (1), Thu 31 (2), [Fri 1 Jan, weekend], Mon 4 (3), Tue 5 (4), Wed 6 (5).
// Referral into Stage 3: 5 after Wed 6 Jan: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 January 2027.
describe("schedule", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("gives the referral its own date beside the stage's due, and the stage itself no limit", () => {
    expect(scheduledStage(plan, 2)).toMatchObject({ due: "2027-01-06", escalateBy: null });
    expect(scheduledStage(plan, 3)).toMatchObject({ escalateBy: "2027-01-13", due: null, governedBy: null });
    expect(scheduledStage(plan, 3).escalateByLimit?.text).toBe("within 5 working days of the completion of Stage 2 (Managers)");
  });

  it("projects a stage not yet entered to begin on the last day it may be entered", () => {
    expect(scheduledStage(plan, 3).start).toBe("2027-01-13");
  });
});

describe("assess", () => {
  it("at Stage 2 after its due date: overdue, and the referral owed by 13 January, not yet late", () => {
    const result = assess(policy, caseWith([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]), "2027-01-07");
    expect(result.state).toBe("overdue");
    expect(result.escalateTo).toMatchObject({ stage: { id: "stage-3" }, requiredNow: true, by: "2027-01-13", overdue: false });
    expect(result.escalateTo?.limit?.quote).toBe("must be referred to the Independent Chair within five working days");
    expect(result.explanation).toContain(
      'The escalation must be made by the end of Wednesday 13 January 2027: within 5 working days of the completion of Stage 2 (Managers). It says: "must be referred to the Independent Chair within five working days" (Stage 3).',
    );
  });

  it("once 13 January has passed without a referral, the escalation itself is overdue", () => {
    // Thursday 14 January is the first working day after Wednesday 13th.
    const result = assess(policy, caseWith([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]), "2027-01-14");
    expect(result.escalateTo).toMatchObject({ by: "2027-01-13", overdue: true, requiredNow: true });
    expect(result.explanation.join(" ")).toContain("the escalation is overdue by 1 working day");
  });

  it("is owed on a date even while the stage before is on track: the escalation is not required yet", () => {
    const result = assess(policy, caseWith([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]), "2027-01-04");
    expect(result.state).toBe("on-track");
    expect(result.escalateTo).toMatchObject({ by: "2027-01-13", overdue: false, requiredNow: false });
  });

  it("a case referred on time is never overdue for it: Stage 3 has no limit of its own", () => {
    const record = caseWith([
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-13" },
    ]);
    for (const asOf of ["2027-01-13", "2027-01-14", "2027-06-30"]) {
      const result = assess(policy, record, asOf);
      expect(result.state).toBe("no-time-limit");
      expect(result.escalateTo).toMatchObject({ stage: null, final: { title: "The Chair decides" }, requiredNow: false, overdue: false });
    }
    const history = assess(policy, record, "2027-01-20").history;
    expect(history.map((entry) => [entry.id, entry.escalateBy, entry.enteredOnTime])).toEqual([
      ["stage-1", null, null],
      ["stage-2", null, null],
      ["stage-3", "2027-01-13", true],
    ]);
  });

  it("a late referral is seen as late: Stage 2 counts as complete by its due date, not by the referral", () => {
    // Referred on Wed 20 January. Were Stage 2's completion the referral itself, the
    // deadline would run from 20 January and always be met. Stage 2 was due on
    // 6 January, so the referral was due on 13 January, and 20 January is late.
    const record = caseWith([
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-20" },
    ]);
    const result = assess(policy, record, "2027-01-21");
    expect(result.history.at(-1)).toMatchObject({ id: "stage-3", escalateBy: "2027-01-13", enteredOnTime: false });
    expect(result.explanation.join(" ")).toContain("It was escalated into this stage late: the text gives until Wednesday 13 January 2027");
  });

  it("a referral runs from an earlier completion when Stage 2 ended early", () => {
    // Stage 2 ended on Mon 4 January (the referral): 5 working days on is Mon 11 January.
    const record = caseWith([
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-04" },
    ]);
    expect(assess(policy, record, "2027-01-05").history.at(-1)).toMatchObject({ escalateBy: "2027-01-11", enteredOnTime: true });
  });

  it("lists the first stage in the history when the first event enters the second", () => {
    // Stage 1 ran from Wed 23 December; it was due Tue 29th and ended on Wed 30th, a day late.
    const result = assess(policy, caseWith([{ type: "stage-entered", stage: "stage-2", on: "2026-12-30" }]), "2026-12-31");
    expect(result.history[0]).toEqual({ id: "stage-1", number: 1, start: "2026-12-23", escalateBy: null, enteredOnTime: null, due: "2026-12-29", completed: "2026-12-30", onTime: false });
    expect(result.history.map((entry) => entry.id)).toEqual(["stage-1", "stage-2"]);
  });
});

describe("parsePolicy refuses an escalate-by that could never be timed", () => {
  const withStage3 = (escalateBy: unknown, stage = 2) => {
    const copy = structuredClone(definition) as { stages: Record<string, unknown>[] };
    (copy.stages[stage] as Record<string, unknown>).escalateBy = escalateBy;
    const parsed = parsePolicy(copy);
    return parsed.success ? [] : parsed.errors.map((e) => [e.code, e.path.join(".")]);
  };
  const limit = (from: unknown) => ({ workingDays: 5, from, source });

  it.each([
    ["its own stage's completion", { completionOf: "stage-3" }, ["unreachable", "stages.2.escalateBy.from.completionOf"]],
    ["its own stage's start", { startOf: "stage-3" }, ["unreachable", "stages.2.escalateBy.from.startOf"]],
    ["the resolution", { resolution: true }, ["unreachable", "stages.2.escalateBy.from.resolution"]],
  ])("from %s", (_, from, expected) => {
    expect(withStage3(limit(from))).toContainEqual(expected);
  });

  it("on the first stage, which nothing escalates into", () => {
    expect(withStage3(limit({ raised: true }), 0)).toContainEqual(["escalate-into-first", "stages.0.escalateBy"]);
  });

  it("accepts one from an earlier stage's start or completion, or the day raised", () => {
    expect(withStage3(limit({ completionOf: "stage-1" }))).toEqual([]);
    expect(withStage3(limit({ startOf: "stage-2" }))).toEqual([]);
    expect(withStage3(limit({ raised: true }))).toEqual([]);
  });
});

describe("a limit that runs from a step of a later stage is refused, not left silently open", () => {
  it("for a stage's limit and for a step's", () => {
    const copy = structuredClone(definition) as { stages: Record<string, unknown>[] };
    (copy.stages[2] as Record<string, unknown>).steps = [{ id: "refer", title: "Refer", actors: ["manager"], limit: null, source }];
    (copy.stages[1] as Record<string, unknown>).limit = { workingDays: 5, from: { step: "refer" }, source };
    (copy.stages[0] as Record<string, unknown>).steps = [{ id: "talk", title: "Talk", actors: ["practitioner"], limit: { workingDays: 1, from: { step: "refer" }, source }, source }];
    const parsed = parsePolicy(copy);
    expect(parsed.success).toBe(false);
    const found = parsed.success ? [] : parsed.errors.map((e) => [e.code, e.path.join(".")]);
    expect(found).toContainEqual(["unreachable", "stages.1.limit.from.step"]);
    expect(found).toContainEqual(["unreachable", "stages.0.steps.0.limit.from.step"]);
  });
});

describe("a case that did not come from parseCase is checked, and refused with what, where and which value", () => {
  const raw = (events: unknown[], extra: Record<string, unknown> = {}) => ({ policy: "referral", raisedOn: "2026-12-23", events, ...extra }) as unknown as Case;
  const refusal = (record: Case, asOf = "2027-01-07") => {
    try {
      assess(policy, record, asOf);
    } catch (error) {
      if (error instanceof InvalidCaseError) return error.issues.map((found) => [found.path.join("."), found.message]);
      throw error;
    }
    throw new Error("assess accepted the case");
  };

  it("a typo in an event's type does not resolve an open case", () => {
    const [[path, message]] = refusal(raw([{ type: "resolve", stage: "stage-1", on: "2026-12-24" }])) as [[string, string]];
    expect(path).toBe("events.0.type");
    expect(message).toContain("resolve");
  });

  it("a typo in a stage id does not put the case at another stage", () => {
    expect(refusal(raw([{ type: "stage-entered", stage: "stage-02", on: "2026-12-29" }]))).toContainEqual(["events.0.stage", expect.stringContaining('"stage-02"')]);
  });

  it("a case raised after the date of the assessment", () => {
    expect(refusal(raw([]), "2026-12-22")).toEqual([["raisedOn", "The disagreement arose on 2026-12-23, after the assessment date 2026-12-22: there is nothing to assess yet."]]);
  });

  it("an unknown key, which could hide a misspelt field", () => {
    expect(refusal(raw([], { flag: ["immediate-risk"] }))[0]?.[0]).toBe("flag");
  });

  it("schedule's facts likewise: an unknown key, and a risk deadline before the disagreement arose", () => {
    expect(() => schedule(policy, { raisedOn: "2026-12-23", flag: ["immediate-risk"] } as never)).toThrow(InvalidCaseError);
    expect(() => schedule(policy, { raisedOn: "2026-12-23", riskDeadline: "2026-12-22" })).toThrow("The risk deadline 2026-12-22 is before the disagreement arose (2026-12-23).");
  });

  it("a parsed case is accepted as it is, and read-only event arrays are accepted by the types", () => {
    const events = [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] as const;
    const record: Case = { policy: "referral", raisedOn: "2026-12-23", events };
    expect(assess(policy, record, "2027-01-07").stage.id).toBe("stage-2");
  });
});

describe("a final body that follows the last stage only for some cases", () => {
  it("is named for those cases, and for no others", () => {
    const copy = structuredClone(definition) as { final: Record<string, unknown> };
    copy.final.when = { subject: "adult" };
    const conditional = policyOf(copy);
    const atStage3 = [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-13" },
    ] as const;
    expect(assess(conditional, { policy: "referral", raisedOn: "2026-12-23", subject: "adult", events: atStage3 }, "2027-01-14").escalateTo?.final?.title).toBe("The Chair decides");
    // A child's case: Stage 3 does not apply to it (not about a child), and nor does the final body.
    const child = { policy: "referral", raisedOn: "2026-12-23", subject: "child", events: [atStage3[0]] } as const;
    expect(assess(conditional, child, "2027-01-14").escalateTo).toBeNull();
    expect(schedule(conditional, { raisedOn: "2026-12-23", subject: "child" }).final).toBeNull();
  });
});
