import type { Limit, Policy, Role } from "../policy/schema.js";
import type { CompiledPolicy } from "./compile.js";
import { describeAmount, describeAnchor } from "./limits.js";
import type { LimitSummary, RoleRef } from "./types.js";

// Summaries and role lists depend only on the frozen policy, so each is built
// once and shared, frozen, by every result that shows it.
const summaries = new WeakMap<Limit, LimitSummary>();
const roleLists = new WeakMap<readonly string[], readonly RoleRef[]>();

/** @internal */
export function summariseLimit(limit: Limit | null | undefined, policy: Policy): LimitSummary | null {
  if (limit === null || limit === undefined) return null;
  let summary = summaries.get(limit);
  if (summary === undefined) {
    summary = Object.freeze(buildSummary(limit, policy));
    if (Object.isFrozen(limit)) summaries.set(limit, summary);
  }
  return summary;
}

function buildSummary(limit: Limit, policy: Policy): LimitSummary {
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

const NO_ROLES: readonly RoleRef[] = Object.freeze([]);

/** @internal */
export function roleRefs(ids: readonly string[] | undefined, compiled: CompiledPolicy): readonly RoleRef[] {
  if (ids === undefined) return NO_ROLES;
  let refs = roleLists.get(ids);
  if (refs === undefined) {
    refs = Object.freeze(
      ids.map((id) => {
        const role = compiled.roleById.get(id) as Role;
        return Object.freeze({ id, kind: role.kind, title: role.title });
      }),
    );
    // Only frozen arrays (a parsed policy's) are cached: a mutable one could change.
    if (Object.isFrozen(ids)) roleLists.set(ids, refs);
  }
  return refs;
}
