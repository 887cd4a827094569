import { z } from "zod";
import type { IsoDate } from "../calendar/isoDate.js";
import { languageOption, type Language } from "../messages/language.js";
import type { PolicyIssue } from "../policy/issues.js";
import { CASE_FLAGS, CASE_SUBJECTS, isoDateSchema as isoDate, type CaseFlag, type CaseSubject, type Policy } from "../policy/schema.js";
import { checkUntrusted } from "../policy/untrusted.js";
import { fromZodIssues } from "../policy/zodIssues.js";
import { readOptions } from "../readOptions.js";
import { acceptCase } from "./caseChecks.js";

const id = z.string().min(1).max(64);

/** Something that happened in a case, on a date. */
export const caseEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("stage-entered"),
    stage: id,
    on: isoDate,
    raisedWith: z.string().trim().min(1).max(200).optional().describe("The role the concern was raised with at this stage, as the caller titles it (a role, not a person's name); unset, the stage's receiving roles."),
    outcome: z.string().trim().min(1).max(2000).optional().describe("How the stage the case leaves ended (e.g. no agreement), for the escalation log."),
  }),
  z.strictObject({ type: z.literal("step-done"), step: id, on: isoDate }),
  z.strictObject({ type: z.literal("duty-done"), duty: id.describe("A duty's id, or a notify rule's id."), on: isoDate }),
  z.strictObject({ type: z.literal("resolved"), stage: id, on: isoDate, outcome: z.string().trim().min(1).max(2000).optional().describe("The outcome or resolution agreed, for the escalation log.") }),
  z.strictObject({ type: z.literal("happened"), event: id.describe("One of the policy's named events."), on: isoDate }),
  z.strictObject({
    type: z.literal("action-agreed"),
    action: id.describe("The case's own id for the action; a duty-done event with it records the action done."),
    what: z.string().trim().min(1).max(2000).describe("The action, as the parties agreed it."),
    due: isoDate.describe("The date the parties agreed it is due by."),
    on: isoDate,
  }),
  z.strictObject({ type: z.literal("priority-changed"), priority: id.describe("The case's new priority."), on: isoDate }),
  z.strictObject({ type: z.literal("clock-stopped"), reason: z.string().trim().min(1).max(2000).describe("Why, e.g. waiting for information."), on: isoDate }),
  z.strictObject({ type: z.literal("clock-restarted"), on: isoDate }),
  z.strictObject({ type: z.literal("flagged"), flag: z.enum(CASE_FLAGS).describe("A flag the case gains on this day (limits `{ flagged }` run from it)."), on: isoDate }),
]);

/** The facts of a disagreement that {@link schedule} takes and a case shares. */
const caseFactsSchema = z.strictObject({
  raisedOn: isoDate.describe("The date the disagreement arose."),
  subject: z.enum(CASE_SUBJECTS).optional().describe("Whom the case is about: one person, an adult or a child."),
  riskDeadline: isoDate.optional().describe("A date by which the child or adult must be protected: caps limits marked \"whichever is less\"."),
  flags: z.array(z.enum(CASE_FLAGS)).max(CASE_FLAGS.length).optional(),
  priority: id.optional().describe("The priority chosen for the case, where the policy sets limits by priority."),
});

/** A disagreement as a case-management system records it: plain data. */
export const caseSchema = caseFactsSchema.extend({
  $schema: z.string().max(500).optional().describe("The JSON Schema the file follows (schema/case.schema.json), for editors; ignored otherwise."),
  policy: id.describe("The id of the policy the case follows."),
  policyVersion: z.string().trim().min(1).max(200).optional().describe("The version of the policy the case was raised under (its `version`): assessing it against another is an error."),
  events: z.array(caseEventSchema).max(1000),
});

/** Something that happened in a case. */
export type CaseEvent = Readonly<z.infer<typeof caseEventSchema>>;

/** A case record: the disagreement, its facts and its events. Arrays may be read-only. */
export interface Case {
  /** The id of the policy the case follows. */
  readonly policy: string;
  /** The version of the policy the case was raised under: assessing it against another version is an error. */
  readonly policyVersion?: string | undefined;
  /** The date the disagreement arose. */
  readonly raisedOn: IsoDate;
  /** Whom the case is about: an adult or a child. */
  readonly subject?: CaseSubject | undefined;
  /** A date by which the child or adult must be protected: caps limits marked "whichever is less". */
  readonly riskDeadline?: IsoDate | undefined;
  readonly flags?: readonly CaseFlag[] | undefined;
  /** The priority chosen for the case, where the policy sets limits by priority. */
  readonly priority?: string | undefined;
  /** What has happened, in date order. */
  readonly events: readonly CaseEvent[];
}

/** What {@link parseCase} returns. */
export type ParseCaseResult = { readonly success: true; readonly case: Case } | { readonly success: false; readonly errors: readonly PolicyIssue[] };

/** Options for {@link parseCase}. */
export interface ParseCaseOptions {
  /** The language of the issues' messages: `"en"` (default) or `"cy"` (Welsh). Their `code` and `path` are the same in either. */
  readonly lang?: Language | undefined;
}

/**
 * Checks a case record against its policy and returns it typed and frozen,
 * or every problem with its JSON path. Events out of date order, before the
 * disagreement arose, naming unknown stages, steps or duties, resolving
 * twice, or skipping stages the policy gives no route to skip are errors,
 * not guesses. (Events after the date of an assessment are checked by
 * {@link assess}, which knows that date.)
 *
 * @param input - the candidate case, e.g. parsed JSON
 * @param policy - the policy the case follows
 * @param options - `lang`: the language of the issues' messages, `"en"` (default) or `"cy"` (Welsh)
 * @returns `{ success: true, case }` or `{ success: false, errors }`
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * const result = parseCase({ policy: "swindon", raisedOn: "2026-12-23", events: [
 *   { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
 * ] }, policies.swindon);
 * result.success // true
 *
 * const late = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "step-done", step: "discuss", on: "2026-12-20" }] };
 * parseCase(late, policies.swindon).errors?.[0].message
 * // "This event (2026-12-20) is before the disagreement arose (2026-12-23)."
 * parseCase(late, policies.swindon, { lang: "cy" }).errors?.[0].message
 * // "Mae'r digwyddiad hwn (2026-12-20) cyn i'r anghytundeb godi (2026-12-23)."
 * ```
 */
export function parseCase(input: unknown, policy: Policy, options?: ParseCaseOptions): ParseCaseResult {
  const lang = options === undefined ? "en" : languageOption(readOptions(options, ["lang"])?.lang);
  const untrusted = checkUntrusted(input, lang);
  if (untrusted.length > 0) return { success: false, errors: untrusted };
  const parsed = caseSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { success: false, errors: fromZodIssues(parsed.error.issues, [], undefined, lang) };
  return acceptCase(parsed.data, policy, lang);
}
