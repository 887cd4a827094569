// The words of the problems found in a case: what parseCase returns and what
// InvalidCaseError says (from schedule, assess, triage and forecast), one
// catalogue per language (caseIssues/en.json, caseIssues/cy.json: data a
// translator edits without touching code, reviewed through
// caseIssues/cy-review.json). Kept apart from the engine's catalogue
// (index.ts), whose messages an explanation writes on every call: these are
// written only when a case is refused, so the valid path never reads them.
import cy from "./caseIssues/cy.json" with { type: "json" };
import en from "./caseIssues/en.json" with { type: "json" };
import { catalogueReader, type MessageParams, type MessageReader } from "./index.js";
import type { Language } from "./language.js";
import { issue, type PolicyIssue } from "../policy/issues.js";

/**
 * @internal The key of a case issue's message, as the English catalogue names
 * it (both catalogues have the same keys: a test checks): the issue's code,
 * then, where one code has several messages, a dot and which
 * (`"wrong-version.unversioned"`).
 */
export type CaseIssueKey = keyof typeof en;

/** @internal A case issue's message in a language, its placeholders filled as {@link message} fills them. */
export const caseIssueMessage: MessageReader<CaseIssueKey> = /* @__PURE__ */ catalogueReader<CaseIssueKey>(en, cy);

/** @internal An issue of a case at `path`: its code is its message's key up to the first dot. */
export function caseIssue(lang: Language, key: CaseIssueKey, path: readonly (string | number)[], params?: MessageParams): PolicyIssue {
  return issue(key.split(".", 1)[0] as string, path, caseIssueMessage(lang, key, params));
}
