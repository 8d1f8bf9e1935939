// The fake Loket as the demo server runs it in Node (bundled by demo/server.mjs at start-up).
import { createFakeLoket, type FakeLoket } from '../fake-loket/index.js';
import { persistToFile } from '../fake-loket/persist-node.js';

export interface DemoLoketOptions {
  basePath: string;
  /** Keep the demo's edits in this JSON file across restarts. */
  persistFile?: string;
}

export async function startFakeLoket(options: DemoLoketOptions): Promise<FakeLoket & { close(): Promise<void> }> {
  const loket = createFakeLoket({ basePath: options.basePath });
  const persistence = options.persistFile ? await persistToFile(loket, options.persistFile) : undefined;
  // Ctrl-C must not lose the last debounced save.
  return Object.assign(loket, { close: async () => persistence?.close() });
}
