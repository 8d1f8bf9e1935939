import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { sharedStyles, themeTokens } from '../../src/theme.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import type { Params } from '../../src/i18n/translate.js';
import { INTL_LOCALE, type Lang } from '../../src/i18n/lang.js';
import type { Bookmarks } from '../../src/api/bookmarks.js';
import type { CodeConcept, FacetScheme, PublicService } from '../../src/api/services.js';
import { FACET_SCHEMES, type FacetOption, type FacetSelection, type SearchHit } from '../../src/services/facets.js';
import type { ServiceIndex } from '../../src/services/search-index.js';
import type { RichText } from './result-details.js';
import { renderResult, type ResultContext } from './result-item.js';
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

interface Results {
  hits: SearchHit[];
  total: number;
  facets: Record<FacetScheme, FacetOption[]>;
  /** false in server mode: mu-search answers no facet counts. */
  counted: boolean;
}

const FACET_LABEL: Record<FacetScheme, ServiceFinderMessageKey> = {
  Thema: 'facetThema',
  Type: 'facetType',
  Doelgroep: 'facetDoelgroep',
  BevoegdBestuursniveau: 'facetBevoegdBestuursniveau',
};

/** The states that results are computed from (besides the query and the facets). */
const RESULT_SOURCES = ['index', 'serverHits', 'codeLists', 'mode'];

const SERVER_DEBOUNCE_MS = 250;

// Loaded on demand: minisearch and the catalogue's reading only in index mode, mu-search's client
// only in server mode, the expanded view on the first expansion.
const loadIndexMode = () => import('./index-mode.js');
const loadServerSearch = () => import('../../src/services/server-search.js');
const loadDetails = () => import('./result-details.js');
// The hash codec only with `sync-url`. The first results wait for it, so a shared link filters them.
const loadHashState = () => import('../../src/services/hash-state.js');
// Bookmark reads and writes: fetched with the session's bookmarks, off the first bundle.
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
const ANNOUNCE_DELAY_MS = 500;

/**
 * Finds a service in the bestuur's public service catalogue (IPDC/LPDC) and sends the user there.
 *
 * In `index` mode (the default) the catalogue is loaded once, cached for the session and searched
 * in the browser as the user types; `server` mode asks the Loket's full-text search instead, for
 * catalogues too large to load.
 *
 * @fires loket-service-select - Cancelable. `{ service, url }` when the user opens a service;
 *   unless cancelled the browser follows `url` (in `target` when set).
 * @fires loket-error - A request failed (`{ error }`).
 * @csspart search - The search field.
 * @csspart facets - The filter panel.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart badge - A type or theme badge on a result.
 * @csspart details - The expanded part of a result.
 * @csspart bookmark - The bookmark toggle of a result.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The message for a catalogue without services.
 * @csspart no-results - The message (with close terms and clear-all) when nothing matches.
 */
export class LoketServiceFinder extends LoketElement {
  static override styles = [themeTokens, sharedStyles, serviceFinderStyles];
  static override catalogs = [serviceFinderMessages];

  static override properties = {
    mode: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    target: {},
    serviceUrl: { attribute: 'service-url' },
    maxResults: { type: Number, attribute: 'max-results' },
    services: { attribute: false },
    query: {},
    ...states('selection', 'phase', 'error', 'index', 'serverHits', 'codeLists', 'skipped', 'limit', 'expanded', 'richText', 'details', 'bookmarks', 'bookmarkFailures', 'announcement', 'suggestions'),
  };

  /** `index`: load the catalogue and search in the browser; `server`: use the Loket's search. */
  mode: ServiceFinderMode = 'index';

  /** Mirror the query and the facets into `location.hash`, so a search can be shared. */
  syncUrl = false;

  /** Browsing context for links out, e.g. `_blank`. */
  target?: string;

  /** Where a service's name links to, e.g. `https://www.gemeente.be/diensten/{productId}` (`{id}`, `{productId}`). Default: its first website. */
  serviceUrl?: string;

  /** Results shown at once (and added by "show more"). */
  maxResults = 50;

  /**
   * A catalogue the host already holds (index mode): it is searched as given and nothing is loaded
   * from the Loket (bookmarks excepted).
   */
  services?: PublicService[];

