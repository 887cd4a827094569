// The pieces of a result that schedule and assess both build from a ladder.
import type { Calendar } from "../calendar/calendar.js";
import { toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { CaseFlag, Policy, Subject } from "../policy/schema.js";
import { holds, type CompiledPolicy } from "./compile.js";
import { roleRefs, summariseLimit } from "./describe.js";
import type { DueDay, Ladder, LadderStage } from "./ladder.js";
import type { DutyDue } from "./types.js";

/** @internal */
export function dayOrNull(due: DueDay): IsoDate | null {
  return due.day === null ? null : toIsoDate(due.day);
}

/** @internal The duties of a stage, judged for the case; with `today`, marked overdue or not and without those done. */
export function stageDuties(ladder: Ladder, stage: LadderStage, afterResolution: boolean, today?: number, done?: ReadonlySet<string>): DutyDue[] {
  const facts = { subject: ladder.input.subject, flags: ladder.input.flags };
  const list = afterResolution ? stage.stage.afterResolution : stage.stage.duties;
  const result: DutyDue[] = [];
  for (const duty of list ?? []) if (done?.has(duty.id) !== true && holds(duty.when, facts)) result.push(dutyDue(ladder, duty, stage.stage.id, afterResolution, today));
  return result;
}

type Duty = NonNullable<Policy["duties"]>[number];
const dutyTemplates = new WeakMap<Duty, Map<string, Omit<DutyDue, "due">>>();

/** Everything about a duty but its due date: fixed by the policy, so built once. */
function dutyTemplate(ladder: Ladder, duty: Duty, stageId: string | undefined, afterResolution: boolean): Omit<DutyDue, "due"> {
  const key = `${stageId ?? ""}|${afterResolution}`;
  let byPlace = dutyTemplates.get(duty);
  let template = byPlace?.get(key);
  if (template === undefined) {
    template = {
      id: duty.id,
      kind: duty.kind,
      what: duty.what,
      ...(duty.where === undefined ? {} : { where: duty.where }),
      to: roleRefs(duty.to, ladder.compiled),
      ...(duty.form === undefined ? {} : { form: duty.form }),
      ...(stageId === undefined ? {} : { stage: stageId }),
      afterResolution,
      limit: summariseLimit(duty.limit, ladder.compiled.policy),
    };
    if (Object.isFrozen(duty)) {
      if (byPlace === undefined) dutyTemplates.set(duty, (byPlace = new Map()));
      byPlace.set(key, template);
    }
  }
  return template;
}

/** @internal A duty with its due date; with `today`, also whether it is overdue. */
export function dutyDue(ladder: Ladder, duty: Duty, stageId: string | undefined, afterResolution: boolean, today?: number): DutyDue & { overdue?: boolean } {
  const stage = stageId === undefined ? undefined : ladder.compiled.stageById.get(stageId);
  const due = ladder.dutyDue(duty, stage).day;
  const template = dutyTemplate(ladder, duty, stageId, afterResolution);
  if (today === undefined) return { ...template, due: due === null ? null : toIsoDate(due) };
  return { ...template, due: due === null ? null : toIsoDate(due), overdue: due !== null && today > due };
}

/** @internal Roles to notify at a stage, and roles copied into its communication. */
export function stageTargets(compiled: CompiledPolicy, stage: LadderStage, facts: { subject: Subject | undefined; flags: ReadonlySet<CaseFlag> }) {
  const notify = (stage.stage.notify ?? []).filter((target) => holds(target.when, facts)).flatMap((target) => roleRefs(target.to, compiled));
  return { notify, copyTo: roleRefs(compiled.copyToByPosition[stage.position], compiled) };
}


/** @internal Whether GOV.UK's list confirms the bank holidays on every one of these days. */
export function allConfirmed(days: readonly number[], calendar: Calendar): boolean {
  const from = toDayNumber(calendar.confirmed.from);
  const through = toDayNumber(calendar.confirmed.through);
  return days.every((day) => day >= from && day <= through);
}
