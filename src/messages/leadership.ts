/**
 * Leader election among the tabs (and frames) of one browser that share a channel name. Web Locks
 * give it for free: the lock holder leads, and the browser hands the lock on when that tab closes
 * or crashes. Where Web Locks are missing, a lease in localStorage that the leader keeps renewing
 * does the same, only slower to notice a crashed leader (`lease-leadership.ts`, loaded only then).
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

/**
 * A leadership whose code is loaded on first start (the fallbacks, which current browsers never
 * need). If it cannot be loaded (offline), this context leads: correct, only not frugal.
 */
export function deferredLeadership(load: () => Promise<Leadership>): Leadership {
  let inner: Leadership | undefined;
  let running = false;
  let notify: (leading: boolean) => void = () => {};
  return {
    start(onChange) {
      running = true;
      notify = onChange;
      load().then(
        (leadership) => {
          inner = leadership;
          if (running) leadership.start((leading) => notify(leading));
        },
        () => {
          if (running) notify(true);
        },
      );
    },
    stop() {
      running = false;
      inner?.stop();
      notify(false);
      notify = () => {};
    },
  };
}
