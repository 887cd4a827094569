import { z } from "zod";
import { caseSchema } from "../engine/case.js";
import { policySchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a policy definition, generated from the
 * zod schema. `schema/policy.schema.json` is this, written by
 * `npm run gen:schema`; policy files name it with `$schema` so editors
 * complete and check them. Cross-references (a role id used as an actor) and
 * the dates' real-calendar check are beyond JSON Schema: `parsePolicy` makes them.
 *
 * @returns a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * writeFileSync("policy.schema.json", JSON.stringify(policyJsonSchema(), null, 2));
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { io: "input", unrepresentable: "throw" }),
    $id: "https://unpkg.com/safeguarding-escalation/schema/policy.schema.json",
    title: "Safeguarding escalation policy",
  };
}

/**
 * The JSON Schema (draft 2020-12) of a case record, generated from the zod
 * schema that {@link parseCase} checks first. `schema/case.schema.json` is
 * this, written by `npm run gen:schema`; a case file names it with
 * `$schema` so that editors complete and check it, and so that
 * `safeguarding-escalation validate` knows it for a case. What a case must
 * agree with in its policy (its stages, steps and duties, their order) is
 * beyond JSON Schema: `parseCase` checks it.
 *
 * @returns a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * writeFileSync("case.schema.json", JSON.stringify(caseJsonSchema(), null, 2));
 * ```
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema, { io: "input", unrepresentable: "throw" }),
    $id: "https://unpkg.com/safeguarding-escalation/schema/case.schema.json",
    title: "Safeguarding escalation case",
  };
}
