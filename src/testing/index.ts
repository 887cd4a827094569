/**
 * fast-check arbitraries for property-testing code that uses
 * safeguarding-escalation. Import from `safeguarding-escalation/testing`;
 * fast-check is a peer dependency of this entry only.
 *
 * @packageDocumentation
 */
export { calendarOptions, calendars, isoDates, jurisdictions, workingDaysOf } from "./calendar.js";
export type { DateBounds } from "./calendar.js";
export { bundledPolicies, casesFor, policyDefinitions } from "./engine.js";
export type { CaseOptions } from "./engine.js";
