import type { IsoDate } from "../calendar/isoDate.js";
import type { CaseFlag, CaseSubject, DutyKind } from "../policy/schema.js";

/** A limit as the engine reports it: the rule in words, with its source. */
export interface LimitSummary {
  /** e.g. "within 5 working days of the completion of Stage 1 (Internal Discussion)". */
  readonly text: string;
  readonly workingDays?: number;
  /** Five working days each. */
  readonly workingWeeks?: number;
  readonly calendarDays?: number;
  readonly calendarMonths?: number;
  /** Clock hours: due on the last day that ends within them. */
  readonly hours?: number;
  readonly immediately?: true;
  /** Owed, with no date: the text sets none. */
  readonly asSoonAsPossible?: true;
  /** "Or a timescale that protects the adult from harm, whichever is less": the case's risk deadline caps it. */
  readonly whicheverIsLess: boolean;
  readonly section: string;
  readonly quote: string;
}

/** Which rule sets a due date: the policy's limit, the case's earlier risk deadline, or a limit a group of stages or steps shares. */
export type Governing = "policy-limit" | "risk-deadline" | "shared-limit";

/** A role as the engine reports it, so that no lookup is needed to show it. */
export interface RoleRef {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
}

/** A duty with its due date. */
export interface DutyDue {
  readonly id: string;
  /** The policy's kind of duty; `agreed-action` for an action the parties agreed in the case, with its own date. */
  readonly kind: DutyKind | "agreed-action";
  readonly what: string;
  /** Where a record is kept; null where the protocol does not say. */
  readonly where: string | null;
  readonly to: readonly RoleRef[];
  /** The form to use; null where there is none. */
  readonly form: string | null;
  /** The stage it belongs to; null for a duty at every stage and a route's notification. */
  readonly stage: string | null;
  readonly afterResolution: boolean;
  /** `null`: the protocol sets no time, or what it runs from has not happened yet. */
  readonly due: IsoDate | null;
  readonly limit: LimitSummary | null;
}

/** What {@link schedule} takes, and what a case shares with it. */
export interface CaseFacts {
  /** The date the disagreement arose. */
  readonly raisedOn: IsoDate;
  /** Whom the disagreement is about: an adult or a child; unset, targets for either are named. */
  readonly subject?: CaseSubject | undefined;
  /** A date by which the child or adult must be protected: caps limits marked "whichever is less". */
  readonly riskDeadline?: IsoDate | undefined;
  readonly flags?: readonly CaseFlag[] | undefined;
  /** The priority chosen for the case (one of the policy's), where it sets limits by priority. */
  readonly priority?: string | undefined;
}


