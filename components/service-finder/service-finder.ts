import { onDemand } from '../../src/on-demand.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { sharedStyles, themeTokens } from '../../src/theme.js';
import { getSession } from '../../src/api/session.js';
import type { Params } from '../../src/i18n/translate.js';
import type { Bookmarks } from '../../src/api/bookmarks.js';
import type { BookmarkedService, FilterConcept, FilterName, PublicService } from '../../src/api/services.js';
import { loadLanguage } from '../../src/i18n/translate.js';
import { FILTERS, type FilterSelection, type SortName } from '../../src/services/facets.js';
import type { ServiceIndex } from '../../src/services/search-index.js';
import type { SearchContext, ServerPage } from '../../src/services/server-search.js';
import type { DetailState } from './result-details.js';
import type { FinderHost, Results } from './results-view.js';
import { serviceFinderMessages, type ServiceFinderMessageKey } from './service-finder.messages.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { addStyles } from '../../src/add-styles.js';

export interface ServiceSelectDetail {
  service: PublicService;
  /** Where the finder goes unless the event is cancelled. */
  url: string;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-service-select': ServiceSelectDetail;
  }
}

export type ServiceFinderMode = 'index' | 'server';

type Phase = 'loading' | 'ready' | 'error';

/** The states the results are computed from (besides query, filters, sort and page; `phase`: the view's code is in). */
const RESULT_SOURCES = ['index', 'serverPage', 'context', 'pageSize', 'phase'];
const SEARCH_INPUTS = ['query', 'selection', 'sort', 'page'];

const SERVER_DEBOUNCE_MS = 250;
const ANNOUNCE_DELAY_MS = 500;
/** The real page's size (controllers/search.js `size = 25`). */
const PAGE_SIZE = 25;

/** Code loaded on demand fails, offline, as the network does: the finder shows the network error, and its retry loads it again. */
const PART = 'part of the service finder';

// Loaded on demand: the requests of the page (both modes), minisearch and the catalogue only in
// index mode, the bookmarks (the expanded view and the bookmark writes come with the actions).
const loadSearch = () => onDemand(import('../../src/services/server-search.js'), PART);
const loadIndexMode = () => onDemand(import('./index-mode.js'), PART);
// What is shown below the search field once there are results: with the search code, not before.
const loadView = () => onDemand(import('./results-view.js'), PART);
type ResultsView = Awaited<ReturnType<typeof loadView>>;
// The hash codec only with `sync-url`. The first results wait for it, so a shared link filters them.
const loadHashState = () => import('../../src/services/hash-state.js');
const loadBookmarkApi = () => import('../../src/api/bookmarks.js');

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/** A number per object, so a change of transport or token provider is seen as a change of source. */
function identity(value: object | undefined): number {
  if (!value) return 0;
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity++));
  return id;
}


/**
 * Finds a service in the Loket's own catalogue, the "Digitale dienstverlening" page: IPDC services
 * of the Flemish government for local governments (subsidy calls, reporting duties, permits, ABB
 * procedures) that are executed by the Flemish level, published, not archived and not ended, and
 * relevant for the session bestuur's kind (Gemeente, OCMW, Provincie, …), which the Doelgroep
 * filter defaults to and the user can change.
 *
 * `server` mode (the default) asks the Loket's search for every page of 25, as the real page
 * does; `index` mode reads the catalogue once through the same search and searches it in the
 * browser as the user types, with counts per filter value. No role is needed (the real page
 * asks only for a signed-in session); without a session the finder says the session expired.
 *
 * @fires loket-service-select - Cancelable. `{ service, url }` when the user follows a service's
 *   call to action (or its `service-url` link); unless cancelled the browser follows `url`.
 * @fires loket-error - A request failed (`{ error }`).
 * @csspart search - The search field.
 * @csspart facets - The filter panel.
 * @csspart filter-error - The message of a filter whose code list could not be read.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart badge - A deadline, theme or type badge on a result.
 * @csspart details - The expanded part of a result.
 * @csspart cta - The call to action in the expanded part.
 * @csspart bookmark - The bookmark toggle of a result.
 * @csspart bookmarks - The list of bookmarked services.
 * @csspart pager - The page navigation.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The message when no service is offered to the bestuur.
 * @csspart no-results - The message (with close terms and the way back to the default filters) when nothing matches.
 */
export class LoketServiceFinder extends LoketElement {
  static override styles = [themeTokens, sharedStyles, serviceFinderStyles];
  static override catalogs = [serviceFinderMessages];

