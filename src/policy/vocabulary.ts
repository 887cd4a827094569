// The policy language's fixed vocabularies: plain frozen lists, with no
// dependency on zod, so that the engine can read them without loading the
// schema (src/policy/schema.ts builds its enums from these).

/** The shared vocabulary of role kinds, so one mapping serves every board. */
export const ROLE_KINDS = /* @__PURE__ */ Object.freeze([
  "practitioner",
  "line-manager",
  "senior-manager",
  "head-of-service",
  "director",
  "safeguarding-lead",
  "designated-safeguarding-lead",
  "agency-board-member",
  "board-chair",
  "board-manager",
  "board-business-unit",
  "board",
  "resolution-panel",
  "policy-group",
  "lead-professional",
  "liaison-officer",
] as const);

/**
 * Facts about a case that protocols make rules turn on: one vocabulary shared
 * by every policy, so that a flag means the same thing whichever board's
 * protocol a case follows. Each policy quotes its own words for the fact in
 * the `source` of the rule, route or duty that uses it. {@link FLAG_MEANINGS}
 * says what each one means.
 */
export const CASE_FLAGS = /* @__PURE__ */ Object.freeze([
  "immediate-risk",
  "life-threatening",
  "no-resolution-in-prospect",
  "raises-policy-issues",
  "unclear-procedure",
  "unsure-which-process",
  "manager-not-responding",
  "safeguarding-concern",
  "agency-declines-involvement",
  "polarised-views",
  "time-pressure",
] as const);

/**
 * What each case flag means, in words a safeguarding lead would use. A board
 * encoding its protocol picks the flag whose meaning its text states, and
 * quotes its own words where it uses it.
 */
export const FLAG_MEANINGS: Readonly<Record<(typeof CASE_FLAGS)[number], string>> = /* @__PURE__ */ Object.freeze({
  "immediate-risk": "The child or adult is at immediate risk of significant harm, or their wellbeing needs immediate action.",
  "life-threatening": "Intervention is needed to prevent a life-threatening episode (for example a risk of suicide).",
  "no-resolution-in-prospect": "Those involved see no prospect of resolving the disagreement at the level it has reached.",
  "raises-policy-issues": "The disagreement raises significant issues of policy or procedure.",
  "unclear-procedure": "The disagreement arose because a procedure is unclear or missing.",
  "unsure-which-process": "It is not clear whether this resolution process is the right route for the concern.",
  "manager-not-responding": "A manager whom the process has reached is not responding.",
  "safeguarding-concern": "A practitioner has identified a concern for the child's or adult's safety or welfare that must go through safeguarding procedures.",
  "agency-declines-involvement": "An agency maintains a position of non-involvement that other agencies disagree with.",
  "polarised-views": "The disagreement is significant and serious, between agencies whose views are polarised.",
  "time-pressure": "Time presses on the decision (for example acute health service issues).",
});

/** Whom a policy's protocol covers: adults, children, or both. */
export const SUBJECTS = /* @__PURE__ */ Object.freeze(["adults", "children"] as const);

/** Whom one case is about: a case concerns one person, an adult or a child. */
export const CASE_SUBJECTS = /* @__PURE__ */ Object.freeze(["adult", "child"] as const);

/** The kinds of duty a policy can declare. */
export const DUTY_KINDS = /* @__PURE__ */ Object.freeze(["record", "notify", "copy", "form", "confirm-in-writing", "feedback", "learning", "referral", "debrief"] as const);
/** Where a record can be kept. */
export const RECORD_PLACES = /* @__PURE__ */ Object.freeze(["adult-file", "child-file", "agency-record", "agency-log", "escalation-record", "email", "form", "board-record"] as const);

/** What a route can do. */
export const RULE_EFFECTS = /* @__PURE__ */ Object.freeze(["start-at-stage", "start-at-any-stage", "notify", "involve-next-level"] as const);
