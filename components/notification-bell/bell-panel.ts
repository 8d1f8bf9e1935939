/**
 * The popover's content: the latest conversations, the states, "mark all as read", the link to
 * the message centre and the desktop-notification switch. Loaded on first use (hover, focus or
 * open), so a page that only shows the badge never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation } from '../../src/api/messages.js';
import type { DesktopPermission } from '../../src/messages/desktop-notifications.js';
import { formatDateTime, formatRelative } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Params } from '../../src/i18n/translate.js';
import type { FeedState } from './bell-feed.js';
import type { PanelMessageKey } from './bell-panel.messages.js';

export { panelMessages } from './bell-panel.messages.js';
export { panelStyles } from './bell-panel.styles.js';
// What only an open popover needs: its keyboard and placement, and the permission prompt.
export { PopoverBehaviour } from './popover-behaviour.js';
export { desktopPermission, requestDesktopPermission } from '../../src/messages/desktop-notifications.js';

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
