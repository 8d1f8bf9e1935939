import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { sharedStyles, themeTokens } from '../../src/theme.js';
import { addStyles } from '../../src/add-styles.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import { getSession } from '../../src/api/session.js';
import { LoketError } from '../../src/api/errors.js';
import { formatDate } from '../../src/i18n/format.js';
import { loadLanguage } from '../../src/i18n/translate.js';
import { defaultReadStateStore, type ReadScope, type ReadStateStore } from '../../src/messages/read-state.js';
import { ReadStateController, unreadRules } from '../../src/messages/shared-read-state.js';
import type { UnreadRules } from '../../src/messages/unread.js';
import {
  COMMUNICATION_TYPES,
  DEFAULT_SORT,
  NO_FILTERS,
  hasFilters,
  nextSort,
  type InboxConversation,
  type InboxFilters,
  type InboxSort,
  type InboxSortKey,
} from '../../src/inbox/conversations.js';
import type { Deadline, DeadlineRules } from '../../src/inbox/deadline.js';
import { ListSource, loadLocalList, type ListResult } from '../../src/inbox/list-source.js';
import type { OpenDeadline } from '../../src/inbox/local-list.js';
import { inboxMessages, type InboxMessageKey } from './inbox.messages.js';
import { inboxStyles } from './inbox.styles.js';
import type { ThreadView } from './thread-view.js';

export type { InboxConversation, InboxFilters, InboxSort, InboxSortKey } from '../../src/inbox/conversations.js';
export type { Deadline, DeadlineStatus } from '../../src/inbox/deadline.js';
export type { OpenDeadline } from '../../src/inbox/local-list.js';

type DeadlineModule = typeof import('../../src/inbox/local-list.js');

export interface DeadlineDetail {
  /** The most urgent open reply deadline (a passed one first), or undefined when nothing is due. */
  deadline: OpenDeadline | undefined;
  /** Every open deadline, most urgent first. */
  deadlines: OpenDeadline[];
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-deadline': DeadlineDetail;
  }
}

type ThreadModule = typeof import('./thread-view.js');

type ListState = { status: 'loading'; shown?: ListResult } | { status: 'ready'; shown: ListResult } | { status: 'error'; error: unknown };

const COLUMNS: readonly InboxSortKey[] = ['subject', 'type', 'dossier', 'sent', 'sender', 'deadline'];
const TEXT_DEBOUNCE_MS = 300;

let threadChunk: Promise<ThreadModule> | undefined;
/** The thread view's code, fetched once (again after a failure). */
function loadThreadChunk(): Promise<ThreadModule> {
  return (threadChunk ??= import('./thread-view.js').catch((error: unknown) => {
    threadChunk = undefined;
    throw error;
  }));
}

/**
 * The berichtencentrum of the Loket: the bestuur's conversations with the Agentschap Binnenlands
 * Bestuur, each thread with its attachments, replies as the Loket sends them, and what the Loket
 * itself lacks: read state (shared with the bell, in every tab), search and filters, and the reply
 * deadline (`reactietermijn`) counted in Belgian working days. Needs the role
 * `LoketLB-berichtenGebruiker`.
 *
 * The list is one tab stop: arrow keys, Home and End move between conversations, Enter opens one.
 * In a conversation, Escape goes back to the list.
 *
 * @fires loket-deadline - `{ deadline, deadlines }` once the open reply deadlines are known, and
 *   whenever they change after a reply or a refresh.
 * @fires loket-error - A request failed; `detail.error` is a LoketError.
 * @csspart filters - The search and filter bar.
 * @csspart table - The list of conversations.
 * @csspart row - One conversation.
 * @csspart deadline - A reply deadline (list and thread).
 * @csspart pagination - Page navigation.
 * @csspart thread - The open conversation.
 * @csspart message - One bericht of the conversation.
 * @csspart attachment - An attachment's file card.
 * @csspart reply - The reply form.
 * @csspart no-access - The notice shown without the role.
 * @csspart error - An error with its retry.
 * @cssprop --loket-inbox-unread - Colour of the unread marker, the action blue.
 */
