import { changedFields, type FormField, type MandatarisForm } from './form.js';

export type SaveAction = 'create' | 'correct' | 'end' | 'replace' | 'remove';

/**
 * A change of status, fractie or rangorde is a new fact in the body's history: the current
 * mandataris ends and a new one starts on the date of the change. Anything else, or anything the
 * user marks as the correction of a mistake, is fixed in place.
 */
export const REPLACING_FIELDS: readonly FormField[] = ['statusId', 'fractieId', 'rangorde'];

export function decideEditAction(base: MandatarisForm, edited: MandatarisForm, isCorrection: boolean): 'correct' | 'replace' {
  if (isCorrection) return 'correct';
  return changedFields(base, edited).some((field) => REPLACING_FIELDS.includes(field)) ? 'replace' : 'correct';
}

/** The new mandataris a replacing change starts: the edited values from the change date on. */
export function successorForm(edited: MandatarisForm, changeDate: string): MandatarisForm {
  return { ...edited, start: changeDate };
}
