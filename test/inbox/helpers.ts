import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../../fake-loket/index.js';
import { LocalReadStateStore, type ReadStateStore } from '../../src/messages/read-state.js';
import '../../components/inbox/inbox.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';

export const API = 'https://loket.test';
/** For waits on loading and retries: generous, since they wait for something, they do not time it. */
export const PATIENTLY = { timeout: 8000 };

/** Only the messages family (the base data comes along). */
export function fakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ only: ['messages'], now: new Date(), ...options });
}

export interface InboxOptions {
  loket?: FakeLoket;
  store?: ReadStateStore;
  lang?: string;
  pageSize?: number;
  now?: Date;
  conversationUrl?: string;
}

export async function inboxFixture(options: InboxOptions = {}): Promise<{ inbox: LoketInbox; loket: FakeLoket }> {
  const loket = options.loket ?? fakeLoket();
  const inbox = await fixture<LoketInbox>(html`<loket-inbox
    api-base=${API}
    lang=${options.lang ?? 'nl'}
    page-size=${options.pageSize ?? 20}
    conversation-url=${options.conversationUrl ?? 'https://intranet.test/berichten#{id}'}
    .fetch=${loket.fetch}
    .now=${options.now}
    .readStateStore=${options.store ?? new LocalReadStateStore(null)}
  ></loket-inbox>`);
  return { inbox, loket };
}

export const root = (inbox: LoketInbox) => inbox.shadowRoot!;
export const rows = (inbox: LoketInbox) => [...root(inbox).querySelectorAll<HTMLTableRowElement>('tbody tr')];
export const rowButtons = (inbox: LoketInbox) => [...root(inbox).querySelectorAll<HTMLButtonElement>('tbody button.conversation')];
export const text = (element: Element | ShadowRoot | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function whenListed(inbox: LoketInbox): Promise<void> {
  await waitUntil(() => root(inbox).querySelector('table[aria-busy="false"] tbody tr') || root(inbox).querySelector('.empty'), 'the list never showed', PATIENTLY);
  await inbox.updateComplete;
}

export async function whenThread(inbox: LoketInbox): Promise<HTMLElement> {
  await waitUntil(() => root(inbox).querySelector('.thread .messages'), 'the thread never showed', PATIENTLY);
  await inbox.updateComplete;
  return root(inbox).querySelector<HTMLElement>('.thread')!;
}

/** Conversation requests of the list (not the thread, not the deadlines' read of all pages). */
export function listRequests(loket: FakeLoket): URL[] {
  return loket.requests.filter((entry) => entry.method === 'GET' && entry.path === '/conversaties').map((entry) => new URL(entry.url));
}
