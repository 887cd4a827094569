import type { Forecast, ForecastKind } from "../engine/forecast.js";
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import { addAllDayEvent, icsOptions, limitDescription, newCalendar, type IcsOptions } from "./ics.js";
import { checkForecastInput } from "./inputs.js";

// What each kind of deadline is, as an event's summary says it.
const SUMMARY: Readonly<Record<ForecastKind, RendererKey>> = {
  stage: "ics.forecast.stage",
  escalation: "ics.forecast.escalation",
  step: "ics.forecast.step",
  duty: "ics.forecast.duty",
  final: "ics.forecast.final",
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
 * @param options - DTSTAMP (default: midnight UTC of the forecast's `asOf`), UID prefix (default: the policy id and the day raised), and `lang` (`"en"`, the default, or `"cy"`) for the events' words
 * @returns iCalendar text with CRLF line endings
 * @throws {@link InvalidResultError} if `ahead` is not a forecast
 * @throws {@link InvalidOptionsError} for an unknown option, a stamp that is not a timestamp, a UID prefix with a control character, or an unknown language
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
  const { stamp, uidPrefix, lang } = icsOptions(options);
  const prefix = uidPrefix ?? `${checked.policy}-${checked.raisedOn}`;
  const calendar = newCalendar();
  const uids = new Set<string>();
  for (const deadline of checked.deadlines) {
    if (deadline.due === null) continue;
    // A duty agreed twice under one id, say: each event keeps a UID of its own.
    let uid = `${prefix}-${deadline.kind}-${deadline.id}`;
    for (let again = 2; uids.has(uid); again++) uid = `${prefix}-${deadline.kind}-${deadline.id}-${again}`;
    uids.add(uid);
    addAllDayEvent(calendar, uid, deadline.due, stamp ?? new Date(`${checked.asOf}T00:00:00Z`), rendererMessage(lang, SUMMARY[deadline.kind], { title: deadline.title }), limitDescription(lang, deadline.limit));
  }
  return `${calendar.toString()}\r\n`;
}
