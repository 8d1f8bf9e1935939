import type { LoketClient } from '../../src/api/client.js';
import { LoketError, isLoketError, type LoketErrorKind } from '../../src/api/errors.js';
import { fetchLatestConversations, type Conversation, type ConversationWindow } from '../../src/api/messages.js';
import { PollCoordinator, type PollOutcome } from '../../src/messages/poll-coordinator.js';
import { NO_MARKERS, type ReadMarkers, type ReadScope, type ReadStateStore } from '../../src/messages/read-state.js';
import { isUnread, newestSentAt, summarizeUnread, type UnreadRules, type UnreadSummary } from '../../src/messages/unread.js';

/** What crosses to other tabs of an error: enough to rebuild a LoketError for its user message. */
interface SharedError {
  kind: LoketErrorKind;
  status?: number;
}

export interface FeedSetup {
  client: LoketClient;
  scope: ReadScope;
  store: ReadStateStore;
  /** ms */
  interval: number;
  size: number;
  /** Contexts with the same channel share one poller. */
  channel: string;
  /** Conversations older than this many days never count as unread. */
  unreadDays: number;
}

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; window: ConversationWindow }
  | { status: 'error'; error: LoketError };

export interface FeedEvents {
  /** State or read markers changed: recount and re-render. */
  changed(): void;
  /** This context polled and found conversations that were not unread before. */
  fresh(conversations: Conversation[]): void;
  /** This context's poll failed (report it once, not from every tab). */
  failed(error: LoketError): void;
}

/**
 * The bell's data: one shared poller for the scope, the read markers, and unread computation.
 * Knows nothing of rendering.
 */
export class BellFeed {
  state: FeedState = { status: 'loading' };
  markers: ReadMarkers = NO_MARKERS;
  #coordinator: PollCoordinator<ConversationWindow, SharedError> | undefined;
  #unsubscribeMarkers: (() => void) | undefined;
  #setup: FeedSetup | undefined;
  #unreadBefore: Set<string> | undefined;

  constructor(private readonly events: FeedEvents) {}

  start(setup: FeedSetup): void {
    this.stop();
    this.#setup = setup;
    this.#unreadBefore = undefined;
    this.#unsubscribeMarkers = setup.store.subscribe(setup.scope, (markers) => this.#setMarkers(markers));
    setup.store.load(setup.scope).then(
      (markers) => this.#setup === setup && this.#setMarkers(markers),
      () => {
        // An unreadable host store leaves every conversation unread rather than breaking the bell.
      },
    );
    const coordinator = new PollCoordinator<ConversationWindow, SharedError>({
      channel: setup.channel,
      interval: setup.interval,
      poll: (signal) => fetchLatestConversations(setup.client, setup.scope.bestuurseenheid, setup.size, { signal }),
      describeError: (error) => (isLoketError(error) ? { kind: error.kind, ...(error.status ? { status: error.status } : {}) } : { kind: 'network' }),
      onOutcome: (outcome, polledHere) => this.#receive(outcome, polledHere),
    });
    this.#coordinator = coordinator;
    coordinator.start();
  }

  stop(): void {
    this.#coordinator?.stop();
    this.#coordinator = undefined;
    this.#unsubscribeMarkers?.();
    this.#unsubscribeMarkers = undefined;
    this.#setup = undefined;
    this.state = { status: 'loading' };
  }

  /** Shows the failure of setting up (no session, no bestuur) like a failed poll. */
  fail(error: LoketError): void {
    this.state = { status: 'error', error };
    this.events.changed();
  }

  refresh(): void {
    if (this.state.status === 'error') {
      this.state = { status: 'loading' };
      this.events.changed();
    }
    this.#coordinator?.refresh();
  }

  get rules(): UnreadRules | undefined {
    const setup = this.#setup;
    if (!setup) return undefined;
    return { own: setup.scope.bestuurseenheid, notBefore: Date.now() - setup.unreadDays * 24 * 3600 * 1000 };
  }

  /** Undefined unless the latest poll succeeded: a count is never guessed. */
  get summary(): UnreadSummary | undefined {
    const rules = this.rules;
    if (this.state.status !== 'ready' || !rules) return undefined;
    return summarizeUnread(this.state.window.conversations, this.state.window.total, this.markers, rules);
  }

  isUnread(conversation: Conversation): boolean {
    const rules = this.rules;
    return rules ? isUnread(conversation, this.markers, rules) : false;
  }

  async markRead(conversation: Conversation): Promise<void> {
    const setup = this.#setup;
    if (!setup || !conversation.latest) return;
    this.#setMarkers(await setup.store.markRead(setup.scope, [{ conversation: conversation.id, bericht: conversation.latest.id }]));
  }

  async markAllRead(): Promise<void> {
    const setup = this.#setup;
    if (!setup || this.state.status !== 'ready') return;
    const conversations = this.state.window.conversations;
    const unread = conversations.filter((conversation) => this.isUnread(conversation) && conversation.latest);
    const newest = newestSentAt(conversations);
    let markers = this.markers;
    if (newest) markers = await setup.store.markAllRead(setup.scope, newest.toISOString());
    // Conversations without a send date escape the watermark: mark them one by one.
    const undated = unread.filter((conversation) => !conversation.latest?.sentAt);
    if (undated.length) {
      markers = await setup.store.markRead(
        setup.scope,
        undated.map((conversation) => ({ conversation: conversation.id, bericht: conversation.latest!.id })),
      );
    }
    this.#setMarkers(markers);
  }

  #setMarkers(markers: ReadMarkers): void {
    if (markers === this.markers) return;
    this.markers = markers;
    this.events.changed();
  }

  #receive(outcome: PollOutcome<ConversationWindow, SharedError>, polledHere: boolean): void {
    if (outcome.ok) {
      this.state = { status: 'ready', window: outcome.value };
      const unread = outcome.value.conversations.filter((conversation) => this.isUnread(conversation));
      const before = this.#unreadBefore;
      this.#unreadBefore = new Set(unread.map((conversation) => conversation.id));
      if (before && polledHere) {
        const fresh = unread.filter((conversation) => !before.has(conversation.id));
        if (fresh.length) this.events.fresh(fresh);
      }
    } else {
      const error = new LoketError(outcome.error.kind, outcome.error.status ? { status: outcome.error.status } : {});
      this.state = { status: 'error', error };
      if (polledHere) this.events.failed(error);
    }
    this.events.changed();
  }
}
