import type { LoketClient } from '../../src/api/client.js';
import { LoketError, isLoketError, type LoketErrorKind } from '../../src/api/errors.js';
import { fetchLatestConversations, type Conversation, type ConversationWindow } from '../../src/api/messages.js';
import { PollCoordinator, type PollOutcome } from '../../src/messages/poll-coordinator.js';
import { defaultReadStateStore, type ReadMarkers, type ReadScope, type ReadStateStore } from '../../src/messages/read-state.js';
import { SharedReadState, unreadRules } from '../../src/messages/shared-read-state.js';
import { summarizeUnread, type UnreadRules, type UnreadSummary } from '../../src/messages/unread.js';

// The badge shows a count only once this feed has one.
export { badgeText } from '../../src/messages/unread.js';

/** What crosses to other tabs of an error: enough to rebuild a LoketError for its user message. */
interface SharedError {
  kind: LoketErrorKind;
  status?: number;
}

export interface FeedSetup {
  client: LoketClient;
  scope: ReadScope;
  /** Where read markers live. Default: the document's localStorage store (read-state.ts). */
  store?: ReadStateStore;
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
 * The bell's data: one shared poller for the scope, the read state it shares with the inbox
 * (src/messages/shared-read-state.ts), and unread computation. Knows nothing of rendering. Loaded
 * on demand while the element reads the session (notification-bell.ts): the first render, a bell
 * without a badge, does not need it.
 */
export class BellFeed {
  state: FeedState = { status: 'loading' };
  #coordinator: PollCoordinator<ConversationWindow, SharedError> | undefined;
  readonly #readState: SharedReadState;
  #setup: FeedSetup | undefined;
  #unreadBefore: Set<string> | undefined;

  constructor(private readonly events: FeedEvents) {
    this.#readState = new SharedReadState(() => events.changed());
  }

  get markers(): ReadMarkers {
    return this.#readState.markers;
  }

  start(setup: FeedSetup): void {
    this.stop();
    this.#setup = setup;
    this.#unreadBefore = undefined;
    this.#readState.start(setup.store ?? defaultReadStateStore(), setup.scope);
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
    this.#readState.stop();
    this.#setup = undefined;
    this.state = { status: 'loading' };
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
    return unreadRules(setup.scope, setup.unreadDays);
  }

  /** Undefined unless the latest poll succeeded: a count is never guessed. */
  get summary(): UnreadSummary | undefined {
    const rules = this.rules;
    if (this.state.status !== 'ready' || !rules) return undefined;
    return summarizeUnread(this.state.window.conversations, this.state.window.total, this.markers, rules);
  }

  isUnread(conversation: Conversation): boolean {
    const rules = this.rules;
    return rules ? this.#readState.isUnread(conversation, rules) : false;
  }

  markRead(conversation: Conversation): Promise<void> {
    return this.#readState.markRead(conversation);
  }

  async markAllRead(): Promise<void> {
    const rules = this.rules;
    if (!rules || this.state.status !== 'ready') return;
    await this.#readState.markAllRead(this.state.window.conversations, rules);
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
