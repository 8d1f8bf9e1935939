import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { baseStyles, themeTokens } from '../../src/theme.js';
import { getSession } from '../../src/api/session.js';
import { LoketError, isLoketError } from '../../src/api/errors.js';
import type { Conversation } from '../../src/api/messages.js';
import type { ReadStateStore } from '../../src/messages/read-state.js';
import type { UnreadSummary } from '../../src/messages/unread.js';
import type { DesktopPermission } from '../../src/messages/desktop-notifications.js';
import { loadLanguage } from '../../src/i18n/translate.js';
import type { BellFeed, FeedState } from './bell-feed.js';
import { loadFeedChunk, type FeedModule } from './feed-chunk.js';
import type { PanelHost } from './bell-panel.js';
import { bellMessages, type BellMessageKey } from './notification-bell.messages.js';
import { bellStyles } from './notification-bell.styles.js';
import type { PopoverBehaviour } from './popover-behaviour.js';

/** The popover's content and what choosing in it does, loaded on first use. */
type PanelModule = typeof import('./bell-panel.js');
/** Lokaal Mandatenbeheer's system notifications, loaded when `mandates-api-base` is set. */
type LmbModule = typeof import('./lmb-feed.js');

export interface UnreadChangeDetail {
  count: number;
  previous: number;
}

export interface MessageSelectDetail {
  conversation: Conversation;
  /** Where the bell goes unless the event is cancelled (`message-url`, else `inbox-url`). */
  url?: string;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-unread-change': UnreadChangeDetail;
    'loket-message-select': MessageSelectDetail;
  }
}

const DEFAULT_INTERVAL_SECONDS = 60;
const MIN_INTERVAL_SECONDS = 0.05;

const LOADING: FeedState = { status: 'loading' };

const bellIcon = svg`<path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/>`;

/**
 * The message centre's bell: how many formal communications are unread, and the latest
 * conversations in a popover. Read state is kept per account and bestuurseenheid (the Loket keeps
 * none); of all tabs showing a bell for the same scope, only one polls.
 *
 * @fires loket-unread-change - `{ count, previous }` when the number of unread conversations changes.
 * @fires loket-message-select - Cancelable. `{ conversation, url }` when the user picks a conversation;
 *   unless cancelled the bell follows `url`.
 * @fires loket-error - A poll (in the tab that polled) or the session lookup failed.
 * @csspart button - The bell button.
 * @csspart badge - The unread count (or "!" when the count is unknown).
 * @csspart popover - The popover panel.
 * @csspart list - The list of conversations.
 * @csspart item - One conversation.
 * @csspart mark-all - The "mark all as read" button.
 * @csspart inbox-link - The link to the full message centre.
 * @csspart lmb-notifications - With `mandates-api-base`: the section of Lokaal Mandatenbeheer's system notifications.
 * @csspart lmb-item - One unread LMB system notification.
 * @cssprop --loket-bell-size - Size of the bell icon, 24px.
 * @cssprop --loket-bell-badge-background - Badge colour, the error red.
 * @cssprop --loket-bell-badge-color - Badge text colour, white.
 * @cssprop --loket-bell-panel-width - Width of the popover, 380px.
 */
export class LoketNotificationBell extends LoketElement {
  static override styles = [themeTokens, baseStyles, bellStyles];
  static override catalogs = [bellMessages];

  static override properties = {
    interval: { type: Number },
    inboxUrl: { attribute: 'inbox-url' },
    messageUrl: { attribute: 'message-url' },
    desktopNotifications: { type: Boolean, attribute: 'desktop-notifications' },
    maxItems: { type: Number, attribute: 'max-items' },
    unreadDays: { type: Number, attribute: 'unread-days' },
    channel: {},
    readStateStore: { attribute: false },
    ...states('announcement', 'permission', 'panelModule'),
  };

  /** Seconds between polls while a tab is visible (default 60). */
  interval = DEFAULT_INTERVAL_SECONDS;

  /** The full message centre (http/https only). */
  inboxUrl?: string;

  /** Template for one conversation, e.g. `https://loket…/berichtencentrum/conversaties/{id}`. */
  messageUrl?: string;

  /** Offer desktop notifications (the browser asks permission only after the user clicks). */
  desktopNotifications = false;

