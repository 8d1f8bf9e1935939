import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { themeTokens, sharedStyles } from '../../src/theme.js';
import { formatDateTime } from '../../src/i18n/format.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import type { Dossier } from '../../src/api/dossiers.js';
import { dossierTitle } from '../../src/dossiers/title.js';
import type { StatusKind } from '../../src/dossiers/status.js';
import type { Module } from '../../src/access.js';
import {
  DEFAULT_SORT,
  DOSSIER_VIEWS,
  NO_FILTERS,
  PAGE_SIZES,
  hasFilters,
  nextSort,
  type DossierFilters,
  type DossierKind,
  type DossierListState,
  type DossierSortKey,
  type DossierView,
} from '../../src/dossiers/list-state.js';
import { NO_OPTIONS, localSource, loketSource, type DossierOptions, type DossierSource } from '../../src/dossiers/source.js';
import { isLoketError } from '../../src/api/errors.js';
import type { CsvSeparator } from '../../src/dossiers/csv.js';
import type { LoketClient } from '../../src/api/client.js';
import { dossierListMessages, type DossierListMessageKey } from './dossier-list.messages.js';
import { dossierListStyles } from './dossier-list.styles.js';
import type { VirtualList } from './virtual-list.js';

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

interface Loaded {
  kind: DossierKind;
  /** Where the result came from (a virtual list asks it for the next pages). */
  source: DossierSource;
  items: Dossier[];
  count: number;
}

/** The columns after title and status, each sortable, as the Loket's and Subsidiepunt's own lists have them. */
type Column = Exclude<DossierSortKey, 'title' | 'status'>;

