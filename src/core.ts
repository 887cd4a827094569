/**
 * The core of safeguarding-escalation, without the schema library: the
 * working-day calendar, the bundled policies, and the engine (`schedule`,
 * `assess`, `triage`, `forecast`). It loads in a few milliseconds and
 * bundles small, for a web page or a serverless function that only needs
 * deadlines. Cases are checked as data, as in the main entry; a policy must
 * be a bundled one, or one that `parsePolicy` (main entry) accepted.
 * Everything here is also exported by the main entry: they are the same
 * functions and classes, so errors from either are `instanceof` each other.
 *
 * @example
 * ```ts
 * import { assess, policies } from "safeguarding-escalation/core";
 * assess(policies.swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [] }, "2026-12-24").due // "2026-12-29"
 * ```
 *
 * @packageDocumentation
 */
export * from "./calendar/index.js";
export { InvalidArgumentError, InvalidOptionsError, SafeguardingEscalationError } from "./errors.js";
export { formatPath } from "./policy/issues.js";
export type { PolicyIssue } from "./policy/issues.js";
export { InvalidPolicyError } from "./policy/parsed.js";
export { CASE_FLAGS, CASE_SUBJECTS, DUTY_KINDS, FLAG_MEANINGS, RECORD_PLACES, ROLE_KINDS, RULE_EFFECTS, SUBJECTS } from "./policy/vocabulary.js";
export type { Anchor, CaseFlag, CaseSubject, Condition, Duty, DutyKind, Limit, Policy, Role, RoleKind, Rule, Stage, Step, Subject } from "./policy/schema.js";
export { getPolicy, policies, UnknownPolicyError } from "./policy/bundled.js";
export type { BundledPolicyId } from "./policy/bundled.js";
export { assess } from "./engine/assess.js";
export type { Assessment, AssessmentState, AssessOptions, EscalationTarget, OutstandingDuty, StageHistory } from "./engine/assess.js";
export type { Case, CaseEvent } from "./engine/case.js";
export { InvalidCaseError } from "./engine/facts.js";
export { schedule } from "./engine/schedule.js";
export type { ApplicableRoute, FinalStepDue, Schedule, ScheduledStage, ScheduledStep, ScheduleOptions } from "./engine/schedule.js";
export type { CaseFacts, DutyDue, Governing, LimitSummary, RoleRef } from "./engine/types.js";
export { triage } from "./engine/triage.js";
export type { DeadlineKind, NearestDeadline, Triage, TriageOptions } from "./engine/triage.js";
export { forecast } from "./engine/forecast.js";
export type { Forecast, ForecastDeadline, ForecastKind, ForecastOptions } from "./engine/forecast.js";
export { LANGUAGES } from "./messages/language.js";
export type { Language } from "./messages/language.js";
