import type { z } from "zod";
import type { Language } from "../messages/language.js";
import { isPolicyIssueKey, listOr, policyMessage, type PolicyIssueKey } from "../messages/policyIssues.js";
import { describeFoundIn, describeValueIn } from "../messages/values.js";
import { issue, type PolicyIssue } from "./issues.js";
import { unknownFieldIssues, type KnownFields } from "./unknownFields.js";

type ZodIssue = z.core.$ZodIssue;

// What the unions of the schema accept, said once for a person to read: JSON
// forms, each with what stands in its angle brackets named in the language.
type FormsOf = (lang: Language) => string[];
const slot = (lang: Language, key: PolicyIssueKey): string => JSON.stringify(`<${policyMessage(lang, key)}>`);
const UNION_FORMS: Readonly<Record<string, FormsOf>> = {
  from: (lang) => [
    '{ "raised": true }',
    `{ "completionOf": ${slot(lang, "form.stageId")} }`,
    `{ "startOf": ${slot(lang, "form.stageId")} }`,
    `{ "step": ${slot(lang, "form.stepId")} }`,
    `{ "event": ${slot(lang, "form.eventId")} }`,
    `{ "flagged": ${policyMessage(lang, "form.or", { list: slot(lang, "form.flag"), item: `[${slot(lang, "form.flag")}, ...]` })} }`,
    '{ "resolution": true }',
  ],
  when: (lang) => [`{ "flag": ${slot(lang, "form.caseFlag")} }`, '{ "subject": "adult" | "child" }', '{ "all": [...] }', '{ "any": [...] }', '{ "not": { ... } }'],
};

// The schema's own rules (src/policy/schema.ts), which zod reports in its
// English words: each is known by those words and said again in the language.
const ID_RULE = 'must be lower-case words joined by hyphens, e.g. "line-manager"';
const DATE_RULE = "must be a real date written YYYY-MM-DD between 2000-01-01 and 2099-12-31";
const SHARED_LIMIT_RULE = "a shared limit names either stages or steps, not both and not neither";
const NEEDS_ONE = /^a limit needs one of (.+)$/;
const TAKES_ONE = /^a limit takes only one of (.+), not (.+)$/;

/** "a, b or c" (the schema's list of the amount fields) as its items. */
const itemsOf = (list: string): string[] => list.split(/, | or /);

