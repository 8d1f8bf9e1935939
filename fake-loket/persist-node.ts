// Node only (not imported by index.ts, which must also run in the browser): keeps a fake Loket's
// store in a JSON file, so the demo's edits survive a restart.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FakeLoket, StoreSnapshot } from './index.js';
import type { StoredResource } from './schema.js';

export interface PersistOptions {
  /** Quiet time after the last write before the file is saved. Default 250 ms. */
  debounceMs?: number;
  /** Where problems with the file are reported. Default `console.warn`. */
  warn?: (message: string) => void;
}

export interface Persistence {
  /** Saves now if anything changed since the last save. */
  flush(): Promise<void>;
  /** Stops listening and saves what is pending. */
  close(): Promise<void>;
}

const isRecord = (record: unknown): boolean =>
  typeof record === 'object' &&
  record !== null &&
  typeof (record as StoredResource).type === 'string' &&
  typeof (record as StoredResource).id === 'string' &&
  typeof (record as StoredResource).attributes === 'object' &&
  (record as StoredResource).attributes !== null &&
  typeof (record as StoredResource).relationships === 'object' &&
  (record as StoredResource).relationships !== null;

/** A snapshot of this version: every app's records (an older file, of one app, is not taken). */
function isSnapshot(value: unknown): value is StoreSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { version, apps } = value as Partial<StoreSnapshot>;
  return (
    version === 2 &&
    typeof apps === 'object' &&
    apps !== null &&
    Object.values(apps).every((records) => Array.isArray(records) && records.every(isRecord))
  );
}

/**
 * Loads `file` into the loket when it holds a valid snapshot (else keeps the seeded data), then
 * saves the store after writes, debounced, by writing a temporary file and renaming it over the
 * old one so a crash never leaves half a file.
 */
export async function persistToFile(loket: FakeLoket, file: string, options: PersistOptions = {}): Promise<Persistence> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const debounceMs = options.debounceMs ?? 250;
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isSnapshot(parsed)) loket.restore(parsed);
    else warn(`fake Loket: ${file} is not a store snapshot; starting from the seed data.`);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') {
      warn(`fake Loket: could not read ${file} (${(error as Error).message}); starting from the seed data.`);
    }
  }

  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let sequence = 0;

  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return saving;
    dirty = false;
    const text = JSON.stringify(loket.snapshot());
    const temporary = `${file}.${++sequence}.tmp`;
    // Saves run one after another, so an older snapshot never lands after a newer one.
    saving = saving.then(async () => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(temporary, text, 'utf8');
        await rename(temporary, file);
      } catch (error) {
        warn(`fake Loket: could not save ${file} (${(error as Error).message}).`);
      }
    });
    return saving;
  };

  const unsubscribe = loket.onChange(() => {
    dirty = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void save(), debounceMs);
  });

  return {
    flush: save,
    close() {
      unsubscribe();
      return save();
    },
  };
}
