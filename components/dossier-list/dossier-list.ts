import { chunkLoader } from '../../src/on-demand.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { themeTokens, sharedStyles } from '../../src/theme.js';
import type { Dossier } from '../../src/api/dossiers.js';
import type { Module } from '../../src/access.js';
import {
  DEFAULT_SORT,
  DOSSIER_VIEWS,
  NO_FILTERS,
  nextSort,
  type DossierFilters,
  type DossierKind,
  type DossierListState,
  type DossierSortKey,
  type DossierView,
} from '../../src/dossiers/list-state.js';
import { NO_OPTIONS, localSource, loketSource, type DossierOptions, type DossierSource } from '../../src/dossiers/source.js';
import type { Loaded, ViewHost } from './view.js';
import { isLoketError } from '../../src/api/errors.js';
import { loadLanguage } from '../../src/i18n/translate.js';
import type { CsvSeparator } from '../../src/dossiers/csv.js';
import type { LoketClient } from '../../src/api/client.js';
import { dossierListMessages, type DossierListMessageKey } from './dossier-list.messages.js';
import { dossierListStyles } from './dossier-list.styles.js';
import type { VirtualList } from './virtual-list.js';

type View = typeof import('./view.js');

export type { Dossier, DossierStatus, DocumentType, Organ } from '../../src/api/dossiers.js';
export type { DossierKind } from '../../src/dossiers/list-state.js';

export interface DossierSelectDetail {
  dossier: Dossier;
  /** The dossier's page in the Loket (from `dossier-url` or `subsidy-url`), when the template gives an http(s) URL. */
  url: string | undefined;
  /** The collection the dossier is from. */
  kind: DossierKind;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-dossier-select': DossierSelectDetail;
  }
}

export type DossierPaging = 'pages' | 'virtual';
/** `all`: supervision submissions and subsidy applications, each on its own tab and paged on its own. */
export type DossierSourceChoice = DossierKind | 'all';

const VIRTUAL_PAGE_SIZE = 50;
const KINDS: readonly DossierKind[] = ['submissions', 'subsidies'];
/** The module (MODULE_ROLES) and app each collection is read from. */
const MODULE: Record<DossierKind, Module> = { submissions: 'toezicht', subsidies: 'subsidies' };

/**
 * Subsidiepunt for this widget: `ok`; `denied` (the session lacks its role); `absent` (no
 * `subsidies-api-base`, or its root answers 404/403); `failed` (asking failed: shown as an error
 * when the user opens the subsidies).
 */
type SubsidyState = 'ok' | 'denied' | 'absent' | 'failed';

/** The session may not read these collections: the widget says so instead of showing an empty list. */
class NoAccess {
  constructor(readonly kinds: readonly DossierKind[]) {}
}

let virtualListModule: Promise<typeof VirtualList> | undefined;
/** The virtual list's chunk, fetched once per page (again after a failure). */
function loadVirtualList(): Promise<typeof VirtualList> {
  return (virtualListModule ??= import('./virtual-list.js').then(
    (module) => module.VirtualList,
    (error: unknown) => {
      virtualListModule = undefined;
      throw error;
    },
  ));
}

/**
 * The filter bar and result view's chunk, fetched with the first page (again after a failure).
 * Offline it fails as the network does: the list shows the network error, and its retry asks again.
 */
const loadView: () => Promise<View> = chunkLoader(() => import('./view.js'), 'the dossier list view');

/** A root without Subsidiepunt answers 404 (no such route), a gateway that keeps it closed 403. */
const notOffered = (error: unknown) => isLoketError(error) && (error.kind === 'not-found' || error.kind === 'forbidden');

