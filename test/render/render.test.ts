import { describe, expect, it } from "vitest";
import { policies, renderIcs, schedule } from "../../src/index.js";

const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });

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
