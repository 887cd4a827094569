/**
 * The base class of every error this library throws on purpose, so that a
 * caller can tell "my input was wrong" (catch this) from a bug (anything else).
 *
 * Each subclass has a stable `code` to switch on; messages are for people and
 * may be reworded between minor versions.
 */
export abstract class SafeguardingEscalationError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Thrown when a function's options are not what it takes: an unknown key, or a value of the wrong kind. */
export class InvalidOptionsError extends SafeguardingEscalationError {
  readonly code = "invalid-options";
}

/** Thrown when an argument is not of the kind a function takes (where no more specific error applies). */
export class InvalidArgumentError extends SafeguardingEscalationError {
  readonly code = "invalid-argument";
}
