/**
 * The bell's second source: Lokaal Mandatenbeheer's system notifications, when the page sets
 * `mandates-api-base`. Their read state is LMB's own (`read-at`), so marking one read is a
 * `PATCH` to LMB, and every tab and every device sees it. One tab polls for all, as for the
 * conversations (its own channel). Loaded on demand: a bell without `mandates-api-base` never
 * downloads it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoketClient } from '../../src/api/client.js';
import { LoketError, isLoketError, type LoketErrorKind } from '../../src/api/errors.js';
import { getSession } from '../../src/api/session.js';
import { fetchUnreadSystemNotifications, gebruikerOf, markSystemNotificationRead, type SystemNotification, type SystemNotificationWindow } from '../../src/api/system-notifications.js';
import { formatDateTime, formatRelative } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadLanguage, translate, type Params } from '../../src/i18n/translate.js';
import { mayUse } from '../../src/access.js';
import { PollCoordinator, type PollOutcome } from '../../src/messages/poll-coordinator.js';
import { addStyles } from '../../src/add-styles.js';
import { lmbFeedMessages, type LmbFeedMessageKey } from './lmb-feed.messages.js';

export { lmbFeedMessages };

interface SharedError {
  kind: LoketErrorKind;
  status?: number;
}

export type LmbState =
  | { status: 'loading' }
  | { status: 'ready'; window: SystemNotificationWindow }
  /** LMB's session lacks the mandates role: LMB shows no notifications, the bell shows none. */
  | { status: 'no-access' }
  | { status: 'error'; error: LoketError };

export interface LmbSetup {
  client: LoketClient;
  interval: number;
  size: number;
  channel: string;
}

export interface LmbEvents {
  /** State or read state changed: recount and re-render. */
  changed(): void;
  /** This context's poll (or setup) failed. */
  failed(error: LoketError): void;
}

/** A feed for `bell`, whose shadow root gets the section's styles. */
export function attachLmb(bell: { readonly renderRoot: Element | DocumentFragment }, events: LmbEvents): LmbFeed {
  addStyles(bell, lmbStyles);
  return new LmbFeed(events);
}

export class LmbFeed {
  state: LmbState = { status: 'loading' };
  #coordinator: PollCoordinator<SystemNotificationWindow, SharedError> | undefined;
  #setup: LmbSetup | undefined;
  #signal: AbortSignal | undefined;
  #run = 0;
  /** Marked read here and not yet confirmed by a poll: not counted meanwhile. */
  readonly #read = new Set<string>();

  constructor(private readonly events: LmbEvents) {}

