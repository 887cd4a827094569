import type { Limit, Policy, Role } from "../policy/schema.js";
import type { CompiledPolicy } from "./compile.js";
import { describeAmount, describeAnchor } from "./limits.js";
import type { LimitSummary, RoleRef } from "./types.js";

/** @internal */
export function summariseLimit(limit: Limit | null | undefined, policy: Policy): LimitSummary | null {
  if (limit === null || limit === undefined) return null;
  return {
    text: `${describeAmount(limit)} of ${describeAnchor(limit.from, policy)}${limit.whicheverIsLess ? ", or sooner where the adult's protection needs it (whichever is less)" : ""}`,
    ...(limit.workingDays === undefined ? {} : { workingDays: limit.workingDays }),
    ...(limit.calendarDays === undefined ? {} : { calendarDays: limit.calendarDays }),
    ...(limit.calendarMonths === undefined ? {} : { calendarMonths: limit.calendarMonths }),
    ...(limit.immediately === undefined ? {} : { immediately: limit.immediately }),
    whicheverIsLess: limit.whicheverIsLess === true,
    section: limit.source.section,
    quote: limit.source.quote,
  };
}

/** @internal */
export function roleRefs(ids: readonly string[] | undefined, compiled: CompiledPolicy): RoleRef[] {
  return (ids ?? []).map((id) => {
    const role = compiled.roleById.get(id) as Role;
    return { id, kind: role.kind, title: role.title };
  });
}
