import { describe, expect, it } from "vitest";
import { DOCUMENT_LIMITS, InvalidOptionsError, InvalidResultError, policies, renderIcs, schedule, type Schedule } from "../../src/index.js";

const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });

/** The content lines of an iCalendar file, unfolded (RFC 5545 3.1). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);
}

/** The value of a TEXT property read back (RFC 5545 3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped === "n" || escaped === "N" ? "\n" : escaped));
}

/**
 * Checks what RFC 5545 asks of the file's form: CRLF lines of at most 75
 * octets, content lines of name, parameters and value, no control character
 * but the tab, TEXT values escaped, components nested and closed, and the
 * properties each component must have exactly once.
 */
function expectValidIcs(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  for (const line of ics.split("\r\n")) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const open: string[] = [];
  const seen: Map<string, number>[] = [];
  for (const line of contentLines(ics)) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:,"]*)*):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name = "", , value = ""] = match ?? [];
    expect(value).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/); // eslint-disable-line no-control-regex
    if (["SUMMARY", "DESCRIPTION", "UID"].includes(name)) expect(value.replace(/\\[\\;,nN]/g, "")).not.toMatch(/[\\;,]/);
    if (name === "BEGIN") {
      open.push(value);
      seen.push(new Map());
    } else if (name === "END") {
      expect(open.pop()).toBe(value);
      const counts = seen.pop() ?? new Map<string, number>();
      const required = value === "VCALENDAR" ? ["VERSION", "PRODID"] : value === "VEVENT" ? ["UID", "DTSTAMP", "DTSTART"] : [];
      for (const property of required) expect(counts.get(property), `${property} in ${value}`).toBe(1);
    } else {
      const counts = seen.at(-1);
      expect(counts, `${name} outside any component`).toBeDefined();
      counts?.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  expect(open).toEqual([]);
}

/** The schedule with its stages' text replaced, as a caller could hand renderIcs. */
function withStageText(base: Schedule, title: string, quote = "quote"): Schedule {
  return { ...base, stages: base.stages.map((stage) => ({ ...stage, title, limit: stage.limit === null ? null : { ...stage.limit, quote } })) };
}

