// The flowchart and the iCalendar files in Welsh: their own words from the
// catalogue (src/messages/cy.json), filled by hand below; the policy's titles
// as its file gives them; English the default and unchanged; lang checked as
// every option is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forecast, InvalidOptionsError, parseCase, parsePolicy, policies, renderForecastIcs, renderIcs, renderMermaid, schedule, type Policy } from "../../src/index.js";

const parsed = parsePolicy(JSON.parse(readFileSync(new URL("../fixtures/policies/referral.json", import.meta.url), "utf8")));
const referral = (parsed.success ? parsed.policy : undefined) as Policy;

/** The content lines of an iCalendar file, unfolded (RFC 5545 3.1). */
const contentLines = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);
const property = (ics: string, name: string): string[] => contentLines(ics).flatMap((line) => (line.startsWith(`${name}:`) ? [line.slice(name.length + 1)] : []));

describe("renderMermaid in Welsh", () => {
  const chart = renderMermaid(referral, { lang: "cy" });

  it("words its own boxes and edges from the catalogue", () => {
    expect(chart.split("\n").slice(0, 3)).toEqual(["flowchart TD", '  raised(["Yr anghytundeb yn codi"])', `  resolved(["Wedi'i ddatrys"])`]);
    // English: 'Stage 1: Practitioners<br/>within 2 working days, or the risk deadline if sooner' (test/render/mermaid.test.ts).
    // mermaid.stage "Cam {number}: {title}"; mermaid.orRiskDeadline "{amount}, neu ddyddiad terfyn risg yr achos os yw'n gynt";
    // amount.within "o fewn {duration}", duration.workingDays for 2 ("two") "{count} ddiwrnod gwaith".
    expect(chart).toContain(`s_stage_1["Cam 1: Practitioners<br/>o fewn 2 ddiwrnod gwaith, neu ddyddiad terfyn risg yr achos os yw'n gynt"]`);
    // mermaid.notResolvedEscalate "heb ei ddatrys: uwchgyfeirio {amount}", 5 working days: "other" form.
    expect(chart).toContain('s_stage_2 -->|"heb ei ddatrys: uwchgyfeirio o fewn 5 diwrnod gwaith"| s_stage_3\n');
    // mermaid.resolvedEdge has an apostrophe, so the edge label is quoted; English "resolved" stays bare.
    expect(chart).toContain(`s_stage_1 -.->|"wedi'i ddatrys"| resolved\n`);
    // Plain words stay bare, as in English.
    expect(chart).toContain("s_stage_3 -->|heb ei ddatrys| final\n");
  });

  it("words conditions: subject, not, and, or", () => {
    // "only when: not about a child": mermaid.onlyWhen "dim ond pan: {condition}", mermaid.not "nid {condition}", mermaid.aboutChild "am blentyn".
    expect(chart).toContain('s_stage_3["Cam 3: Independent Chair<br/>dim terfyn amser<br/>dim ond pan: nid am blentyn"]');
    // A route from the disagreement arising: mermaid.route "{words} ({when})", mermaid.routeLimit "{title}, {amount}" with amount.immediately "ar unwaith",
    // mermaid.whenAnyStage "ar unrhyw gam, pan: {condition}", flags joined by list.and "{list} a {item}" (flag.* as the catalogue words them).
    expect(chart).toContain(
      'raised -.->|"Immediate risk with no resolution in prospect: straight to the Chair, ar unwaith (ar unrhyw gam, pan: risg uniongyrchol a dim datrysiad yn y golwg)"| s_stage_3\n',
    );
    // A notify route: mermaid.tell "rhoi gwybod", mermaid.when "pan: {condition}", mermaid.or "{list} neu {item}".
    expect(chart).toContain('r2{{"Policy issues: tell the Business Unit<br/>dim terfyn amser"}}');
    expect(chart).toContain('s_stage_2 -.->|"rhoi gwybod (pan: yn codi materion polisi neu gweithdrefn aneglur)"| r2\n');
  });

  it("is English by default, the same as with lang en", () => {
    for (const policy of [referral, ...Object.values(policies)]) expect(renderMermaid(policy, { lang: "en" })).toBe(renderMermaid(policy));
    expect(renderMermaid(referral)).toContain("s_stage_3 -->|not resolved| final\n");
  });

  it("refuses an unknown option or language", () => {
    expect(() => renderMermaid(referral, { lang: "fr" } as never)).toThrow(InvalidOptionsError);
    expect(() => renderMermaid(referral, { language: "cy" } as never)).toThrow(InvalidOptionsError);
    expect(() => renderMermaid(referral, "cy" as never)).toThrow(InvalidOptionsError);
  });
});

