import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket, FIRST_GEMEENTE_ID, type FakeLoket, type FakeLoketOptions } from '../../fake-loket/index.js';
import { LocalReadStateStore, type ReadStateStore } from '../../src/messages/read-state.js';
import { ABB_ID } from '../../fake-loket/index.js';
import '../../components/notification-bell/notification-bell.js';
import type { LoketNotificationBell } from '../../components/notification-bell/notification-bell.js';

export { FIRST_GEMEENTE_ID };

/** For waits on retries and polling: generous, since they wait for something, they do not time it. */
export const PATIENTLY = { timeout: 8000 };

let serial = 0;
/** A channel no other test (or test file in another tab) shares. */
export function uniqueChannel(): string {
  return `bell-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++serial}`;
}

/** Only the messages family: seeding every family for each test would be slow for nothing. */
export function fakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: new Date(), only: ['messages'], ...options });
}

/** Requests for the bell's list (not the session). */
export function conversationRequests(loket: FakeLoket): number {
  return loket.requests.filter((request) => request.path === '/conversaties').length;
}

export interface BellOptions {
  loket?: FakeLoket;
  store?: ReadStateStore;
  channel?: string;
  interval?: number;
  attrs?: { inboxUrl?: string; messageUrl?: string; desktop?: boolean; maxItems?: number; lang?: string };
}

export async function bellFixture(options: BellOptions = {}): Promise<{ bell: LoketNotificationBell; loket: FakeLoket }> {
  const loket = options.loket ?? fakeLoket();
  const attrs = options.attrs ?? {};
  const bell = await fixture<LoketNotificationBell>(html`<loket-notification-bell
    api-base="https://loket.test"
    lang=${attrs.lang ?? 'nl'}
    channel=${options.channel ?? uniqueChannel()}
    interval=${options.interval ?? 60}
    inbox-url=${attrs.inboxUrl ?? 'https://loket.test/berichtencentrum'}
    message-url=${attrs.messageUrl ?? 'https://loket.test/berichtencentrum/conversaties/{id}'}
    max-items=${attrs.maxItems ?? 10}
    ?desktop-notifications=${attrs.desktop ?? false}
    .fetch=${loket.fetch}
    .readStateStore=${options.store ?? new LocalReadStateStore(null)}
  ></loket-notification-bell>`);
  return { bell, loket };
}

export function bellButton(bell: LoketNotificationBell): HTMLButtonElement {
  return bell.shadowRoot!.querySelector<HTMLButtonElement>('button.bell')!;
}

export function panel(bell: LoketNotificationBell): HTMLElement {
  return bell.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
}

export function badge(bell: LoketNotificationBell): string | undefined {
  return bell.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim();
}

export function items(bell: LoketNotificationBell): HTMLElement[] {
  return [...bell.shadowRoot!.querySelectorAll<HTMLElement>('.item')];
}

export async function whenReady(bell: LoketNotificationBell): Promise<void> {
  await waitUntil(() => bell.unreadCount !== undefined, 'bell never loaded', PATIENTLY);
  await bell.updateComplete;
}

export async function whenLabel(bell: LoketNotificationBell, pattern: RegExp): Promise<void> {
  await waitUntil(() => pattern.test(bellButton(bell).getAttribute('aria-label') ?? ''), `label never matched ${pattern}`, PATIENTLY);
}

let added = 0;
/** Puts a new conversation from the Agentschap in the fake Loket, as if it had just arrived. */
export function addConversation(loket: FakeLoket, options: { subject?: string; sentAt?: Date; to?: string } = {}): string {
  const n = ++added;
  const berichtId = `bericht-test-${n}`;
  const conversationId = `conversatie-test-${n}`;
  const table = (type: string) => loket.store.get(type)!;
  table('berichten').set(berichtId, {
    type: 'berichten',
    id: berichtId,
    attributes: {
      verzonden: (options.sentAt ?? new Date()).toISOString(),
      'type-communicatie': 'Opvraging',
      inhoud: 'Graag de stukken.',
    },
    relationships: { van: ABB_ID, naar: options.to ?? FIRST_GEMEENTE_ID, auteur: null, bijlagen: [] },
    // In the bestuur's messaging graph, as the seed's (config.ex o-messaging-rwf).
    owner: options.to ?? FIRST_GEMEENTE_ID,
    graph: 'o-messaging-rwf',
  });
  table('conversaties').set(conversationId, {
    type: 'conversaties',
    id: conversationId,
    attributes: { betreft: options.subject ?? `Nieuwe opvraging ${n}`, dossiernummer: `TEST/${n}`, 'current-type-communicatie': 'Opvraging' },
    relationships: { berichten: [berichtId], 'laatste-bericht': berichtId },
    owner: options.to ?? FIRST_GEMEENTE_ID,
    graph: 'o-messaging-rwf',
  });
  loket.changed();
  return conversationId;
}