  static override properties = {
    mode: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    target: {},
    serviceUrl: { attribute: 'service-url' },
    pageSize: { type: Number, attribute: 'page-size' },
    maxResults: { type: Number, attribute: 'max-results' },
    services: { attribute: false },
    query: {},
    ...states(
      'selection', 'sort', 'page', 'phase', 'error', 'context', 'codeLists', 'index', 'serverPage', 'searching',
      'expanded', 'details', 'bookmarks', 'bookmarkFailures', 'view', 'bookmarked', 'announcement', 'suggestions',
    ),
  };

  /** `server`: the Loket's search, page by page; `index`: read the catalogue once and search it in the browser. */
  mode: ServiceFinderMode = 'server';

  /** Mirror the query and the filters into `location.hash`, so a search can be shared. */
  syncUrl = false;

  /** Browsing context for links out, e.g. `_blank`. */
  target?: string;

  /**
   * Where a service's name links to, e.g. `https://www.gemeente.be/diensten?ipdc={id}` (`{id}`: its
   * uuid, `{uri}`: its URI). Default: the name opens the service's details and call to action.
   */
  serviceUrl?: string;

  /** Results per page (the real page's 25). */
  pageSize = PAGE_SIZE;

  /** @deprecated The old name of `page-size` (results were shown 50 at a time, then "show more"). */
  maxResults?: number;

  /**
   * Services the host already holds (index mode): searched as given, and nothing but the
   * bookmarks is read from the Loket.
   */
  services?: PublicService[];

  /** The search text. */
  query = '';

  private selection: FilterSelection = {};
  private sort: SortName = 'newest';
  private page = 0;
  private phase: Phase = 'loading';
  private error?: unknown;
  private context?: SearchContext;
  /** Per filter: its concepts, `failed`, or absent while loading. */
  private codeLists: Partial<Record<FilterName, FilterConcept[] | 'failed'>> = {};
  private index?: ServiceIndex;
  private serverPage?: ServerPage;
  private searching = false;
  private expanded: ReadonlySet<string> = new Set();
  private details: ReadonlyMap<string, DetailState> = new Map();
  private bookmarks?: Bookmarks;
  private bookmarkFailures: ReadonlySet<string> = new Set();
  private view: 'search' | 'bookmarks' = 'search';
  /** The bookmarked services as read for the bookmarks view, by URI (undefined: no longer in the catalogue). */
  private bookmarked?: Map<string, BookmarkedService | undefined> | 'failed';
  private announcement = '';
  /** Close terms for a query without results, looked up when typing pauses (it is costly). */
  private suggestions: string[] = [];

  private results?: Results;
  #load?: AbortController;
  #search?: AbortController;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #sourceKey?: string;
  #bestuurseenheid = '';
  /** The services on screen by id, for the list's one click listener. */
  #shown = new Map<string, PublicService>();
  #highlight?: Awaited<ReturnType<typeof loadSearch>>['highlightParts'];
  #detailsView?: typeof import('./result-details.js');
  /** Settles once a `sync-url` finder has read the location hash. */
  #hashApplied?: Promise<void>;
  #hashCodec?: Awaited<ReturnType<typeof loadHashState>>;
  #view?: ResultsView;

