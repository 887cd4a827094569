import type { z } from "zod";
import { describeValue } from "../describeValue.js";
import { issue, type PolicyIssue } from "./issues.js";
import { unknownFieldIssues, type KnownFields } from "./unknownFields.js";

type ZodIssue = z.core.$ZodIssue;

/** What a policy officer is told the document held, e.g. `the text "5"`. */
function got(value: unknown): string {
  if (value === undefined) return "nothing";
  return typeof value === "string" ? `the text ${describeValue(value)}` : describeValue(value);
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

// What the unions of the schema accept, said once for a person to read.
const UNION_FORMS: Record<string, string> = {
  from: '{ "raised": true }, { "completionOf": "<stage id>" }, { "startOf": "<stage id>" }, { "step": "<step id>" }, { "event": "<named event id>" }, { "flagged": "<flag>" or ["<flag>", ...] } or { "resolution": true }',
  when: '{ "flag": "<case flag>" }, { "subject": "adult" | "child" }, { "all": [...] }, { "any": [...] } or { "not": { ... } }',
};

/**
 * @internal Turns zod's issues into sentences a policy officer can act on.
 * A union's issues are reported from the one alternative the input chose
 * (the one whose keys it used), or as the list of accepted forms.
 */
export function fromZodIssues(issues: readonly ZodIssue[], base: readonly PropertyKey[] = [], fieldsOf?: (input: unknown) => KnownFields | undefined): PolicyIssue[] {
  return issues.flatMap((zodIssue) => {
    const path = [...base, ...zodIssue.path].map((key) => (typeof key === "number" ? key : String(key)));
    switch (zodIssue.code) {
      case "invalid_type":
        if (zodIssue.input === undefined) return [issue("missing", path, `This field is required: expected ${EXPECTED[zodIssue.expected] ?? zodIssue.expected}.`)];
        return [issue("wrong-type", path, `Expected ${EXPECTED[zodIssue.expected] ?? zodIssue.expected}, got ${got(zodIssue.input)}.`)];
      case "unrecognized_keys":
        return unknownFieldIssues(zodIssue.keys, path, fieldsOf?.(zodIssue.input));
      case "invalid_value":
        return [issue("not-allowed", path, `Expected one of ${zodIssue.values.map((value) => JSON.stringify(value)).join(", ")}, got ${got(zodIssue.input)}.`)];
      case "too_small":
        if (zodIssue.origin === "array") return [issue("too-few", path, `Needs at least ${zodIssue.minimum} ${zodIssue.minimum === 1 ? "entry" : "entries"}.`)];
        if (zodIssue.origin === "string") return [issue("empty", path, "Must not be empty.")];
        return [issue("too-small", path, `Must be at least ${zodIssue.minimum}, got ${got(zodIssue.input)}.`)];
      case "too_big":
        if (zodIssue.origin === "array") return [issue("too-many", path, `Allows at most ${zodIssue.maximum} entries.`)];
        if (zodIssue.origin === "string") return [issue("too-long", path, `Allows at most ${zodIssue.maximum} characters.`)];
        return [issue("too-big", path, `Must be at most ${zodIssue.maximum}, got ${got(zodIssue.input)}.`)];
      case "invalid_format":
        return [issue("bad-format", path, `${got(zodIssue.input)} ${zodIssue.message.startsWith("must") ? zodIssue.message : `is not a valid ${zodIssue.format}`}.`.replace(/^t/, "T"))];
      case "invalid_union": {
        // A discriminated union names its allowed tags: say them.
        if ("options" in zodIssue && zodIssue.options !== undefined && zodIssue.options.length > 0) {
          const tag = zodIssue.discriminator === undefined || typeof zodIssue.input !== "object" || zodIssue.input === null ? undefined : (zodIssue.input as Record<string, unknown>)[zodIssue.discriminator];
          return [issue("not-allowed", path, `Expected one of ${zodIssue.options.map((option) => JSON.stringify(option)).join(", ")}, got ${got(tag)}.`)];
        }
        const chosen = "errors" in zodIssue ? zodIssue.errors.filter((branch) => !branch.some((sub) => sub.code === "unrecognized_keys" && sub.path.length === 0)) : [];
        if (chosen.length === 1 && chosen[0] !== undefined) return fromZodIssues(chosen[0], path, fieldsOf);
        const last = path.at(-1);
        const forms = typeof last === "string" ? UNION_FORMS[last] : undefined;
        return [issue("no-matching-form", path, forms === undefined ? `Does not match any accepted form; got ${got(zodIssue.input)}.` : `Expected ${forms}; got ${got(zodIssue.input)}.`)];
      }
      default:
        return [issue("invalid", path, `${zodIssue.message.charAt(0).toUpperCase()}${zodIssue.message.slice(1)}.`.replace(/\.\.$/, "."))];
    }
  });
}
