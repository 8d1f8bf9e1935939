/**
 * Several bells in separate browsing contexts (same-origin iframes, each with its own copy of the
 * SDK, its own client and its own poller) on ONE shared fake Loket: only one of them may poll.
 * Each frame gets its own fetch wrapper, so every request says which frame sent it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FakeLoket } from '../../fake-loket/index.js';
import type { LoketNotificationBell } from '../../components/notification-bell/notification-bell.js';
import { fakeLoket, uniqueChannel } from './helpers.js';

interface Frame {
  iframe: HTMLIFrameElement;
  bell: LoketNotificationBell;
}

const frames: HTMLIFrameElement[] = [];
/** Generous: these wait for polling to happen, they do not time it. */
const patiently = { timeout: 20000 };

async function openFrame(loket: FakeLoket, channel: string, senders: string[], name: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = name;
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><title>${name}</title></head><body>
    <script type="module">import '/components/notification-bell/notification-bell.ts';</script></body></html>`;
  document.body.append(iframe);
  frames.push(iframe);
  await waitUntil(() => iframe.contentWindow?.customElements?.get('loket-notification-bell'), `${name} never loaded`, patiently);
  const doc = iframe.contentDocument!;
  const bell = doc.createElement('loket-notification-bell') as LoketNotificationBell;
  bell.setAttribute('api-base', 'https://loket.test');
  bell.setAttribute('channel', channel);
  bell.setAttribute('interval', '0.1');
  bell.fetch = (input, init) => {
    senders.push(name);
    // The frame's Request belongs to another realm: rebuild it in ours for the fake Loket.
    return loket.fetch(typeof input === 'string' || input instanceof URL ? input : new Request(input), init);
  };
  doc.body.append(bell);
  return { iframe, bell };
}

/** Senders of the list requests only (each frame also asks for its session once). */
function pollers(loket: FakeLoket, senders: string[], from = 0): Set<string> {
  const out = new Set<string>();
  loket.requests.forEach((request, index) => {
    if (index >= from && request.path === '/conversaties') out.add(senders[index]!);
  });
  return out;
}

const listRequests = (loket: FakeLoket) => loket.requests.filter((request) => request.path === '/conversaties').length;

afterEach(() => {
  for (const iframe of frames.splice(0)) iframe.remove();
});

describe('<loket-notification-bell> in several browsing contexts', function (this: { timeout(ms: number): void }) {
  // Each frame loads its own copy of the SDK through the dev server.
  this.timeout(30000);

  it('polls from exactly one of five frames, and every frame shows the result', async () => {
    const loket = fakeLoket({ session: { accountId: `account-${uniqueChannel()}` } });
    const senders: string[] = [];
    const channel = uniqueChannel();
    const opened = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((name) => openFrame(loket, channel, senders, name)));
    await waitUntil(() => listRequests(loket) >= 12, 'polling never went on', patiently);
    expect(pollers(loket, senders).size).to.equal(1);
    await waitUntil(() => opened.every(({ bell }) => bell.unreadCount !== undefined), 'a frame never got the result', patiently);
    const counts = new Set(opened.map(({ bell }) => bell.unreadCount));
    expect(counts.size).to.equal(1);
    expect([...counts][0]).to.be.greaterThan(0);
  });

  it('counts every poller: frames on different channels each poll (control for the test above)', async () => {
    const loket = fakeLoket({ session: { accountId: `account-${uniqueChannel()}` } });
    const senders: string[] = [];
    await Promise.all(['A', 'B'].map((name) => openFrame(loket, uniqueChannel(), senders, name)));
    await waitUntil(() => pollers(loket, senders).size === 2, 'only one frame polled', patiently);
    expect([...pollers(loket, senders)].sort()).to.deep.equal(['A', 'B']);
  });

  it('hands polling to another frame when the polling frame closes', async () => {
    const loket = fakeLoket({ session: { accountId: `account-${uniqueChannel()}` } });
    const senders: string[] = [];
    const channel = uniqueChannel();
    const opened = await Promise.all(['A', 'B', 'C'].map((name) => openFrame(loket, channel, senders, name)));
    await waitUntil(() => listRequests(loket) >= 4, undefined, patiently);
    const [leader] = [...pollers(loket, senders)];
    opened.find((frame) => frame.iframe.title === leader)!.iframe.remove();
    const mark = loket.requests.length;
    await waitUntil(() => listRequests(loket) >= 10, 'nobody took over', patiently);
    const after = pollers(loket, senders, mark);
    expect(after.size).to.equal(1);
    expect(after.has(leader!)).to.equal(false);
  });

  it('keeps read markers in step across frames', async () => {
    const loket = fakeLoket({ session: { accountId: `account-${uniqueChannel()}` } });
    const senders: string[] = [];
    const channel = uniqueChannel();
    const [first, second] = await Promise.all(['A', 'B'].map((name) => openFrame(loket, channel, senders, name)));
    await waitUntil(() => (first!.bell.unreadCount ?? 0) > 0 && (second!.bell.unreadCount ?? 0) > 0, undefined, patiently);
    await first!.bell.markAllRead();
    await waitUntil(() => second!.bell.unreadCount === 0, 'the other frame never heard of it', patiently);
    expect(first!.bell.unreadCount).to.equal(0);
  });
});