  async start(setup: LmbSetup, signal: AbortSignal): Promise<void> {
    this.stop();
    const run = ++this.#run;
    this.#setup = setup;
    this.#signal = signal;
    try {
      const session = await getSession(setup.client, { signal });
      if (run !== this.#run) return;
      // Without LMB's role mu-authorization hides them all; nothing to poll.
      if (!mayUse(session, 'mandaten')) {
        this.#set({ status: 'no-access' });
        return;
      }
      const gebruiker = await gebruikerOf(setup.client, session.accountId, { signal });
      if (run !== this.#run) return;
      this.#coordinator = new PollCoordinator<SystemNotificationWindow, SharedError>({
        channel: setup.channel,
        interval: setup.interval,
        poll: (pollSignal) => fetchUnreadSystemNotifications(setup.client, gebruiker, setup.size, { signal: pollSignal }),
        describeError: (error) => (isLoketError(error) ? { kind: error.kind, ...(error.status ? { status: error.status } : {}) } : { kind: 'network' }),
        onOutcome: (outcome, polledHere) => this.#receive(outcome, polledHere),
      });
      this.#coordinator.start();
    } catch (error) {
      if (run !== this.#run || signal.aborted) return;
      const failure = isLoketError(error) ? error : new LoketError('bad-response', { cause: error });
      this.events.failed(failure);
      this.#set({ status: 'error', error: failure });
    }
  }

  stop(): void {
    this.#run++;
    this.#coordinator?.stop();
    this.#coordinator = undefined;
    this.state = { status: 'loading' };
  }

  /** Polls now; a start that failed before it could poll (the session read, say) starts again. */
  refresh(): void {
    if (this.#coordinator) this.#coordinator.refresh();
    else if (this.#setup && this.#signal && !this.#signal.aborted && this.state.status === 'error') void this.start(this.#setup, this.#signal);
  }

  /** What the bell adds to its count; undefined while unknown (a count is never guessed). */
  get unread(): number | undefined {
    if (this.state.status === 'no-access') return 0;
    if (this.state.status !== 'ready') return undefined;
    const { window } = this.state;
    return Math.max(0, window.unread - window.items.filter((item) => this.#read.has(item.id)).length);
  }

  get items(): SystemNotification[] {
    return this.state.status === 'ready' ? this.state.window.items.filter((item) => !this.#read.has(item.id)) : [];
  }

  async markRead(item: SystemNotification): Promise<void> {
    const setup = this.#setup;
    if (!setup || this.#read.has(item.id)) return;
    this.#read.add(item.id);
    this.events.changed();
    try {
      await markSystemNotificationRead(setup.client, item.id);
    } catch (error) {
      this.#read.delete(item.id);
      this.events.failed(isLoketError(error) ? error : new LoketError('bad-response', { cause: error }));
    }
    this.events.changed();
    this.refresh();
  }

  async markAllRead(): Promise<void> {
    await Promise.all(this.items.map((item) => this.markRead(item)));
  }

  #set(state: LmbState): void {
    this.state = state;
    this.events.changed();
  }

  #receive(outcome: PollOutcome<SystemNotificationWindow, SharedError>, polledHere: boolean): void {
    if (outcome.ok) {
      // The server knows now what was marked here.
      for (const id of this.#read) if (!outcome.value.items.some((item) => item.id === id)) this.#read.delete(id);
      this.#set({ status: 'ready', window: outcome.value });
      return;
    }
    const error = new LoketError(outcome.error.kind, outcome.error.status ? { status: outcome.error.status } : {});
    if (polledHere) this.events.failed(error);
    this.#set({ status: 'error', error });
  }
}

/** The LMB section of the popover: its unread notifications, each marked read with one press. */
export function renderLmbSection(feed: LmbFeed, lang: Lang): TemplateResult | typeof nothing {
  const t = (key: LmbFeedMessageKey, params?: Params) => translate(lmbFeedMessages, lang, key, params);
  const { state } = feed;
  if (state.status === 'no-access' || state.status === 'loading') return nothing;
  const items = feed.items;
  const more = (feed.unread ?? 0) - items.length;
  const now = new Date();
  return html`<section class="lmb" part="lmb-notifications" aria-labelledby="lmb-title">
    <p class="title" id="lmb-title">${t('lmbTitle')}</p>
    ${state.status === 'error'
      ? html`<div class="note" role="alert">
          <p>${t('lmbFailed')}</p>
          <button type="button" class="secondary" @click=${() => feed.refresh()}>${t('lmbRetry')}</button>
        </div>`
      : items.length === 0
        ? html`<p class="note">${t('lmbNone')}</p>`
        : html`<ul part="lmb-list" aria-labelledby="lmb-title">
            ${items.map(
              (item) => html`<li part="lmb-item" class="unread">
                <div class="lmb-item">
                  <span class="subject">${item.subject ?? item.message ?? ''}</span>
                  ${item.message && item.subject ? html`<span class="meta">${item.message}</span>` : nothing}
                  ${item.createdAt
                    ? html`<time class="meta" datetime=${item.createdAt.toISOString()} title=${formatDateTime(lang, item.createdAt)}>${formatRelative(lang, item.createdAt, now)}</time>`
                    : nothing}
                  <button type="button" class="link" @click=${() => void feed.markRead(item)}>
                    ${t('lmbMarkRead')}<span class="visually-hidden">: ${item.subject ?? ''}</span>
                  </button>
                </div>
              </li>`,
            )}
          </ul>
          ${more > 0 ? html`<p class="note">${t('lmbMore', { count: more })}</p>` : nothing}`}
  </section>`;
}

/** The section's texts in the page's language before it shows. */
export const loadLmbLanguage = (lang: Lang): Promise<unknown> | undefined => loadLanguage(lmbFeedMessages, lang);

/** The section's own few rules; the popover's (title, note, list) apply too. */
export const lmbStyles = css`
  .lmb {
    border-top: 1px solid var(--_border);
  }
  .lmb .title {
    padding: var(--_space) calc(var(--_space) * 1.5) 0;
    font-size: 1em;
  }
  .lmb-item {
    display: grid;
    gap: calc(var(--_space) / 4);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .lmb-item .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .lmb-item button {
    justify-self: start;
  }
`;
