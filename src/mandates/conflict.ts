import { FORM_FIELDS, changedFields, type FormField, type MandatarisForm } from './form.js';

/**
 * LMB has no optimistic concurrency (no ETag, no version check; mu-cl-resources replaces what it
 * is sent): the editor re-reads the record before it writes and compares LMB's `modified`
 * (dct:modified, which LMB's frontend, its services and APP's modified service set on every
 * change), and the fields themselves, with the version the edit began from.
 */
export type Conflict =
  | { kind: 'none'; modified?: string }
  | { kind: 'deleted' }
  | { kind: 'changed'; theirs: MandatarisForm; modified?: string; rows: MergeRow[] };

/** One field that differs between my edit and their version. */
export interface MergeRow {
  field: FormField;
  /** I changed it since the edit began. */
  mine: boolean;
  /** They changed it since the edit began. */
  theirs: boolean;
}

export type MergeChoice = 'mine' | 'theirs';

export function detectConflict(
  base: MandatarisForm,
  baseModified: string | undefined,
  mine: MandatarisForm,
  current: { form: MandatarisForm; modified?: string } | null,
): Conflict {
  if (!current) return { kind: 'deleted' };
  const theirChanges = changedFields(base, current.form);
  // Nothing of the form changed: a change elsewhere (a link, the publication status) is no conflict.
  if (theirChanges.length === 0) return current.modified === baseModified ? { kind: 'none' } : { kind: 'none', modified: current.modified };
  const mineChanged = new Set(changedFields(base, mine));
  const rows = changedFields(mine, current.form).map((field) => ({ field, mine: mineChanged.has(field), theirs: theirChanges.includes(field) }));
  // They made the very changes I made.
  if (rows.length === 0) return { kind: 'none', modified: current.modified };
  return { kind: 'changed', theirs: current.form, modified: current.modified, rows };
}

/** What a row starts as in the merge view: their value where only they changed it. */
export const defaultChoice = (row: MergeRow): MergeChoice => (row.theirs && !row.mine ? 'theirs' : 'mine');

/** My edit with, per field, their value where I chose theirs. */
export function mergeForms(mine: MandatarisForm, theirs: MandatarisForm, rows: readonly MergeRow[], choices: Partial<Record<FormField, MergeChoice>>): MandatarisForm {
  const merged: MandatarisForm = { ...mine, beleidsdomeinIds: [...mine.beleidsdomeinIds] };
  for (const row of rows) {
    if ((choices[row.field] ?? defaultChoice(row)) === 'theirs') {
      (merged as unknown as Record<FormField, unknown>)[row.field] = structuredClone(theirs[row.field]);
    }
  }
  return merged;
}

export { FORM_FIELDS };