export class LoketInbox extends LoketElement {
  static override styles = [themeTokens, sharedStyles, inboxStyles];
  static override catalogs = [inboxMessages];

  static override properties = {
    pageSize: { type: Number, attribute: 'page-size' },
    unreadDays: { type: Number, attribute: 'unread-days' },
    warnDays: { type: Number, attribute: 'deadline-warning-days' },
    conversation: { reflect: true },
    conversationUrl: { attribute: 'conversation-url' },
    readStateStore: { attribute: false },
    now: { attribute: false },
    ...states('access', 'filters', 'sort', 'pageNumber', 'list', 'threadModule', 'threadFailure', 'announcement', 'activeIndex', 'openDeadlines', 'deadlineModule'),
  };

  /** Conversations per page (the Loket's 20). */
  pageSize = 20;

  /** Conversations whose latest bericht is older than this many days never count as unread (30, as the bell). */
  unreadDays = 30;

  /** A deadline is flagged as close from this many working days left (5). */
  warnDays = 5;

  /** Id of the open conversation; set it (or call `open()`) to open one, remove it for the list. */
  conversation?: string;

  /** Where one conversation opens on the host's site (`{id}`), put in calendar events; http/https only. */
  conversationUrl?: string;

  /** Where read markers live; the bell's default (localStorage, shared by every bell and inbox) unless replaced. */
  readStateStore?: ReadStateStore;

  /** The moment deadlines are counted from (default: now). */
  now?: Date;

  private access: 'checking' | 'granted' | 'denied' | 'failed' = 'checking';
  private filters: InboxFilters = NO_FILTERS;
  private sort: InboxSort = DEFAULT_SORT;
  private pageNumber = 0;
  private list: ListState = { status: 'loading' };
  private threadModule?: ThreadModule;
  private threadFailure?: unknown;
  private announcement = '';
  /** The row (index on the page) that is the list's one tab stop. */
  private activeIndex = 0;
  private openDeadlines?: OpenDeadline[];
  /** The deadline code (the Belgian calendar), loaded beside the first page. */
  private deadlineModule?: DeadlineModule;
  private setupError?: unknown;

  readonly #readState = new ReadStateController(this);
  readonly #source = new ListSource(() => this.client);
  #thread?: ThreadView;
  #scope?: ReadScope;
  #setupKey: unknown[] = [];
  #setupRun = 0;
  #listKey: unknown[] = [];
  #loading?: AbortController;
  #textTimer?: ReturnType<typeof setTimeout>;
  #lastDeadline = '';
  /** The conversation to give focus back to when the list returns. */
  #returnTo?: string;

  /** The most urgent open reply deadline, or undefined when none is due (or not known yet). */
  get deadline(): OpenDeadline | undefined {
    return this.openDeadlines?.[0];
  }

  /** Every open reply deadline, most urgent first (empty until known). */
  get deadlines(): OpenDeadline[] {
    return this.openDeadlines ?? [];
  }

  /** Opens a conversation (the bell calls this when the inbox is on its page). */
  async open(id: string): Promise<void> {
    this.conversation = id;
    await this.updateComplete;
    this.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }

  /** Back to the list. */
  close(): void {
    this.conversation = undefined;
  }

