import type { NonWorkingReason } from "../calendar/calendar.js";
import { explainWorkingDays } from "../calendar/explainWorkingDays.js";
import type { Calendar } from "../calendar/calendar.js";
import { formatLongDate } from "../calendar/formatLongDate.js";
import { toIsoDate } from "../calendar/isoDate.js";
import type { Limit } from "../policy/schema.js";

function reasonText(reasons: readonly NonWorkingReason[]): string {
  return reasons
    .map((reason) => {
      if (reason.kind === "weekend") return "weekend";
      if (reason.kind === "closure") return reason.name ?? "closure";
      return `${reason.name}${reason.substitute ? ", substitute day" : ""}`;
    })
    .join("; ");
}

/**
 * @internal The sentence that shows how a working-day deadline was counted,
 * naming every bank holiday and closure it passes over.
 */
export function countingSentence(limit: Limit, anchor: number, calendar: Calendar): string {
  const from = toIsoDate(anchor);
  if (limit.calendarDays !== undefined) return `Counting ${limit.calendarDays} calendar days from ${formatLongDate(from)}: weekends and bank holidays count.`;
  if (limit.calendarMonths !== undefined) return `Counting ${limit.calendarMonths} calendar month${limit.calendarMonths === 1 ? "" : "s"} from ${formatLongDate(from)}.`;
  const n = limit.workingDays ?? 0;
  const explanation = explainWorkingDays(from, n, calendar);
  const holidays = explanation.skipped.filter((day) => day.reasons.some((reason) => reason.kind !== "weekend"));
  const weekendDays = explanation.skipped.length - holidays.length;
  const parts = [
    ...holidays.map((day) => `${formatLongDate(day.date)} (${reasonText(day.reasons)})`),
    ...(weekendDays > 0 ? [`${weekendDays} weekend day${weekendDays === 1 ? "" : "s"}`] : []),
  ];
  const counted = n === 0 ? `The same working day as ${formatLongDate(from)}` : `Counting ${n} working day${n === 1 ? "" : "s"} after ${formatLongDate(from)}`;
  return `${counted}${parts.length > 0 ? `, passing over ${parts.join(", ")}` : ""}, gives ${formatLongDate(explanation.result)}.`;
}
