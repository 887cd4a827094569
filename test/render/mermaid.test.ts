// The flowchart draws every stage, every route from where it starts, and every time limit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidPolicyError, parsePolicy, policies, renderMermaid, type Policy } from "../../src/index.js";

const parsed = parsePolicy(JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")));
const referral = (parsed.success ? parsed.policy : undefined) as Policy;
const chart = renderMermaid(referral);

describe("renderMermaid", () => {
  it("draws the ladder in order, each stage with the limit on its own work", () => {
    expect(chart.startsWith("flowchart TD\n")).toBe(true);
    expect(chart).toContain('s_stage_1["Stage 1: Practitioners<br/>within 2 working days, or the risk deadline if sooner"]');
    expect(chart).toContain("raised --> s_stage_1\n");
    expect(chart).toContain('s_stage_1 -->|"not resolved"| s_stage_2\n');
    expect(chart).toContain("s_stage_3 -->|not resolved| final\n");
  });

  it("puts the time to escalate on the edge into the stage, and the stage's condition on it", () => {
    expect(chart).toContain('s_stage_2 -->|"not resolved: escalate within 5 working days"| s_stage_3\n');
    expect(chart).toContain('s_stage_3["Stage 3: Independent Chair<br/>no time limit<br/>only when: not about a child"]');
  });

  it("draws a route straight to a stage from the disagreement arising (at any stage), under its whole condition", () => {
    expect(chart).toContain('raised -.->|"Immediate risk with no resolution in prospect: straight to the Chair, immediately (at any stage, when immediate risk and no resolution in prospect)"| s_stage_3\n');
  });

  it("draws a notify route from the stages where it applies", () => {
    expect(chart).toContain('r2{{"Policy issues: tell the Business Unit<br/>no time limit"}}');
    expect(chart).toContain('s_stage_2 -.->|"tell (when raises policy issues or unclear procedure)"| r2\n');
  });

  it("draws a route into any stage to every stage", () => {
    const trafford = renderMermaid(policies.trafford);
    const route = policies.trafford.rules?.find((rule) => rule.effect === "start-at-any-stage");
    expect(route).toBeDefined();
    expect(trafford).toContain(`| ${policies.trafford.stages.map((stage) => `s_${stage.id.replace(/-/g, "_")}`).join(" & ")}\n`);
  });

  it("escapes quotes in labels", () => {
    const copy = structuredClone(JSON.parse(JSON.stringify(policies.trafford))) as { stages: { title: string }[] };
    (copy.stages[0] as { title: string }).title = 'The "first" stage';
    const reparsed = parsePolicy(copy);
    expect(reparsed.success && renderMermaid(reparsed.policy)).toContain("The #quot;first#quot; stage");
  });

  it("refuses what is not a valid policy", () => {
    expect(() => renderMermaid({} as Policy)).toThrow(InvalidPolicyError);
  });
});
