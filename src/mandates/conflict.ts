import { changedFields, type FormField, type MandatarisForm } from './form.js';

/**
 * The Loket has no optimistic concurrency, so the editor compares the record as it is now with the
 * version the edit began from, before writing anything.
 */
export type Conflict =
  | { kind: 'none' }
  | { kind: 'deleted' }
  | { kind: 'changed'; theirs: MandatarisForm; fields: FormField[] };

export function detectConflict(base: MandatarisForm, current: MandatarisForm | null): Conflict {
  if (!current) return { kind: 'deleted' };
  const fields = changedFields(base, current);
  return fields.length === 0 ? { kind: 'none' } : { kind: 'changed', theirs: current, fields };
}
