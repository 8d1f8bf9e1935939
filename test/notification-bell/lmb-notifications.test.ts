/**
 * LMB's system notifications in the bell (components/notification-bell/lmb-feed.ts): with
 * `mandates-api-base`, their unread ones (`read-at`, `archived-at`) join the count and the
 * popover, and reading one is a PATCH to LMB, the ecosystem's one server-side read state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../components/notification-bell/notification-bell.js';
import type { LoketNotificationBell } from '../../components/notification-bell/notification-bell.js';
import { DEFAULT_USER_ID, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../../fake-loket/index.js';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import { refusals, requestLines } from '../support/strict.js';

const PATIENTLY = { timeout: 8000 };
let serial = 0;

function loket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: new Date(), only: ['messages', 'system-notifications'], ...options });
}

/** A bell on the fake; `mandates` null: one without `mandates-api-base`. */
async function bell(fake: FakeLoket, mandates: string | null = '/lmb-api'): Promise<LoketNotificationBell> {
  const el = await fixture<LoketNotificationBell>(html`<loket-notification-bell
    mandates-api-base=${ifDefined(mandates ?? undefined)}
    channel=${`lmb-bell-${Date.now()}-${++serial}`}
    .fetch=${fake.fetch}
    .readStateStore=${new LocalReadStateStore(null)}
  ></loket-notification-bell>`);
  await waitUntil(() => el.unreadCount !== undefined, 'bell never loaded', PATIENTLY);
  return el;
}

/** What LMB has unread for the default user of Aalst (theirs and everyone's). */
function unreadInLmb(fake: FakeLoket) {
  return [...fake.apps.lmb!.db.table('system-notifications').values()].filter(
    (n) =>
      n.owner === FIRST_GEMEENTE_ID &&
      !n.attributes['read-at'] &&
      !n.attributes['archived-at'] &&
      (n.relationships['gebruiker'] === null || n.relationships['gebruiker'] === DEFAULT_USER_ID),
  );
}

const lmbRequests = (fake: FakeLoket) => fake.requests.filter((entry) => entry.app === 'lmb');

async function open(el: LoketNotificationBell): Promise<ShadowRoot> {
  await el.show();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="lmb-notifications"]'), 'no LMB section', PATIENTLY);
  return el.shadowRoot!;
}

describe('<loket-notification-bell>: Lokaal Mandatenbeheer\'s system notifications', () => {
  it('counts LMB\'s unread notifications with the conversations, and lists them in the popover', async () => {
    const withoutLmb = loket();
    const conversationsOnly = (await bell(withoutLmb, null)).unreadCount!;
    expect(lmbRequests(withoutLmb)).to.deep.equal([]);

    const fake = loket();
    const el = await bell(fake);
    const unread = unreadInLmb(fake);
    expect(unread.length).to.equal(3);
    await waitUntil(() => el.unreadCount === conversationsOnly + unread.length, `count ${el.unreadCount}`, PATIENTLY);
    const root = await open(el);
    const subjects = [...root.querySelectorAll('[part="lmb-item"] .subject')].map((node) => node.textContent!.trim());
    expect(subjects.sort()).to.deep.equal(unread.map((n) => String(n.attributes['subject'])).sort());
    await expect(el).to.be.accessible();
    expect(refusals(fake), requestLines(fake)).to.deep.equal([]);
    expect(lmbRequests(fake).map((entry) => decodeURIComponent(entry.url))).to.satisfy((urls: string[]) =>
      urls.some((url) => url.includes('/lmb-api/system-notifications?') && url.includes('filter[:has-no:read-at]') && url.includes(`filter[:or:][gebruiker][:id:]=${DEFAULT_USER_ID}`)),
    );
  });

  it('marks one read on LMB\'s server (PATCH read-at), and the count follows', async () => {
    const fake = loket();
    const el = await bell(fake);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="badge"]') && unreadInLmb(fake).length === 3);
    const root = await open(el);
    const before = el.unreadCount!;
    const first = root.querySelector<HTMLElement>('[part="lmb-item"]')!;
    const subject = first.querySelector('.subject')!.textContent!.trim();
    first.querySelector('button')!.click();
    await waitUntil(() => el.unreadCount === before - 1, 'the count did not go down', PATIENTLY);
    const patch = await waitUntil(() => fake.requests.find((entry) => entry.app === 'lmb' && entry.method === 'PATCH' && entry.status), 'no PATCH', PATIENTLY).then(
      () => fake.requests.find((entry) => entry.app === 'lmb' && entry.method === 'PATCH')!,
    );
    expect(patch.path).to.match(/^\/system-notifications\/[0-9a-f-]{36}$/);
    const stored = [...fake.apps.lmb!.db.table('system-notifications').values()].find((n) => n.attributes['subject'] === subject && n.owner === FIRST_GEMEENTE_ID)!;
    expect(stored.attributes['read-at']).to.be.a('string');
    await waitUntil(() => ![...root.querySelectorAll('[part="lmb-item"] .subject')].some((node) => node.textContent!.trim() === subject), 'still listed');
    expect(refusals(fake), requestLines(fake)).to.deep.equal([]);
  });

  it('"mark all as read" marks LMB\'s too', async () => {
    const fake = loket();
    const el = await bell(fake);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="badge"]'));
    await open(el);
    await el.markAllRead();
    await waitUntil(() => unreadInLmb(fake).length === 0, 'LMB still has unread ones', PATIENTLY);
    await waitUntil(() => el.unreadCount === 0, `count ${el.unreadCount}`, PATIENTLY);
    expect(el.shadowRoot!.querySelector('[part="lmb-notifications"]')!.textContent).to.contain('Geen nieuwe meldingen van Lokaal Mandatenbeheer.');
    expect(refusals(fake), requestLines(fake)).to.deep.equal([]);
  });

  it('without LMB\'s mandates role: nothing of LMB is asked or shown', async () => {
    const fake = loket();
    fake.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'lmb');
    const el = await bell(fake);
    await el.show();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="lmb-notifications"]')).to.equal(null);
    expect(lmbRequests(fake).map((entry) => entry.path)).to.deep.equal(['/sessions/current']);
  });

  it('shows LMB\'s failure in its section, and still counts the conversations', async () => {
    const fake = loket();
    fake.addFault({ app: 'lmb', path: '/system-notifications', fault: { kind: 'status', status: 500 } });
    const el = await bell(fake);
    const root = await open(el);
    await waitUntil(() => root.querySelector('[part="lmb-notifications"] [role="alert"]'), 'no failure shown', PATIENTLY);
    expect(el.unreadCount).to.be.a('number');
  });
});
