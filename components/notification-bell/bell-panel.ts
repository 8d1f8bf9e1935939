/**
 * The popover's content: the latest conversations, the states, "mark all as read", the link to
 * the message centre and the desktop-notification switch, with what choosing a conversation does.
 * Loaded on first use (hover, focus or open), so a page that only shows the badge never downloads
 * it; a bell that offers desktop notifications also loads it when one is due.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation } from '../../src/api/messages.js';
import { desktopPermission, requestDesktopPermission, showDesktopNotification, type DesktopPermission } from '../../src/messages/desktop-notifications.js';
import { inboxOnPage } from '../../src/messages/inbox-on-page.js';
import { fillUrlTemplate, safeHttpUrl } from '../../src/safe-url.js';
import { addStyles } from '../../src/add-styles.js';
import { formatDateTime, formatRelative } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Catalog, KeyOf, Params } from '../../src/i18n/translate.js';
import type { CoreMessageKey } from '../../src/i18n/core.messages.js';
import type { BellFeed, FeedState } from './bell-feed.js';
import type { MessageSelectDetail, LoketNotificationBell } from './notification-bell.js';
import { panelMessages, type PanelMessageKey } from './bell-panel.messages.js';
import { panelStyles } from './bell-panel.styles.js';
// What only an open popover needs: its keyboard and placement.
import { PopoverBehaviour } from './popover-behaviour.js';

export { panelMessages };

/** What the popover reads from the bell and asks of it (the element keeps one, see notification-bell.ts). */
export interface PanelHost {
  readonly bell: LoketNotificationBell;
  readonly feed: BellFeed | undefined;
  /** The feed's state, or the failure of setting up (no session, no bestuur). */
  readonly state: FeedState;
  /** Another source's section (LMB's system notifications), once that source is set up. */
  readonly extra: TemplateResult | typeof nothing | undefined;
  /** The keyboard and placement of the open popover, once the panel is attached. */
  readonly popover: PopoverBehaviour | undefined;
  /** Set once the user has answered the browser's prompt; until then read from the browser. */
  permission: DesktopPermission | undefined;
  /** Translates from a catalog (the element loads `panelMessages`' language pack with the chunk). */
  msgFrom<C extends Catalog>(catalog: C, key: KeyOf<C>, params?: Params): string;
  coreMsg(key: CoreMessageKey): string;
  /** Emits `loket-message-select` (cancelable); false when the host cancelled it. */
  selected(detail: MessageSelectDetail): boolean;
  /** The popover's retry: both sources afresh. */
  retry(): void;
}

/** The panel's styles, and the popover's keyboard and placement, for the bell that shows it. */
export function attach(host: PanelHost): PopoverBehaviour {
  const { bell } = host;
  addStyles(bell, panelStyles);
  const panel = (): HTMLElement => bell.renderRoot.querySelector('[popover]')!;
  return new PopoverBehaviour(bell, {
    panel,
    anchor: () => bell.renderRoot.querySelector<HTMLElement>('.bell')!,
    items: () => [...panel().querySelectorAll<HTMLElement>('.item')],
  });
}

function urlFor(bell: LoketNotificationBell, conversation: Conversation): string | undefined {
  const own = bell.messageUrl ? fillUrlTemplate(bell.messageUrl, { id: conversation.id }) : undefined;
  return own ?? safeHttpUrl(bell.inboxUrl);
}

/**
 * Marks read, tells the host, and (unless it takes over) opens the conversation: in the inbox on
 * this page when there is one (a click with a modifier still opens the link elsewhere), else at its URL.
 */
export function select(host: PanelHost, conversation: Conversation, event?: Event): void {
  const { bell } = host;
  void host.feed?.markRead(conversation);
  const url = urlFor(bell, conversation);
  const proceed = host.selected(url ? { conversation, url } : { conversation });
  bell.hide();
  if (!proceed) {
    event?.preventDefault();
    return;
  }
  const inbox = inboxOnPage(bell.config.apiBase);
  const elsewhere = event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0);
  if (inbox && !elsewhere) {
    event?.preventDefault();
    void inbox.open(conversation.id);
    return;
  }
  // A link follows itself (keeping ctrl-click and middle-click); a notification click does not.
  if (!event && url) window.location.assign(url);
}

/** Conversations that were not unread before, as a desktop notification (once the user allowed them). */
export function notifyDesktop(host: PanelHost, conversations: Conversation[]): void {
  const { bell } = host;
  if (!bell.desktopNotifications || desktopPermission() !== 'granted') return;
  const [first] = conversations;
  showDesktopNotification({
    title: host.msgFrom(panelMessages, 'notificationTitle', { count: conversations.length }),
    body: conversations.map((conversation) => conversation.subject ?? conversation.type ?? '').join('\n'),
    tag: `loket-bell:${bell.channel ?? ''}`,
    onClick: first ? () => select(host, first) : undefined,
  });
}