  #msg(key: ServiceFinderMessageKey, params?: Params): string {
    return this.msgFrom(serviceFinderMessages, key, params);
  }

  get #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  get #size(): number {
    const size = this.maxResults && this.pageSize === PAGE_SIZE ? this.maxResults : this.pageSize;
    return Math.max(1, Math.min(100, Math.floor(size) || PAGE_SIZE));
  }

  get #indexMode(): boolean {
    return this.mode === 'index' || this.services !== undefined;
  }

  /** The Doelgroep filter as searched: the user's choice, else the bestuur's own kind. */
  get #effectiveSelection(): FilterSelection {
    const own = this.context?.ownUnit;
    return this.selection.Doelgroep || !own ? this.selection : { ...this.selection, Doelgroep: [own.id] };
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.#searchInput?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hashApplied = this.syncUrl ? this.#applyHash() : undefined;
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
    this.#sourceKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const config = this.config;
    const source = [this.#indexMode, config.apiBase, config.bestuurseenheid ?? '', identity(config.fetch), identity(config.tokenProvider), identity(this.services)].join('|');
    if (source !== this.#sourceKey) {
      this.#sourceKey = source;
      void this.reload();
    }
    const searchChanged = SEARCH_INPUTS.some((name) => changed.has(name));
    if (changed.has('query') || changed.has('selection')) this.suggestions = [];
    if (searchChanged && this.hasUpdated) {
      if (this.syncUrl && (changed.has('query') || changed.has('selection'))) void this.#writeHash();
      if (!this.#indexMode && this.context) this.#scheduleSearch(changed.has('query') ? SERVER_DEBOUNCE_MS : 0);
    }
    if (searchChanged || RESULT_SOURCES.some((name) => changed.has(name))) this.results = this.#computeResults();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('query') || changed.has('selection') || changed.has('phase') || RESULT_SOURCES.some((name) => changed.has(name))) this.#scheduleAnnouncement();
  }

  /** Reads the session, what the search needs and the first results (or the catalogue) again. */
  async reload(): Promise<void> {
    this.#load?.abort();
    const controller = new AbortController();
    this.#load = controller;
    const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
    this.phase = 'loading';
    this.error = undefined;
    this.index = undefined;
    this.serverPage = undefined;
    this.context = undefined;
    this.details = new Map();
    // Fetched while the session is read, not after it. A failed fetch rejects where it is awaited;
    // the empty catches only keep it from being reported as unhandled when the session fails first.
    const search = loadSearch();
    search.catch(() => {});
    const indexMode = this.#indexMode ? loadIndexMode() : undefined;
    indexMode?.catch(() => {});
    const view = this.#loadView();
    view.catch(() => {});
    try {
      const lang = this.uiLang;
      if (this.services) {
        void this.#loadBookmarks(signal);
        const [{ ServiceIndex }, { highlightParts }] = await Promise.all([indexMode!, search]);
        const index = await ServiceIndex.build(this.services);
        await Promise.all([view, this.#hashApplied]);
        if (!signal.aborted) [this.#highlight, this.index, this.phase] = [highlightParts, index, 'ready'];
        return;
      }
      // The real page needs only a signed-in session (routes/search.js:46-48), no role.
      const session = await getSession(this.client, { signal });
      this.#bestuurseenheid = this.config.bestuurseenheid ?? session.groupId;
      const requests = await search;
      this.#highlight = requests.highlightParts;
      const context = await requests.loadSearchContext(this.client, this.#bestuurseenheid, signal);
      if (signal.aborted) return;
      this.context = context;
      void this.#loadBookmarks(signal);
      for (const name of FILTERS) void this.#loadCodeList(name, signal);
      await this.#hashApplied;
      if (indexMode) {
        await (await indexMode).loadCatalogueIndex({
          client: this.client,
          apiBase: this.config.apiBase,
          bestuurseenheid: this.#bestuurseenheid,
          context,
          lang,
          signal,
          onIndex: (index) => (this.index = index),
          onRevalidationError: (error) => this.reportError(error),
        });
      } else {
        await this.#runSearch(signal);
      }
      await view;
      if (!signal.aborted) this.phase = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.error = this.reportError(error);
      this.phase = 'error';
    }
  }

  /** The results view's code, its styles and its texts in the page's language. */
  async #loadView(): Promise<void> {
    if (this.#view) return;
    const view = await loadView();
    await loadLanguage(view.resultsMessages, this.uiLang);
    addStyles(this, view.resultsStyles);
    this.#view = view;
  }

  /** A change of language waits for the view's texts too, so the results never flash in Dutch. */
  protected override get chunkCatalogs() {
    return [this.#view?.resultsMessages];
  }

  async #loadCodeList(name: FilterName, signal: AbortSignal): Promise<void> {
    this.codeLists = { ...this.codeLists, [name]: undefined };
    try {
      const list = await (await loadSearch()).loadCodeList(this.client, name, signal);
      if (!signal.aborted) this.codeLists = { ...this.codeLists, [name]: list };
    } catch (error) {
      if (signal.aborted) return;
      // One failed code list degrades its filter, never the list (issue #13).
      this.reportError(error);
      this.codeLists = { ...this.codeLists, [name]: 'failed' };
    }
  }

  async #loadBookmarks(signal: AbortSignal): Promise<void> {
    try {
      const bookmarks = await (await loadBookmarkApi()).loadBookmarks(this.client, signal);
      if (!signal.aborted) this.bookmarks = bookmarks;
    } catch {
      // No bookmarks where the Loket offers none (no session, no service): not an error to show.
      this.bookmarks = undefined;
    }
  }

  #scheduleSearch(delay: number): void {
    clearTimeout(this.#searchTimer);
    this.#search?.abort();
    if (this.phase === 'error') return;
    this.searching = true;
    this.#searchTimer = setTimeout(() => {
      const controller = new AbortController();
      this.#search = controller;
      const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
      this.#runSearch(signal).catch((error: unknown) => {
        if (signal.aborted) return;
        this.error = this.reportError(error);
        this.phase = 'error';
      });
    }, delay);
  }

  async #runSearch(signal: AbortSignal): Promise<void> {
    const { searchServices } = await loadSearch();
    const query = this.query;
    const page = await searchServices(
      this.client,
      this.context!,
      { query, filters: this.#effectiveSelection, sort: this.sort, page: this.page, size: this.#size, highlight: query.trim() !== '' },
      { signal, lang: this.uiLang },
    );
    if (signal.aborted) return;
    [this.serverPage, this.searching] = [page, false];
  }

  /** The rows to show, from the server's page or the index; once the view's code is in. */
  #computeResults(): Results | undefined {
    const indexMode = this.#indexMode;
    return this.#view?.computeResults({
      page: indexMode ? undefined : this.serverPage,
      index: indexMode ? this.index : undefined,
      query: this.query,
      selection: this.#effectiveSelection,
      sort: this.sort,
      start: this.page * this.#size,
      size: this.#size,
      highlight: this.#highlight,
    });
  }

  // --- user actions --------------------------------------------------------------------------

  /**
   * A change of query or filters, as the real page makes it (controllers/search.js:92-116): back
   * to the first page; the first search term or filter switches the sort to relevance, clearing
   * them all switches relevance back to newest.
   */
  #changeSearch(change: () => void): void {
    const wasEmpty = this.#isEmptySearch();
    change();
    const isEmpty = this.#isEmptySearch();
    if (wasEmpty && !isEmpty) this.sort = 'score';
    else if (!wasEmpty && isEmpty && this.sort === 'score') this.sort = 'newest';
    this.page = 0;
  }

  #isEmptySearch(): boolean {
    return this.query.trim() === '' && FILTERS.every((name) => !this.selection[name]?.length);
  }

  #setQuery(query: string): void {
    if (query !== this.query) this.#changeSearch(() => (this.query = query));
  }

  #onInput(event: InputEvent): void {
    this.#setQuery((event.target as HTMLInputElement).value);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      this.#setQuery('');
    } else if (event.key === 'ArrowDown') {
      const first = this.#view?.resultTargets(this)[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
    }
  }

  // The results' listeners: what they do comes with the results view (actions.ts).
  /** "Zoekopdracht wissen": the search field empties and keeps the focus. */
  readonly #clearSearch = () => {
    this.#setQuery('');
    this.#searchInput?.focus();
  };
  readonly #onClick = (event: MouseEvent) => this.#view?.onClick(this.#host, event);
  readonly #onChange = (event: Event) => this.#view?.onChange(this.#host, event);
  readonly #onResultsKeydown = (event: KeyboardEvent) => this.#view?.onKeydown(this.#host, event);

  /** What the results' actions read and change of the finder. */
  readonly #host: FinderHost = ((el: LoketServiceFinder): FinderHost => ({
    get renderRoot() {
      return el.renderRoot;
    },
    get updateComplete() {
      return el.updateComplete;
    },
    get ownerDocument() {
      return el.ownerDocument;
    },
    get client() {
      return el.client;
    },
    get signal() {
      return el.connectionSignal;
    },
    get lang() {
      return el.uiLang;
    },
    get query() {
      return el.query;
    },
    setQuery: (query) => el.#setQuery(query),
    focusSearch: () => el.#searchInput?.focus(),
    get selection() {
      return el.#effectiveSelection;
    },
    setFilter: (name, ids) => el.#changeSearch(() => (el.selection = { ...el.selection, [name]: ids })),
    resetFilters: () => el.#changeSearch(() => (el.selection = {})),
    setSort: (sort) => {
      el.sort = sort;
      el.page = 0;
    },
    get page() {
      return el.page;
    },
    set page(page) {
      el.page = page;
    },
    get pages() {
      return Math.ceil((el.results?.total ?? 0) / el.#size);
    },
    retryCodeList: (name) => el.context && void el.#loadCodeList(name, el.connectionSignal),
    get shown() {
      return el.#shown;
    },
    select: (service, url) => el.emit('loket-service-select', { service, url }, { cancelable: true }),
    get expanded() {
      return el.expanded;
    },
    set expanded(expanded) {
      el.expanded = expanded;
    },
    get details() {
      return el.details;
    },
    set details(details) {
      el.details = details;
    },
    get detailsView() {
      return el.#detailsView;
    },
    set detailsView(view) {
      el.#detailsView = view;
    },
    get bookmarks() {
      return el.bookmarks;
    },
    set bookmarks(bookmarks) {
      el.bookmarks = bookmarks;
    },
    get bookmarkFailures() {
      return el.bookmarkFailures;
    },
    set bookmarkFailures(failures) {
      el.bookmarkFailures = failures;
    },
    get bookmarked() {
      return el.bookmarked;
    },
    set bookmarked(bookmarked) {
      el.bookmarked = bookmarked;
    },
    get view() {
      return el.view;
    },
    set view(view) {
      el.view = view;
    },
    reportError: (error) => el.reportError(error),
    get chosen() {
      return el.selection;
    },
    get emptySearch() {
      return el.#isEmptySearch();
    },
    get size() {
      return el.#size;
    },
    get searching() {
      return el.searching;
    },
    get sort() {
      return el.sort;
    },
    get suggestions() {
      return el.suggestions;
    },
    get codeLists() {
      return el.codeLists;
    },
    get ownUnit() {
      return el.context?.ownUnit;
    },
    get index() {
      return el.index;
    },
    get handedIn() {
      return el.services !== undefined;
    },
    get serviceUrl() {
      return el.serviceUrl;
    },
    get target() {
      return el.target || undefined;
    },
    get loadingText() {
      return el.coreMsg('loading');
    },
    get retryText() {
      return el.coreMsg('retry');
    },
  }))(this);

  // --- URL hash ------------------------------------------------------------------------------

  readonly #onHashChange = (): void => {
    if (this.syncUrl) void this.#applyHash();
  };

  /** Never rejects: without its codec (offline) the hash is left alone. */
  async #applyHash(): Promise<void> {
    try {
      this.#hashCodec ??= await loadHashState();
    } catch {
      return;
    }
    const state = this.#hashCodec.changedHashState({ query: this.query, filters: this.selection });
    if (!state) return;
    this.#changeSearch(() => {
      this.query = state.query;
      this.selection = state.filters;
    });
  }

  async #writeHash(): Promise<void> {
    try {
      this.#hashCodec ??= await loadHashState();
    } catch {
      return;
    }
    this.#hashCodec.replaceHashState({ query: this.query, filters: this.selection });
  }

  // --- announcements -------------------------------------------------------------------------

  /**
   * When typing pauses: the count is said (once, not per key) and, in index mode, close terms
   * are looked up for a query without results (too costly on every key of a large catalogue).
   */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const results = this.phase === 'ready' ? this.results : undefined;
      const view = this.#view;
      this.announcement = results && view ? this.msgFrom(view.resultsMessages, 'resultCount', { count: results.total }) : '';
      if (results?.total === 0 && this.index && this.query.trim()) this.suggestions = this.index.suggest(this.query);
    }, ANNOUNCE_DELAY_MS);
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const view = this.#view;
    return html`
      <div class="search" part="search" role="search">
        <label for="query">${this.#msg('searchLabel')}</label>
        <div class="search-row">
          <input id="query" type="search" autocomplete="off" spellcheck="false" placeholder=${this.#msg('searchPlaceholder')} aria-describedby="hint"
            .value=${this.query} @input=${this.#onInput} @keydown=${this.#onSearchKeydown} />
          ${this.query ? html`<button type="button" class="secondary" @click=${this.#clearSearch}>${this.#msg('clearSearch')}</button>` : nothing}
        </div>
        <span id="hint" class="hint">${this.#msg('searchHint')}</span>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.phase === 'loading' ? this.#msg('loadingCatalogue') : this.announcement}</p>
      <div @click=${this.#onClick} @change=${this.#onChange} @keydown=${this.#onResultsKeydown}>
        ${this.phase === 'error'
          ? this.renderError(this.error, () => void this.reload())
          : this.phase === 'loading' || !this.results || !view
            ? this.#renderSkeleton()
            : view.renderBody(view.modelOf(this.#host, this.results))}
      </div>
    `;
  }

  #renderSkeleton(): TemplateResult {
    return html`<div aria-busy="true">
      <span class="visually-hidden">${this.#msg('loadingCatalogue')}</span>
      <div class="results" aria-hidden="true">
        ${[0, 1, 2, 3].map(() => html`<div class="skeleton-row"><span class="skeleton title"></span><span class="skeleton line"></span><span class="skeleton line"></span></div>`)}
      </div>
    </div>`;
  }

}

defineElement('loket-service-finder', LoketServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'loket-service-finder': LoketServiceFinder;
  }
}
