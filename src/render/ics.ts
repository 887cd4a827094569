import type { Schedule } from "../engine/schedule.js";

/** Options for {@link renderIcs}. */
export interface IcsOptions {
  /** The DTSTAMP of every event, an ISO timestamp; default: midnight UTC of the day raised (pure, so no clock). */
  readonly stamp?: string;
  /** Prefix of the events' UIDs, to tell cases apart in one calendar. Default: the policy id and date raised. */
  readonly uidPrefix?: string;
}

const compact = (date: string): string => date.replace(/-/g, "");
const escapeText = (text: string): string => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

/** RFC 5545 folds lines longer than 75 octets, continuing with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const length = new TextEncoder().encode(character).length;
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += length;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * Turns a schedule into an iCalendar file: one all-day event on each stage's
 * due date (and the final step's), for a case worker's calendar. Stages
 * without a due date are left out.
 *
 * @param plan - from {@link schedule}
 * @param options - DTSTAMP and UID prefix
 * @returns iCalendar text with CRLF line endings
 *
 * @example
 * ```ts
 * writeFileSync("case.ics", renderIcs(schedule(policies.swindon, { raisedOn: "2026-12-23" })));
 * ```
 */
export function renderIcs(plan: Schedule, options: IcsOptions = {}): string {
  const stamp = (options.stamp ?? `${plan.raisedOn}T00:00:00Z`).replace(/[-:]/g, "").replace(/\.\d+/, "");
  const prefix = options.uidPrefix ?? `${plan.policy}-${plan.raisedOn}`;
  const events: string[][] = [];
  const event = (uid: string, date: string, summary: string, description: string) => {
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    events.push([
      "BEGIN:VEVENT",
      `UID:${prefix}-${uid}@safeguarding-escalation`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(date)}`,
      `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      "END:VEVENT",
    ]);
  };
  for (const stage of plan.stages) {
    if (stage.due !== null) event(stage.id, stage.due, `Stage ${stage.number} due: ${stage.title}`, stage.limit === null ? "" : `${stage.limit.text}. "${stage.limit.quote}" (${stage.limit.section})`);
  }
  if (plan.final?.due != null) event("final", plan.final.due, `${plan.final.title} due`, plan.final.what);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//safeguarding-escalation//EN", "CALSCALE:GREGORIAN", ...events.flat(), "END:VCALENDAR"];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
