/**
 * The read state of the message centre as every widget that shows conversations shares it (the
 * bell, the inbox): the markers of one scope (account and bestuur) from a `ReadStateStore`, kept
 * current as other widgets and other tabs change them, and the one rule of what counts as unread.
 * The default store is one per document, so a bell and an inbox on one page hear each other at
 * once, and other tabs through the `storage` event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NO_MARKERS, type ReadMarkers, type ReadScope, type ReadStateStore } from './read-state.js';
import { isUnread, newestSentAt, type UnreadCandidate, type UnreadRules } from './unread.js';

const DAY = 24 * 3600 * 1000;

/** What counts as unread for a scope: never the bestuur's own berichten, nothing older than `unreadDays`. */
export function unreadRules(scope: ReadScope, unreadDays: number, now = Date.now()): UnreadRules {
  const days = Number.isFinite(unreadDays) && unreadDays > 0 ? unreadDays : 30;
  return { own: scope.bestuurseenheid, notBefore: now - days * DAY };
}

export class SharedReadState {
  markers: ReadMarkers = NO_MARKERS;
  #store: ReadStateStore | undefined;
  #scope: ReadScope | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly changed: () => void) {}

  get scope(): ReadScope | undefined {
    return this.#scope;
  }

  /** Follows the markers of `scope` in `store` (a host's store that fails to load leaves everything unread). */
  start(store: ReadStateStore, scope: ReadScope): void {
    this.stop();
    this.#store = store;
    this.#scope = scope;
    this.#unsubscribe = store.subscribe(scope, (markers) => this.#set(markers));
    store.load(scope).then(
      (markers) => this.#store === store && this.#scope === scope && this.#set(markers),
      () => {},
    );
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
    this.#scope = undefined;
  }

  isUnread(conversation: UnreadCandidate, rules: UnreadRules): boolean {
    return isUnread(conversation, this.markers, rules);
  }

  /** Marks a conversation read up to its latest bericht, here and in every widget and tab of the scope. */
  async markRead(conversation: UnreadCandidate): Promise<void> {
    const store = this.#store;
    const scope = this.#scope;
    if (!store || !scope || !conversation.latest) return;
    this.#set(await store.markRead(scope, [{ conversation: conversation.id, bericht: conversation.latest.id }]));
  }

  /**
   * Marks every conversation of `window` read: the watermark moves to the newest send time, and
   * those without a send date (which a watermark cannot cover) are marked one by one.
   */
  async markAllRead(window: readonly UnreadCandidate[], rules: UnreadRules): Promise<void> {
    const store = this.#store;
    const scope = this.#scope;
    if (!store || !scope) return;
    const undated = window.filter((conversation) => conversation.latest && !conversation.latest.sentAt && this.isUnread(conversation, rules));
    const newest = newestSentAt(window);
    let markers = this.markers;
    if (newest) markers = await store.markAllRead(scope, newest.toISOString());
    if (undated.length) {
      markers = await store.markRead(
        scope,
        undated.map((conversation) => ({ conversation: conversation.id, bericht: conversation.latest!.id })),
      );
    }
    this.#set(markers);
  }

  #set(markers: ReadMarkers): void {
    if (markers === this.markers) return;
    this.markers = markers;
    this.changed();
  }
}

/** The shared read state hosted by a widget: it re-renders on every change and stops listening when removed. */
export class ReadStateController extends SharedReadState implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    super(() => host.requestUpdate());
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }
}