describe("renderIcs", () => {
  const ics = renderIcs(plan);
  const lines = contentLines(ics);

  it("is a valid iCalendar file", () => {
    expectValidIcs(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toContain("PRODID:-//safeguarding-escalation//EN");
  });

  it("has an all-day event on each stage's due date, and none for a stage without one", () => {
    // Raised Wednesday 23 December 2026 (England: 25 and 28 December, 1 January are bank holidays).
    // Stage 1, 2 working days: Thu 24, Tue 29 -> 29 December.
    // Stage 2, 5 working days after: Wed 30, Thu 31, Mon 4, Tue 5, Wed 6 -> 6 January.
    // Stage 3, 5 more: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 -> 13 January.
    // Stage 4, 5 more: Thu 14, Fri 15, Mon 18, Tue 19, Wed 20 -> 20 January.
    // Stage 5 has no limit of its own (only its referral has a date), nor has the Resolution Panel: no event.
    expect(lines.filter((line) => line.startsWith("DTSTART"))).toEqual(["20261229", "20270106", "20270113", "20270120"].map((day) => `DTSTART;VALUE=DATE:${day}`));
    expect(lines).toContain("DTEND;VALUE=DATE:20270121");
    expect(lines).toContain("UID:swindon-2026-12-23-stage-4@safeguarding-escalation");
    expect(lines).toContain("SUMMARY:Stage 4 due: Heads / Leads / Directors of Service");
    // Mid and West Wales: only Stage 1 has a time limit.
    expect(renderIcs(schedule(policies["mid-and-west-wales"], { raisedOn: "2026-12-23" })).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("is pure: the same schedule gives the same text, stamped at midnight UTC of the day raised unless told", () => {
    expect(renderIcs(plan)).toBe(ics);
    expect(lines).toContain("DTSTAMP:20261223T000000Z");
    // 09:30 at UTC+1 is 08:30 UTC.
    expect(contentLines(renderIcs(plan, { stamp: "2026-12-23T09:30:00+01:00" }))).toContain("DTSTAMP:20261223T083000Z");
  });

  it("lets no text start a line of its own: line breaks, control characters and lone surrogates in any text", () => {
    const hostile = "Review\r\nEND:VEVENT\r\nBEGIN:VEVENT\rUID:evil\nATTENDEE:mailto:x@example.com;\u0000\u0007\ud800 end";
    const forged = { ...withStageText(plan, hostile, hostile), policy: "swindon\r\nX-EVIL:1" };
    const text = renderIcs(forged, { uidPrefix: "case;42,a\\b" });
    expectValidIcs(text);
    const content = contentLines(text);
    expect(content.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(4);
    expect(content.some((line) => /^(UID:evil|ATTENDEE|X-EVIL)/.test(line))).toBe(false);
    // Read back, the summary is the text given, with each character iCalendar cannot hold shown as U+FFFD.
    const summary = content.find((line) => line.startsWith("SUMMARY:"))?.slice("SUMMARY:".length) ?? "";
    expect(unescapeText(summary)).toBe(`Stage 1 due: ${hostile}`.replace(/\r\n|\r/g, "\n").replace(/[\u0000\u0007\ud800]/g, "\ufffd")); // eslint-disable-line no-control-regex
    expect(content).toContain("UID:case\\;42\\,a\\\\b-stage-1@safeguarding-escalation");
    // Without a prefix the UID holds the policy id, escaped like any text.
    expect(contentLines(renderIcs(forged))).toContain("UID:swindon\\nX-EVIL:1-2026-12-23-stage-1@safeguarding-escalation");
  });

  it("folds long text into lines of at most 75 octets, and it reads back whole", () => {
    // Characters of 1, 2, 3 and 4 octets and characters to escape, up to the 10,000 UTF-16 units
    // a schedule's text may hold (DOCUMENT_LIMITS): folding must never split one.
    const long = "aé€😀;,\\".repeat(1_250);
    expect(long).toHaveLength(DOCUMENT_LIMITS.stringLength);
    const text = renderIcs(withStageText(plan, long, long));
    expectValidIcs(text);
    const summaries = contentLines(text).filter((line) => line.startsWith("SUMMARY:"));
    expect(summaries).toHaveLength(4);
    for (const summary of summaries) expect(unescapeText(summary.slice("SUMMARY:".length))).toMatch(new RegExp(`^Stage \\d due: ${long.replace(/[\\]/g, "\\\\")}$`, "u"));
  });

  it("refuses what is not a schedule, and options it does not take, with typed errors", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({}, "stamp", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    for (const notSchedule of [null, {}, "plan", { ...plan, stages: "none" }, { ...plan, raisedOn: "2026-02-30" }, withStageText(plan, 5 as unknown as string)]) {
      expect(() => renderIcs(notSchedule as Schedule)).toThrow(InvalidResultError);
    }
    expect(() => renderIcs({ ...plan, stages: plan.stages.map((stage) => ({ ...stage, id: undefined })) } as unknown as Schedule)).toThrow(/stages\[0\]\.id/);
    expect(() => renderIcs(plan, { uidPrefix: "case\r\nX-EVIL:1" })).toThrow(InvalidOptionsError);
    expect(() => renderIcs(plan, { uidPrefix: "case\r\nX-EVIL:1" })).toThrow(/uidPrefix must be text without control characters .*; got "case\\r\\nX-EVIL:1"/);
    for (const options of [{ stamp: "yesterday" }, { stamp: "2026-12-23T09:30:00" }, { stamp: 0 }, { uidPrefix: 1n }, { uid: "x" }, getter, revoked.proxy, [], "options"]) {
      expect(() => renderIcs(plan, options as never)).toThrow(InvalidOptionsError);
    }
  });
});
