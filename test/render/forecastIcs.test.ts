// renderForecastIcs: a forecast as an iCalendar file. The Swindon case of
// test/engine/forecast.test.ts: raised Wed 23 December 2026, at Stage 2 from Tue 29 December.
import { describe, expect, it } from "vitest";
import { forecast, InvalidOptionsError, InvalidResultError, parseCase, policies, renderForecastIcs, type Forecast } from "../../src/index.js";

const parsed = parseCase({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, policies.swindon);
if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
const ahead = forecast(policies.swindon, parsed.case, "2026-12-30");

/** The content lines of an iCalendar file, unfolded (RFC 5545 3.1). */
const contentLines = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);

/** Each event's properties by name. */
function events(ics: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const line of contentLines(ics)) {
    if (line === "BEGIN:VEVENT") found.push({});
    const [name, ...value] = line.split(":");
    const event = found.at(-1);
    if (event !== undefined) event[(name as string).split(";")[0] as string] = value.join(":");
  }
  return found;
}

describe("renderForecastIcs", () => {
  it("gives one all-day event for each dated deadline, on its date", () => {
    const ics = renderForecastIcs(ahead);
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The six dated deadlines of test/engine/forecast.test.ts: the liaison duty (overdue), Stages 2, 3 and 4, and the escalations into 4 and 5.
    expect(events(ics).map((event) => [event.DTSTART, event.SUMMARY])).toEqual([
      ["20261223", "Duty due: Liaise with professionals and safeguarding designates in the respective organisations."],
      ["20270106", "Stage due: Inter-agency Discussion"],
      ["20270113", "Stage due: Team / Inspectors / Service Manager"],
      ["20270113", "Escalate by: Heads / Leads / Directors of Service"],
      ["20270120", "Stage due: Heads / Leads / Directors of Service"],
      ["20270127", "Escalate by: Swindon Safeguarding Partnership"],
    ]);
    // All-day: the day after as the end; stamped at midnight UTC of the day forecast.
    expect(events(ics)[1]).toMatchObject({ DTEND: "20270107", DTSTAMP: "20261230T000000Z", UID: "swindon-2026-12-23-stage-stage-2@safeguarding-escalation" });
  });

  it("keeps each deadline's UID from one day's forecast to the next", () => {
    const uids = (result: Forecast) => events(renderForecastIcs(result)).map((event) => event.UID);
    const later = forecast(policies.swindon, parsed.case, "2027-01-05");
    expect(uids(later)).toEqual(uids(ahead));
  });

  it("takes renderIcs's options, checked alike", () => {
    const ics = renderForecastIcs(ahead, { uidPrefix: "case-42", stamp: "2026-12-30T09:30:00Z" });
    expect(events(ics)[0]).toMatchObject({ UID: "case-42-duty-liaise-with-safeguarding-designates@safeguarding-escalation", DTSTAMP: "20261230T093000Z" });
    expect(() => renderForecastIcs(ahead, { uidPrefix: "a\r\nX-EVIL:1" })).toThrow(InvalidOptionsError);
    expect(() => renderForecastIcs(ahead, { stamp: "yesterday" })).toThrow(InvalidOptionsError);
    expect(() => renderForecastIcs(ahead, { colour: "red" } as never)).toThrow(InvalidOptionsError);
  });

  it("refuses what is not a forecast, and writes the caller's text safely", () => {
    expect(() => renderForecastIcs({ policy: "swindon" } as never)).toThrow(InvalidResultError);
    expect(() => renderForecastIcs({ ...ahead, deadlines: [{ ...ahead.deadlines[0], due: "2026-02-30" }] } as never)).toThrow(InvalidResultError);
    const forged: Forecast = { ...ahead, deadlines: [{ ...(ahead.deadlines[1] as Forecast["deadlines"][number]), id: "x\r\nX-EVIL:1", title: "a\u0000b\r\nEND:VCALENDAR" }] };
    const ics = renderForecastIcs(forged);
    expect(contentLines(ics).filter((line) => line.startsWith("X-EVIL") || line === "END:VCALENDAR")).toEqual(["END:VCALENDAR"]);
    expect(events(ics)[0]?.SUMMARY).toBe("Stage due: a\ufffdb\\nEND:VCALENDAR");
  });
});
