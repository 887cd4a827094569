export { renderIcs } from "./ics.js";
export type { IcsOptions } from "./ics.js";
export { renderForecastIcs } from "./forecastIcs.js";
export { renderMermaid } from "./mermaid.js";
export { renderAssessmentText, renderScheduleText } from "./text.js";
export { InvalidResultError } from "./inputs.js";
export { renderReportHtml } from "./reportHtml.js";
export { renderLogCsv, renderReportMarkdown } from "./reportTables.js";