  /** How many latest conversations to fetch and list (1–100, default 10). */
  maxItems = 10;

  /** Conversations older than this many days never count as unread (default 30). */
  unreadDays = 30;

  /** Bells (in any tab) with the same channel share one poller; default: per API, account and bestuur. */
  channel?: string;

  /** Where read markers live; replace with a server-side store. Default: localStorage. */
  readStateStore?: ReadStateStore;

  private announcement = '';
  /** Set once the user has answered the browser's prompt (bell-panel.ts); until then read from the browser. */
  private permission: DesktopPermission | undefined;
  private panelModule: PanelModule | undefined;
  #panelLoading: Promise<PanelModule> | undefined;

  get #bellButton(): HTMLButtonElement {
    return this.renderRoot.querySelector('.bell')!;
  }

  /** The panel chunk, for the popover or a desktop notification; loaded again after a failure. */
  #importPanel(): Promise<PanelModule> {
    return (this.#panelLoading ??= import('./bell-panel.js').catch((cause: unknown) => {
      this.#panelLoading = undefined;
      throw cause;
    }));
  }

  private get panel(): HTMLElement {
    return this.renderRoot.querySelector('[popover]')!;
  }

  /** The conversations' feed, once its chunk is in (see #setUp). */
  #feed?: BellFeed;
  #feedModule?: FeedModule;
  /** Setting up failed (no session, no bestuur, the feed's chunk did not load): shown as a failed poll. */
  #failure?: LoketError;
  #knownCount: number | undefined;
  #setupKey: unknown[] = [];
  #setupRun = 0;
  /** Comes with the popover's content: the popover cannot open before that has loaded. */
  #popoverBehaviour?: PopoverBehaviour;
  /** LMB's system notifications, a second source beside the conversations (see lmb-feed.ts). */
  #lmb?: InstanceType<LmbModule['LmbFeed']>;
  #lmbModule?: LmbModule;

  /** The number of unread conversations (and LMB notifications); undefined while loading or after an error. */
  get unreadCount(): number | undefined {
    return this.#summary?.count;
  }

  /** The conversations' summary, with LMB's unread notifications added once they are known. */
  get #summary(): UnreadSummary | undefined {
    const summary = this.#feed?.summary;
    const lmb = this.#lmb?.unread;
    return summary && lmb ? { ...summary, count: summary.count + lmb } : summary;
  }

  get #state(): FeedState {
    return this.#failure ? { status: 'error', error: this.#failure } : (this.#feed?.state ?? LOADING);
  }

  /** What the badge shows ("99+", "10+"); undefined while the count is unknown. */
  get #badge(): string | undefined {
    const summary = this.#summary;
    return summary && this.#feedModule?.badgeText(summary);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the disconnect stopped polling; the next update starts it again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#feed?.stop();
    this.#lmb?.stop();
    this.#setupKey = [];
  }

  /** Polls now (from whichever tab leads), e.g. after the host knows something changed. */
  refresh(): void {
    this.#feed?.refresh();
    this.#lmb?.refresh();
  }

  /** Marks every conversation up to the newest one shown as read (in every tab) and says so. */
  async markAllRead(): Promise<void> {
    await Promise.all([this.#feed?.markAllRead(), this.#lmb?.markAllRead()]);
    this.#announce(this.#msg('allRead'));
  }

  /** Opens the popover (its content is loaded on first use). */
  async show(): Promise<void> {
    if (!this.isConnected || !(await this.#loadPanel())) return;
    if (this.isConnected && !this.panel.matches(':popover-open')) {
      (this.panel.showPopover as (options?: { source?: HTMLElement }) => void)({ source: this.#bellButton });
    }
  }

  /** Never rejects: a chunk that fails to load (offline) is reported, and the next try loads again. */
  readonly #loadPanel = async (): Promise<boolean> => {
    if (!this.panelModule) {
      let panel: PanelModule;
      try {
        panel = await this.#importPanel();
        // The popover's texts in the page's language before it first shows: no Dutch flash.
        await loadLanguage(panel.panelMessages, this.uiLang);
      } catch (cause) {
        this.#panelLoading = undefined;
        this.reportError(new LoketError('network', { cause, message: 'Could not load the notification popover' }));
        return false;
      }
      if (!this.panelModule) {
        this.panelModule = panel;
        this.#popoverBehaviour = panel.attach(this.#panelHost);
      }
    }
    this.requestUpdate();
    await this.updateComplete;
    return true;
  };

  /** Closes the popover. */
  hide(): void {
    if (this.hasUpdated && this.panel.matches(':popover-open')) this.panel.hidePopover();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const key = [config.apiBase, config.mandatesApiBase, config.bestuurseenheid, config.fetch, config.tokenProvider, this.interval, this.maxItems, this.unreadDays, this.channel, this.readStateStore];
    if (this.isConnected && (key.length !== this.#setupKey.length || key.some((value, index) => value !== this.#setupKey[index]))) {
      this.#setupKey = key;
      void this.#setUp();
    }
  }

  #msg(key: BellMessageKey, params?: Record<string, string | number>): string {
    return this.msgFrom(bellMessages, key, params);
  }

  async #setUp(): Promise<void> {
    const run = ++this.#setupRun;
    this.#feed?.stop();
    this.#failure = undefined;
    this.#knownCount = undefined;
    this.requestUpdate();
    const signal = this.connectionSignal;
    // The feed's code loads while the session is read, not after it (a failure counts below).
    const feedLoading = loadFeedChunk();
    feedLoading.catch(() => {});
    try {
      const client = this.client;
      const bestuurseenheid = await this.resolveBestuurseenheid(signal);
      // Read markers are per person: without a session (token-fronted hosts) they are per browser.
      const account = await getSession(client, { signal }).then(
        (session) => session.accountId,
        () => 'anonymous',
      );
      const feedModule = await feedLoading;
      if (run !== this.#setupRun || signal.aborted) return;
      this.#feedModule = feedModule;
      this.#feed ??= new feedModule.BellFeed({
        changed: () => this.#feedChanged(),
        fresh: (conversations) => void this.#notifyDesktop(conversations),
        failed: (error) => this.reportError(error),
      });
      const interval = Number.isFinite(this.interval) && this.interval > 0 ? Math.max(MIN_INTERVAL_SECONDS, this.interval) : DEFAULT_INTERVAL_SECONDS;
      const size = Number.isInteger(this.maxItems) ? Math.min(100, Math.max(1, this.maxItems)) : 10;
      this.#feed.start({
        client,
        scope: { account, bestuurseenheid },
        store: this.readStateStore,
        interval: interval * 1000,
        size,
        channel: this.channel || `${client.apiBase}|${account}|${bestuurseenheid}`,
        unreadDays: Number.isFinite(this.unreadDays) && this.unreadDays > 0 ? this.unreadDays : 30,
      });
      void this.#setUpLmb(run, interval * 1000, size, `${this.channel || `${client.apiBase}|${account}|${bestuurseenheid}`}|lmb`);
    } catch (error) {
      if (run !== this.#setupRun || signal.aborted) return;
      const failure = isLoketError(error) ? error : new LoketError('bad-response', { cause: error });
      this.reportError(failure);
      this.#failure = failure;
      this.requestUpdate();
    }
  }

  /** With `mandates-api-base`: LMB's notifications join the count and the popover. */
  async #setUpLmb(run: number, interval: number, size: number, channel: string): Promise<void> {
    this.#lmb?.stop();
    if (!this.config.mandatesApiBase) {
      this.#lmb = undefined;
      return;
    }
    try {
      this.#lmbModule ??= await import('./lmb-feed.js');
      await this.#lmbModule.loadLmbLanguage(this.uiLang);
    } catch {
      return; // Offline: the conversations still count.
    }
    if (run !== this.#setupRun || !this.isConnected) return;
    this.#lmb ??= this.#lmbModule.attachLmb(this, { changed: () => this.#feedChanged(), failed: (error) => this.reportError(error) });
    void this.#lmb.start({ client: this.clientOf('mandates'), interval, size, channel }, this.connectionSignal);
  }

  #feedChanged(): void {
    const summary = this.#summary;
    if (summary) {
      const previous = this.#knownCount ?? 0;
      const first = this.#knownCount === undefined;
      this.#knownCount = summary.count;
      if (summary.count !== previous) {
        this.emit('loket-unread-change', { count: summary.count, previous });
        if (!first && summary.count > previous) this.#announce(this.#msg('announceRise', { count: summary.count }));
      }
    }
    this.requestUpdate();
  }

  #announce(text: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /** The notification code (with the panel's) is loaded only for a bell that offers desktop notifications. */
  async #notifyDesktop(conversations: Conversation[]): Promise<void> {
    if (!this.desktopNotifications) return;
    let panel: PanelModule;
    try {
      panel = await this.#importPanel();
      // The notification's title in the page's language.
      await loadLanguage(panel.panelMessages, this.uiLang);
    } catch {
      return; // Offline: the badge and the announcement still tell.
    }
    panel.notifyDesktop(this.#panelHost, conversations);
  }

  #onBellClick(): void {
    if (this.panel.matches(':popover-open')) this.hide();
    else void this.show();
  }

  /** A failed setup (no session) starts over; a failed poll asks the poller to try again. */
  /** The popover's retry asks both sources afresh: a fault seldom hits only one of them. */
  #onRetry(): void {
    this.client.refresh();
    if (this.#lmb) {
      this.clientOf('mandates').refresh();
      this.#lmb.refresh();
    }
    if (this.#feed?.rules === undefined) void this.#setUp();
    else this.#feed.refresh();
  }

  #bellLabel(): string {
    if (this.#state.status === 'error') return this.#msg('labelError');
    const summary = this.#summary;
    const shown = this.#badge;
    if (!summary || shown === undefined) return this.#msg('labelLoading');
    // The name carries what the badge shows ("99+", "10+"): WCAG 2.5.3, label in name.
    return shown.endsWith('+')
      ? this.#msg('labelAtLeast', { count: Number.parseInt(shown, 10) })
      : this.#msg('labelUnread', { count: summary.count });
  }

  #renderBadge(): TemplateResult | typeof nothing {
    if (this.#state.status === 'error') return html`<span part="badge" class="count problem" aria-hidden="true">!</span>`;
    const summary = this.#summary;
    if (!summary || summary.count === 0) return nothing;
    return html`<span part="badge" class="count" aria-hidden="true">${this.#badge}</span>`;
  }

  protected override render(): TemplateResult {
    const panel = this.panelModule;
    return html`
      <button
        type="button"
        part="button"
        class="bell"
        aria-label=${this.#bellLabel()}
        aria-haspopup="dialog"
        aria-expanded=${this.#popoverBehaviour?.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.#onBellClick}
        @pointerenter=${this.#loadPanel}
        @focus=${this.#loadPanel}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${bellIcon}</svg>
        ${this.#renderBadge()}
      </button>
      <div
        id="panel"
        part="popover"
        popover="auto"
        role="dialog"
        aria-labelledby="title"
        tabindex="-1"
        @beforetoggle=${(event: ToggleEvent) => this.#popoverBehaviour?.onBeforeToggle(event)}
        @toggle=${(event: ToggleEvent) => this.#popoverBehaviour?.onToggle(event)}
        @keydown=${(event: KeyboardEvent) => this.#popoverBehaviour?.onKeydown(event)}
      >
        ${panel ? panel.renderPanel(panel.panelContext(this.#panelHost)) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  /** What the popover (bell-panel.ts) reads and asks: the feed, the states and the bell's actions. */
  readonly #panelHost: PanelHost = ((el: LoketNotificationBell): PanelHost => ({
    bell: el,
    get feed() {
      return el.#feed;
    },
    get state() {
      return el.#state;
    },
    get extra() {
      return el.#lmb && el.#lmbModule ? el.#lmbModule.renderLmbSection(el.#lmb, el.uiLang) : undefined;
    },
    get popover() {
      return el.#popoverBehaviour;
    },
    get permission() {
      return el.permission;
    },
    set permission(permission) {
      el.permission = permission;
    },
    msgFrom: (catalog, key, params) => el.msgFrom(catalog, key, params),
    coreMsg: (key) => el.coreMsg(key),
    selected: (detail) => el.emit('loket-message-select', detail, { cancelable: true }),
    retry: () => el.#onRetry(),
  }))(this);
}

defineElement('loket-notification-bell', LoketNotificationBell);

declare global {
  interface HTMLElementTagNameMap {
    'loket-notification-bell': LoketNotificationBell;
  }
}
