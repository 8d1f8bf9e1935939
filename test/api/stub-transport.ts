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

/** A client on a stub transport whose retry waits are recorded instead of slept. */
export function stubClient(
  respond: (request: Request, call: number) => Response | Promise<Response>,
  options: Partial<LoketClientOptions> = {},
) {
  const transport = stubTransport(respond);
  const delays: number[] = [];
  const client = new LoketClient({
    apiBase: 'https://loket.test/api',
    fetch: transport.fetch,
    retry: {
      sleep: async (ms) => {
        delays.push(ms);
      },
    },
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
