/**
 * Unsaved input kept in browser storage, so a reload, a crash, a failed save or a conflict never
 * loses what a user typed (the mandate editor's records, the inbox's replies, the profile's
 * preferences). Storage may be missing, full, refused or tampered with: every access is guarded
 * and every stored value goes through the owner's `parse` before it is used.
 */
export interface Stored<T> {
  key: string;
  value: T;
  /** ISO instant it was kept. */
  savedAt: string;
}

export class DraftStore<T> {
  /**
   * `prefix` names the widget (`loket-inbox:reply`); keys add what the draft belongs to (account,
   * bestuur, record). `parse` returns undefined for anything that is not a valid draft.
   */
  constructor(
    readonly prefix: string,
    private readonly parse: (raw: unknown) => T | undefined,
    private readonly storage: () => Storage | undefined = () => globalThis.localStorage,
  ) {}

  key(...parts: (string | undefined)[]): string {
    return [this.prefix, ...parts.map((part) => part ?? 'new')].join(':');
  }

  /** Keeps `value` under `key`; false when the browser refused (storage full or blocked). */
  save(key: string, value: T, now: Date = new Date()): boolean {
    try {
      const storage = this.storage();
      storage?.setItem(key, JSON.stringify({ value, savedAt: now.toISOString() }));
      return !!storage;
    } catch {
      return false;
    }
  }

  load(key: string): Stored<T> | undefined {
    try {
      return this.read(key, this.storage()?.getItem(key) ?? null);
    } catch {
      return undefined;
    }
  }

  remove(key: string): void {
    try {
      this.storage()?.removeItem(key);
    } catch {
      // Storage refused: the draft stays until storage works again.
    }
  }

  /** Every valid draft whose key starts with `prefix` + these parts, newest first. */
  list(...parts: string[]): Stored<T>[] {
    const start = `${[this.prefix, ...parts].join(':')}:`;
    const found: Stored<T>[] = [];
    try {
      const storage = this.storage();
      if (!storage) return found;
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (!key?.startsWith(start)) continue;
        const draft = this.read(key, storage.getItem(key));
        if (draft) found.push(draft);
      }
    } catch {
      return found;
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private read(key: string, text: string | null): Stored<T> | undefined {
    if (!text) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!raw || typeof raw !== 'object') return undefined;
    const { value, savedAt } = raw as { value?: unknown; savedAt?: unknown };
    const parsed = this.parse(value);
    return parsed === undefined ? undefined : { key, value: parsed, savedAt: typeof savedAt === 'string' ? savedAt : '' };
  }
}