  /** Reads the list (and the open conversation) again. */
  refresh(): void {
    this.client.refresh();
    this.#source.clear();
    this.#listKey = [];
    if (this.access !== 'granted') void this.#setUp();
    else {
      this.requestUpdate();
      void this.#loadDeadlines();
      if (this.conversation) this.#thread?.open(this.conversation, true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#textTimer);
    this.#loading?.abort();
    this.#setupKey = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const setupKey = [config.apiBase, config.bestuurseenheid, config.fetch, config.tokenProvider, this.readStateStore, this.unreadDays];
    if (this.isConnected && setupKey.some((value, index) => value !== this.#setupKey[index])) {
      this.#setupKey = setupKey;
      void this.#setUp();
      return;
    }
    if (this.access !== 'granted') return;
    if ((changed.has('conversation') || (changed as PropertyValues).has('access')) && this.conversation) void this.#openThread(this.conversation);
    const markers = this.filters.unread ? this.#readState.markers : undefined;
    const listKey = [this.filters, this.sort, this.pageNumber, this.#size, markers, this.now, this.warnDays];
    if (listKey.some((value, index) => value !== this.#listKey[index])) {
      this.#listKey = listKey;
      void this.#load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('conversation') && !this.conversation && changed.get('conversation')) {
      this.#returnTo = changed.get('conversation') as string;
      this.#focusReturn();
    }
  }

  get #size(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 100) : 20;
  }

  #msg(key: InboxMessageKey, params?: Record<string, string | number>): string {
    return this.msgFrom(inboxMessages, key, params);
  }

  #deadlineRules(): DeadlineRules {
    return { own: this.#scope?.bestuurseenheid ?? '', now: this.now ?? new Date(), warnDays: Number.isFinite(this.warnDays) && this.warnDays >= 0 ? this.warnDays : 5 };
  }

  /** As the bell counts: nothing of the bestuur's own, nothing older than `unread-days` before `now`. */
  get #unreadRules(): UnreadRules | undefined {
    return this.#scope && unreadRules(this.#scope, this.unreadDays, (this.now ?? new Date()).getTime());
  }

  #isUnread = (conversation: InboxConversation): boolean => {
    const rules = this.#unreadRules;
    return rules ? this.#readState.isUnread(conversation, rules) : false;
  };

