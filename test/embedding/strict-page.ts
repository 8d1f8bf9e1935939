// The strict page's only script: every widget, on the fake Loket, under the strict policy.
// The transport is configured before the widgets register, as a host page would.
import { createFakeLoket } from '../../fake-loket/index.js';
import { configure } from '../../src/config.js';

const loket = createFakeLoket();
configure({ fetch: loket.fetch });
await import('../../components/index.js');
(window as unknown as { __loket: typeof loket }).__loket = loket;
(window as unknown as { __ready: boolean }).__ready = true;
