import { changedFields, type FormField, type MandatarisForm } from './form.js';

export type SaveAction = 'create' | 'correct' | 'end' | 'replace' | 'remove' | 'publication';

/**
 * A change of status, fractie, rangorde or beleidsdomeinen is a new fact in the body's history
 * (LMB's "update state", FE components/mandataris/edit/wizard.js:481-580): the current
 * mandataris ends and a new one starts on the date of the change. Anything else, or anything the
 * user marks as the correction of a mistake, is fixed in place ("corrigeer fouten").
 */
export const REPLACING_FIELDS: readonly FormField[] = ['statusId', 'fractieId', 'rangorde', 'beleidsdomeinIds'];

export function decideEditAction(base: MandatarisForm, edited: MandatarisForm, isCorrection: boolean): 'correct' | 'replace' {
  if (isCorrection) return 'correct';
  return changedFields(base, edited).some((field) => REPLACING_FIELDS.includes(field)) ? 'replace' : 'correct';
}

/**
 * Only the rangorde changes, from one to another: LMB's rangorde service does it (MS
 * routes/rangorde.ts), in place as a correction, else by ending the mandataris and copying it
 * with the new rangorde from the change date. (Without a rangorde before, MS would set it in place
 * even as a new situation, so that case goes the general way.)
 */
export function isRangordeChange(base: MandatarisForm, edited: MandatarisForm): boolean {
  const changed = changedFields(base, edited);
  return changed.length === 1 && changed[0] === 'rangorde' && !!base.rangorde.trim() && !!edited.rangorde.trim();
}

/** The new mandataris a replacing change starts: the edited values from the change date on. */
export function successorForm(edited: MandatarisForm, changeDate: string): MandatarisForm {
  return { ...edited, start: changeDate };
}
