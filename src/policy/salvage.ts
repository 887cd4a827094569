import type { z } from "zod";
import { policySchema, type Policy } from "./schema.js";

type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

/** What was done to a value that broke the schema, in the order it is tried. */
type Cut = "substituted" | "deleted" | "nulled";

// Each round moves every failing value one step up (at most one object level
// per two rounds); a policy's objects nest about eight deep.
const MAX_ROUNDS = 16;

const pathKey = (path: Path): string => JSON.stringify(path);

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as Container)[key] : undefined;
  return value;
}

/** Whether a value declares ids (roles, stages, steps, duties, rules): removing it would make references to them look wrong. */
function declaresIds(value: unknown): boolean {
  const stack = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item !== "object" || item === null) continue;
    if (!Array.isArray(item) && Object.hasOwn(item, "id")) return true;
    for (const child of Object.values(item)) stack.push(child);
  }
  return false;
}

/**
 * @internal Mends a policy that failed the schema (the plain copy that
 * readUntrusted made, changed in place) just enough for it to pass, so that
 * the reference checks can still run on the rest: a key the schema does not
 * know is dropped; a value not among those allowed becomes the first
 * allowed; any other failing field is removed, else set to null, else its
 * enclosing field is. Nothing that declares an id is removed and no list
 * entry is, so every reference and every path still means what it did in
 * the input. Returns undefined where that is not enough (a failing list
 * entry, or a required field at the top level): then only the schema's
 * findings are reported.
 *
 * `shadowed` holds the paths under which the copy differs from the input (for
 * a substitution, the whole object holding it, whose other checks may turn on
 * it, as a rule's on its effect; at the top level, only the field): a
 * reference finding there speaks of the mended copy, not the input, and must
 * be dropped.
 */
export function salvage(root: unknown, issues: readonly z.core.$ZodIssue[]): { policy: Policy; shadowed: ReadonlySet<string> } | undefined {
  const cuts = new Map<string, Cut>();
  // Whether an enclosing value is gone already, this round, with the issue in it.
  const insideCut = (path: Path): boolean => {
    for (let length = 1; length < path.length; length++) if (["deleted", "nulled"].includes(cuts.get(pathKey(path.slice(0, length))) ?? "")) return true;
    return false;
  };

  const mend = (issue: z.core.$ZodIssue, touched: Set<string>): boolean => {
    for (let path: Path = issue.path as Path; ; path = path.slice(0, -1)) {
      const last = path.at(-1);
      const container = valueAt(root, path.slice(0, -1));
      if (last === undefined || typeof container !== "object" || container === null) return false;
      const key = pathKey(path);
      if (touched.has(key)) return true;
      const done = cuts.get(key);
      if (done === "nulled") continue;
      touched.add(key);
      if (done === undefined && issue.code === "invalid_value" && issue.values.length > 0 && path === issue.path) {
        (container as Container)[last] = issue.values[0];
        cuts.set(key, "substituted");
      } else if (typeof last === "number" || declaresIds((container as Container)[last])) {
        return false;
      } else if (done === "deleted") {
        (container as Container)[last] = null;
        cuts.set(key, "nulled");
      } else {
        Reflect.deleteProperty(container, last);
        cuts.set(key, "deleted");
      }
      return true;
    }
  };

  let failing = issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const touched = new Set<string>();
    for (const issue of failing) {
      if (insideCut(issue.path as Path)) continue;
      if (issue.code === "unrecognized_keys") {
        // No check reads a key the schema does not know: dropping it shadows nothing.
        const object = valueAt(root, issue.path as Path) as Container;
        for (const key of issue.keys) Reflect.deleteProperty(object, key);
      } else if (!mend(issue, touched)) {
        return undefined;
      }
    }
    const again = policySchema.safeParse(root);
    if (again.success) {
      const shadowed = new Set<string>();
      for (const [key, cut] of cuts) {
        const path = JSON.parse(key) as Path;
        shadowed.add(cut === "substituted" && path.length > 1 ? pathKey(path.slice(0, -1)) : key);
      }
      return { policy: again.data, shadowed };
    }
    failing = again.error.issues;
  }
  return undefined;
}

/** Whether a path lies at or under one of the shadowed paths. */
export function isShadowed(path: Path, shadowed: ReadonlySet<string>): boolean {
  for (let length = 0; length <= path.length; length++) if (shadowed.has(pathKey(path.slice(0, length)))) return true;
  return false;
}
