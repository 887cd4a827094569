import { describe, expect, it } from "vitest";
import { describePolicy, InvalidPolicyError, parseCase, policies, type CaseEvent, type Policy } from "../../src/index.js";
import { minimalPolicy } from "./minimalPolicy.js";

describe("describePolicy", () => {
  it("lists Mid and West Wales's stages, steps, duties and named event as the file gives them", () => {
    const described = describePolicy(policies["mid-and-west-wales"]);
    expect(described.policy).toBe("mid-and-west-wales");
    expect(described.stages).toEqual([
      { id: "stage-1", number: 1, title: "Between the practitioners and/or staff members" },
      { id: "stage-2", number: 2, title: "Line managers" },
      { id: "stage-3", number: 3, title: "Review by agency senior managers" },
    ]);
    expect(described.steps.filter((step) => step.stage === "stage-1")).toEqual([{ id: "discuss-or-meet", title: expect.any(String) as string, stage: "stage-1" }]);
    expect(described.steps.map((step) => step.id)).toContain("chair-meeting");
    // Stage 2's two duties while at the stage, then its record to the LOG Chair once resolved there.
    expect(described.duties.filter((duty) => duty.stage === "stage-2").map((duty) => [duty.id, duty.owed])).toEqual([
      ["stage-2-record-discussions", "stage"],
      ["stage-2-confirm-outcomes", "stage"],
      ["stage-2-record-to-log-chair", "after-resolution"],
    ]);
    expect(described.events).toEqual([{ id: "concerns-in-writing", title: "written concerns asking to discuss or meet" }]);
    expect(described.routes).toEqual([]);
  });

  it("lists routes with their effect, and duties of every stage without one", () => {
    const described = describePolicy(policies.swindon);
    expect(described.routes.length).toBe(policies.swindon.rules?.length);
    for (const route of described.routes) expect(["start-at-stage", "start-at-any-stage", "notify", "involve-next-level"]).toContain(route.effect);
    expect(described.duties.filter((duty) => duty.owed === "every-stage").map((duty) => duty.stage)).toEqual((policies.swindon.duties ?? []).map(() => null));
  });

  // The point of the list: every id it gives is one a case's event may name.
  it.each(Object.keys(policies))("every id it gives for %s is one a case's event may name", (id) => {
    const policy = (policies as Readonly<Record<string, Policy>>)[id] as Policy;
    const described = describePolicy(policy);
    const unknown = (event: CaseEvent): string[] => {
      const result = parseCase({ policy: id, raisedOn: "2026-11-02", ...(policy.priorities ? { priority: policy.priorities[0]?.id } : {}), events: [event] }, policy);
      return result.success ? [] : result.errors.filter((error) => error.code.startsWith("unknown-")).map((error) => error.code);
    };
    for (const stage of described.stages) expect(unknown({ type: "stage-entered", stage: stage.id, on: "2026-11-03" })).toEqual([]);
    for (const step of described.steps) expect(unknown({ type: "step-done", step: step.id, on: "2026-11-03" })).toEqual([]);
    for (const done of [...described.duties, ...described.routes]) expect(unknown({ type: "duty-done", duty: done.id, on: "2026-11-03" })).toEqual([]);
    for (const event of described.events) expect(unknown({ type: "happened", event: event.id, on: "2026-11-03" })).toEqual([]);
    // And the check can fail: a made-up id is unknown.
    expect(unknown({ type: "step-done", step: "no-such-step", on: "2026-11-03" })).toEqual(["unknown-step"]);
  });

  it("describes a policy built in code as its parsed form, and refuses one that is not valid", () => {
    const built = minimalPolicy() as unknown as Policy;
    expect(describePolicy(built).stages.map((stage) => stage.id)).toEqual(["first", "second"]);
    expect(() => describePolicy({ ...built, stages: [] })).toThrow(InvalidPolicyError);
    expect(() => describePolicy(null as unknown as Policy)).toThrow(InvalidPolicyError);
  });

  it("returns new plain data on every call, sharing nothing with the policy", () => {
    const first = describePolicy(policies.swindon);
    const second = describePolicy(policies.swindon);
    expect(second).toEqual(first);
    (first.stages[0] as { title: string }).title = "changed";
    expect(second.stages[0]?.title).not.toBe("changed");
    expect(policies.swindon.stages[0]?.title).not.toBe("changed");
    expect(JSON.parse(JSON.stringify(second))).toEqual(second);
  });
});
