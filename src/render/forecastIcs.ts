import type { Forecast, ForecastDeadline, ForecastKind } from "../engine/forecast.js";
import { addAllDayEvent, icsOptions, newCalendar, type IcsOptions } from "./ics.js";
import { checkForecastInput } from "./inputs.js";

// What each kind of deadline is, as an event's summary begins.
const SUMMARY: Readonly<Record<ForecastKind, string>> = {
  stage: "Stage due",
  escalation: "Escalate by",
  step: "Step due",
  duty: "Duty due",
  final: "Due",
};

/**
 * Turns a forecast into an iCalendar (RFC 5545) file: one all-day event on
 * the date of each deadline still ahead of the case (and of those passed
 * and not yet met), so that a case worker's calendar shows what is coming.
 * Deadlines without a date are left out. Each event's UID is the same from
 * one day's forecast to the next (the policy, the day raised, the kind and
 * id of the deadline), so a calendar that imports it again updates its
 * events rather than adding new ones. Text is escaped and folded as
 * {@link renderIcs} does it.
 *
 * @param ahead - from {@link forecast}
 * @param options - DTSTAMP (default: midnight UTC of the forecast's `asOf`) and UID prefix (default: the policy id and the day raised)
 * @returns iCalendar text with CRLF line endings
 * @throws {@link InvalidResultError} if `ahead` is not a forecast
 * @throws {@link InvalidOptionsError} for an unknown option, a stamp that is not a timestamp, or a UID prefix with a control character
 *
 * @example
 * ```ts
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] };
 * const ahead = forecast(policies.swindon, record, "2026-12-30");
 * writeFileSync("case-42.ics", renderForecastIcs(ahead, { uidPrefix: "case-42" }));
 * ```
 */
export function renderForecastIcs(ahead: Forecast, options?: IcsOptions): string {
  const checked = checkForecastInput(ahead);
  const { stamp, uidPrefix } = icsOptions(options);
  const prefix = uidPrefix ?? `${checked.policy}-${checked.raisedOn}`;
  const calendar = newCalendar();
  const uids = new Set<string>();
  for (const deadline of checked.deadlines) {
    if (deadline.due === null) continue;
    // A duty agreed twice under one id, say: each event keeps a UID of its own.
    let uid = `${prefix}-${deadline.kind}-${deadline.id}`;
    for (let again = 2; uids.has(uid); again++) uid = `${prefix}-${deadline.kind}-${deadline.id}-${again}`;
    uids.add(uid);
    addAllDayEvent(calendar, uid, deadline.due, stamp ?? new Date(`${checked.asOf}T00:00:00Z`), `${SUMMARY[deadline.kind]}: ${deadline.title}`, description(deadline));
  }
  return `${calendar.toString()}\r\n`;
}

/** The rule that sets the date, with the words it came from. */
function description({ limit }: ForecastDeadline): string {
  return limit === null ? "" : `${limit.text}. "${limit.quote}" (${limit.section})`;
}