  /** The session, the role, the scope of the read markers; then the list and the deadlines. */
  async #setUp(): Promise<void> {
    const run = ++this.#setupRun;
    const signal = this.connectionSignal;
    this.access = 'checking';
    this.list = { status: 'loading' };
    this.#listKey = [];
    this.#source.clear();
    this.#readState.stop();
    try {
      const allowed = await this.mayUse('berichten', 'loket', signal);
      if (run !== this.#setupRun) return;
      if (!allowed) {
        this.access = 'denied';
        return;
      }
      const session = await getSession(this.client, { signal });
      const scope = { account: session.accountId, bestuurseenheid: this.config.bestuurseenheid || session.groupId };
      if (run !== this.#setupRun) return;
      this.#scope = scope;
      this.#readState.start(this.readStateStore ?? defaultReadStateStore(), scope);
      this.access = 'granted';
      void this.#loadDeadlines();
    } catch (error) {
      if (run !== this.#setupRun || signal.aborted) return;
      this.setupError = this.reportError(error);
      this.access = 'failed';
    }
  }

  async #load(): Promise<void> {
    this.#loading?.abort();
    const run = (this.#loading = new AbortController());
    const shown = this.list.status === 'error' ? undefined : this.list.shown;
    this.list = { status: 'loading', shown };
    const request = { filters: this.filters, sort: this.sort, page: this.pageNumber, size: this.#size };
    try {
      const context = { deadlineRules: this.#deadlineRules(), unreadRules: this.#unreadRules!, isUnread: this.#isUnread };
      const result = await this.#source.load(request, context, AbortSignal.any([run.signal, this.connectionSignal]));
      if (run !== this.#loading) return;
      // The list shrank under this page (a filter, another user): go to its last page.
      if (result.items.length === 0 && result.count > 0 && this.pageNumber > 0) {
        this.pageNumber = Math.ceil(result.count / this.#size) - 1;
        return;
      }
      this.list = { status: 'ready', shown: result };
      if (this.activeIndex >= result.items.length) this.activeIndex = 0;
    } catch (error) {
      if (run !== this.#loading) return;
      this.list = { status: 'error', error: this.reportError(error) };
    }
  }

  /** The open deadlines for `deadline` and `loket-deadline`; a failure leaves them unknown. */
  async #loadDeadlines(): Promise<void> {
    const run = this.#setupRun;
    try {
      const module = (this.deadlineModule ??= await loadLocalList());
      const deadlines = await module.fetchOpenDeadlines(this.client, this.#deadlineRules(), this.connectionSignal);
      if (run !== this.#setupRun) return;
      this.openDeadlines = deadlines;
      const first = deadlines[0];
      const key = first ? `${first.conversation.id}|${first.due}|${first.status}|${deadlines.length}` : 'none';
      if (key !== this.#lastDeadline) {
        this.#lastDeadline = key;
        this.emit('loket-deadline', { deadline: first, deadlines });
      }
    } catch (error) {
      if (run === this.#setupRun) this.reportError(error);
    }
  }

  async #openThread(id: string): Promise<void> {
    this.threadFailure = undefined;
    try {
      const module = (this.threadModule ??= await loadThreadChunk());
      // The thread's texts in the page's language before it first shows: no Dutch flash.
      await loadLanguage(module.threadMessages, this.uiLang);
      addStyles(this, module.threadStyles);
      this.#thread ??= new module.ThreadView({
        renderRoot: this.renderRoot,
        lang: () => this.uiLang,
        client: () => this.client,
        scope: () => this.#scope!,
        readState: this.#readState,
        deadlineRules: () => this.#deadlineRules(),
        conversationUrl: (conversation) => (this.conversationUrl ? fillUrlTemplate(this.conversationUrl, { id: conversation }) : undefined),
        coreMsg: (key) => this.coreMsg(key),
        renderError: (error, retry) => this.renderError(error, retry),
        reportError: (error) => this.reportError(error),
        announce: (text) => this.#announce(text),
        update: () => this.requestUpdate(),
        rendered: () => this.updateComplete,
        back: () => this.close(),
        sent: () => {
          this.#source.clear();
          this.#listKey = [];
          this.requestUpdate();
          void this.#loadDeadlines();
        },
      });
      if (this.conversation === id) this.#thread.open(id);
    } catch (cause) {
      this.threadFailure = this.reportError(new LoketError('network', { cause, message: 'Could not load the conversation view' }));
    }
  }

  #announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  #setFilters(change: Partial<InboxFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.pageNumber = 0;
  }

  #clearFilters(): void {
    clearTimeout(this.#textTimer);
    this.filters = NO_FILTERS;
    this.pageNumber = 0;
    const search = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
    if (search) search.value = '';
  }

  #onText(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    clearTimeout(this.#textTimer);
    this.#textTimer = setTimeout(() => this.#setFilters({ text }), TEXT_DEBOUNCE_MS);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#textTimer);
    const text = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '';
    if (text !== this.filters.text) this.#setFilters({ text });
  }

  #sortOn(key: InboxSortKey): void {
    this.sort = nextSort(this.sort, key);
    this.pageNumber = 0;
  }

  #rows(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody button.conversation')];
  }

  /** Arrow keys, Home and End move the list's one tab stop between conversations. */
  #onListKeydown(event: KeyboardEvent): void {
    const rows = this.#rows();
    const index = rows.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.activeIndex = Math.max(0, Math.min(rows.length - 1, next));
    rows[this.activeIndex]!.focus();
  }

  #focusReturn(): void {
    const id = this.#returnTo;
    void this.updateComplete.then(() => {
      const items = this.list.status === 'error' ? [] : (this.list.shown?.items ?? []);
      const index = items.findIndex((conversation) => conversation.id === id);
      if (index >= 0) this.activeIndex = index;
      return this.updateComplete.then(() => (this.#rows()[index >= 0 ? index : this.activeIndex] ?? this.renderRoot.querySelector<HTMLElement>('table'))?.focus());
    });
  }

  protected override render(): TemplateResult {
    return html`${this.#renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  #renderBody(): TemplateResult {
    if (this.access === 'denied') return this.renderNoAccess(this.#msg('module'), 'berichten');
    if (this.access === 'failed') return this.renderError(this.setupError, () => void this.#setUp());
    if (this.access === 'checking') return this.#renderSkeleton();
    if (this.conversation) {
      if (this.threadFailure) return this.renderError(this.threadFailure, () => void this.#openThread(this.conversation!));
      return this.#thread?.id === this.conversation ? this.#thread.render() : html`<p class="note">${this.#msg('opening')}</p>`;
    }
    return this.#renderList();
  }

  #renderSkeleton(): TemplateResult {
    return html`<div class="skeletons">
      <p class="visually-hidden">${this.coreMsg('loading')}</p>
      ${[0, 1, 2, 3].map(() => html`<span class="skeleton"></span>`)}
    </div>`;
  }

  #renderList(): TemplateResult {
    const { list } = this;
    const shown = list.status === 'error' ? undefined : list.shown;
    return html`${this.#renderFilters()}
      <p class="count" role="status">
        ${shown && list.status === 'ready' ? this.#msg('count', { count: shown.count }) : ''}
        ${shown?.truncated ? html`<span class="muted">${this.#msg('truncated', { count: 2000 })}</span>` : nothing}
      </p>
      ${list.status === 'error'
        ? this.renderError(list.error, () => {
            this.#listKey = [];
            this.requestUpdate();
          })
        : shown
          ? shown.count === 0
            ? this.#renderEmpty()
            : html`${this.#renderTable(shown, list.status === 'loading')} ${this.#renderPagination(shown.count)}`
          : this.#renderSkeleton()}`;
  }

  #renderFilters(): TemplateResult {
    const { filters } = this;
    return html`<form class="filters" role="search" aria-label=${this.#msg('filtersLabel')} part="filters" @submit=${this.#onSubmit}>
      <label class="text">
        ${this.#msg('search')}
        <input type="search" name="text" .value=${filters.text} @input=${this.#onText} />
      </label>
      <label>
        ${this.#msg('type')}
        <select name="type" @change=${(event: Event) => this.#setFilters({ type: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!filters.type}>${this.#msg('allTypes')}</option>
          ${COMMUNICATION_TYPES.map((type) => html`<option value=${type} ?selected=${filters.type === type}>${type}</option>`)}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="unread" .checked=${filters.unread} @change=${(event: Event) => this.#setFilters({ unread: (event.target as HTMLInputElement).checked })} />
        ${this.#msg('onlyUnread')}
      </label>
      <label class="check">
        <input type="checkbox" name="due" .checked=${filters.due} @change=${(event: Event) => this.#setFilters({ due: (event.target as HTMLInputElement).checked })} />
        ${this.#msg('onlyDue')}
      </label>
      ${hasFilters(filters) ? html`<button type="button" class="secondary" @click=${this.#clearFilters}>${this.#msg('clearFilters')}</button>` : nothing}
    </form>`;
  }

  #renderEmpty(): TemplateResult {
    const filtered = hasFilters(this.filters);
    return html`<div class="empty">
      <p>${this.#msg(filtered ? 'emptyFiltered' : 'empty')}</p>
      ${filtered ? html`<button type="button" class="secondary" @click=${this.#clearFilters}>${this.#msg('clearFilters')}</button>` : nothing}
    </div>`;
  }

  #renderTable(shown: ListResult, busy: boolean): TemplateResult {
    const rules = this.#deadlineRules();
    const active = Math.min(this.activeIndex, shown.items.length - 1);
    return html`<table part="table" aria-label=${this.#msg('listLabel')} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      <thead>
        <tr>
          ${COLUMNS.map((key) => this.#renderHeader(key))}
        </tr>
      </thead>
      <tbody @keydown=${this.#onListKeydown}>
        ${shown.items.map((conversation, index) => this.#renderRow(conversation, index === active, rules))}
      </tbody>
    </table>`;
  }

  #renderHeader(key: InboxSortKey): TemplateResult {
    const sorted = this.sort.key === key ? this.sort.direction : undefined;
    return html`<th scope="col" aria-sort=${sorted ?? 'none'}>
      <button type="button" class="sort" @click=${() => this.#sortOn(key)}>
        ${this.#msg(`col.${key}`)}
        <span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  #renderRow(conversation: InboxConversation, active: boolean, rules: DeadlineRules): TemplateResult {
    const unread = this.#isUnread(conversation);
    const sent = conversation.latest?.sentAt;
    const label = (key: InboxMessageKey) => html`<span class="label" aria-hidden="true">${this.#msg(key)}</span>`;
    return html`<tr part="row" class=${unread ? 'unread' : ''}>
      <td class="subject">
        <button type="button" class="conversation link" tabindex=${active ? 0 : -1} @click=${() => this.open(conversation.id)} @focus=${(event: FocusEvent) => (this.activeIndex = this.#rows().indexOf(event.currentTarget as HTMLButtonElement))}>
          <span class="dot" aria-hidden="true"></span>${unread ? html`<span class="visually-hidden">${this.#msg('unread')}: </span>` : nothing}<span class="text">${conversation.subject ?? this.#msg('noSubject')}</span>
        </button>
      </td>
      <td>${label('col.type')}<span class="text">${conversation.type ?? '—'}</span></td>
      <td>${label('col.dossier')}<span class="text nowrap">${conversation.dossierNumber ?? '—'}</span></td>
      <td>${label('col.sent')}${sent ? html`<time datetime=${sent.toISOString()}>${formatDate(this.uiLang, sent, { dateStyle: 'medium' })}</time>` : '—'}</td>
      <td>${label('col.sender')}<span class="text">${conversation.latest?.senderName ?? '—'}</span></td>
      <td>${label('col.deadline')}${this.deadlineModule ? this.#renderDeadline(conversation, this.deadlineModule.deadlineOf(conversation, rules)) : nothing}</td>
    </tr>`;
  }

  #renderDeadline(conversation: InboxConversation, deadline: Deadline | undefined): TemplateResult {
    if (!deadline) {
      const answered = conversation.responsePeriod && conversation.messages.length > 0;
      return html`<span class="muted">${answered ? this.#msg('deadline.answered') : html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.#msg('deadline.none')}</span>`}</span>`;
    }
    const { formatDay, localDate } = this.deadlineModule!;
    return html`<span part="deadline" class="deadline ${deadline.status}">
      <time datetime=${formatDay(deadline.due)}>${formatDate(this.uiLang, localDate(deadline.due), { dateStyle: 'medium' })}</time>
      <span class="badge">${this.#deadlineText(deadline)}</span>
    </span>`;
  }

  #deadlineText(deadline: Deadline): string {
    if (deadline.status === 'passed') return this.#msg('deadline.passed', { count: deadline.workingDaysLate });
    return deadline.workingDaysLeft === 0 ? this.#msg('deadline.today') : this.#msg('deadline.open', { count: deadline.workingDaysLeft });
  }

  #renderPagination(count: number): TemplateResult | typeof nothing {
    const pages = Math.max(1, Math.ceil(count / this.#size));
    if (pages === 1) return nothing;
    const page = Math.min(this.pageNumber, pages - 1);
    return html`<nav class="pagination" aria-label=${this.#msg('pagination')} part="pagination">
      <button type="button" class="secondary" ?disabled=${page === 0} @click=${() => (this.pageNumber = page - 1)}>${this.#msg('previous')}</button>
      <span>${this.#msg('pageOf', { page: page + 1, pages })}</span>
      <button type="button" class="secondary" ?disabled=${page >= pages - 1} @click=${() => (this.pageNumber = page + 1)}>${this.#msg('next')}</button>
    </nav>`;
  }
}

defineElement('loket-inbox', LoketInbox);

declare global {
  interface HTMLElementTagNameMap {
    'loket-inbox': LoketInbox;
  }
}
