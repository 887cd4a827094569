// lintPolicy on what is not a parsed policy, and on bad options: data or typed errors, never a crash.
import { describe, expect, it } from "vitest";
import { InvalidDateError, InvalidOptionsError, lintPolicy, policies, type Policy } from "../../src/index.js";
import { minimalPolicy } from "./minimalPolicy.js";

describe("lintPolicy", () => {
  it("says what parsePolicy says of an object that is not a valid policy", () => {
    expect(lintPolicy({} as Policy, { today: "2026-11-30" }).map((found) => found.path.join("."))).toContain("stages");
    expect(lintPolicy({ ...minimalPolicy(), roles: 5 } as unknown as Policy, { today: "2026-11-30" })).toContainEqual(expect.objectContaining({ severity: "error", path: ["roles"] }));
    expect(lintPolicy(null as unknown as Policy, { today: "2026-11-30" })[0]?.severity).toBe("error");
  });

  it("lints a valid policy built in code as it would a parsed one", () => {
    const codes = lintPolicy(minimalPolicy() as unknown as Policy, { today: "2026-11-30" }).map((found) => found.code);
    expect(codes).toEqual(["review-date-passed"]);
  });

  it("a warning for each reading a policy records and does not use, including the time to escalate", () => {
    const withReading = minimalPolicy() as { stages: Record<string, unknown>[] };
    (withReading.stages[1] as Record<string, unknown>).escalateBy = {
      workingDays: 2,
      from: { completionOf: "first" },
      otherReadings: [{ calendarDays: 2, note: "the flowchart's outline", source: { section: "Flowchart", quote: "2 days" } }],
      source: { section: "2", quote: "within two working days" },
    };
    expect(lintPolicy(withReading as unknown as Policy, { today: "2026-01-01" })).toContainEqual(expect.objectContaining({ code: "other-reading", path: ["stages", 1, "escalateBy", "otherReadings", 0] }));
  });

  it("refuses options it cannot use", () => {
    expect(() => lintPolicy(policies.swindon, null as never)).toThrow(InvalidOptionsError);
    expect(() => lintPolicy(policies.swindon, { today: "2026-11-30", strict: true } as never)).toThrow(InvalidOptionsError);
    expect(() => lintPolicy(policies.swindon, { today: "30/11/2026" })).toThrow(InvalidDateError);
  });
});
