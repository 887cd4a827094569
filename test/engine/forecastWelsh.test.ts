// forecast's `lang`: the same deadlines, with each limit worded in the language asked for.
import { describe, expect, it } from "vitest";
import { forecast, InvalidOptionsError, policies, schedule } from "../../src/index.js";

// Swindon, raised Wednesday 23 December 2026, at Stage 2 from Tuesday 29 December (as forecast's own example).
const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered" as const, stage: "stage-2", on: "2026-12-29" }] };

describe("forecast in Welsh", () => {
  it("gives the same deadlines as in English, each stage's limit worded as schedule words it in Welsh", () => {
    const english = forecast(policies.swindon, record, "2026-12-30");
    const welsh = forecast(policies.swindon, record, "2026-12-30", { lang: "cy" });
    const plain = (deadlines: typeof english.deadlines) => deadlines.map(({ kind, id, due, overdue }) => ({ kind, id, due, overdue }));
    expect(plain(welsh.deadlines)).toEqual(plain(english.deadlines));
    // Stage 2's due date, 6 January 2027: 5 working days from Tuesday 29 December (1 January is a bank holiday).
    expect(welsh.deadlines.find((deadline) => deadline.kind === "stage" && deadline.id === "stage-2")?.due).toBe("2027-01-06");
    const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" });
    for (const stage of ["stage-2", "stage-3", "stage-4"]) {
      const forecastText = welsh.deadlines.find((deadline) => deadline.kind === "stage" && deadline.id === stage)?.limit?.text;
      expect(forecastText).toBe(plan.stages.find((scheduled) => scheduled.id === stage)?.limit?.text);
      expect(forecastText).not.toBe(english.deadlines.find((deadline) => deadline.kind === "stage" && deadline.id === stage)?.limit?.text);
    }
  });

  it("refuses a language it does not write", () => {
    expect(() => forecast(policies.swindon, record, "2026-12-30", { lang: "fr" as never })).toThrow(InvalidOptionsError);
  });
});
