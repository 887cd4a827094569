import { describe, expect, it } from "vitest";
import { assess, policies, renderAssessmentText, renderIcs, renderMermaid, renderScheduleText, schedule } from "../../src/index.js";

const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });

describe("renderScheduleText", () => {
  it("lists each stage with its due date, limit and who acts", () => {
    const text = renderScheduleText(plan);
    expect(text).toContain("Stage 1  Internal Discussion  due Tuesday 29 December 2026");
    expect(text).toContain("Stage 4  Heads / Leads / Directors of Service  due Wednesday 20 January 2027");
    expect(text).toContain("within 5 working days of the completion of Stage 1 (Internal Discussion)");
    expect(text).toContain("copy in: Swindon Safeguarding Partnership");
  });

  it("says when a stage has no time limit, and when a route passes stages over", () => {
    expect(renderScheduleText(schedule(policies["mid-and-west-wales"], { raisedOn: "2026-12-23" }))).toContain("due no time limit");
    expect(renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23", flags: ["immediate-risk"] }))).toMatch(/Stage 1 {2}Internal Discussion {2}passed over/);
  });
});

describe("renderAssessmentText", () => {
  it("leads with the state and lists the duties still owed", () => {
    const text = renderAssessmentText(assess(policies.swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [] }, "2026-12-30"));
    expect(text.split("\n")[0]).toBe("OVERDUE: Stage 1 (Internal Discussion), due Tuesday 29 December 2026");
    expect(text).toContain("Duties still owed:");
  });
});

describe("renderMermaid", () => {
  it("draws every stage in order, the final body and the immediate-risk route", () => {
    const chart = renderMermaid(policies.swindon);
    expect(chart.startsWith("flowchart TD\n")).toBe(true);
    expect(chart).toContain('s_stage_1["Stage 1: Internal Discussion<br/>within 2 working days"]');
    expect(chart).toContain("s_stage_4 -->|not resolved| s_stage_5");
    expect(chart).toContain("s_stage_5 -->|not resolved| final");
    expect(chart).toMatch(/raised -\.->\|".*"\| s_stage_5/);
  });

  it("escapes quotes in labels", () => {
    const chart = renderMermaid({ ...policies.trafford, stages: [{ ...policies.trafford.stages[0]!, title: 'The "first" stage' }] }); // eslint-disable-line @typescript-eslint/no-non-null-assertion
    expect(chart).toContain("The #quot;first#quot; stage");
  });
});

describe("renderIcs", () => {
  const ics = renderIcs(plan);
  const lines = ics.split("\r\n");

  it("is an iCalendar file with CRLF lines of at most 75 octets", () => {
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("has an all-day event on each stage's due date, and none for an open stage", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20270120");
    expect(lines).toContain("DTEND;VALUE=DATE:20270121");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(5);
    expect(renderIcs(schedule(policies["mid-and-west-wales"], { raisedOn: "2026-12-23" })).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("is pure: the same schedule gives the same text", () => {
    expect(renderIcs(plan)).toBe(ics);
    expect(ics).toContain("DTSTAMP:20261223T000000Z");
  });
});