/**
 * The bestuur's supervision dossiers ("toezicht", from the Loket) and, where Subsidiepunt is
 * configured (`subsidies-api-base`), its subsidy applications: running ones ("Lopend"), sent ones
 * ("Afgerond") or both ("Alle", the default, as the Loket's own list), with filters, sortable
 * columns, the Loket's paging or an endless virtualised list, and a CSV export of what the filters
 * match. Deleted dossiers never show. A session without the module's role is told so. The list is
 * one tab stop; arrow keys, Home, End, PageUp and PageDown move between dossiers.
 *
 * @fires loket-dossier-select - A dossier was chosen (click or Enter). Cancelable: when not
 *   cancelled the widget follows `detail.url`. `detail: { dossier, url, kind }`.
 * @fires loket-error - A request failed (also a filter's code list); `detail.error` is a LoketError.
 * @csspart sources - The switcher between submissions and subsidies (`source="all"`).
 * @csspart tabs - The view switcher.
 * @csspart filters - The filter bar.
 * @csspart table - The list (table or cards).
 * @csspart row - One dossier.
 * @csspart link - A dossier's title link.
 * @csspart badge - A status badge.
 * @csspart pagination - Page navigation and page size.
 * @csspart export - The CSV export button.
 * @csspart no-access - The notice shown when the session's roles do not open the dossiers.
 * @cssprop --loket-dossier-list-height - Height of the scrolling list with `paging="virtual"` (560px).
 */
export class LoketDossierList extends LoketElement {
  static override styles = [themeTokens, sharedStyles, dossierListStyles];
  static override catalogs = [dossierListMessages];

  static override properties = {
    dossierUrl: { attribute: 'dossier-url' },
    subsidyUrl: { attribute: 'subsidy-url' },
    source: { reflect: true },
    paging: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    view: { reflect: true },
    csvSeparator: { attribute: 'csv-separator' },
    items: { attribute: false },
    ...states('kind', 'subsidies', 'toezicht', 'options', 'activeIndex', 'filters', 'sort', 'pageNumber', 'loadState', 'exportNote', 'exportCount'),
  };

  /** Where a dossier opens, `{id}` filled in, e.g. `https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}`. */
  dossierUrl?: string;

  /** Where a subsidy application opens, `{id}` filled in, e.g. `https://subsidiepunt.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}`. */
  subsidyUrl?: string;

  /**
   * `submissions` (supervision, the default), `subsidies` (subsidy applications, from Subsidiepunt
   * at `subsidies-api-base`) or `all` (both, on two tabs). Without Subsidiepunt (no
   * `subsidies-api-base`, or its root answers 404) the list shows the submissions, without an error.
   */
  source: DossierSourceChoice = 'submissions';

  /** `pages`: the Loket's paging with page size choice; `virtual`: one scrolling list that loads as it scrolls. */
  paging: DossierPaging = 'pages';

  /** Dossiers per page with `paging="pages"` (the user can change it); 20, as the Loket. */
  pageSize = 20;

  /** The view shown first (and the current one): `alle` (Concept and Verstuurd, as the Loket), `lopend` or `afgerond`. */
  view: DossierView = 'alle';

  /** Separator of the CSV export; `;` opens in Excel with Belgian regional settings. */
  csvSeparator: CsvSeparator = ';';

  /**
   * Dossiers the host already holds (from its own backend or cache). When set, the widget filters,
   * sorts and pages these in memory and sends no request.
   */
  items?: readonly Dossier[];

  /** The tab shown with `source="all"`. */
  private kind: DossierKind = 'submissions';
  /** Subsidiepunt for this widget; unknown until asked. */
  private subsidies?: SubsidyState;
  /** Whether the Loket session may read the supervision dossiers; unknown until asked. */
  private toezicht?: boolean;
  /** The filter choices of the source shown (each code list may have failed on its own). */
  private options?: { source: DossierSource; value: DossierOptions };
  /** The dossier (index in the whole result) whose title cell is the list's one tab stop. */
  private activeIndex = 0;
  private filters: DossierFilters = NO_FILTERS;
  private sort = DEFAULT_SORT;
  private pageNumber = 0;
  /** `busy` while a load runs (the previous result stays shown); `failed` shows `loadError` with a retry; `denied` the no-access notice. */
  private loadState: 'busy' | 'done' | 'failed' | 'denied' = 'busy';
  private loadError?: unknown;
  /** With `denied`: the collections the session may not read. */
  private denied: readonly DossierKind[] = [];
  /** The result shown. */
  private loaded?: Loaded;
  /** What the current load is for; a change starts a new load. */
  private loadKey: readonly unknown[] = [];
  private loading?: AbortController;
  /** How the last export went (none yet: undefined); `exporting` while it runs. */
  private exportNote?: 'exporting' | 'exportDone' | 'exportFailed';
  private exportCount = 0;