describe("renderIcs in Welsh", () => {
  // Swindon raised Wednesday 23 December 2026: Stage 1 due Tuesday 29 December (2 working days, passing over
  // Christmas Day and the Boxing Day substitute on Monday 28th), as renderScheduleText's example shows.
  const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" });
  const ics = renderIcs(plan, { lang: "cy", stamp: "2026-12-23T09:00:00Z" });

  it("words each event's summary from the catalogue, and describes it with the schedule's Welsh limit", () => {
    const summaries = property(ics, "SUMMARY");
    // ics.stageDue "Cam {number} yn ddyledus: {title}".
    expect(summaries[0]).toBe("Cam 1 yn ddyledus: Internal Discussion");
    expect(summaries).toHaveLength(plan.stages.filter((stage) => stage.due !== null).length + (plan.final?.due == null ? 0 : 1));
    // ics.description "{limit}. \"{quote}\" ({section})", the limit as schedule wrote it in Welsh (iCalendar escapes the comma).
    expect(property(ics, "DESCRIPTION")[0]?.startsWith("o fewn 2 ddiwrnod gwaith ar ôl i'r anghytundeb godi. \"")).toBe(true);
    expect(property(ics, "DTSTART;VALUE=DATE")[0]).toBe("20261229");
  });

  it("is English by default, and the same with lang en", () => {
    const english = schedule(policies.swindon, { raisedOn: "2026-12-23" });
    expect(renderIcs(english, { lang: "en" })).toBe(renderIcs(english));
    expect(property(renderIcs(english), "SUMMARY")[0]).toBe("Stage 1 due: Internal Discussion");
  });

  it("refuses an unknown language", () => {
    expect(() => renderIcs(plan, { lang: "CY" } as never)).toThrow(InvalidOptionsError);
  });
});

describe("renderForecastIcs in Welsh", () => {
  // The case of test/render/forecastIcs.test.ts: raised Wednesday 23 December 2026, at Stage 2 from Tuesday 29 December, forecast on the 30th.
  const record = parseCase({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, policies.swindon);
  if (!record.success) throw new Error(JSON.stringify(record.errors));
  // forecast takes no lang yet, so the limits in the descriptions stay English; the summaries are the renderer's words.
  const ahead = forecast(policies.swindon, record.case, "2026-12-30");

  it("words each kind of deadline from the catalogue", () => {
    // The English summaries are in test/render/forecastIcs.test.ts, in the same order; ics.forecast.* in Welsh.
    expect(property(renderForecastIcs(ahead, { lang: "cy" }), "SUMMARY")).toEqual([
      "Dyletswydd yn ddyledus: Liaise with professionals and safeguarding designates in the respective organisations.",
      "Cam yn ddyledus: Inter-agency Discussion",
      "Cam yn ddyledus: Team / Inspectors / Service Manager",
      "Uwchgyfeirio erbyn heddiw: Heads / Leads / Directors of Service",
      "Cam yn ddyledus: Heads / Leads / Directors of Service",
      "Uwchgyfeirio erbyn heddiw: Swindon Safeguarding Partnership",
    ]);
  });

  it("is English by default, and the same with lang en", () => {
    expect(renderForecastIcs(ahead, { lang: "en" })).toBe(renderForecastIcs(ahead));
    expect(property(renderForecastIcs(ahead), "SUMMARY")[1]).toBe("Stage due: Inter-agency Discussion");
  });
});
