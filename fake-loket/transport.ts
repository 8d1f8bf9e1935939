/** Fetch-level behaviour: turning `fetch` arguments into a Request, waiting, hanging, aborting. */

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Waits `ms`, rejecting like `fetch` does as soon as the signal aborts. */
export function delay(ms: number, signal: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never settles unless the signal aborts: a server that accepted the connection and went silent. */
export function untilAborted(signal: AbortSignal | null): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

const FALLBACK_BASE = 'http://fake-loket.invalid/';

/**
 * `fetch(input, init)` arguments as one Request. A client that hands over a ready Request (perhaps with
 * an options object that holds no request fields) has it used as it is, so its signal stays attached.
 */
export function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  const hasInit = init !== undefined && Object.values(init).some((value) => value !== undefined);
  if (input instanceof Request) return hasInit ? new Request(input, init) : input;
  const base = (globalThis as { location?: { href: string } }).location?.href ?? FALLBACK_BASE;
  return new Request(new URL(String(input), base), init);
}
