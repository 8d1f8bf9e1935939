/**
 * Read markers for the message centre. The Loket keeps no read/unread state, so the bell keeps it:
 * per account and bestuurseenheid, behind `ReadStateStore`, which a host may replace with a
 * server-side store. Markers are small on purpose: a watermark ("everything sent up to here is
 * read") plus the id of the last bericht read per conversation newer than the watermark.
 */

export interface ReadScope {
  account: string;
  bestuurseenheid: string;
}

export interface ReadMarkers {
  /** ISO instant: every conversation whose latest bericht was sent at or before it counts as read. */
  readonly readUpTo?: string;
  /** Conversation id -> id of the latest bericht the user has seen in it. */
  readonly read: Readonly<Record<string, string>>;
}

export interface ReadMark {
  conversation: string;
  bericht: string;
}

/** The replaceable part: a host with a server-side read marker implements this. */
export interface ReadStateStore {
  load(scope: ReadScope): Promise<ReadMarkers>;
  markRead(scope: ReadScope, marks: readonly ReadMark[]): Promise<ReadMarkers>;
  /** Marks everything sent up to and including `upTo` (ISO instant) as read. */
  markAllRead(scope: ReadScope, upTo: string): Promise<ReadMarkers>;
  /** Calls `listener` when the markers change elsewhere (another tab, another bell, the server). */
  subscribe(scope: ReadScope, listener: (markers: ReadMarkers) => void): () => void;
}

export const NO_MARKERS: ReadMarkers = Object.freeze({ read: Object.freeze({}) });

const MAX_MARKS = 500;

/** Applies marks; the oldest marks are dropped beyond a bound so storage never grows unchecked. */
export function withMarks(markers: ReadMarkers, marks: readonly ReadMark[]): ReadMarkers {
  const read: Record<string, string> = { ...markers.read };
  for (const mark of marks) {
    delete read[mark.conversation];
    read[mark.conversation] = mark.bericht;
  }
  const ids = Object.keys(read);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_MARKS))) delete read[id];
  return { ...(markers.readUpTo ? { readUpTo: markers.readUpTo } : {}), read };
}

/** Moves the watermark forward (never back) and forgets the per-conversation marks it covers. */
export function withReadUpTo(markers: ReadMarkers, upTo: string): ReadMarkers {
  const next = Date.parse(upTo);
  if (Number.isNaN(next)) return markers;
  const current = markers.readUpTo ? Date.parse(markers.readUpTo) : NaN;
  if (!Number.isNaN(current) && current >= next) return markers;
  return { readUpTo: new Date(next).toISOString(), read: {} };
}

/** Accepts only what we wrote: anything else in storage (tampering, old versions) reads as empty. */
export function parseMarkers(raw: string | null): ReadMarkers {
  if (!raw) return NO_MARKERS;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return NO_MARKERS;
    const { readUpTo, read } = value as Record<string, unknown>;
    const clean: Record<string, string> = {};
    if (typeof read === 'object' && read !== null && !Array.isArray(read)) {
      for (const [id, bericht] of Object.entries(read)) if (typeof bericht === 'string') clean[id] = bericht;
    }
    const upTo = typeof readUpTo === 'string' && !Number.isNaN(Date.parse(readUpTo)) ? readUpTo : undefined;
    return upTo ? { readUpTo: upTo, read: clean } : { read: clean };
  } catch {
    return NO_MARKERS;
  }
}

const PREFIX = 'loket-elements:read:';

export function storageKey(scope: ReadScope): string {
  return `${PREFIX}${encodeURIComponent(scope.account)}:${encodeURIComponent(scope.bestuurseenheid)}`;
}

/**
 * Keeps markers in `localStorage`. Other tabs learn of changes through the `storage` event; other
 * bells in the same document through an in-memory listener list (the event skips the writer).
 * Without usable storage (private modes, sandboxed frames) markers live in memory for the page.
 */
export class LocalReadStateStore implements ReadStateStore {
  private readonly listeners = new Map<string, Set<(markers: ReadMarkers) => void>>();
  private readonly memory = new Map<string, string>();

  constructor(private readonly storage: Storage | null = safeLocalStorage()) {}

  async load(scope: ReadScope): Promise<ReadMarkers> {
    return parseMarkers(this.readRaw(storageKey(scope)));
  }

  async markRead(scope: ReadScope, marks: readonly ReadMark[]): Promise<ReadMarkers> {
    return this.update(scope, (markers) => withMarks(markers, marks));
  }

  async markAllRead(scope: ReadScope, upTo: string): Promise<ReadMarkers> {
    return this.update(scope, (markers) => withReadUpTo(markers, upTo));
  }

  subscribe(scope: ReadScope, listener: (markers: ReadMarkers) => void): () => void {
    const key = storageKey(scope);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    const onStorage = (event: StorageEvent): void => {
      if (event.key === key) listener(parseMarkers(event.newValue));
    };
    globalThis.addEventListener?.('storage', onStorage);
    return () => {
      set.delete(listener);
      globalThis.removeEventListener?.('storage', onStorage);
    };
  }

  private update(scope: ReadScope, change: (markers: ReadMarkers) => ReadMarkers): ReadMarkers {
    const key = storageKey(scope);
    // Re-read before writing: another tab may have written since we last loaded.
    const before = parseMarkers(this.readRaw(key));
    const after = change(before);
    if (after !== before) {
      this.writeRaw(key, JSON.stringify(after));
      for (const listener of this.listeners.get(key) ?? []) listener(after);
    }
    return after;
  }

  private readRaw(key: string): string | null {
    try {
      return this.storage ? this.storage.getItem(key) : (this.memory.get(key) ?? null);
    } catch {
      return this.memory.get(key) ?? null;
    }
  }

  private writeRaw(key: string, value: string): void {
    this.memory.set(key, value);
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Quota or a storage-less context: the in-memory copy keeps the page consistent.
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

let shared: LocalReadStateStore | undefined;

/** One store per document, so every bell on the page hears the others' changes. */
export function defaultReadStateStore(): ReadStateStore {
  return (shared ??= new LocalReadStateStore());
}
