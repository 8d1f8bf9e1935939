import { LoketClient, type LoketClientOptions } from '../../src/api/client.js';

/** A hand-written transport: records every request and answers with `respond`. */
export function stubTransport(respond: (request: Request, call: number) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return respond(request, requests.length);
  };
  return { fetch, requests };
}

export function jsonApi(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/vnd.api+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The timeout stub clients get unless a test sets one: the one wait `recordWaits` leaves alone. */
export const STUB_TIMEOUT = 60_000;

let restoreTimers: (() => void) | undefined;

/**
 * Makes the page's timers record every wait and fire at once, except `keep` (the client's timeout),
 * so that the retry waits ky schedules are seen rather than slept. Undone after each test.
 */
export function recordWaits(keep: number = STUB_TIMEOUT): number[] {
  restoreTimers?.();
  const waits: number[] = [];
  const original = window.setTimeout;
  const patched = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (ms && ms !== keep) waits.push(ms);
    return original(handler, ms === keep ? ms : 0, ...args);
  };
  window.setTimeout = patched as typeof window.setTimeout;
  restoreTimers = () => {
    window.setTimeout = original;
    restoreTimers = undefined;
  };
  return waits;
}

afterEach(() => restoreTimers?.());

/** A client on a stub transport whose retry waits are recorded instead of slept. */
export function stubClient(
  respond: (request: Request, call: number) => Response | Promise<Response>,
  options: Partial<LoketClientOptions> = {},
) {
  const transport = stubTransport(respond);
  const delays = recordWaits(options.timeout ?? STUB_TIMEOUT);
  const client = new LoketClient({
    apiBase: 'https://loket.test/api',
    fetch: transport.fetch,
    timeout: STUB_TIMEOUT,
    ...options,
  });
  return { client, requests: transport.requests, delays };
}

/** Resolves once `check` holds, polling on microtasks and timers (no wall-clock limit of its own). */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
