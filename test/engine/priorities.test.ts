// Limits set by a priority the practitioner chooses (test/fixtures/policies/priorities.json):
// Stage 1 urgent 1 working day, standard 5; Stage 2 5 working days, urgent 2. Dates counted by
// hand (England and Wales): 25 and 28 December 2026 and 1 January 2027 are bank holidays.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, InvalidCaseError, parseCase, parsePolicy, policies, schedule, type Policy } from "../../src/index.js";

const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/priorities.json", import.meta.url), "utf8")) as Record<string, unknown>;
const parsed = parsePolicy(definition);
const policy = (parsed.success ? parsed.policy : undefined) as Policy;
const dues = (priority: string) => schedule(policy, { raisedOn: "2026-12-23", priority }).stages.map((stage) => stage.due);

describe("limits by priority", () => {
  it("parses", () => expect(parsed.success ? [] : parsed.errors).toEqual([]));

  it("times each stage by the case's priority", () => {
    // Urgent: Stage 1 Thu 24 Dec; Stage 2 two working days on, Tue 29, Wed 30 Dec.
    expect(dues("urgent")).toEqual(["2026-12-24", "2026-12-30"]);
    // Standard: Stage 1 Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan; Stage 2 Tue 5 ... Mon 11 Jan.
    expect(dues("standard")).toEqual(["2027-01-04", "2027-01-11"]);
  });

  it("refuses a priority the policy does not set, in schedule's facts as in a case", () => {
    // It was read as no priority at all, and the plan given as if none had been chosen.
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof InvalidCaseError ? { message: error.message, issues: error.issues } : error;
      }
      return "no error";
    };
    expect(refusal(() => schedule(policy, { raisedOn: "2026-12-23", priority: "routine" }))).toEqual({
      message: 'The case is not valid: priority: "routine" is not one of the priorities of priorities (urgent, standard).',
      issues: [{ code: "unknown-priority", severity: "error", path: ["priority"], message: '"routine" is not one of the priorities of priorities (urgent, standard).' }],
    });
    const refusedCase = refusal(() => assess(policy, { policy: "priorities", raisedOn: "2026-12-23", priority: "routine", events: [] }, "2026-12-23")) as { issues: unknown };
    expect(refusedCase.issues).toEqual([{ code: "unknown-priority", severity: "error", path: ["priority"], message: '"routine" is not one of the priorities of priorities (urgent, standard).' }]);
    // A policy without priorities says so.
    expect(refusal(() => schedule(policies.swindon, { raisedOn: "2026-12-23", priority: "urgent" }))).toEqual({
      message: "The case is not valid: priority: swindon sets no priorities.",
      issues: [{ code: "unknown-priority", severity: "error", path: ["priority"], message: "swindon sets no priorities." }],
    });
  });

  it("times a limit by the priority the case had when it started", () => {
    // Standard when raised, urgent from Mon 4 Jan: Stage 1 (from 23 Dec) keeps standard's date,
    // Stage 2 (from its entry on Mon 4 Jan) takes urgent's 2 working days: Tue 5, Wed 6 Jan.
    const record = { policy: "priorities", raisedOn: "2026-12-23", priority: "standard", events: [{ type: "priority-changed", priority: "urgent", on: "2027-01-04" }, { type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] } as const;
    const result = assess(policy, record, "2027-01-05");
    expect(result.history.map((entry) => entry.due)).toEqual(["2027-01-04", "2027-01-06"]);
    expect(result.explanation.join(" ")).toContain("For the case's priority then, within 2 working days.");
    expect(result.limit?.text).toBe("within 5 working days of the completion of Stage 1 (Practitioners) (unless the case's priority sets its own: urgent: within 2 working days)");
  });

  it("applies what only some priorities owe, by the case's current priority", () => {
    const at = (priority: string) => assess(policy, { policy: "priorities", raisedOn: "2026-12-23", priority, events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }] }, "2026-12-24").duties.map((duty) => duty.id);
    expect(at("urgent")).toContain("tell-dsl");
    expect(at("standard")).not.toContain("tell-dsl");
  });

  it("needs the case's priority, one the policy has", () => {
    const codes = (input: Record<string, unknown>) => {
      const result = parseCase({ policy: "priorities", raisedOn: "2026-12-23", events: [], ...input }, policy);
      return result.success ? [] : result.errors.map((found) => [found.code, found.path.join(".")]);
    };
    expect(codes({})).toEqual([["missing-priority", "priority"]]);
    expect(codes({ priority: "high" })).toEqual([["unknown-priority", "priority"]]);
    expect(codes({ priority: "urgent", events: [{ type: "priority-changed", priority: "low", on: "2026-12-24" }] })).toEqual([["unknown-priority", "events.0.priority"]]);
  });

  it("refuses a limit set only by priority that leaves one out, and an unknown priority", () => {
    const copy = structuredClone(definition) as { stages: { limit: { byPriority: unknown[] }; duties?: { when: unknown }[] }[] };
    copy.stages[0]?.limit.byPriority.pop();
    (copy.stages[1]?.duties?.[0] as { when: unknown }).when = { priority: "high" };
    const refused = parsePolicy(copy);
    expect(refused.success ? [] : refused.errors.map((found) => [found.code, found.path.join(".")])).toEqual([
      ["unknown-priority", "stages.1.duties.0.when.priority"],
      ["priority-without-limit", "stages.0.limit.byPriority"],
    ]);
  });
});

describe("limits by priority around Easter 2027", () => {
  it("pass over Good Friday and Easter Monday", () => {
    const at = (priority: string) => schedule(policy, { raisedOn: "2027-03-24", priority }).stages.map((stage) => stage.due);
    // Urgent: Stage 1 Thu 25 Mar; Stage 2 two working days on, past Fri 26 and Mon 29: Tue 30, Wed 31 Mar.
    expect(at("urgent")).toEqual(["2027-03-25", "2027-03-31"]);
    // Standard: Thu 25, Tue 30, Wed 31, Thu 1, Fri 2 Apr; then Mon 5 ... Fri 9 Apr.
    expect(at("standard")).toEqual(["2027-04-02", "2027-04-09"]);
  });
});