  /** The search text. */
  query = '';

  private selection: FacetSelection = {};
  private phase: Phase = 'loading';
  private error?: unknown;
  private index?: ServiceIndex;
  private serverHits?: { hits: SearchHit[]; count: number };
  private codeLists: CodeConcept[] = [];
  private skipped = 0;
  private limit = 50;
  private expanded = new Set<string>();
  private richText = new Map<string, RichText>();
  private details?: Awaited<ReturnType<typeof loadDetails>>;
  private bookmarks?: Bookmarks;
  private bookmarkFailures = new Set<string>();
  private announcement = '';
  /** Close terms for a query without results, looked up when typing pauses (it is costly). */
  private suggestions: string[] = [];

  get #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  private results?: Results;
  #load?: AbortController;
  #serverSearch?: AbortController;
  #serverTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #sourceKey?: string;
  /** The services on screen by id, for the list's one click listener. */
  #shownServices = new Map<string, PublicService>();
  #numberFormat?: { lang: Lang; format: Intl.NumberFormat };
  /**
   * The rows of the last rendering by service id, with what they were made from. Typing mostly
   * reshuffles the same services: a row whose inputs did not change is handed to Lit as the same
   * template result, so it is neither rebuilt nor highlighted again.
   */
  #rows = new Map<string, { service: PublicService; key: string; row: TemplateResult }>();
  #bestuurseenheidId?: string;
  #highlight: ResultContext['highlight'];
  /** Settles once a `sync-url` finder has read the location hash. */
  #hashApplied?: Promise<void>;

  #msg(key: ServiceFinderMessageKey, params?: Params): string {
    return this.msgFrom(serviceFinderMessages, key, params);
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
    clearTimeout(this.#serverTimer);
    clearTimeout(this.#announceTimer);
    this.#sourceKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const config = this.config;
    const source = [this.mode, config.apiBase, config.bestuurseenheid ?? '', identity(config.fetch), identity(config.tokenProvider), identity(this.services)].join('|');
    if (source !== this.#sourceKey) {
      this.#sourceKey = source;
      void this.reload();
    }
    const searchChanged = changed.has('query') || changed.has('selection');
    if (searchChanged || changed.has('maxResults')) this.limit = this.maxResults;
    if (searchChanged) this.suggestions = [];
    if (searchChanged && this.hasUpdated) {
      if (this.syncUrl) void this.#writeHash();
      if (this.mode === 'server') this.#scheduleServerSearch();
    }
    if (searchChanged || RESULT_SOURCES.some((name) => changed.has(name))) this.results = this.#computeResults();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('query') || changed.has('selection') || changed.has('phase') || RESULT_SOURCES.some((name) => changed.has(name))) {
      this.#scheduleAnnouncement();
    }
  }

  /** Loads the catalogue (index mode) or the code lists (server mode) again. */
  async reload(): Promise<void> {
    this.#load?.abort();
    const controller = new AbortController();
    this.#load = controller;
    const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
    this.phase = 'loading';
    this.error = undefined;
    this.index = undefined;
    this.serverHits = undefined;
    this.skipped = 0;
    this.#bestuurseenheidId = undefined;
    try {
      if (this.mode === 'server') {
        const serverSearch = loadServerSearch();
        this.#bestuurseenheidId = await this.resolveBestuurseenheid(signal);
        void this.#loadBookmarks(signal);
        this.#highlight = (await serverSearch).highlightParts;
        this.codeLists = await (await serverSearch).loadCodeLists(this.client, signal);
        await this.#hashApplied;
        await this.#runServerSearch(signal);
      } else {
        // The index-mode code is fetched while the session is read, not after it. A failed fetch
        // rejects where it is awaited below; the empty catch only keeps it from being reported as
        // unhandled when the session read fails first.
        const indexMode = loadIndexMode();
        indexMode.catch(() => {});
        const show = async (services: readonly PublicService[], skipped = 0): Promise<void> => {
          const { ServiceIndex, highlightParts } = await indexMode;
          const index = await ServiceIndex.build(services);
          this.#highlight = highlightParts;
          await this.#hashApplied;
          if (!signal.aborted) [this.index, this.skipped, this.phase] = [index, skipped, 'ready'];
        };
        if (this.services) {
          void this.#loadBookmarks(signal);
          await show(this.services);
          return;
        }
        this.#bestuurseenheidId = await this.resolveBestuurseenheid(signal);
        void this.#loadBookmarks(signal);
        await (await indexMode).loadCatalogueWithCache({
          client: this.client,
          apiBase: this.config.apiBase,
          bestuurseenheid: this.#bestuurseenheidId,
          signal,
          onUpdate: (update) => show(update.services, update.skipped),
          onRevalidationError: (error) => this.reportError(error),
        });
      }
      if (!signal.aborted) this.phase = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.error = this.reportError(error);
      this.phase = 'error';
    }
  }

