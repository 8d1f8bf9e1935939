/**
 * Requests the bells send to the Loket over 10 polling intervals, with 1 and with 5 tabs open.
 * Tabs are same-origin iframes, each with its own copy of the SDK (this very module, loaded again
 * inside the frame), its own client and its own poller, all on one shared fake Loket.
 * Ours: the bells share a channel (one poller for all). Peer: each bell on its own channel, which
 * is what one naive poller per tab does.
 */
import { defineBench, type BenchRow } from './harness.js';
import { createFakeLoket, type FakeLoket } from '../fake-loket/index.js';
import { LocalReadStateStore } from '../src/messages/read-state.js';
import { LoketNotificationBell } from '../components/notification-bell/notification-bell.js';

// A value import: package.json's "sideEffects" lists only dist files, so a bare import would be
// dropped from the bench bundle and the element never registered (here and in the frames).
if (!customElements.get('loket-notification-bell')) throw new Error(`${LoketNotificationBell.name} was not registered`);

const INTERVAL_MS = 100;
const INTERVALS = 10;
const inFrame = window !== window.top;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Tab {
  iframe: HTMLIFrameElement;
  bell: LoketNotificationBell;
}

async function openTab(loket: FakeLoket, channel: string): Promise<Tab> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="nl"><body><script type="module" src="${import.meta.url}"></script></body></html>`;
  document.body.append(iframe);
  for (let waited = 0; !iframe.contentWindow?.customElements?.get('loket-notification-bell'); waited += 10) {
    if (waited > 20_000) throw new Error('a bench tab never loaded the bell');
    await sleep(10);
  }
  const doc = iframe.contentDocument!;
  const bell = doc.createElement('loket-notification-bell') as LoketNotificationBell;
  bell.setAttribute('api-base', 'https://loket.test');
  bell.setAttribute('channel', channel);
  bell.setAttribute('interval', String(INTERVAL_MS / 1000));
  bell.readStateStore = new LocalReadStateStore(null);
  // The frame's Request belongs to another realm: rebuild it in ours for the fake Loket.
  bell.fetch = (input, init) => loket.fetch(typeof input === 'string' || input instanceof URL ? input : new Request(input), init);
  doc.body.append(bell);
  return { iframe, bell };
}

let run = 0;

/** List requests sent by `tabs` bells during INTERVALS intervals; `shared`: one channel for all. */
async function requestsOver(tabs: number, shared: boolean): Promise<number> {
  const loket = createFakeLoket({ only: ['messages'], now: new Date() });
  const prefix = `bench-${++run}-${Date.now()}`;
  const opened: Tab[] = [];
  for (let n = 0; n < tabs; n++) opened.push(await openTab(loket, shared ? prefix : `${prefix}-${n}`));
  // Count from the moment every tab shows a result: steady-state polling, not start-up.
  for (let waited = 0; opened.some((tab) => tab.bell.unreadCount === undefined); waited += 10) {
    if (waited > 20_000) throw new Error('a bench tab never showed a result');
    await sleep(10);
  }
  const start = loket.requests.length;
  await sleep(INTERVALS * INTERVAL_MS);
  const count = loket.requests.slice(start).filter((request) => request.path === '/conversaties').length;
  for (const tab of opened) tab.iframe.remove();
  await sleep(50);
  return count;
}

if (!inFrame) {
  defineBench('notification-bell: requests to the Loket over 10 polling intervals (100 ms)', async () => {
    const rows: BenchRow[] = [];
    for (const tabs of [1, 5]) {
      const ours = await requestsOver(tabs, true);
      const naive = await requestsOver(tabs, false);
      console.log(`notification-bell, ${tabs} tab(s): ours ${ours} requests, one poller per tab ${naive}, ratio ${(naive / ours).toFixed(2)}`);
      rows.push({
        benchmark: `notification-bell: ${tabs} tab${tabs === 1 ? '' : 's'} open, ${INTERVALS} intervals`,
        metric: 'requests',
        unit: 'count',
        ours,
        peers: { 'one poller per tab': naive },
        // One poller in total: about one request per interval, whatever the number of tabs.
        budget: INTERVALS + 1,
      });
    }
    return rows;
  });
}
