/**
 * The list of conversations of `<loket-inbox>`: the search and filter bar, the table (cards when
 * the widget is narrow) with its unread markers and reply deadlines, the paging and the empty
 * state. A chunk of its own, fetched beside the session and the first page (the element's first
 * render, a skeleton, needs none of it); its styles and texts come with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import { translate, type Params } from '../../src/i18n/translate.js';
import { COMMUNICATION_TYPES, hasFilters, type InboxConversation, type InboxFilters, type InboxSort, type InboxSortKey } from '../../src/inbox/conversations.js';
import type { Deadline, DeadlineRules } from '../../src/inbox/deadline.js';
import type { ListResult } from '../../src/inbox/list-source.js';
import { listMessages, type ListMessageKey } from './list.messages.js';

export { listStyles } from './list.styles.js';
export { listMessages } from './list.messages.js';
// The read markers the list shows (and the thread sets), shared with the bell: they come with the list.
export { defaultReadStateStore } from '../../src/messages/read-state.js';
export { ReadStateController, unreadRules } from '../../src/messages/shared-read-state.js';

type DeadlineModule = typeof import('../../src/inbox/local-list.js');

export type ListState = { status: 'loading'; shown?: ListResult } | { status: 'ready'; shown: ListResult } | { status: 'error'; error: unknown };

/** What the list view reads from the inbox element and asks of it. */
export interface ListHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly lang: Lang;
  readonly list: ListState;
  readonly filters: InboxFilters;
  readonly sort: InboxSort;
  pageNumber: number;
  /** Conversations per page. */
  readonly pageSize: number;
  /** The row (index on the page) that is the list's one tab stop. */
  activeIndex: number;
  /** The deadline code, once it is in (the deadline column stays empty until then). */
  readonly deadlineModule: DeadlineModule | undefined;
  deadlineRules(): DeadlineRules;
  isUnread(conversation: InboxConversation): boolean;
  /** The conversations' buttons on the page, in order. */
  rows(): HTMLButtonElement[];
  setFilters(change: Partial<InboxFilters>): void;
  clearFilters(): void;
  onText(event: Event): void;
  onSubmit(event: SubmitEvent): void;
  sortOn(key: InboxSortKey): void;
  open(id: string): void;
  /** Reads the list again after an error. */
  retry(): void;
  skeleton(): TemplateResult;
  renderError(error: unknown, retry: () => void): TemplateResult;
}

const COLUMNS: readonly InboxSortKey[] = ['subject', 'type', 'dossier', 'sent', 'sender', 'deadline'];

/** The element loads the texts of its language with this chunk (and before a change of language renders). */
const msg = (host: ListHost, key: ListMessageKey, params?: Params): string => translate(listMessages, host.lang, key, params);

export function renderList(host: ListHost): TemplateResult {
  const { list } = host;
  const shown = list.status === 'error' ? undefined : list.shown;
  return html`${renderFilters(host)}
    <p class="count" role="status">
      ${shown && list.status === 'ready' ? msg(host, 'count', { count: shown.count }) : ''}
      ${shown?.truncated ? html`<span class="muted">${msg(host, 'truncated', { count: 2000 })}</span>` : nothing}
    </p>
    ${list.status === 'error'
      ? host.renderError(list.error, () => host.retry())
      : shown
        ? shown.count === 0
          ? renderEmpty(host)
          : html`${renderTable(host, shown, list.status === 'loading')} ${renderPagination(host, shown.count)}`
        : host.skeleton()}`;
}

function renderFilters(host: ListHost): TemplateResult {
  const { filters } = host;
  return html`<form class="filters" role="search" aria-label=${msg(host, 'filtersLabel')} part="filters" @submit=${host.onSubmit}>
    <label class="text">
      ${msg(host, 'search')}
      <input type="search" name="text" .value=${filters.text} @input=${host.onText} />
    </label>
    <label>
      ${msg(host, 'type')}
      <select name="type" @change=${(event: Event) => host.setFilters({ type: (event.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!filters.type}>${msg(host, 'allTypes')}</option>
        ${COMMUNICATION_TYPES.map((type) => html`<option value=${type} ?selected=${filters.type === type}>${type}</option>`)}
      </select>
    </label>
    <label class="check">
      <input type="checkbox" name="unread" .checked=${filters.unread} @change=${(event: Event) => host.setFilters({ unread: (event.target as HTMLInputElement).checked })} />
      ${msg(host, 'onlyUnread')}
    </label>
    <label class="check">
      <input type="checkbox" name="due" .checked=${filters.due} @change=${(event: Event) => host.setFilters({ due: (event.target as HTMLInputElement).checked })} />
      ${msg(host, 'onlyDue')}
    </label>
    ${hasFilters(filters) ? html`<button type="button" class="secondary" @click=${host.clearFilters}>${msg(host, 'clearFilters')}</button>` : nothing}
  </form>`;
}

function renderEmpty(host: ListHost): TemplateResult {
  const filtered = hasFilters(host.filters);
  return html`<div class="empty">
    <p>${msg(host, filtered ? 'emptyFiltered' : 'empty')}</p>
    ${filtered ? html`<button type="button" class="secondary" @click=${host.clearFilters}>${msg(host, 'clearFilters')}</button>` : nothing}
  </div>`;
}

