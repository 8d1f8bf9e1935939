// The fake Loket as the demo server runs it in Node (bundled by demo/http.mjs at start-up): the four
// apps under the paths deploy/nginx forwards (/loket-api, /lmb-api, /subsidiepunt-api,
// /contactgegevens-api), a session cookie per browser in each, and the development stacks' mock login.
import { DEFAULT_ROOTS, createFakeLoket, type AppName, type FakeLoket } from '../fake-loket/index.js';
import { persistToFile } from '../fake-loket/persist-node.js';

/** Where each app lives on the page's origin: the gateway's prefixes (deploy/nginx/loket-gateway.conf). */
export const GATEWAY_ROOTS: Record<AppName, string> = { ...DEFAULT_ROOTS, loket: '/loket-api' };

export interface DemoLoketOptions {
  /** Keep the demo's edits (every app's store) in this JSON file across restarts. */
  persistFile?: string;
}

export async function startFakeLoket(options: DemoLoketOptions = {}): Promise<FakeLoket & { close(): Promise<void> }> {
  const { loket: basePath, ...roots } = GATEWAY_ROOTS;
  const loket = createFakeLoket({ basePath, roots, sessions: 'cookie', mockLogin: true });
  const persistence = options.persistFile ? await persistToFile(loket, options.persistFile) : undefined;
  // Ctrl-C must not lose the last debounced save.
  return Object.assign(loket, { close: async () => persistence?.close() });
}
