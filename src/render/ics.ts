import ical, { type ICalCalendar } from "ical-generator";
import { describeValue } from "../describeValue.js";
import type { Schedule } from "../engine/schedule.js";
import { InvalidOptionsError } from "../errors.js";
import { rendererMessage } from "../messages/renderers.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { checkScheduleInput } from "./inputs.js";

/** Options for {@link renderIcs}. */
export interface IcsOptions {
  /** The DTSTAMP of every event, an ISO timestamp with Z or an offset; default: midnight UTC of the day raised (pure, so no clock). */
  readonly stamp?: string;
  /** Prefix of the events' UIDs, to tell cases apart in one calendar. Default: the policy id and date raised. */
  readonly uidPrefix?: string;
  /**
   * The language of the events' own words ("Stage 2 due"): `"en"` (default)
   * or `"cy"` (Welsh). The limits' words are in the language the schedule or
   * forecast was made in: pass the same `lang` to it.
   */
  readonly lang?: Language;
}

// A UID prefix is the caller's: a line break in it would start a new
// iCalendar line, and no other control character is allowed in iCalendar text.
const CONTROL = /[\u0000-\u001f\u007f]/; // eslint-disable-line no-control-regex

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// iCalendar text may hold no control character but the tab (line breaks are
// escaped by ical-generator), and UTF-8 cannot encode a lone surrogate: each
// becomes U+FFFD, the mark of a character that could not be shown.
const UNSHOWABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g; // eslint-disable-line no-control-regex
const showable = (text: string): string => text.replace(UNSHOWABLE, "\ufffd");
// A UID is iCalendar text too, but ical-generator writes it as given: its
// ids come from the schedule, so they are escaped here like any other text.
const escapedUid = (text: string): string => showable(text).replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n");

const DAY_MS = 86_400_000;

/**
 * Turns a schedule into an iCalendar (RFC 5545) file: one all-day event on
 * each stage's due date (and the final step's), for a case worker's
 * calendar. Stages without a due date are left out. Text is escaped and
 * folded by ical-generator, so no text of the policy's or the caller's can
 * start a line of its own.
 *
 * @param plan - from {@link schedule}
 * @param options - DTSTAMP, UID prefix, and `lang` (`"en"`, the default, or `"cy"`) for the events' words
 * @returns iCalendar text with CRLF line endings
 * @throws {@link InvalidResultError} if `plan` is not a schedule
 * @throws {@link InvalidOptionsError} for an unknown option, a stamp that is not a timestamp, a UID prefix with a control character, or an unknown language
 *
 * @example
 * ```ts
 * writeFileSync("case.ics", renderIcs(schedule(policies.swindon, { raisedOn: "2026-12-23" })));
 * // In Welsh: events such as "Cam 1 yn ddyledus: Internal Discussion"
 * writeFileSync("achos.ics", renderIcs(schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" }), { lang: "cy" }));
 * ```
 */
export function renderIcs(plan: Schedule, options?: IcsOptions): string {
  const checked = checkScheduleInput(plan);
  const { stamp, uidPrefix, lang } = icsOptions(options);
  const prefix = uidPrefix ?? `${checked.policy}-${checked.raisedOn}`;
  const calendar = newCalendar();
  const event = (uid: string, due: string, summary: string, description: string) => addAllDayEvent(calendar, `${prefix}-${uid}`, due, stamp ?? new Date(`${checked.raisedOn}T00:00:00Z`), summary, description);
  for (const stage of checked.stages) {
    if (stage.due !== null) event(stage.id, stage.due, rendererMessage(lang, "ics.stageDue", { number: stage.number, title: stage.title }), limitDescription(lang, stage.limit));
  }
  if (checked.final?.due != null) event("final", checked.final.due, rendererMessage(lang, "ics.finalDue", { title: checked.final.title }), checked.final.what);
  return `${calendar.toString()}\r\n`;
}

/** @internal An event's description: the limit that sets its date, with the words it came from; empty where none does. */
export const limitDescription = (lang: Language, limit: { readonly text: string; readonly quote: string; readonly section: string } | null): string =>
  limit === null ? "" : rendererMessage(lang, "ics.description", { limit: limit.text, quote: limit.quote, section: limit.section });

/** @internal An empty calendar of this package's. */
export const newCalendar = (): ICalCalendar => ical({ prodId: "//safeguarding-escalation//EN", scale: "GREGORIAN" });

/** @internal Adds an all-day event on `due`, its UID, summary and description made safe as iCalendar text. */
export function addAllDayEvent(calendar: ICalCalendar, uid: string, due: string, stamp: Date, summary: string, description: string): void {
  const start = new Date(`${due}T00:00:00Z`);
  calendar.createEvent({
    id: escapedUid(`${uid}@safeguarding-escalation`),
    stamp,
    allDay: true,
    start,
    end: new Date(start.getTime() + DAY_MS),
    summary: showable(summary),
    description: showable(description),
  });
}

/** @internal The options of an iCalendar renderer, checked: a stamp as a Date, a UID prefix without control characters, a language. */
export function icsOptions(options: unknown): { stamp?: Date; uidPrefix?: string; lang: Language } {
  const { stamp, uidPrefix, lang } = readOptions(options, ["stamp", "uidPrefix", "lang"]) ?? {};
  const read: { stamp?: Date; uidPrefix?: string; lang: Language } = { lang: languageOption(lang) };
  if (stamp !== undefined) {
    const time = typeof stamp === "string" && ISO_TIMESTAMP.test(stamp) ? Date.parse(stamp) : Number.NaN;
    if (Number.isNaN(time)) throw new InvalidOptionsError(`stamp must be an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-23T09:30:00Z; got ${describeValue(stamp)}.`);
    read.stamp = new Date(time);
  }
  if (uidPrefix !== undefined) {
    if (typeof uidPrefix !== "string" || CONTROL.test(uidPrefix)) {
      throw new InvalidOptionsError(`uidPrefix must be text without control characters (a line break would start a new iCalendar line); got ${describeValue(uidPrefix)}.`);
    }
    read.uidPrefix = uidPrefix;
  }
  return read;
}