/** A rule of the schema's own, in the language; the zod message itself (made a sentence) for one not known here. */
function customMessage(message: string, lang: Language): string {
  if (message === DATE_RULE) return policyMessage(lang, "rule.date");
  if (message === SHARED_LIMIT_RULE) return policyMessage(lang, "rule.sharedLimit");
  const needs = NEEDS_ONE.exec(message);
  if (needs !== null) return policyMessage(lang, "rule.limitNeedsOne", { amounts: listOr(lang, itemsOf(needs[1] as string)) });
  const takes = TAKES_ONE.exec(message);
  if (takes !== null) {
    const given = (takes[2] as string).split(" and ").reduce((list, item) => policyMessage(lang, "form.and", { list, item }));
    return policyMessage(lang, "rule.limitTakesOne", { amounts: listOr(lang, itemsOf(takes[1] as string)), given });
  }
  return policyMessage(lang, "invalid.other", { message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`.replace(/\.\.$/, ".") });
}

/** The message of a type a field expected, whole: `${prefix}.number` and the like, or the `other` one naming zod's type. */
function expectedMessage(lang: Language, prefix: "missing" | "wrongType", expected: string, found: unknown): string {
  const key = prefix === "missing" ? `missing.${expected}` : `wrongType.${expected}`;
  return isPolicyIssueKey(key) ? policyMessage(lang, key, { found: describeFoundIn(found, lang) }) : policyMessage(lang, `${prefix}.other`, { expected, found: describeFoundIn(found, lang) });
}

/** A text that broke a format: the id's and the date's in the language, else zod's rule or format name. */
function formatMessage(zodIssue: Extract<ZodIssue, { code: "invalid_format" }>, lang: Language): string {
  const value = describeValueIn(zodIssue.input, lang);
  if (zodIssue.message === ID_RULE) return policyMessage(lang, "badFormat.id", { value });
  if (zodIssue.message.startsWith("must")) {
    const sentence = policyMessage(lang, "badFormat.rule", { found: describeFoundIn(zodIssue.input, lang), rule: zodIssue.message });
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  }
  return zodIssue.format === "date" ? policyMessage(lang, "badFormat.date", { value }) : policyMessage(lang, "badFormat.other", { value, format: zodIssue.format });
}

/**
 * @internal Turns zod's issues into sentences a policy officer can act on,
 * in `lang`. A union's issues are reported from the one alternative the
 * input chose (the one whose keys it used), or as the list of accepted forms.
 */
export function fromZodIssues(issues: readonly ZodIssue[], base: readonly PropertyKey[] = [], fieldsOf?: (input: unknown) => KnownFields | undefined, lang: Language = "en"): PolicyIssue[] {
  const found = (value: unknown): string => describeFoundIn(value, lang);
  // zod runs a list's size checks on a value of the wrong type too (the text
  // "adults" is "too long" for a list of at most 2): once a value is of the
  // wrong type, that is all there is to say about it.
  const wrongType = new Set(issues.filter((zodIssue) => zodIssue.code === "invalid_type").map((zodIssue) => JSON.stringify(zodIssue.path)));
  const worthSaying = issues.filter((zodIssue) => zodIssue.code === "invalid_type" || !wrongType.has(JSON.stringify(zodIssue.path)));
  // One allowed value is said as itself: "Expected true", not "Expected one of true".
  const allowed = (values: readonly unknown[], input: unknown): string =>
    values.length === 1 ? policyMessage(lang, "notAllowedOne", { value: JSON.stringify(values[0]), found: found(input) }) : policyMessage(lang, "notAllowed", { values: values.map((value) => JSON.stringify(value)).join(", "), found: found(input) });
  return worthSaying.flatMap((zodIssue) => {
    const path = [...base, ...zodIssue.path].map((key) => (typeof key === "number" ? key : String(key)));
    switch (zodIssue.code) {
      case "invalid_type":
        if (zodIssue.input === undefined) return [issue("missing", path, expectedMessage(lang, "missing", zodIssue.expected, undefined))];
        return [issue("wrong-type", path, expectedMessage(lang, "wrongType", zodIssue.expected, zodIssue.input))];
      case "unrecognized_keys":
        return unknownFieldIssues(zodIssue.keys, path, fieldsOf?.(zodIssue.input), lang);
      case "invalid_value":
        return [issue("not-allowed", path, allowed(zodIssue.values, zodIssue.input))];
      case "too_small":
        if (zodIssue.origin === "array") return [issue("too-few", path, policyMessage(lang, "tooFew", { count: Number(zodIssue.minimum) }))];
        if (zodIssue.origin === "string") return [issue("empty", path, policyMessage(lang, "empty"))];
        return [issue("too-small", path, policyMessage(lang, "tooSmall", { minimum: `${zodIssue.minimum}`, found: found(zodIssue.input) }))];
      case "too_big":
        if (zodIssue.origin === "array") return [issue("too-many", path, policyMessage(lang, "tooMany", { count: Number(zodIssue.maximum) }))];
        if (zodIssue.origin === "string") return [issue("too-long", path, policyMessage(lang, "tooLong", { count: Number(zodIssue.maximum) }))];
        return [issue("too-big", path, policyMessage(lang, "tooBig", { maximum: `${zodIssue.maximum}`, found: found(zodIssue.input) }))];
      case "invalid_format":
        return [issue("bad-format", path, formatMessage(zodIssue, lang))];
      case "invalid_union": {
        // A discriminated union names its allowed tags: say them.
        if ("options" in zodIssue && zodIssue.options !== undefined && zodIssue.options.length > 0) {
          const tag = zodIssue.discriminator === undefined || typeof zodIssue.input !== "object" || zodIssue.input === null ? undefined : (zodIssue.input as Record<string, unknown>)[zodIssue.discriminator];
          return [issue("not-allowed", path, allowed(zodIssue.options, tag))];
        }
        const chosen = "errors" in zodIssue ? zodIssue.errors.filter((branch) => !branch.some((sub) => sub.code === "unrecognized_keys" && sub.path.length === 0)) : [];
        if (chosen.length === 1 && chosen[0] !== undefined) return fromZodIssues(chosen[0], path, fieldsOf, lang);
        const last = path.at(-1);
        const forms = typeof last === "string" && Object.hasOwn(UNION_FORMS, last) ? UNION_FORMS[last]?.(lang) : undefined;
        return [issue("no-matching-form", path, forms === undefined ? policyMessage(lang, "noMatchingForm.any", { found: found(zodIssue.input) }) : policyMessage(lang, "noMatchingForm.forms", { forms: listOr(lang, forms), found: found(zodIssue.input) }))];
      }
      default:
        return [issue("invalid", path, customMessage(zodIssue.message, lang))];
    }
  });
}
