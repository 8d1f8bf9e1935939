import { parseForm, type MandatarisForm } from './form.js';

/**
 * Unsaved edits live in browser storage, one entry per account + body + record, so a reload, a
 * crash or a failed save never loses what was typed. Storage may be missing, full or tampered
 * with: every access is guarded and every stored value re-validated.
 */
export interface Draft {
  /** The record being edited; absent for a new mandataris. */
  recordId?: string;
  form: MandatarisForm;
  /** The record as it was when the edit began: the reference for conflict detection. */
  base?: MandatarisForm;
  isCorrection: boolean;
  changeDate: string;
  /** ISO instant of the last keystroke kept. */
  savedAt: string;
}

const PREFIX = 'loket-mandate-editor:draft';

export function draftKey(account: string, orgaanId: string, recordId: string | undefined): string {
  return `${PREFIX}:${account}:${orgaanId}:${recordId ?? 'new'}`;
}

export function saveDraft(storage: Storage | undefined, key: string, draft: Draft): boolean {
  try {
    storage?.setItem(key, JSON.stringify(draft));
    return !!storage;
  } catch {
    return false;
  }
}

export function removeDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage refused: nothing else to do, the draft stays until storage works again.
  }
}

function parseDraft(text: string | null): Draft | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const form = parseForm(record['form']);
  if (!form) return undefined;
  const base = record['base'] === undefined ? undefined : parseForm(record['base']);
  if (record['base'] !== undefined && !base) return undefined;
  const recordId = typeof record['recordId'] === 'string' ? record['recordId'] : undefined;
  return {
    ...(recordId ? { recordId } : {}),
    form,
    ...(base ? { base } : {}),
    isCorrection: record['isCorrection'] === true,
    changeDate: typeof record['changeDate'] === 'string' ? record['changeDate'] : '',
    savedAt: typeof record['savedAt'] === 'string' ? record['savedAt'] : '',
  };
}

export function loadDraft(storage: Storage | undefined, key: string): Draft | undefined {
  try {
    return parseDraft(storage?.getItem(key) ?? null);
  } catch {
    return undefined;
  }
}

/** Every draft of this account for this body, newest first. */
export function listDrafts(storage: Storage | undefined, account: string, orgaanId: string): { key: string; draft: Draft }[] {
  const prefix = `${PREFIX}:${account}:${orgaanId}:`;
  const found: { key: string; draft: Draft }[] = [];
  try {
    if (!storage) return found;
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (!key?.startsWith(prefix)) continue;
      const draft = loadDraft(storage, key);
      if (draft) found.push({ key, draft });
    }
  } catch {
    return found;
  }
  return found.sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt));
}
