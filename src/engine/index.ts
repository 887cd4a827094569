export { assess } from "./assess.js";
export type { Assessment, AssessmentState, AssessOptions, EscalationTarget, OutstandingDuty, StageHistory } from "./assess.js";
export { caseEventSchema, caseSchema, parseCase } from "./case.js";
export type { Case, CaseEvent, ParseCaseResult } from "./case.js";
export { InvalidCaseError } from "./facts.js";
export { schedule } from "./schedule.js";
export type { ApplicableRoute, FinalStepDue, Schedule, ScheduledStage, ScheduledStep, ScheduleOptions } from "./schedule.js";
export type { CaseFacts, DutyDue, Governing, LimitSummary, RoleRef } from "./types.js";