/** What the panel's rendering reads and does, from the bell's state. */
export function panelContext(host: PanelHost): PanelContext {
  const { bell } = host;
  return {
    lang: bell.uiLang,
    text: (key, params) => host.msgFrom(panelMessages, key, params),
    state: host.state,
    unreadCount: bell.unreadCount,
    extra: host.extra,
    isUnread: (conversation) => host.feed?.isUnread(conversation) ?? false,
    urlFor: (conversation) => urlFor(bell, conversation),
    inboxUrl: safeHttpUrl(bell.inboxUrl),
    desktopOffered: bell.desktopNotifications,
    permission: host.permission ?? desktopPermission(),
    loadingText: host.coreMsg('loading'),
    retryText: host.coreMsg('retry'),
    onSelect: (conversation, event) => select(host, conversation, event),
    onMarkAll: () =>
      void (async () => {
        await bell.markAllRead();
        await bell.updateComplete;
        host.popover?.focusFirst();
      })(),
    onRetry: () => host.retry(),
    onEnableDesktop: () =>
      void (async () => {
        host.permission = await requestDesktopPermission();
      })(),
  };
}

export interface PanelContext {
  lang: Lang;
  /** Translates from `panelMessages` (the element loads the language pack). */
  text(key: PanelMessageKey, params?: Params): string;
  state: FeedState;
  /** Undefined unless the latest poll succeeded. */
  unreadCount: number | undefined;
  isUnread(conversation: Conversation): boolean;
  urlFor(conversation: Conversation): string | undefined;
  inboxUrl: string | undefined;
  desktopOffered: boolean;
  permission: DesktopPermission;
  /** Shared strings from the core catalog. */
  loadingText: string;
  retryText: string;
  onSelect(conversation: Conversation, event?: Event): void;
  onMarkAll(): void;
  onRetry(): void;
  onEnableDesktop(): void;
  /** Another source's section (LMB's system notifications, lmb-feed.ts), below the conversations. */
  extra?: TemplateResult | typeof nothing;
}

function msg(context: PanelContext, key: PanelMessageKey, params?: Params): string {
  return context.text(key, params);
}

function renderItem(context: PanelContext, conversation: Conversation, now: Date): TemplateResult {
  const unread = context.isUnread(conversation);
  const latest = conversation.latest;
  const sent = latest?.sentAt;
  const meta = [latest?.type ?? conversation.type, latest?.senderName ? msg(context, 'from', { sender: latest.senderName }) : undefined]
    .filter(Boolean)
    .join(' · ');
  const url = context.urlFor(conversation);
  const content = html`
    <span class="dot" aria-hidden="true"></span>
    <span class="subject"
      >${unread ? html`<span class="visually-hidden">${msg(context, 'unread')}: </span>` : nothing}${conversation.subject ??
      msg(context, 'noSubject')}</span
    >
    <span class="meta"
      >${meta}${sent
        ? html`${meta ? ' · ' : ''}<time datetime=${sent.toISOString()} title=${formatDateTime(context.lang, sent)}
              >${formatRelative(context.lang, sent, now)}</time
            >`
        : nothing}</span
    >
    ${conversation.dossierNumber ? html`<span class="dossier">${msg(context, 'dossier', { number: conversation.dossierNumber })}</span>` : nothing}
  `;
  return html`<li part="item" class=${unread ? 'unread' : ''}>
    ${url
      ? html`<a class="item" href=${url} @click=${(event: Event) => context.onSelect(conversation, event)}>${content}</a>`
      : html`<button type="button" class="item" @click=${() => context.onSelect(conversation)}>${content}</button>`}
  </li>`;
}

function renderBody(context: PanelContext): TemplateResult {
  const { state } = context;
  if (state.status === 'loading') {
    return html`<p class="note">${context.loadingText}</p>
      <span class="skeleton" aria-hidden="true"></span><span class="skeleton short" aria-hidden="true"></span>`;
  }
  if (state.status === 'error') {
    return html`<div class="alert" role="alert">
      <p><strong>${msg(context, 'loadFailed')}</strong></p>
      <p>${state.error.userMessage(context.lang)}</p>
      <button type="button" class="secondary" @click=${context.onRetry}>${context.retryText}</button>
    </div>`;
  }
  const { conversations } = state.window;
  if (conversations.length === 0) return html`<p class="note">${msg(context, 'noMessages')}</p>`;
  const now = new Date();
  return html`
    ${context.unreadCount === 0 ? html`<p class="note">${msg(context, 'nothingNew')}</p>` : nothing}
    <ul part="list" aria-label=${msg(context, 'listLabel')}>
      ${conversations.map((conversation) => renderItem(context, conversation, now))}
    </ul>
  `;
}

function renderDesktopControl(context: PanelContext): TemplateResult | typeof nothing {
  if (!context.desktopOffered || context.permission === 'unsupported') return nothing;
  if (context.permission === 'granted') return html`<span class="note">${msg(context, 'desktopOn')}</span>`;
  if (context.permission === 'denied') return html`<span class="note">${msg(context, 'desktopBlocked')}</span>`;
  return html`<button type="button" class="link" @click=${context.onEnableDesktop}>${msg(context, 'enableDesktop')}</button>`;
}

export function renderPanel(context: PanelContext): TemplateResult {
  return html`
    <div class="head">
      <p class="title" id="title">${msg(context, 'title')}</p>
      ${(context.unreadCount ?? 0) > 0
        ? html`<button type="button" class="link" part="mark-all" @click=${context.onMarkAll}>${msg(context, 'markAllRead')}</button>`
        : nothing}
    </div>
    ${renderBody(context)} ${context.extra ?? nothing}
    ${context.inboxUrl || context.desktopOffered
      ? html`<div class="foot">
          ${context.inboxUrl ? html`<a part="inbox-link" href=${context.inboxUrl}>${msg(context, 'openInbox')}</a>` : nothing}
          ${renderDesktopControl(context)}
        </div>`
      : nothing}
  `;
}
