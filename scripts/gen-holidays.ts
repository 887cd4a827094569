// Writes src/calendar/holidayTable.generated.ts. Run: npm run gen:holidays
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildHolidayTable, renderHolidayModule } from "./holidays/generate.js";

export const HOLIDAY_MODULE_PATH = fileURLToPath(new URL("../src/calendar/holidayTable.generated.ts", import.meta.url));

const table = buildHolidayTable();
writeFileSync(HOLIDAY_MODULE_PATH, renderHolidayModule(table));
const counts = Object.entries(table.holidays).map(([jurisdiction, list]) => `${jurisdiction} ${list.length}`);
console.log(`wrote ${HOLIDAY_MODULE_PATH}: ${counts.join(", ")} weekday bank holidays (${table.source})`);
