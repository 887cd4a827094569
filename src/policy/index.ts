export { formatPath } from "./issues.js";
export type { PolicyIssue } from "./issues.js";
export { lintPolicy } from "./lintPolicy.js";
export type { LintOptions } from "./lintPolicy.js";
export { InvalidPolicyError, parsePolicy } from "./parsePolicy.js";
export { NoPolicyVersionError, policyInForce } from "./versions.js";
export type { ParsePolicyResult } from "./parsePolicy.js";
export { policySchema } from "./schema.js";
export { CASE_FLAGS, CASE_SUBJECTS, DUTY_KINDS, FLAG_MEANINGS, RECORD_PLACES, ROLE_KINDS, RULE_EFFECTS, SUBJECTS } from "./vocabulary.js";
export type {
  Anchor,
  CaseFlag,
  CaseSubject,
  Condition,
  CopyRule,
  Duty,
  DutyKind,
  FinalStep,
  Limit,
  OtherReading,
  Policy,
  Role,
  RoleKind,
  Principle,
  Rule,
  SharedLimit,
  NamedEvent,
  Source,
  Stage,
  Step,
  Subject,
  Target,
} from "./schema.js";
export { DOCUMENT_LIMITS } from "./untrusted.js";
export { caseJsonSchema, policyJsonSchema } from "./jsonSchema.js";
export { describeLimits, describePolicy } from "./describePolicy.js";
export type { DescribedDuty, DescribedEvent, DescribedLimit, DescribedRoute, DescribedStage, DescribedStep, DescribeLimitsOptions, PolicyDescription, PolicyLimit } from "./describePolicy.js";
export { getPolicy, policies, UnknownPolicyError } from "./bundled.js";
export type { BundledPolicyId } from "./bundled.js";
