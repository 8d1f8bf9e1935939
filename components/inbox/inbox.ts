import { html, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { sharedStyles, themeTokens } from '../../src/theme.js';
import { addStyles } from '../../src/add-styles.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import { getSession } from '../../src/api/session.js';
import { LoketError } from '../../src/api/errors.js';
import { loadLanguage } from '../../src/i18n/translate.js';
import type { ReadScope, ReadStateStore } from '../../src/messages/read-state.js';
import type { ReadStateController } from '../../src/messages/shared-read-state.js';
import type { UnreadRules } from '../../src/messages/unread.js';
import { DEFAULT_SORT, NO_FILTERS, nextSort, type InboxConversation, type InboxFilters, type InboxSort, type InboxSortKey } from '../../src/inbox/conversations.js';
import type { DeadlineRules } from '../../src/inbox/deadline.js';
import { ListSource, loadLocalList, needsLocal } from '../../src/inbox/list-source.js';
import type { OpenDeadline } from '../../src/inbox/local-list.js';
import { inboxMessages, type InboxMessageKey } from './inbox.messages.js';
import { inboxStyles } from './inbox.styles.js';
import { loadListChunk, type ListModule } from './list-chunk.js';
import type { ListHost, ListState } from './list-view.js';
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
    ...states('access', 'filters', 'sort', 'pageNumber', 'list', 'listModule', 'threadModule', 'threadFailure', 'announcement', 'activeIndex', 'openDeadlines', 'deadlineModule'),
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
  /** The list view, once its chunk (with its styles and its texts in the page's language) is in. */
  private listModule?: ListModule;
  private threadModule?: ThreadModule;
  private threadFailure?: unknown;
  private announcement = '';
  /** The row (index on the page) that is the list's one tab stop. */
  private activeIndex = 0;
  private openDeadlines?: OpenDeadline[];
  /** The deadline code (the Belgian calendar), loaded beside the first page. */
  private deadlineModule?: DeadlineModule;
  private setupError?: unknown;

  /** The shared read markers; their code comes with the list view, which shows them. */
  #readState?: ReadStateController;
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
    const markers = this.filters.unread ? this.#readState?.markers : undefined;
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
    return this.#scope && this.listModule?.unreadRules(this.#scope, this.unreadDays, (this.now ?? new Date()).getTime());
  }

  #isUnread = (conversation: InboxConversation): boolean => {
    const rules = this.#unreadRules;
    return rules && this.#readState ? this.#readState.isUnread(conversation, rules) : false;
  };

  /** The session, the role, the scope of the read markers; then the list and the deadlines. */
  async #setUp(): Promise<void> {
    const run = ++this.#setupRun;
    const signal = this.connectionSignal;
    this.access = 'checking';
    this.list = { status: 'loading' };
    this.#listKey = [];
    this.#source.clear();
    this.#readState?.stop();
    // The list view's code loads beside the session and the first page, not after them.
    this.#loadListView().catch(() => {});
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
      this.access = 'granted';
      this.#followReadState();
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
    const view = this.#loadListView();
    // Waited for below; a failure there is this load's error.
    view.catch(() => {});
    try {
      // The browser-side list counts unread with the read markers, which come with the list view.
      if (needsLocal(request)) await view;
      const context = { deadlineRules: this.#deadlineRules(), unreadRules: this.#unreadRules!, isUnread: this.#isUnread };
      const result = await this.#source.load(request, context, AbortSignal.any([run.signal, this.connectionSignal]));
      if (run !== this.#loading) return;
      await view;
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

  /** The list view's code, its styles and its texts in the page's language; offline, a network error. */
  async #loadListView(): Promise<void> {
    if (this.listModule) return;
    const module = await loadListChunk();
    await loadLanguage(module.listMessages, this.uiLang);
    // Asked twice at the start (the setup and the first load): set up once.
    if (this.listModule) return;
    addStyles(this, module.listStyles);
    this.#readState ??= new module.ReadStateController(this);
    this.listModule = module;
    this.#followReadState();
  }

  /** Follows the read markers of the session's scope, once both the scope and their code are in. */
  #followReadState(): void {
    const module = this.listModule;
    if (this.access !== 'granted' || !module || !this.#readState || !this.#scope) return;
    this.#readState.start(this.readStateStore ?? module.defaultReadStateStore(), this.#scope);
  }

  /** A change of language waits for the list's texts too, so the list never flashes in Dutch. */
  protected override get chunkCatalogs() {
    return [this.listModule?.listMessages];
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
      // The read markers (which the thread sets) come with the list view, loading since the start.
      const [module] = await Promise.all([this.threadModule ?? loadThreadChunk(), this.#loadListView()]);
      this.threadModule = module;
      // The thread's texts in the page's language before it first shows: no Dutch flash.
      await loadLanguage(module.threadMessages, this.uiLang);
      addStyles(this, module.threadStyles);
      this.#thread ??= new module.ThreadView({
        renderRoot: this.renderRoot,
        lang: () => this.uiLang,
        client: () => this.client,
        scope: () => this.#scope!,
        readState: this.#readState!,
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

  /** The list view once its chunk is in; before that the skeleton, or the error that kept it out. */
  #renderList(): TemplateResult {
    const { list, listModule } = this;
    if (listModule) return listModule.renderList(this.#listHost);
    if (list.status === 'error') return this.renderError(list.error, () => this.#retryList());
    return this.#renderSkeleton();
  }

  #retryList(): void {
    this.#listKey = [];
    this.requestUpdate();
  }

  /** What the list view (list-view.ts) reads and asks: the list's state and its actions. */
  readonly #listHost: ListHost = ((el: LoketInbox): ListHost => ({
    get renderRoot() {
      return el.renderRoot;
    },
    get lang() {
      return el.uiLang;
    },
    get list() {
      return el.list;
    },
    get filters() {
      return el.filters;
    },
    get sort() {
      return el.sort;
    },
    get pageNumber() {
      return el.pageNumber;
    },
    set pageNumber(page) {
      el.pageNumber = page;
    },
    get pageSize() {
      return el.#size;
    },
    get activeIndex() {
      return el.activeIndex;
    },
    set activeIndex(index) {
      el.activeIndex = index;
    },
    get deadlineModule() {
      return el.deadlineModule;
    },
    deadlineRules: () => el.#deadlineRules(),
    isUnread: (conversation) => el.#isUnread(conversation),
    rows: () => el.#rows(),
    setFilters: (change) => el.#setFilters(change),
    clearFilters: () => el.#clearFilters(),
    onText: (event) => el.#onText(event),
    onSubmit: (event) => el.#onSubmit(event),
    sortOn: (key) => el.#sortOn(key),
    open: (id) => void el.open(id),
    retry: () => el.#retryList(),
    skeleton: () => el.#renderSkeleton(),
    renderError: (error, retry) => el.renderError(error, retry),
  }))(this);
}

defineElement('loket-inbox', LoketInbox);

declare global {
  interface HTMLElementTagNameMap {
    'loket-inbox': LoketInbox;
  }
}
