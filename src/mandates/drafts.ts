import { DraftStore, type Stored } from '../drafts.js';
import { parseForm, parseNewPerson, type MandatarisForm, type NewPersonForm } from './form.js';

/**
 * Unsaved edits of a mandataris, one per account + body in time + LMB record (the shared
 * DraftStore, src/drafts.ts), so a reload, a crash, a failed save or a conflict never loses what
 * was typed.
 */
export interface Draft {
  /** The LMB mandataris being edited; absent for a new one. */
  recordId?: string;
  form: MandatarisForm;
  /** The record as it was when the edit began: the reference for conflict detection. */
  base?: MandatarisForm;
  /** LMB's `modified` of that version. */
  baseModified?: string;
  /** A person to create along with the mandataris. */
  newPerson?: NewPersonForm;
  isCorrection: boolean;
  changeDate: string;
}

export type StoredDraft = Stored<Draft>;

function parseDraft(raw: unknown): Draft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const form = parseForm(record['form']);
  if (!form) return undefined;
  const base = record['base'] === undefined ? undefined : parseForm(record['base']);
  if (record['base'] !== undefined && !base) return undefined;
  const newPerson = record['newPerson'] === undefined ? undefined : parseNewPerson(record['newPerson']);
  if (record['newPerson'] !== undefined && !newPerson) return undefined;
  const string = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : undefined);
  const recordId = string('recordId');
  const baseModified = string('baseModified');
  return {
    ...(recordId ? { recordId } : {}),
    form,
    ...(base ? { base } : {}),
    ...(baseModified ? { baseModified } : {}),
    ...(newPerson ? { newPerson } : {}),
    isCorrection: record['isCorrection'] === true,
    changeDate: string('changeDate') ?? '',
  };
}

export const mandateDrafts = new DraftStore<Draft>('loket-mandate-editor:draft', parseDraft, () => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
});

export const draftKey = (account: string, orgaanInTijdId: string, recordId: string | undefined): string =>
  mandateDrafts.key(account, orgaanInTijdId, recordId);