const VIRTUAL_PAGE_SIZE = 50;
const TEXT_DEBOUNCE_MS = 300;
const KINDS: readonly DossierKind[] = ['submissions', 'subsidies'];
const COLUMNS: Record<DossierKind, readonly Column[]> = { submissions: ['organ', 'session', 'modified', 'sent'], subsidies: ['deadline', 'modified'] };
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
    // The virtual list's chunk loads alongside the first page, not before it.
    const virtualList = this.paging === 'virtual' ? loadVirtualList() : undefined;
    const loadFrom = async (kind: DossierKind): Promise<Loaded> => {
      const source = await this.sourceOf(kind);
      this.loadOptions(source);
      const page = await source.page(listState, pageNumber, effectivePageSize, signal);
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
      this.subsidies = await this.subsidyState(signal).catch((error: unknown) => (this.reportError(error), 'failed' as const));
      this.toezicht = await this.mayUse('toezicht', 'loket', signal);
    }
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

  private onTextInput(event: InputEvent): void {
    const text = (event.target as HTMLInputElement).value;
    clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => this.setFilters({ text }), TEXT_DEBOUNCE_MS);
  }

  private onFilterSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.textTimer);
    const text = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '';
    if (text !== this.filters.text) this.setFilters({ text });
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

  /** A click anywhere on a row means the dossier: it is passed to the row's own link. */
  private onRowClick(event: MouseEvent): void {
    const target = event.target as Element;
    if (target.closest('a, button, input, select, label')) return;
    if (window.getSelection()?.toString()) return;
    (event.currentTarget as Element).querySelector<HTMLElement>('.title a, .title button')?.click();
  }

  /** Roving focus: whichever title cell (or its link) gets focus becomes the list's tab stop. */
  private onBodyFocusin(event: FocusEvent): void {
    const index = Number((event.target as Element).closest('[role=row]')?.getAttribute('aria-rowindex')) - 2;
    if (index >= 0) this.activeIndex = index;
  }

  /**
   * Arrow keys, Home, End, PageUp and PageDown move between dossiers (in a virtual list over the
   * whole result, scrolling it); Enter on a title cell selects its dossier.
   */
  private onBodyKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter') {
      if (target.matches('.title[role=gridcell]')) target.querySelector<HTMLElement>('a, button')?.click();
      return;
    }
    const virtual = this.shownVirtual;
    const first = virtual ? 0 : this.pageNumber * this.effectivePageSize;
    const last = (virtual ? virtual.rows.length : first + (this.loaded?.items.length ?? 0)) - 1;
    const step = virtual ? virtual.step : 10;
    const index = this.activeIndex;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: first, End: last, PageDown: index + step, PageUp: index - step }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focusRow(Math.max(first, Math.min(last, next)));
  }

  /** Moves the tab stop to dossier `index` and focuses it (a virtual list scrolls to it first). */
  private async focusRow(index: number): Promise<void> {
    const virtual = this.shownVirtual;
    if (virtual) return virtual.focus(index);
    this.activeIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.body [aria-rowindex="${index + 2}"] .title`)?.focus();
  }

  private async exportCsv(): Promise<void> {
    this.exportNote = 'exporting';
    const kind = this.loaded?.kind ?? 'submissions';
    try {
      const [dossiers, { saveCsv }] = await Promise.all([
        this.sourceOf(kind).then((source) => source.all(this.listState, this.connectionSignal)),
        import('./export.js'),
      ]);
      saveCsv(dossiers, kind, (key) => this.msg(key), (dossier) => this.statusText(dossier.statusKind, dossier.status?.label), this.csvSeparator);
      this.exportCount = dossiers.length;
      this.exportNote = 'exportDone';
    } catch (error) {
      this.exportNote = 'exportFailed';
      this.reportError(error);
    }
  }

  /**
   * A status as the app names it in Dutch ("Aanvraag ingediend"); in another language by its kind,
   * and a status the list does not know by the app's own label.
   */
  private statusText(kind: StatusKind, label: string | undefined): string {
    return label && (kind === 'other' || this.uiLang === 'nl') ? label : this.msg(`status.${kind}`);
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
        ${this.renderFilters(options)}
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

  /**
   * One select of the filter bar: "all" and the code list's choices. A code list that failed
   * leaves the select disabled, with a message next to it (and the rest of the list working).
   */
  private renderSelect(
    name: 'status' | 'type' | 'organ',
    label: DossierListMessageKey,
    all: DossierListMessageKey,
    choices: readonly { id: string; label?: string | undefined; kind?: StatusKind }[] | null,
  ): TemplateResult {
    const value = this.filters[name];
    return html`<label>
      ${this.msg(label)}
      <select
        name=${name}
        ?disabled=${!choices}
        aria-describedby=${choices ? nothing : `${name}-failed`}
        @change=${(e: Event) => this.setFilters({ [name]: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!value}>${this.msg(all)}</option>
        ${(choices ?? []).map(
          (choice) => html`<option value=${choice.id} ?selected=${value === choice.id}>
            ${choice.kind ? this.statusText(choice.kind, choice.label) : choice.label}
          </option>`,
        )}
      </select>
      ${choices ? nothing : html`<span class="failed" id="${name}-failed">${this.msg('choicesFailed')}</span>`}
    </label>`;
  }

  private renderFilters(options: DossierOptions): TemplateResult {
    const { filters } = this;
    const subsidies = this.loaded?.kind === 'subsidies';
    // The Loket hides the orgaan filter when the bestuur has no body to choose.
    const organs = subsidies || options.organs?.length === 0 ? undefined : options.organs;
    return html`<form class="filters" role="search" aria-label=${this.msg('filtersLabel')} part="filters" @submit=${this.onFilterSubmit}>
      <label class="text">
        ${this.msg('filterText')}
        <input type="search" name="text" .value=${filters.text} @input=${this.onTextInput} />
      </label>
      ${this.renderSelect('status', 'filterStatus', 'allStatuses', options.statuses)}
      ${this.renderSelect('type', subsidies ? 'filterOffer' : 'filterType', subsidies ? 'allOffers' : 'allTypes', options.types)}
      ${organs === undefined ? nothing : this.renderSelect('organ', 'filterOrgan', 'allOrgans', organs)}
      <label>
        ${this.msg('filterFrom')}
        <input
          type="date"
          name="from"
          .value=${filters.from}
          max=${filters.to || nothing}
          @change=${(e: Event) => this.setFilters({ from: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        ${this.msg('filterTo')}
        <input
          type="date"
          name="to"
          .value=${filters.to}
          min=${filters.from || nothing}
          @change=${(e: Event) => this.setFilters({ to: (e.target as HTMLInputElement).value })}
        />
      </label>
      ${hasFilters(filters) ? this.renderClearFilters() : nothing}
    </form>`;
  }

  private renderBar(): TemplateResult {
    const count = this.lastCount;
    const note = this.exportNote;
    return html`<div class="bar">
      <p class="count" role="status" aria-live="polite">
        ${count === undefined || this.loadState !== 'done' ? '' : this.msg('count', { count })}
      </p>
      <div>
        <button type="button" class="secondary" part="export" ?disabled=${note === 'exporting' || !count} @click=${this.exportCsv}>
          ${this.msg('exportCsv')}
        </button>
        <span class="visually-hidden" role="status">${note ? this.msg(note, { count: this.exportCount }) : ''}</span>
      </div>
    </div>`;
  }

  /**
   * While a new view, filter, sort or page loads, the previous result stays (marked busy) so the
   * control the user just used keeps its focus; the skeleton is only for the very first load.
   */
  private renderContent(): TemplateResult {
    const { loaded } = this;
    if (this.loadState === 'failed') return this.renderError(this.loadError, () => void this.load());
    return loaded ? this.renderResult(loaded) : this.renderSkeleton();
  }

  private renderResult(loaded: Loaded): TemplateResult {
    return loaded.count === 0 ? this.renderEmpty() : this.renderTable(loaded);
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="message">
      <p class="visually-hidden">${this.coreMsg('loading')}</p>
      ${[0, 1, 2].map(() => html`<p><span class="skeleton"></span></p>`)}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const filtered = hasFilters(this.filters);
    return html`<div class="message">
      <p>${this.msg(filtered ? 'emptyFiltered' : `empty.${this.view}`)}</p>
      ${filtered ? this.renderClearFilters() : nothing}
    </div>`;
  }

  private renderClearFilters(): TemplateResult {
    return html`<button type="button" class="secondary" @click=${this.clearFilters}>${this.msg('clearFilters')}</button>`;
  }

  private renderTable(loaded: Loaded): TemplateResult {
    const virtual = this.shownVirtual;
    const columns = COLUMNS[loaded.kind];
    const start = this.pageNumber * this.effectivePageSize;
    // A page always has its tab stop, even when the last focused dossier is on another page.
    const active = virtual || (this.activeIndex >= start && this.activeIndex < start + loaded.items.length) ? this.activeIndex : start;
    const row = (dossier: Dossier | null, index: number) => this.renderRow(dossier, index, loaded.kind, index === active);
    return html`<div
        class="table ${loaded.kind} ${virtual ? 'virtual' : ''}"
        role="grid"
        aria-readonly="true"
        aria-label=${this.msg('listLabel')}
        aria-rowcount=${loaded.count + 1}
        part="table"
      >
        <div class="head" role="rowgroup">
          <div class="row" role="row" aria-rowindex="1">
            ${(['title', 'status', ...columns] as const).map((column) => this.renderHeader(column))}
          </div>
        </div>
        <div
          class="body ${virtual ? 'virtual' : ''}"
          role="rowgroup"
          @visibilityChanged=${virtual?.onVisibilityChanged}
          @keydown=${this.onBodyKeydown}
          @focusin=${this.onBodyFocusin}
          @focusout=${virtual?.onFocusout}
        >
          ${virtual ? virtual.render(row) : loaded.items.map((dossier, index) => row(dossier, start + index))}
        </div>
      </div>
      ${virtual
        ? virtual.error
          ? this.renderError(virtual.error, () => virtual.retry())
          : nothing
        : this.renderPagination(loaded.count)}`;
  }

  /** A column header: a button that sorts on the column, as both real lists sort every column shown. */
  private renderHeader(key: DossierSortKey): TemplateResult {
    const sorted = this.sort.key === key ? this.sort.direction : undefined;
    return html`<div role="columnheader" aria-sort=${sorted ?? 'none'}>
      <button type="button" @click=${() => this.sortOn(key)}>
        ${this.msg(`col.${key}`)}
        <span class="sort-icon" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </div>`;
  }

  /**
   * `index` is the dossier's position in the whole result, for `aria-rowindex`; `null` while its
   * page loads. Only the active row's title cell is in the tab order; its link is reached with Enter.
   */
  private renderRow(dossier: Dossier | null, index: number, kind: DossierKind, active: boolean): TemplateResult {
    return html`<div class="row ${dossier ? '' : 'placeholder'}" role="row" part="row" aria-rowindex=${index + 2} @click=${this.onRowClick}>
      <div class="cell title" role="gridcell" tabindex=${active ? 0 : -1}>
        ${dossier
          ? this.renderTitle(dossier, kind)
          : html`<span class="skeleton"></span><span class="visually-hidden">${this.msg('loadingRow')}</span>`}
      </div>
      <div class="cell status" role="gridcell">
        ${dossier
          ? html`<span class="badge ${dossier.statusKind}" part="badge">${this.statusText(dossier.statusKind, dossier.status?.label)}</span>`
          : nothing}
      </div>
      ${COLUMNS[kind].map((column) => this.renderCell(column, dossier))}
    </div>`;
  }

  /** The type(s) (a subsidy's offer) as the link; the form's description, or the project and call, under it. */
  private renderTitle(dossier: Dossier, kind: DossierKind): TemplateResult {
    const template = kind === 'subsidies' ? this.subsidyUrl : this.dossierUrl;
    const url = template ? fillUrlTemplate(template, { id: dossier.id }) : undefined;
    const title = dossierTitle(dossier) || this.msg('untitled');
    const detail = dossier.types.length ? dossier.description : undefined;
    const select = (e: Event) => this.onSelect(e, dossier, url, kind);
    return html`${url
      ? html`<a href=${url} part="link" tabindex="-1" @click=${select}>${title}</a>`
      : html`<button type="button" class="link" part="link" tabindex="-1" @click=${select}>${title}</button>`}
    ${detail ? html`<span class="detail">${detail}</span>` : nothing}`;
  }

  private renderCell(column: Column, dossier: Dossier | null): TemplateResult {
    if (!dossier) return html`<div class="cell ${column}" role="gridcell"></div>`;
    const value = dossier[column === 'sent' ? 'sentDate' : column];
    return html`<div class="cell ${column}" role="gridcell">
      <span class="card-label" aria-hidden="true">${this.msg(`col.${column}`)}</span>
      ${value instanceof Date
        ? html`<time datetime=${value.toISOString()}>${formatDateTime(this.uiLang, value)}</time>`
        : (value ?? html`<span class="muted">${this.msg(column === 'sent' ? 'notSent' : 'unknown')}</span>`)}
    </div>`;
  }

  private renderPagination(count: number): TemplateResult {
    const size = this.effectivePageSize;
    const pages = Math.max(1, Math.ceil(count / size));
    const page = Math.min(this.pageNumber, pages - 1);
    const sizes = PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? PAGE_SIZES : [...PAGE_SIZES, size].sort((a, b) => a - b);
    return html`<nav class="pagination" aria-label=${this.msg('pagination')} part="pagination">
      <button type="button" class="secondary" ?disabled=${page === 0} @click=${() => (this.pageNumber = page - 1)}>
        ${this.msg('previous')}
      </button>
      <span>${this.msg('pageOf', { page: page + 1, pages })}</span>
      <button type="button" class="secondary" ?disabled=${page >= pages - 1} @click=${() => (this.pageNumber = page + 1)}>
        ${this.msg('next')}
      </button>
      <label>
        ${this.msg('pageSize')}
        <select @change=${(e: Event) => (this.pageSize = Number((e.target as HTMLSelectElement).value))}>
          ${sizes.map((option) => html`<option value=${option} ?selected=${option === size}>${option}</option>`)}
        </select>
      </label>
    </nav>`;
  }
}

defineElement('loket-dossier-list', LoketDossierList);

declare global {
  interface HTMLElementTagNameMap {
    'loket-dossier-list': LoketDossierList;
  }
}
