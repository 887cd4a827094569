import { describeValue } from "../describeValue.js";
import { SafeguardingEscalationError } from "../errors.js";

/**
 * The UK's bank-holiday jurisdictions. `wales` has England's bank holidays
 * today but is kept apart, because the Senedd may legislate its own.
 * Frozen: it decides {@link isJurisdiction} for every caller in the process.
 */
export const JURISDICTIONS = /* @__PURE__ */ Object.freeze(["england-and-wales", "wales", "scotland", "northern-ireland"] as const);

/** One of {@link JURISDICTIONS}. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Thrown when a jurisdiction is not one of {@link JURISDICTIONS}. */
export class UnknownJurisdictionError extends SafeguardingEscalationError {
  readonly code = "unknown-jurisdiction";
  readonly value: unknown;

  constructor(value: unknown) {
    super(`Unknown jurisdiction ${describeValue(value)}: expected one of ${JURISDICTIONS.join(", ")}.`);
    this.value = value;
  }
}

/**
 * Checks that a value is a {@link Jurisdiction}.
 *
 * @example
 * ```ts
 * isJurisdiction("scotland") // true
 * isJurisdiction("england")  // false
 * ```
 */
export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === "string" && (JURISDICTIONS as readonly string[]).includes(value);
}
