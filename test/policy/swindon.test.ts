import { describe, expect, it } from "vitest";
import { policyFile } from "./helpers.js";
import { type Duty, type Stage } from "../../src/policy/schema.js";

const policy = policyFile("swindon");

function stage(number: number): Stage {
  const found = policy.stages.find((s) => s.number === number);
  if (found === undefined) throw new Error(`no stage ${number}`);
  return found;
}

function duty(id: string): Duty {
  const all = [
    ...(policy.duties ?? []),
    ...policy.stages.flatMap((s) => [...(s.duties ?? []), ...(s.afterResolution ?? [])]),
    ...(policy.final?.duties ?? []),
  ];
  const found = all.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no duty ${id}`);
  return found;
}

describe("swindon: the ladder", () => {
  it("has five stages, numbered 1 to 5, then the Resolution Panel", () => {
    // "4. Stages": Stage 1 Internal Discussion ... Stage 5 Swindon Safeguarding Partnership.
    expect(policy.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    // "If there is still no resolution then a Resolution Panel should take place" (no time given).
    expect(policy.final?.limit).toBeNull();
    expect(policy.roles.find((r) => r.id === policy.final?.body)?.kind).toBe("resolution-panel");
  });

  it("Stage 1 runs two working days from the disagreement arising", () => {
    // "The discussion should take place within two working days of the disagreement or concern arising."
    expect(stage(1).limit).toMatchObject({ workingDays: 2, from: { raised: true } });
  });

  it.each([2, 3, 4])("Stage %i runs five working days from the completion of the stage before", (n) => {
    // Stage 2: "within five working days of the completion of Stage 1 above"; Stage 3: "... of the completion
    // of the Stage 2 above"; Stage 4: "... of the completion of Stage 3 above".
    expect(stage(n).limit).toMatchObject({ workingDays: 5, from: { completionOf: stage(n - 1).id } });
    expect(stage(n).limit?.source.quote).toMatch(/within five working days of the completion of (the )?Stage \d above/);
  });

  it("Stage 5 has no limit of its own: its five working days are the time to refer the case into it", () => {
    // Stage 5 (When): "A referral should be made to the Safeguarding Partnership by or on behalf of the Heads/Directors
    // of Service within five working days of the completion of Stage 4 above using the form at Appendix 1."
    // That is by when the case must reach the Partnership; the text sets the Partnership's own work no time.
    expect(stage(5).limit).toBeNull();
    expect(stage(5).escalateBy).toMatchObject({ workingDays: 5, from: { completionOf: stage(4).id } });
    expect(stage(5).escalateBy?.source.quote).toContain("A referral should be made to the Safeguarding Partnership");
    expect(stage(5).escalateBy?.source.quote).toContain("within five working days of the completion of Stage 4 above");
  });

  it("Stage 4 is to be referred to without delay once Stage 3 fails: its escalateBy, not a step of Stage 4", () => {
    // "Where it is not possible to resolve the disagreement at second-tier management level (Stage 3), the matter
    // should be referred without delay to Heads/Directors of Service."
    expect(stage(4).escalateBy).toMatchObject({ immediately: true, from: { completionOf: stage(3).id } });
    expect(stage(4).escalateBy?.source.quote).toContain("referred without delay to Heads/Directors of Service");
    expect(stage(4).steps).toBeUndefined();
  });

  it("no stage but 4 and 5 has an escalateBy: the text times no other escalation", () => {
    expect(policy.stages.filter((s) => s.escalateBy !== undefined).map((s) => s.number)).toEqual([4, 5]);
  });

  it("Stage 4 completes on Day 17, as Appendix 1 says", () => {
    // Appendix 1: "If you have not found a suitable resolution on completion of Stage 4 (Day 17)": 2 + 5 + 5 + 5,
    // which holds only if each of Stages 2-4 runs from the completion of the stage before.
    let day = 0;
    for (const n of [1, 2, 3, 4]) {
      const limit = stage(n).limit;
      if (n > 1) expect(limit?.from).toEqual({ completionOf: stage(n - 1).id });
      day += limit?.workingDays ?? Number.NaN;
    }
    expect(day).toBe(17);
  });
});

describe("swindon: steps and duties", () => {
  it("the Resolution Form is the referral: it carries no time of its own beside Stage 5's escalateBy", () => {
    // Stage 5: "This can be done by completing the form at Appendix 1"; Appendix 1: "forward this completed form on to
    // the Swindon Safeguarding Partnership". The flowchart's "resolution forms at stage five must be completed within
    // five working days" is the referral's five working days, which Stage 5's escalateBy carries.
    const form = duty("resolution-form");
    expect(form.kind).toBe("form");
    expect(form.form).toMatch(/Appendix 1/);
    expect(form.limit).toBeUndefined();
    expect(stage(5).escalateBy?.source.quote).toContain("using the form at Appendix 1");
  });

  it("the learning from the resolution meeting is disseminated within one month of it", () => {
    // "The learning from this resolution meeting or review will be disseminated to all parties within one month of the meeting or review."
    const meeting = stage(5).steps?.find((s) => s.id === "resolution-meeting");
    expect(meeting?.limit).toBeNull(); // the text gives no time for the meeting itself
    const learning = duty("disseminate-learning");
    expect(learning.kind).toBe("learning");
    expect(learning.limit).toMatchObject({ calendarMonths: 1, from: { step: "resolution-meeting" } });
  });

  it("a reflective learning event follows if escalation reaches Stage 5, with no time limit", () => {
    // "A post decision reflective learning event should be held with all stakeholders if the escalation reaches stage 5."
    const debrief = stage(5).duties?.filter((d) => d.kind === "debrief") ?? [];
    expect(debrief).toHaveLength(1);
    expect(debrief[0]?.limit).toBeUndefined();
  });

  it.each([3, 4])("Stage %i records the dispute and agreements on the adult's file", (n) => {
    // Stages 3 and 4: "the detail of the dispute [conflict] and agreements reached should be recorded on the adult's file."
    expect(stage(n).afterResolution?.some((d) => d.kind === "record" && d.where === "adult-file")).toBe(true);
  });

  it("each agency keeps its own log, at every stage", () => {
    // "Each agency is also required to keep their own log of any instances where they have used the resolutions process themselves."
    expect(policy.duties?.filter((d) => d.kind === "record" && d.where === "agency-log")).toHaveLength(1);
  });
});

describe("swindon: copying and routes", () => {
  it("copies the Partnership into all communication from Stage 2 on", () => {
    // "All communication between agencies, from Stage 2 onwards, ... The Swindon Safeguarding Partnership must be copied into any communication"
    expect(policy.copyRules).toHaveLength(1);
    const rule = policy.copyRules?.[0];
    expect(rule?.fromStage).toBe(stage(2).id);
    expect(rule?.to.map((id) => policy.roles.find((r) => r.id === id)?.kind)).toEqual(["board"]);
  });

  it("goes straight to Stage 5 only when immediate action is needed AND there is potentially no resolution", () => {
    // "If there are significant concerns for the adult's well-being that requires immediate action at any stage of
    // this process and there is potentially no resolution, then ... must be informed immediately (Stage 5)."
    const rule = policy.rules?.find((r) => r.effect === "start-at-stage");
    expect(rule).toMatchObject({ stage: stage(5).id, limit: { immediately: true } });
    expect(rule?.when).toEqual({ all: [{ flag: "immediate-risk" }, { flag: "no-resolution-in-prospect" }] });
    // "at any stage of this process": no atStages.
    expect(rule?.atStages).toBeUndefined();
  });

  it("immediate risk of significant harm is escalated on the same working day", () => {
    // N/B: "their concerns are escalated on the same working day using established safeguarding procedure"
    const rule = policy.rules?.find((r) => r.effect === "notify");
    expect(rule).toMatchObject({ when: { flag: "immediate-risk" }, limit: { immediately: true } });
  });

  it("reads the review date as the first of March 2026", () => {
    // "Review Date: March 2026"; "Revised: March 2024"
    expect(policy.reviewDue).toBe("2026-03-01");
    expect(policy.version).toBe("Revised: March 2024");
  });
});