  async #loadBookmarks(signal: AbortSignal): Promise<void> {
    try {
      this.bookmarks = await (await loadBookmarkApi()).loadBookmarks(this.client, signal);
    } catch {
      // No bookmarks where the Loket offers none (no session, no endpoint): not an error to show.
      this.bookmarks = undefined;
    }
  }

  #scheduleServerSearch(): void {
    clearTimeout(this.#serverTimer);
    this.#serverSearch?.abort();
    if (this.phase === 'error') return;
    this.#serverTimer = setTimeout(() => {
      const controller = new AbortController();
      this.#serverSearch = controller;
      const signal = AbortSignal.any([controller.signal, this.connectionSignal]);
      this.#runServerSearch(signal).catch((error: unknown) => {
        if (signal.aborted) return;
        this.error = this.reportError(error);
        this.phase = 'error';
      });
    }, SERVER_DEBOUNCE_MS);
  }

  async #runServerSearch(signal: AbortSignal, append = false): Promise<void> {
    const { searchServices, selectedUris } = await loadServerSearch();
    const size = Math.min(this.maxResults, 100);
    const page = append ? Math.floor((this.serverHits?.hits.length ?? 0) / size) : 0;
    const result = await searchServices(this.client, {
      bestuurseenheid: this.#bestuurseenheidId ?? (await this.resolveBestuurseenheid(signal)),
      query: this.query,
      facets: selectedUris(this.codeLists, this.selection),
      page,
      size,
      signal,
    });
    if (signal.aborted) return;
    this.serverHits = append && this.serverHits ? { hits: [...this.serverHits.hits, ...result.hits], count: result.count } : result;
  }

  #computeResults(): Results | undefined {
    if (this.mode === 'server') {
      if (!this.serverHits) return undefined;
      const facets = {} as Record<FacetScheme, FacetOption[]>;
      for (const scheme of FACET_SCHEMES) {
        facets[scheme] = this.codeLists.filter((concept) => concept.scheme === scheme).map((concept) => ({ concept, count: 0 }));
      }
      return { hits: this.serverHits.hits, total: this.serverHits.count, facets, counted: false };
    }
    if (!this.index) return undefined;
    const outcome = this.index.search(this.query, this.selection);
    return { ...outcome, total: outcome.hits.length, counted: true };
  }

  // --- user actions --------------------------------------------------------------------------

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      this.query = '';
    } else if (event.key === 'ArrowDown') {
      const first = this.#resultTargets()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
    }
  }

  #onResultsKeydown(event: KeyboardEvent): void {
    const targets = this.#resultTargets();
    const current = targets.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      this.query = '';
      this.#searchInput?.focus();
      return;
    }
    if (current === -1) return;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(current + 1, targets.length - 1);
    else if (event.key === 'ArrowUp') next = current - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = targets.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) this.#searchInput?.focus();
    else targets[next]!.focus();
  }

  #resultTargets(): HTMLElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.result-title .open') ?? [])];
  }

  #toggleFacet(scheme: FacetScheme, code: string, on: boolean): void {
    const current = new Set(this.selection[scheme] ?? []);
    if (on) current.add(code);
    else current.delete(code);
    this.selection = { ...this.selection, [scheme]: [...current] };
  }

  #clearFacets(): void {
    this.selection = {};
  }

  private showMore(): void {
    const firstNew = this.limit;
    if (this.mode === 'server') {
      const signal = this.connectionSignal;
      this.#runServerSearch(signal, true)
        .then(() => this.#focusResultAt(firstNew))
        .catch((error: unknown) => {
          if (!signal.aborted) this.reportError(error);
        });
    }
    this.limit += this.maxResults;
    void this.#focusResultAt(firstNew);
  }

  async #focusResultAt(position: number): Promise<void> {
    await this.updateComplete;
    this.#resultTargets()[position]?.focus();
  }

  #serviceUrlOf(service: PublicService): string | undefined {
    if (this.serviceUrl) {
      const filled = fillUrlTemplate(this.serviceUrl, { id: service.id, productId: service.productId ?? service.id });
      if (filled) return filled;
    }
    return service.websites[0]?.url;
  }

  readonly #onResultsClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    const service = this.#shownServices.get(target?.dataset['service'] ?? '');
    if (!target || !service) return;
    const action = target.dataset['action'];
    if (action === 'open' && target instanceof HTMLAnchorElement) this.#onOpen(event, service, target.href);
    else if (action === 'toggle') this.toggle(service);
    else if (action === 'bookmark') void this.#toggleBookmark(service);
  };

  #onOpen(event: MouseEvent, service: PublicService, url: string): void {
    // A modified click opens a new tab or window: that is the browser's, not a selection.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    if (!this.emit('loket-service-select', { service, url }, { cancelable: true })) event.preventDefault();
  }

  private async toggle(service: PublicService): Promise<void> {
    const expanded = new Set(this.expanded);
    if (expanded.delete(service.id)) {
      this.expanded = expanded;
      return;
    }
    this.expanded = expanded.add(service.id);
    try {
      if (!this.details) {
        const details = await loadDetails();
        addStyles(this, details.detailsStyles);
        this.details = details;
      }
    } catch (error) {
      this.reportError(error);
      this.expanded = new Set([...this.expanded].filter((id) => id !== service.id));
      return;
    }
    const done = await this.details.sanitizeFields(service, this.richText, this.ownerDocument);
    if (done.length) this.richText = new Map([...this.richText, ...done]);
  }

  async #toggleBookmark(service: PublicService): Promise<void> {
    const bookmarks = this.bookmarks;
    if (!bookmarks) return;
    const existing = bookmarks.get(service.id);
    const failures = new Set(this.bookmarkFailures);
    failures.delete(service.id);
    this.bookmarkFailures = failures;
    const next = new Map(bookmarks);
    if (existing) next.delete(service.id);
    else next.set(service.id, '');
    this.bookmarks = next;
    try {
      const { addBookmark, removeBookmark } = await loadBookmarkApi();
      if (existing) await removeBookmark(this.client, existing, this.connectionSignal);
      else {
        const id = await addBookmark(this.client, service.id, this.connectionSignal);
        this.bookmarks = new Map(this.bookmarks).set(service.id, id);
      }
    } catch (error) {
      this.reportError(error);
      const reverted = new Map(this.bookmarks);
      if (existing) reverted.set(service.id, existing);
      else reverted.delete(service.id);
      this.bookmarks = reverted;
      this.bookmarkFailures = new Set(this.bookmarkFailures).add(service.id);
    }
  }

  // --- URL hash ------------------------------------------------------------------------------

  readonly #onHashChange = (): void => {
    if (this.syncUrl) void this.#applyHash();
  };

  /** The hash codec once loaded: from then on the hash is read and written synchronously. */
  #hashCodec?: Awaited<ReturnType<typeof loadHashState>>;

  /** Never rejects: without its codec (offline) the hash is left alone. */
  async #applyHash(): Promise<void> {
    try {
      this.#hashCodec ??= await loadHashState();
    } catch {
      return;
    }
    const state = this.#hashCodec.readHashState(location.hash);
    if (state.query !== this.query) this.query = state.query;
    if (JSON.stringify(state.facets) !== JSON.stringify(this.#compactSelection())) this.selection = state.facets;
  }

  async #writeHash(): Promise<void> {
    try {
      this.#hashCodec ??= await loadHashState();
    } catch {
      return;
    }
    const hash = this.#hashCodec.writeHashState(location.hash, { query: this.query, facets: this.selection });
    if (hash === location.hash.replace(/^#/, '')) return;
    // replaceState: typing must not fill the history with one entry per keystroke.
    history.replaceState(history.state, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
  }

  #compactSelection(): FacetSelection {
    return Object.fromEntries(Object.entries(this.selection).filter(([, codes]) => codes.length > 0));
  }

  // --- announcements -------------------------------------------------------------------------

  /**
   * When typing pauses: the count is said (once, not per key) and, for a query without results,
   * close terms are looked up (too costly to do on every key of a large catalogue).
   */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const results = this.phase === 'ready' ? this.results : undefined;
      this.announcement = results ? this.#msg('resultCount', { count: results.total }) : '';
      if (results?.total === 0 && this.mode === 'index' && this.query.trim()) this.suggestions = this.index?.suggest(this.query) ?? [];
    }, ANNOUNCE_DELAY_MS);
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`
      <div class="search" part="search" role="search">
        <label for="query">${this.#msg('searchLabel')}</label>
        <div class="search-row">
          <input id="query" type="search" autocomplete="off" spellcheck="false"
            placeholder=${this.#msg('searchPlaceholder')} aria-describedby="hint"
            .value=${this.query} @input=${this.#onInput} @keydown=${this.#onSearchKeydown} />
          ${this.query
            ? html`<button type="button" class="secondary" @click=${() => {
                this.query = '';
                this.#searchInput?.focus();
              }}>${this.#msg('clearSearch')}</button>`
            : nothing}
        </div>
        <span id="hint" class="hint">${this.#msg('searchHint')}</span>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        ${this.phase === 'loading' ? this.#msg('loadingCatalogue') : this.announcement}
      </p>
      ${this.phase === 'error' ? this.renderError(this.error, () => void this.reload()) : this.#renderBody()}
    `;
  }

  #renderBody(): TemplateResult {
    const results = this.results;
    if (this.phase === 'loading' || !results) return this.#renderSkeleton();
    const catalogueEmpty = this.mode === 'index' ? this.index?.size === 0 : results.total === 0 && !this.query && !this.#hasFacets();
    if (catalogueEmpty) return html`<div class="state" part="empty"><p>${this.#msg('emptyCatalogue')}</p></div>`;
    return html`<div class="layout">
      ${this.#renderFacets(results)}
      <div>
        <p class="summary-line">
          <span>${this.#msg('resultCount', { count: results.total })}</span>
          ${this.#hasFacets()
            ? html`<button type="button" class="link" @click=${this.#clearFacets}>${this.#msg('clearAll')}</button>`
            : nothing}
        </p>
        ${this.skipped ? html`<p class="meta">${this.#msg('skipped', { count: this.skipped })}</p>` : nothing}
        ${results.total === 0 ? this.#renderNoResults() : this.#renderResults(results)}
      </div>
    </div>`;
  }

  #hasFacets(): boolean {
    return FACET_SCHEMES.some((scheme) => (this.selection[scheme]?.length ?? 0) > 0);
  }

  #renderSkeleton(): TemplateResult {
    return html`<div aria-busy="true">
      <span class="visually-hidden">${this.#msg('loadingCatalogue')}</span>
      <div class="results" aria-hidden="true">
        ${[0, 1, 2, 3].map(
          () => html`<div class="skeleton-row">
            <span class="skeleton title"></span><span class="skeleton line"></span><span class="skeleton line"></span>
          </div>`,
        )}
      </div>
    </div>`;
  }

  #renderFacets(results: Results): TemplateResult {
    return html`<details class="facets" part="facets" open>
      <summary>${this.#msg('filters')}</summary>
      ${FACET_SCHEMES.map((scheme) => {
        const options = results.facets[scheme];
        if (options.length === 0) return nothing;
        const selected = new Set(this.selection[scheme] ?? []);
        return html`<fieldset>
          <legend>${this.#msg(FACET_LABEL[scheme])}</legend>
          ${options.map(({ concept, count }) => {
            const checked = selected.has(concept.code);
            const empty = results.counted && count === 0 && !checked;
            return html`<label class="facet-option ${empty ? 'empty' : ''}">
              <input type="checkbox" .checked=${checked} ?disabled=${empty}
                @change=${(event: Event) => this.#toggleFacet(scheme, concept.code, (event.target as HTMLInputElement).checked)} />
              <span>${concept.label}</span>
              ${results.counted ? html`<span class="count">(${this.#formatCount(count)})</span>` : nothing}
            </label>`;
          })}
        </fieldset>`;
      })}
    </details>`;
  }

  /** `toLocaleString` builds a formatter per call; thirty facet counts per keystroke share one. */
  #formatCount(count: number): string {
    if (this.#numberFormat?.lang !== this.uiLang) this.#numberFormat = { lang: this.uiLang, format: new Intl.NumberFormat(INTL_LOCALE[this.uiLang]) };
    return this.#numberFormat.format.format(count);
  }

  #renderNoResults(): TemplateResult {
    const suggestions = this.suggestions;
    return html`<div class="state" part="no-results">
      <p>${this.#msg('noResults')}</p>
      ${this.#hasFacets()
        ? html`<p>${this.#msg('noResultsFacets')}</p>
            <p><button type="button" class="secondary" @click=${this.#clearFacets}>${this.#msg('clearAll')}</button></p>`
        : nothing}
      ${suggestions.length
        ? html`<p class="suggestions">
            <span>${this.#msg('didYouMean')}</span>
            ${suggestions.map(
              (suggestion) => html`<button type="button" class="link" @click=${() => {
                this.query = suggestion;
                this.#searchInput?.focus();
              }}>${suggestion}</button>`,
            )}
          </p>`
        : nothing}
    </div>`;
  }

  #renderResults(results: Results): TemplateResult {
    const shown = results.hits.slice(0, this.limit);
    this.#shownServices = new Map(shown.map(({ service }) => [service.id, service]));
    const msg = (key: ServiceFinderMessageKey, params?: Params) => this.#msg(key, params);
    const target = this.target || undefined;
    const context: ResultContext = {
      msg,
      target,
      linksLabel: msg('links'),
      authorityLabel: msg('competentAuthority'),
      bookmarkLabel: msg('bookmark'),
      bookmarkFailedText: msg('bookmarkFailed'),
      highlight: this.#highlight,
    };
    const loadingText = this.coreMsg('loading');
    const view = this.details;
    const detailsContext = { msg, target, loadingText, richText: this.richText };
    // Labels stand in for the language: they change when a language's messages arrive.
    const stamp = [this.serviceUrl, target, context.linksLabel, context.bookmarkLabel].join('|');
    const rows = new Map<string, { service: PublicService; key: string; row: TemplateResult }>();
    for (const { service, terms } of shown) {
      const expanded = this.expanded.has(service.id);
      const bookmarked = this.bookmarks?.has(service.id);
      const bookmarkFailed = this.bookmarkFailures.has(service.id);
      const key = `${stamp}|${terms.join(' ')}|${bookmarked}|${bookmarkFailed}`;
      const cached = this.#rows.get(service.id);
      // An expanded row is always rendered: its details change as they are sanitised.
      const row =
        !expanded && cached?.service === service && cached.key === key
          ? cached.row
          : renderResult(
              {
                service,
                terms,
                url: this.#serviceUrlOf(service),
                expanded,
                details: !expanded ? nothing : view ? view.renderDetails(service, detailsContext) : html`<p class="meta">${loadingText}</p>`,
                bookmarked,
                bookmarkFailed,
              },
              context,
            );
      rows.set(service.id, { service, key: expanded ? '' : key, row });
    }
    this.#rows = rows;
    return html`<ul class="results" id="results" part="results" aria-label=${msg('results')} @keydown=${this.#onResultsKeydown}
        @click=${this.#onResultsClick}>
        ${Array.from(rows.values(), ({ row }) => row)}
      </ul>
      ${results.total > shown.length
        ? html`<p class="more">
            <button type="button" class="secondary" @click=${this.showMore}>
              ${msg('showMore', { shown: shown.length, count: results.total })}
            </button>
          </p>`
        : nothing}`;
  }
}

defineElement('loket-service-finder', LoketServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'loket-service-finder': LoketServiceFinder;
  }
}
