// A flag raised during a case: limits that run from it count from that day, not the day the
// disagreement arose. Swindon: "N/B If at any time if a professional considers an adult is
// at immediate risk of significant harm then ... their concerns are escalated on the same
// working day"; "If there are significant concerns ... that requires immediate action at any
// stage of this process and there is potentially no resolution, then the Swindon Safeguarding
// Partnership ... must be informed immediately (Stage 5)." Dates by hand (England and Wales).
import { describe, expect, it } from "vitest";
import { assess, parseCase, policies } from "../../src/index.js";

const swindon = policies.swindon;
const climb = [
  { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
  { type: "stage-entered", stage: "stage-3", on: "2027-01-06" },
] as const;

describe("a flag raised at a later stage", () => {
  it("times the same-working-day escalation from the day it was raised", () => {
    // Flagged on Monday 11 January 2027 at Stage 3: due that day, not on 23 December.
    const record = { policy: "swindon", raisedOn: "2026-12-23", events: [...climb, { type: "flagged", flag: "immediate-risk", on: "2027-01-11" }] } as const;
    const duty = assess(swindon, record, "2027-01-11").duties.find((owed) => owed.id === "immediate-risk-same-day-escalation");
    expect(duty).toMatchObject({ due: "2027-01-11", overdue: false });
    expect(assess(swindon, record, "2027-01-12").duties.find((owed) => owed.id === "immediate-risk-same-day-escalation")).toMatchObject({ overdue: true });
  });

  it("sends the case to Stage 5 immediately from the day the second of its two facts was flagged", () => {
    // Immediate risk on Mon 11 Jan, no resolution in prospect on Tue 12 Jan: Stage 5 by Tue 12 Jan.
    const record = {
      policy: "swindon",
      raisedOn: "2026-12-23",
      events: [...climb, { type: "flagged", flag: "immediate-risk", on: "2027-01-11" }, { type: "flagged", flag: "no-resolution-in-prospect", on: "2027-01-12" }],
    } as const;
    const oneFact = { ...record, events: record.events.slice(0, -1) };
    expect(assess(swindon, oneFact, "2027-01-11").escalateTo?.stage?.id).toBe("stage-4"); // one fact alone: the ladder goes on as usual
    expect(assess(swindon, record, "2027-01-12").escalateTo).toMatchObject({ stage: { id: "stage-5" }, requiredNow: true, by: "2027-01-12", overdue: false });
    expect(assess(swindon, record, "2027-01-13").escalateTo).toMatchObject({ by: "2027-01-12", overdue: true });
  });

  it("counts a flag the case carried from the start from the day raised", () => {
    // Raised Wed 23 Dec 2026 with immediate risk: the escalation is due that day.
    const record = { policy: "swindon", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] } as const;
    expect(assess(swindon, record, "2026-12-23").duties.find((owed) => owed.id === "immediate-risk-same-day-escalation")?.due).toBe("2026-12-23");
  });

  it("is raised once", () => {
    const twice = parseCase({ policy: "swindon", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [{ type: "flagged", flag: "immediate-risk", on: "2026-12-24" }] }, swindon);
    expect(twice.success ? [] : twice.errors.map((found) => [found.code, found.path.join(".")])).toEqual([["flagged-twice", "events.0.flag"]]);
  });
});
