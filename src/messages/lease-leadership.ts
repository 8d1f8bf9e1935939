/**
 * The fallbacks for browsers without Web Locks, loaded only there (see `leadership.ts`).
 */
import type { Leadership } from './leadership.js';

export interface LeaseTiming {
  /** How often the leader renews and the others check, ms. */
  heartbeat: number;
  /** A lease not renewed for this long is free, ms. */
  ttl: number;
}

interface Lease {
  id: string;
  until: number;
}

/**
 * The fallback: the lease holder renews it every heartbeat; another context takes over once it
 * expires. Taking over needs the lease to still be ours on the next heartbeat, so two contexts that
 * wrote in the same instant cannot both believe they lead.
 */
export function leaseLeadership(storage: Storage, name: string, timing: LeaseTiming, onReleased?: (wake: () => void) => () => void): Leadership {
  const key = `loket-elements:lease:${name}`;
  const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
  let timer: ReturnType<typeof setInterval> | undefined;
  let leading = false;
  let claimed = false;
  let notify: (leading: boolean) => void = () => {};
  let unsubscribe: (() => void) | undefined;

  const read = (): Lease | undefined => {
    try {
      const value = JSON.parse(storage.getItem(key) ?? 'null') as Lease | null;
      return value && typeof value.id === 'string' && typeof value.until === 'number' ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (): void => {
    try {
      storage.setItem(key, JSON.stringify({ id, until: Date.now() + timing.ttl }));
    } catch {
      // Storage full or gone: we simply cannot claim; another context (or none) leads.
    }
  };
  const setLeading = (value: boolean): void => {
    if (value === leading) return;
    leading = value;
    notify(value);
  };
  const beat = (): void => {
    const lease = read();
    const mine = lease?.id === id;
    const free = !lease || lease.until < Date.now();
    if (mine && claimed) {
      write();
      setLeading(true);
    } else if (mine || free) {
      claimed = true;
      write();
    } else {
      claimed = false;
      setLeading(false);
    }
  };

  return {
    start(onChange) {
      notify = onChange;
      beat();
      timer = setInterval(beat, timing.heartbeat);
      unsubscribe = onReleased?.(beat);
    },
    stop() {
      clearInterval(timer);
      unsubscribe?.();
      if (read()?.id === id) {
        try {
          storage.removeItem(key);
        } catch {
          // Nothing to clean up then; the lease expires by itself.
        }
      }
      setLeading(false);
    },
  };
}

/** Without Web Locks and without storage every context leads: correct, only not frugal. */
export function soloLeadership(): Leadership {
  let notify: (leading: boolean) => void = () => {};
  return {
    start(onChange) {
      notify = onChange;
      queueMicrotask(() => notify(true));
    },
    stop() {
      notify(false);
      notify = () => {};
    },
  };
}
