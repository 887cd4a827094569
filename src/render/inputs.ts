// What the renderers read, checked before they read it: a renderer given
// something that is not engine output says so, instead of failing deep inside
// on a missing field. Results that went through JSON are still results, so the
// check is of the fields a renderer reads, not of the object's origin.
import { z } from "zod";
import { isoDateSchema } from "../policy/schema.js";
import { compilePolicy } from "../engine/compile.js";
import type { Assessment } from "../engine/assess.js";
import type { Forecast } from "../engine/forecast.js";
import type { Schedule } from "../engine/schedule.js";
import { SafeguardingEscalationError } from "../errors.js";
import { formatPath, type PolicyIssue } from "../policy/issues.js";
import type { Policy } from "../policy/schema.js";
import { readUntrusted } from "../policy/untrusted.js";
import { fromZodIssues } from "../policy/zodIssues.js";

/** Thrown by a renderer given something that is not what {@link schedule} or {@link assess} returns; `issues` says what and where. */
export class InvalidResultError extends SafeguardingEscalationError {
  readonly code = "invalid-result";

  constructor(
    what: string,
    readonly issues: readonly PolicyIssue[],
  ) {
    const shown = issues.slice(0, 3).map((found) => `${formatPath(found.path)}: ${found.message}`);
    super(`Expected ${what}: ${shown.join("; ")}${issues.length > 3 ? `; and ${issues.length - 3} more` : ""}`);
  }
}

const date = isoDateSchema;
const text = z.string();
const role = z.looseObject({ title: text });
const limit = z.looseObject({ text, quote: text, section: text }).nullable();
const dated = z.looseObject({ title: text, due: date.nullable() });
const duty = z.looseObject({ what: text, due: date.nullable() });

const scheduleShape = z.looseObject({
  policy: text,
  raisedOn: date,
  stages: z.array(
    z.looseObject({
      id: text,
      number: z.number(),
      title: text,
      skipped: z.boolean(),
      due: date.nullable(),
      escalateBy: date.nullable(),
      governedBy: z.enum(["policy-limit", "risk-deadline", "shared-limit"]).nullable(),
      limit,
      escalateByLimit: limit,
      actors: z.looseObject({ raising: z.array(role), receiving: z.array(role) }),
      steps: z.array(dated.extend({ afterResolution: z.boolean() })),
      copyTo: z.array(role),
      notify: z.array(role),
      duties: z.array(duty),
    }),
  ),
  final: z.looseObject({ title: text, body: role, what: text, due: date.nullable() }).nullable(),
  routes: z.array(dated),
  duties: z.array(duty),
  calendar: z.looseObject({ jurisdictions: z.array(text), confirmed: z.boolean(), confirmedThrough: date }),
});

const assessmentShape = z.looseObject({
  state: z.enum(["on-track", "due-soon", "due-today", "overdue", "no-time-limit", "resolved"]),
  stage: z.looseObject({ number: z.number(), title: text }),
  due: date.nullable(),
  explanation: z.array(text),
  step: dated.extend({ overdue: z.boolean() }).nullable(),
  escalateTo: z
    .looseObject({
      stage: z.looseObject({ number: z.number(), title: text }).nullable(),
      final: z.looseObject({ title: text }).nullable(),
      requiredNow: z.boolean(),
      by: date.nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  duties: z.array(duty.extend({ overdue: z.boolean() })),
});

/**
 * @internal The checked value is a copy read once, by property descriptors: a renderer reading it runs none of the caller's code.
 * @throws {@link InvalidResultError}
 */
export function checked<T>(shape: z.ZodType, value: unknown, what: string): T {
  const { issues, value: copy } = readUntrusted(value);
  if (issues.length > 0) throw new InvalidResultError(what, issues);
  const result = shape.safeParse(copy);
  if (!result.success) throw new InvalidResultError(what, fromZodIssues(result.error.issues));
  return copy as T;
}

/** @internal A schedule, as the renderers read it. @throws {@link InvalidResultError} */
export const checkScheduleInput = (value: unknown): Schedule => checked(scheduleShape, value, "a schedule (what schedule() returns)");

const forecastShape = z.looseObject({
  policy: text,
  raisedOn: date,
  asOf: date,
  deadlines: z.array(z.looseObject({ kind: z.enum(["stage", "escalation", "step", "duty", "final"]), id: text, title: text, due: date.nullable(), limit, overdue: z.boolean() })),
});

/** @internal A forecast, as the renderers read it. @throws {@link InvalidResultError} */
export const checkForecastInput = (value: unknown): Forecast => checked(forecastShape, value, "a forecast (what forecast() returns)");

/** @internal An assessment, as the renderers read it. @throws {@link InvalidResultError} */
export const checkAssessmentInput = (value: unknown): Assessment => checked(assessmentShape, value, "an assessment (what assess() returns)");

/** @internal A policy: one from parsePolicy, or checked by it. @throws {@link InvalidPolicyError} */
export function checkPolicyInput(policy: Policy): void {
  compilePolicy(policy);
}