/** Arrow keys, Home and End move the list's one tab stop between conversations. */
function onListKeydown(host: ListHost, event: KeyboardEvent): void {
  const rows = host.rows();
  const index = rows.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  host.activeIndex = Math.max(0, Math.min(rows.length - 1, next));
  rows[host.activeIndex]!.focus();
}

function renderTable(host: ListHost, shown: ListResult, busy: boolean): TemplateResult {
  const rules = host.deadlineRules();
  const active = Math.min(host.activeIndex, shown.items.length - 1);
  return html`<table part="table" aria-label=${msg(host, 'listLabel')} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
    <thead>
      <tr>
        ${COLUMNS.map((key) => renderHeader(host, key))}
      </tr>
    </thead>
    <tbody @keydown=${(event: KeyboardEvent) => onListKeydown(host, event)}>
      ${shown.items.map((conversation, index) => renderRow(host, conversation, index === active, rules))}
    </tbody>
  </table>`;
}

function renderHeader(host: ListHost, key: InboxSortKey): TemplateResult {
  const sorted = host.sort.key === key ? host.sort.direction : undefined;
  return html`<th scope="col" aria-sort=${sorted ?? 'none'}>
    <button type="button" class="sort" @click=${() => host.sortOn(key)}>
      ${msg(host, `col.${key}`)}
      <span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

function renderRow(host: ListHost, conversation: InboxConversation, active: boolean, rules: DeadlineRules): TemplateResult {
  const unread = host.isUnread(conversation);
  const sent = conversation.latest?.sentAt;
  const { deadlineModule } = host;
  const label = (key: ListMessageKey) => html`<span class="label" aria-hidden="true">${msg(host, key)}</span>`;
  return html`<tr part="row" class=${unread ? 'unread' : ''}>
    <td class="subject">
      <button type="button" class="conversation link" tabindex=${active ? 0 : -1} @click=${() => host.open(conversation.id)} @focus=${(event: FocusEvent) => (host.activeIndex = host.rows().indexOf(event.currentTarget as HTMLButtonElement))}>
        <span class="dot" aria-hidden="true"></span>${unread ? html`<span class="visually-hidden">${msg(host, 'unread')}: </span>` : nothing}<span class="text">${conversation.subject ?? msg(host, 'noSubject')}</span>
      </button>
    </td>
    <td>${label('col.type')}<span class="text">${conversation.type ?? '—'}</span></td>
    <td>${label('col.dossier')}<span class="text nowrap">${conversation.dossierNumber ?? '—'}</span></td>
    <td>${label('col.sent')}${sent ? html`<time datetime=${sent.toISOString()}>${formatDate(host.lang, sent, { dateStyle: 'medium' })}</time>` : '—'}</td>
    <td>${label('col.sender')}<span class="text">${conversation.latest?.senderName ?? '—'}</span></td>
    <td>${label('col.deadline')}${deadlineModule ? renderDeadline(host, deadlineModule, conversation, deadlineModule.deadlineOf(conversation, rules)) : nothing}</td>
  </tr>`;
}

function renderDeadline(host: ListHost, deadlineModule: DeadlineModule, conversation: InboxConversation, deadline: Deadline | undefined): TemplateResult {
  if (!deadline) {
    const answered = conversation.responsePeriod && conversation.messages.length > 0;
    return html`<span class="muted">${answered ? msg(host, 'deadline.answered') : html`<span aria-hidden="true">—</span><span class="visually-hidden">${msg(host, 'deadline.none')}</span>`}</span>`;
  }
  const { formatDay, localDate } = deadlineModule;
  return html`<span part="deadline" class="deadline ${deadline.status}">
    <time datetime=${formatDay(deadline.due)}>${formatDate(host.lang, localDate(deadline.due), { dateStyle: 'medium' })}</time>
    <span class="badge">${deadlineText(host, deadline)}</span>
  </span>`;
}

function deadlineText(host: ListHost, deadline: Deadline): string {
  if (deadline.status === 'passed') return msg(host, 'deadline.passed', { count: deadline.workingDaysLate });
  return deadline.workingDaysLeft === 0 ? msg(host, 'deadline.today') : msg(host, 'deadline.open', { count: deadline.workingDaysLeft });
}

function renderPagination(host: ListHost, count: number): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(count / host.pageSize));
  if (pages === 1) return nothing;
  const page = Math.min(host.pageNumber, pages - 1);
  return html`<nav class="pagination" aria-label=${msg(host, 'pagination')} part="pagination">
    <button type="button" class="secondary" ?disabled=${page === 0} @click=${() => (host.pageNumber = page - 1)}>${msg(host, 'previous')}</button>
    <span>${msg(host, 'pageOf', { page: page + 1, pages })}</span>
    <button type="button" class="secondary" ?disabled=${page >= pages - 1} @click=${() => (host.pageNumber = page + 1)}>${msg(host, 'next')}</button>
  </nav>`;
}
