/**
 * Leader election among the tabs (and frames) of one browser that share a channel name. Web Locks
 * give it for free: the lock holder leads, and the browser hands the lock on when that tab closes
 * or crashes. Where Web Locks are missing, a lease in localStorage that the leader keeps renewing
 * does the same, only slower to notice a crashed leader.
 */
export interface Leadership {
  /** Starts competing; `onChange(true)` when this context leads, `onChange(false)` when it stops. */
  start(onChange: (leading: boolean) => void): void;
  /** Gives the leadership up (if held) and stops competing. */
  stop(): void;
}

export function webLockLeadership(locks: LockManager, name: string): Leadership {
  const abort = new AbortController();
  let release: (() => void) | undefined;
  return {
    start(onChange) {
      locks
        .request(name, { signal: abort.signal }, () => {
          if (abort.signal.aborted) return undefined;
          onChange(true);
          return new Promise<void>((resolve) => (release = resolve));
        })
        .catch(() => {
          // Aborted while still waiting in the queue: nothing to release.
        })
        .finally(() => onChange(false));
    },
    stop() {
      abort.abort();
      release?.();
    },
  };
}

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