  private listState: DossierListState = { view: this.view, filters: this.filters, sort: this.sort };
  /** One source per collection, for the transport it was made with (the host's items, or the app's client). */
  private sources = new Map<DossierKind, { key: unknown; source: Promise<DossierSource> }>();
  /** The filter bar and result view, once its chunk is in. */
  private resultView?: View;
  /** Virtual paging: the class, once its chunk is in. */
  private VirtualList?: typeof VirtualList;
  /** Virtual paging: the rows, filled as pages arrive. */
  private virtual?: VirtualList;
  private textTimer?: ReturnType<typeof setTimeout>;
  private lastCount?: number;

  /**
   * Loads what the list shows; a newer load aborts this one, and only the newest one is shown.
   * This is what @lit/task did for us (DESIGN.md names it), in a few lines: the Task controller
   * cost the script-tag bundle 0.5 KB min+gzip of its 20 KB budget.
   */
  private async load(): Promise<void> {
    this.loading?.abort();
    const run = (this.loading = new AbortController());
    this.loadState = 'busy';
    try {
      const loaded = await this.fetchPage(run.signal);
      if (run !== this.loading) return;
      this.showLoaded(loaded);
      this.loaded = loaded;
      this.loadState = 'done';
    } catch (error) {
      if (run !== this.loading) return;
      this.loaded = undefined;
      if (error instanceof NoAccess) {
        this.denied = error.kinds;
        this.loadState = 'denied';
        return;
      }
      this.loadError = error;
      this.reportError(error);
      this.loadState = 'failed';
    }
  }

  /**
   * The page to show, from the collection the source, the roles and Subsidiepunt allow. Each
   * collection is read only when the session's roles open it: without them the apps answer with
   * empty lists, which would read as "no dossiers".
   */
  private async fetchPage(signal: AbortSignal): Promise<Loaded> {
    const { listState, pageNumber, effectivePageSize } = this;
    // The view's and the virtual list's chunks load alongside the first page, not before it; the
    // view with its texts in the list's language.
    const lang = this.uiLang;
    const view = loadView().then(async (module) => (await loadLanguage(module.viewMessages, lang), module));
    // A failed chunk rejects where it is awaited; this keeps it from being reported as unhandled before.
    view.catch(() => {});
    const virtualList = this.paging === 'virtual' ? loadVirtualList() : undefined;
    const loadFrom = async (kind: DossierKind): Promise<Loaded> => {
      const source = await this.sourceOf(kind);
      this.loadOptions(source);
      const page = await source.page(listState, pageNumber, effectivePageSize, signal);
      if (!this.resultView) (this.resultView = await view).attach(this.viewHost);
      if (virtualList) this.VirtualList = await virtualList;
      return { kind, source, ...page };
    };
    if (this.items) return loadFrom('submissions');
    const submissions = async () => {
      if (!(this.toezicht = await this.mayUse('toezicht', 'loket', signal))) throw new NoAccess(['submissions', ...(this.subsidies === 'denied' ? ['subsidies' as const] : [])]);
      return loadFrom('submissions');
    };
    if (this.source === 'submissions') return submissions();
    if (this.source === 'all' && this.subsidies === undefined) {
      // Asked once: whether the subsidies tab shows. A failure shows the tab; opening it shows the error.
      this.subsidies = await this.subsidyState(signal).catch((error: unknown) => {
        // A newer load took over: it asks again.
        if (signal.aborted) throw error;
        this.reportError(error);
        return 'failed' as const;
      });
      this.toezicht = await this.mayUse('toezicht', 'loket', signal);
    }
    // The subsidies when asked for (their tab, or the only source the roles open), unless there
    // are none here; without them (absent, or denied with `all`) the submissions.
    const subsidiesFirst = this.source === 'subsidies' || this.kind === 'subsidies' || this.toezicht === false;
    if (subsidiesFirst && this.subsidies !== 'absent' && (this.source === 'subsidies' || this.subsidies !== 'denied')) {
      this.subsidies = await this.subsidyState(signal);
      if (this.subsidies === 'denied' && this.source === 'subsidies') throw new NoAccess(['subsidies']);
      if (this.subsidies === 'ok') {
        try {
          return await loadFrom('subsidies');
        } catch (error) {
          if (!notOffered(error)) throw error;
          this.subsidies = 'absent';
        }
      }
    }
    return submissions();
  }

