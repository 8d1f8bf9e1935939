// The profile alone on the fake Loket, under the strict policy; the transport is configured before it registers.
import { createFakeLoket } from '../../fake-loket/index.js';
import { configure } from '../../src/config.js';

const loket = createFakeLoket({ only: ['bestuursorganen', 'contactinfo'] });
configure({ fetch: loket.fetch });
await import('../../components/bestuur-profile/bestuur-profile.js');
(window as unknown as { __ready: boolean }).__ready = true;
