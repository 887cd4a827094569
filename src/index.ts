/**
 * safeguarding-escalation: deadlines, overdue status and escalation targets
 * for UK multi-agency professional-disagreement protocols, over working-day
 * calendars with the UK's bank holidays.
 *
 * @packageDocumentation
 */
export * from "./calendar/index.js";
export { InvalidArgumentError, InvalidOptionsError, SafeguardingEscalationError } from "./errors.js";
export * from "./policy/index.js";
export * from "./engine/index.js";
export * from "./render/index.js";
export { LANGUAGES } from "./messages/language.js";
export type { Language } from "./messages/language.js";
export type { TextOptions } from "./render/text.js";
export * from "./report/index.js";