  /** Whether Subsidiepunt serves this widget, and the session there has its role. */
  private async subsidyState(signal: AbortSignal): Promise<SubsidyState> {
    if (!this.config.subsidiesApiBase) return 'absent';
    try {
      return (await this.mayUse('subsidies', 'subsidies', signal)) ? 'ok' : 'denied';
    } catch (error) {
      if (notOffered(error)) return 'absent';
      throw error;
    }
  }

  /**
   * The filter choices of `source`, asked beside the list (never before it): a code list that
   * fails leaves its filter out, with a message, and is asked again with the next load.
   */
  private loadOptions(source: DossierSource): void {
    void source.options(this.connectionSignal).then((value) => {
      for (const failure of value.failures) this.reportError(failure);
      this.options = { source, value };
    });
  }

  private msg(key: DossierListMessageKey, params?: Record<string, string | number>): string {
    return this.msgFrom(dossierListMessages, key, params);
  }

  private get effectivePageSize(): number {
    if (this.paging === 'virtual') return VIRTUAL_PAGE_SIZE;
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 500) : 20;
  }

  /** The virtual list, when that is what the list shows. */
  private get shownVirtual(): VirtualList | undefined {
    return this.paging === 'virtual' ? this.virtual : undefined;
  }

  private get wantedKind(): DossierKind {
    if (this.items) return 'submissions';
    return this.source === 'all' ? this.kind : this.source === 'subsidies' ? 'subsidies' : 'submissions';
  }

  /** The client of the app a collection lives in: the Loket, or Subsidiepunt. */
  private clientFor(kind: DossierKind): LoketClient {
    return kind === 'subsidies' ? this.clientOf('subsidies') : this.client;
  }

  /** One source per collection and transport: the host's dossiers, or the app's collection through its client. */
  private sourceOf(kind: DossierKind): Promise<DossierSource> {
    const key = this.items ?? this.clientFor(kind);
    const known = this.sources.get(kind);
    if (known?.key === key) return known.source;
    const bestuurseenheid = () => this.resolveBestuurseenheid(this.connectionSignal);
    // The session is read while the source's code loads, not after it (the read is shared).
    if (!this.items) bestuurseenheid().catch(() => {});
    const source = this.items ? localSource(this.items) : loketSource(this.clientFor(kind), bestuurseenheid, kind);
    const entry = { key, source };
    // A chunk that failed to load (offline) is not remembered: a retry loads it again.
    source.catch(() => this.sources.get(kind) === entry && this.sources.delete(kind));
    this.sources.set(kind, entry);
    return source;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!DOSSIER_VIEWS.includes(this.view)) this.view = 'alle';
    if (changed.has('view') || changed.has('filters') || changed.has('sort')) {
      this.listState = { view: this.view, filters: this.filters, sort: this.sort };
    }
    const reshaped = ['view', 'pageSize', 'paging', 'items', 'source', 'kind'].some((name) => changed.has(name));
    if (reshaped && this.hasUpdated) this.pageNumber = 0;
    const key = [this.wantedKind, this.listState, this.pageNumber, this.effectivePageSize, this.paging, this.items ?? this.client, this.clientOf('subsidies')];
    // Another Subsidiepunt (or none): asked again.
    if (key[6] !== this.loadKey[6]) this.subsidies = undefined;
    if (key.some((value, index) => value !== this.loadKey[index])) {
      this.loadKey = key;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.textTimer);
  }

  private showLoaded(loaded: Loaded): void {
    this.lastCount = loaded.count;
    // The list shrank under the current page (another user sent or deleted dossiers): go to its last page.
    if (loaded.items.length === 0 && loaded.count > 0 && this.pageNumber > 0) {
      this.pageNumber = Math.ceil(loaded.count / this.effectivePageSize) - 1;
      return;
    }
    this.activeIndex = this.paging === 'virtual' ? 0 : this.pageNumber * this.effectivePageSize;
    if (this.paging !== 'virtual' || !this.VirtualList) return;
    this.virtual ??= new this.VirtualList(
      this,
      VIRTUAL_PAGE_SIZE,
      (index) => (index === undefined ? this.activeIndex : (this.activeIndex = index)),
      (error) => this.reportError(error),
    );
    this.virtual.setResult(loaded, loaded.source, this.listState);
  }

  private setFilters(change: Partial<DossierFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.pageNumber = 0;
  }

  private clearFilters(): void {
    clearTimeout(this.textTimer);
    this.filters = NO_FILTERS;
    this.pageNumber = 0;
    const search = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
    if (search) search.value = '';
  }

  private selectView(view: DossierView, focus = false): void {
    if (view !== this.view) {
      this.view = view;
      this.filters = { ...this.filters, status: '' };
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tabs-${view}`)?.focus());
  }

  private selectKind(kind: DossierKind, focus = false): void {
    if (kind !== this.kind) {
      this.kind = kind;
      this.sort = DEFAULT_SORT;
      this.clearFilters();
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#sources-${kind}`)?.focus());
  }

  /** Arrow keys, Home and End move between the tabs of a tablist (and select). */
  private tabKeys<T>(event: KeyboardEvent, tabs: readonly T[], current: T, select: (tab: T, focus: boolean) => void): void {
    const index = tabs.indexOf(current);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(tabs[(target + tabs.length) % tabs.length]!, true);
  }

  private sortOn(key: DossierSortKey): void {
    this.sort = nextSort(this.sort, key);
    this.pageNumber = 0;
  }

  /** The link (or button) does the work; the host may cancel and route itself. */
  private onSelect(event: Event, dossier: Dossier, url: string | undefined, kind: DossierKind): void {
    const proceed = this.emit('loket-dossier-select', { dossier, url, kind }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  private async exportCsv(): Promise<void> {
    this.exportNote = 'exporting';
    const kind = this.loaded?.kind ?? 'submissions';
    try {
      const [dossiers, { saveCsv }] = await Promise.all([
        this.sourceOf(kind).then((source) => source.all(this.listState, this.connectionSignal)),
        import('./export.js'),
      ]);
      saveCsv(this.viewHost, dossiers, kind, this.csvSeparator);
      this.exportCount = dossiers.length;
      this.exportNote = 'exportDone';
    } catch (error) {
      this.exportNote = 'exportFailed';
      this.reportError(error);
    }
  }

  /** A change of language waits for the view's texts too, so the list never flashes in Dutch. */
  protected override get chunkCatalogs() {
    return [this.resultView?.viewMessages];
  }

  protected override render(): TemplateResult {
    if (this.loadState === 'denied') {
      return html`<div class="frame">
        ${this.denied.map((kind) => this.renderNoAccess(this.msg(`module.${kind}`), MODULE[kind]))}
      </div>`;
    }
    const { loaded } = this;
    const options = loaded && this.options?.source === loaded.source ? this.options.value : NO_OPTIONS;
    const sources = this.source === 'all' && !this.items && this.toezicht && (this.subsidies === 'ok' || this.subsidies === 'failed');
    return html`
      <div class="frame">
        ${sources ? this.renderTablist('sources', KINDS, this.kind, (kind) => this.msg(`source.${kind}`), this.selectKind) : nothing}
        ${this.renderTablist('tabs', DOSSIER_VIEWS, this.view, (view) => this.msg(`view.${view}`), this.selectView)}
        ${this.resultView ? this.resultView.filterBar(this.viewHost, options) : nothing}
        <div
          class="panel"
          role="tabpanel"
          id="panel"
          aria-labelledby="${sources ? `sources-${this.kind} ` : ''}tabs-${this.view}"
          aria-busy=${this.loadState === 'busy' ? 'true' : 'false'}
        >
          ${this.renderBar()} ${this.renderContent()}
        </div>
      </div>
    `;
  }

  private renderTablist<T extends string>(
    name: 'sources' | 'tabs',
    tabs: readonly T[],
    current: T,
    label: (tab: T) => string,
    select: (tab: T, focus: boolean) => void,
  ): TemplateResult {
    const choose = select.bind(this);
    return html`<div
      class="tabs"
      role="tablist"
      aria-label=${this.msg(name === 'tabs' ? 'viewsLabel' : 'sourcesLabel')}
      part=${name}
      @keydown=${(e: KeyboardEvent) => this.tabKeys(e, tabs, current, choose)}
    >
      ${tabs.map(
        (tab) => html`<button
          type="button"
          role="tab"
          id="${name}-${tab}"
          aria-selected=${tab === current ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${tab === current ? 0 : -1}
          @click=${() => choose(tab, false)}
        >
          ${label(tab)}
        </button>`,
      )}
    </div>`;
  }

  /** The count and the export's progress are said once a result shows, in the view's texts. */
  private renderBar(): TemplateResult {
    const { lastCount: count, exportNote: note, resultView: view } = this;
    return html`<div class="bar">
      <p class="count" role="status" aria-live="polite">
        ${count === undefined || this.loadState !== 'done' || !view ? '' : view.msg(this.viewHost, 'count', { count })}
      </p>
      <div>
        <button type="button" class="secondary" part="export" ?disabled=${note === 'exporting' || !count} @click=${this.exportCsv}>
          ${this.msg('exportCsv')}
        </button>
        <span class="visually-hidden" role="status">${note && view ? view.msg(this.viewHost, note, { count: this.exportCount }) : ''}</span>
      </div>
    </div>`;
  }

  /**
   * While a new view, filter, sort or page loads, the previous result stays (marked busy) so the
   * control the user just used keeps its focus; the skeleton is only for the very first load.
   */
  private renderContent(): TemplateResult {
    const { loaded, resultView } = this;
    if (this.loadState === 'failed') return this.renderError(this.loadError, () => void this.load());
    if (loaded && resultView) return resultView.result(this.viewHost, loaded);
    return html`<div class="message">
      <p class="visually-hidden">${this.coreMsg('loading')}</p>
      ${[0, 1, 2].map(() => html`<p><span class="skeleton"></span></p>`)}
    </div>`;
  }

  /** What the result view (view.ts) reads and asks: the list's state and its actions. */
  private readonly viewHost: ViewHost = ((el: LoketDossierList): ViewHost => ({
    get renderRoot() {
      return el.renderRoot;
    },
    get updateComplete() {
      return el.updateComplete;
    },
    get lang() {
      return el.uiLang;
    },
    get view() {
      return el.view;
    },
    get filters() {
      return el.filters;
    },
    get sort() {
      return el.sort;
    },
    get dossierUrl() {
      return el.dossierUrl;
    },
    get subsidyUrl() {
      return el.subsidyUrl;
    },
    get pageNumber() {
      return el.pageNumber;
    },
    set pageNumber(page) {
      el.pageNumber = page;
    },
    get pageSize() {
      return el.effectivePageSize;
    },
    get activeIndex() {
      return el.activeIndex;
    },
    set activeIndex(index) {
      el.activeIndex = index;
    },
    get virtual() {
      return el.shownVirtual;
    },
    get loaded() {
      return el.loaded;
    },
    get textTimer() {
      return el.textTimer;
    },
    set textTimer(timer) {
      el.textTimer = timer;
    },
    setFilters: (change) => el.setFilters(change),
    clearFilters: () => el.clearFilters(),
    sortOn: (key) => el.sortOn(key),
    setPageSize: (size) => (el.pageSize = size),
    select: (event, dossier, url, kind) => el.onSelect(event, dossier, url, kind),
    renderError: (error, retry) => el.renderError(error, retry),
  }))(this);
}

defineElement('loket-dossier-list', LoketDossierList);

declare global {
  interface HTMLElementTagNameMap {
    'loket-dossier-list': LoketDossierList;
  }
}
