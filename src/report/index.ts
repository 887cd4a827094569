export { escalationLog } from "./escalationLog.js";
export type { EscalationLog, EscalationLogOptions, EscalationLogRow, FreeText } from "./escalationLog.js";
export { monitoringReport } from "./monitoringReport.js";
export type { FlagCount, MonitoringOptions, MonitoringReport, QuarterFigures, StageFigures, WorkingDaysSpread } from "./monitoringReport.js";
export type { ReportCase, StageEnd, StageTimes, StageTiming } from "./cases.js";
