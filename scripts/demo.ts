// `npm run demo`: a real example on the bundled data, runnable straight after `npm ci`.
import { addWorkingDays, createCalendar, formatLongDate, holidaysBetween, JURISDICTIONS, workingDaysBetween } from "../src/index.js";

const raised = "2026-12-23";
console.log(`A disagreement raised on ${formatLongDate(raised)}: when are 2 and 5 working days up?\n`);
for (const jurisdiction of JURISDICTIONS) {
  const calendar = createCalendar({ jurisdiction });
  const holidays = holidaysBetween("2026-12-20", "2027-01-10", calendar)
    .map((holiday) => `${holiday.date.slice(5)} ${holiday.name}${holiday.substitute ? " (substitute day)" : ""}`)
    .join(", ");
  console.log(`${jurisdiction}`);
  console.log(`  bank holidays: ${holidays}`);
  console.log(`  2 working days: ${formatLongDate(addWorkingDays(raised, 2, calendar))}`);
  console.log(`  5 working days: ${formatLongDate(addWorkingDays(raised, 5, calendar))}`);
  console.log(`  working days from 23 December to 8 January: ${workingDaysBetween(raised, "2027-01-08", calendar)}\n`);
}
