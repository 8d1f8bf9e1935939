import { LoketClient } from './api/client.js';
import type { ResolvedConfig } from './config.js';

interface Entry {
  apiBase: string;
  credentials: RequestCredentials;
  timeout: number;
  fetch: ResolvedConfig['fetch'];
  tokenProvider: ResolvedConfig['tokenProvider'];
  client: LoketClient;
}

const entries: Entry[] = [];
const MAX_CLIENTS = 16;

/**
 * One client per distinct configuration, shared by every widget that uses it, so that identical
 * reads from several widgets on a page become one request and the session is fetched once.
 */
export function clientFor(config: ResolvedConfig): LoketClient {
  const found = entries.find(
    (entry) =>
      entry.apiBase === config.apiBase &&
      entry.credentials === config.credentials &&
      entry.timeout === config.timeout &&
      entry.fetch === config.fetch &&
      entry.tokenProvider === config.tokenProvider,
  );
  if (found) return found.client;
  const client = new LoketClient({
    apiBase: config.apiBase,
    credentials: config.credentials,
    timeout: config.timeout,
    fetch: config.fetch,
    tokenProvider: config.tokenProvider,
  });
  entries.unshift({ ...config, fetch: config.fetch, tokenProvider: config.tokenProvider, client });
  // Tests and stories create many fake transports; keep only the recent clients.
  entries.length = Math.min(entries.length, MAX_CLIENTS);
  return client;
}
