// describeLimits: every limit of a policy in the engine's own words, in
// English or Welsh, with what it runs from and the words it came from.
import { describe, expect, it } from "vitest";
import { describeLimits } from "../../src/policy/describePolicy.js";
import { InvalidOptionsError, InvalidPolicyError, LANGUAGES, policies, schedule, type Policy } from "../../src/index.js";

const bundled = Object.values(policies) as Policy[];

describe("describeLimits", () => {
  it("words each stage's limit as schedule does, in both languages, stages in order, each escalation after its stage", () => {
    for (const policy of bundled) {
      for (const lang of LANGUAGES) {
        const limits = describeLimits(policy, { lang });
        const plan = schedule(policy, { raisedOn: "2026-12-23" }, { lang });
        const stages = limits.filter((found) => found.kind === "stage");
        expect(stages.map((found) => found.id)).toEqual(policy.stages.map((stage) => stage.id));
        for (const stage of plan.stages) {
          const found = stages.find((candidate) => candidate.id === stage.id);
          expect(found?.limit?.text ?? null, `${policy.id} ${stage.id} ${lang}`).toBe(stage.limit?.text ?? null);
          const escalate = limits.find((candidate) => candidate.kind === "escalate" && candidate.id === stage.id);
          expect(escalate?.limit?.text ?? null, `${policy.id} ${stage.id} escalate ${lang}`).toBe(stage.escalateByLimit?.text ?? null);
          if (escalate !== undefined) expect(limits.indexOf(escalate)).toBe(limits.indexOf(found as (typeof limits)[number]) + 1);
        }
      }
    }
  });

  it("gives Swindon's Stage 2 as within 5 working days of Stage 1's completion, cited to the text, in English and Welsh", () => {
    const [english, welsh] = LANGUAGES.map((lang) => describeLimits(policies.swindon, { lang }).find((found) => found.kind === "stage" && found.id === "stage-2"));
    expect(english?.limit).toMatchObject({ amount: "within 5 working days", from: { completionOf: "stage-1" }, source: policies.swindon.stages[1]?.limit?.source });
    expect(english?.limit?.source.quote).toBe("The discussion should take place within five working days of the completion of Stage 1 above.");
    expect(english?.source).toEqual(policies.swindon.stages[1]?.source);
    expect(welsh?.limit?.amount).toBe("o fewn 5 diwrnod gwaith");
    expect(welsh?.title).toBe("Inter-agency Discussion");
  });

  it("lists the readings not encoded, with their amounts in words and why", () => {
    const readings = bundled.flatMap((policy) => describeLimits(policy).flatMap((found) => found.limit?.otherReadings ?? []));
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) {
      expect(reading.amount).toMatch(/^(within \d+ |immediately|as soon as possible)/);
      expect(reading.note.length).toBeGreaterThan(0);
    }
  });

  it("shares nothing with the policy: new objects on every call, free to change", () => {
    const first = describeLimits(policies.swindon);
    const again = describeLimits(policies.swindon);
    expect(again).toEqual(first);
    expect(again[0]).not.toBe(first[0]);
    const source = first[0]?.source as { quote: string };
    expect(Object.isFrozen(source)).toBe(false);
    source.quote = "changed";
    expect(describeLimits(policies.swindon)[0]?.source.quote).toBe(policies.swindon.stages[0]?.source.quote);
  });

  it("refuses an unknown language or option, and a value that is not a policy, with typed errors", () => {
    expect(() => describeLimits(policies.swindon, { lang: "fr" as "cy" })).toThrow(InvalidOptionsError);
    expect(() => describeLimits(policies.swindon, { language: "cy" } as never)).toThrow(InvalidOptionsError);
    expect(() => describeLimits(null as unknown as Policy)).toThrow(InvalidPolicyError);
  });
});
