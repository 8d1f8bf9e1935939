import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { LoketElement, states } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { themeTokens, sharedStyles } from '../../src/theme.js';
import { formatDateTime } from '../../src/i18n/format.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import type { Dossier } from '../../src/api/dossiers.js';
import { dossierTitle } from '../../src/dossiers/title.js';
import { DOSSIER_VIEWS, statusKind, type DossierView } from '../../src/dossiers/status.js';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  PAGE_SIZES,
  hasFilters,
  nextSort,
  type DossierFilters,
  type DossierKind,
  type DossierListState,
  type DossierSortKey,
} from '../../src/dossiers/list-state.js';
import { localSource, loketSource, type DossierOptions, type DossierSource } from '../../src/dossiers/source.js';
import { isLoketError } from '../../src/api/errors.js';
import type { CsvSeparator } from '../../src/dossiers/csv.js';
import { dossierListMessages, type DossierListMessageKey } from './dossier-list.messages.js';
import { dossierListStyles } from './dossier-list.styles.js';
import { loadVirtualizer, type Virtualizer } from './virtualizer.js';
import type { VirtualPages } from './virtual-pages.js';

export type { Dossier, DossierStatus, DocumentType } from '../../src/api/dossiers.js';
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
  options: DossierOptions;
  items: Dossier[];
  count: number;
}

type Column = 'organ' | 'modified' | 'sent' | 'created';

const VIRTUAL_PAGE_SIZE = 50;
const TEXT_DEBOUNCE_MS = 300;
const VIEW_LABEL: Record<DossierView, DossierListMessageKey> = { lopend: 'viewLopend', afgerond: 'viewAfgerond', alle: 'viewAlle' };
const EMPTY_LABEL: Record<DossierView, DossierListMessageKey> = { lopend: 'emptyLopend', afgerond: 'emptyAfgerond', alle: 'emptyAlle' };
const STATUS_LABEL = { draft: 'statusDraft', sent: 'statusSent', deleted: 'statusDeleted', other: 'statusUnknown' } as const;
const KINDS: readonly DossierKind[] = ['submissions', 'subsidies'];
const KIND_LABEL = { submissions: 'sourceSubmissions', subsidies: 'sourceSubsidies' } as const;
const COLUMNS: Record<DossierKind, readonly Column[]> = { submissions: ['organ', 'modified', 'sent'], subsidies: ['created', 'modified'] };
const COLUMN_LABEL = { organ: 'colOrgan', modified: 'colModified', sent: 'colSent', created: 'colCreated' } as const;
const ANY_DOSSIER: DossierListState = { view: 'alle', filters: NO_FILTERS, sort: DEFAULT_SORT };
/** A Loket without subsidy applications answers 404 (older or newer versions) or 403 (no access). */
const notOffered = (error: unknown) => isLoketError(error) && (error.kind === 'not-found' || error.kind === 'forbidden');

/**
 * The bestuur's supervision dossiers ("toezicht") and, where the Loket offers them, subsidy
 * applications: running ones ("Lopend"), sent ones ("Afgerond") or all, with filters, sortable
 * columns, the Loket's paging or an endless virtualised list, and a CSV export of what the filters
 * match. The list is one tab stop; arrow keys, Home, End, PageUp and PageDown move between dossiers.
 *
 * @fires loket-dossier-select - A dossier was chosen (click or Enter). Cancelable: when not
 *   cancelled the widget follows `detail.url`. `detail: { dossier, url, kind }`.
 * @fires loket-error - A request failed; `detail.error` is a LoketError.
 * @csspart sources - The switcher between submissions and subsidies (`source="all"`).
 * @csspart tabs - The view switcher.
 * @csspart filters - The filter bar.
 * @csspart table - The list (table or cards).
 * @csspart row - One dossier.
 * @csspart link - A dossier's title link.
 * @csspart badge - A status badge.
 * @csspart pagination - Page navigation and page size.
 * @csspart export - The CSV export button.
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
    ...states('kind', 'subsidiesOffered', 'activeIndex', 'filters', 'sort', 'pageNumber', 'exportState', 'exportCount'),
  };

  /** Where a dossier opens, `{id}` filled in, e.g. `https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}`. */
  dossierUrl?: string;

  /** Where a subsidy application opens, `{id}` filled in, e.g. `https://loket.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}`. */
  subsidyUrl?: string;

  /**
   * `submissions` (supervision, the default), `subsidies` (subsidy applications) or `all` (both,
   * on two tabs). Where the Loket does not offer subsidies (404 or 403) the list shows the
   * submissions, without an error.
   */
  source: DossierSourceChoice = 'submissions';

  /** `pages`: the Loket's paging with page size choice; `virtual`: one scrolling list that loads as it scrolls. */
  paging: DossierPaging = 'pages';

  /** Dossiers per page with `paging="pages"` (the user can change it); 20, as the Loket. */
  pageSize = 20;

  /** The view shown first (and the current one): `lopend`, `afgerond` or `alle`. */
  view: DossierView = 'lopend';

  /** Separator of the CSV export; `;` opens in Excel with Belgian regional settings. */
  csvSeparator: CsvSeparator = ';';

  /**
   * Dossiers the host already holds (from its own backend or cache). When set, the widget filters,
   * sorts and pages these in memory and sends no request.
   */
  items?: readonly Dossier[];

  /** The tab shown with `source="all"`. */
  private kind: DossierKind = 'submissions';
  /** Whether this Loket serves subsidy applications; unknown until asked. */
  private subsidiesOffered?: boolean;
  /** The dossier (index in the whole result) whose title cell is the list's one tab stop. */
  private activeIndex = 0;
  private filters: DossierFilters = NO_FILTERS;
  private sort = DEFAULT_SORT;
  private pageNumber = 0;
  private exportState: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
  private exportCount = 0;

  private listState: DossierListState = { view: this.view, filters: this.filters, sort: this.sort };
  private sources = new Map<DossierKind, DossierSource>();
  private sourceKey?: unknown;
  private options = new WeakMap<DossierSource, Promise<DossierOptions>>();
  private subsidyProbe?: Promise<unknown>;
  private virtualizer?: Virtualizer;
  /** Virtual paging: the rows, filled as pages arrive. */
  private pages?: VirtualPages;
  /** The row focus returns to after the virtualizer dropped it. */
  private refocusing?: number;
  private textTimer?: ReturnType<typeof setTimeout>;
  private lastCount?: number;

  private readonly task = new Task(this, {
    task: async ([wanted, listState, pageNumber, size, paging], { signal }): Promise<Loaded> => {
      if (paging === 'virtual') this.virtualizer ??= await loadVirtualizer();
      const load = async (kind: DossierKind): Promise<Loaded> => {
        const source = this.sourceOf(kind);
        const options = await this.optionsOf(source);
        return { kind, options, ...(await source.page(listState, pageNumber, size, signal)) };
      };
      if (this.source === 'all' && this.subsidiesOffered === undefined) this.probeSubsidies();
      if (wanted === 'subsidies' && this.subsidiesOffered !== false) {
        try {
          return await load('subsidies');
        } catch (error) {
          if (!notOffered(error)) throw error;
          this.subsidiesOffered = false;
        }
      }
      return load('submissions');
    },
    args: () => [this.wantedKind, this.listState, this.pageNumber, this.effectivePageSize, this.paging, this.sourceOf('submissions')] as const,
    onComplete: (loaded) => this.showLoaded(loaded),
    onError: (error) => this.reportError(error),
  });

  private msg(key: DossierListMessageKey, params?: Record<string, string | number>): string {
    return this.msgFrom(dossierListMessages, key, params);
  }

  private get effectivePageSize(): number {
    if (this.paging === 'virtual') return VIRTUAL_PAGE_SIZE;
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 500) : 20;
  }

  private get wantedKind(): DossierKind {
    if (this.items) return 'submissions';
    return this.source === 'all' ? this.kind : this.source === 'subsidies' ? 'subsidies' : 'submissions';
  }

  /** One source per collection and transport: the host's dossiers, or the Loket through the shared client. */
  private sourceOf(kind: DossierKind): DossierSource {
    const key = this.items ?? this.client;
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      this.sources.clear();
      this.subsidyProbe = undefined;
    }
    let source = this.sources.get(kind);
    if (!source) {
      const bestuurseenheid = () => this.resolveBestuurseenheid(this.connectionSignal);
      source = this.items ? localSource(this.items) : loketSource(this.client, bestuurseenheid, kind === 'subsidies');
      this.sources.set(kind, source);
    }
    return source;
  }

  /**
   * Statuses and types are loaded once per source and shared by every load after, so they follow
   * the widget's life, not one load's signal. A failure is forgotten so that retry asks again.
   */
  private optionsOf(source: DossierSource): Promise<DossierOptions> {
    let promise = this.options.get(source);
    if (!promise) {
      promise = source.options(this.connectionSignal);
      this.options.set(source, promise);
      promise.catch(() => this.options.get(source) === promise && this.options.delete(source));
    }
    return promise;
  }

  /** With `source="all"` the subsidies tab shows once the Loket has answered for them. */
  private probeSubsidies(): void {
    this.subsidyProbe ??= this.sourceOf('subsidies')
      .page(ANY_DOSSIER, 0, 1, this.connectionSignal)
      .then(
        () => (this.subsidiesOffered = true),
        (error) => {
          if (notOffered(error)) this.subsidiesOffered = false;
          else {
            // Asked again with the next load; the submissions stay usable meanwhile.
            this.subsidyProbe = undefined;
            this.reportError(error);
          }
        },
      );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!DOSSIER_VIEWS.includes(this.view)) this.view = 'lopend';
    if (changed.has('view') || changed.has('filters') || changed.has('sort')) {
      this.listState = { view: this.view, filters: this.filters, sort: this.sort };
    }
    const reshaped = ['view', 'pageSize', 'paging', 'items', 'source', 'kind'].some((name) => changed.has(name));
    if (reshaped && this.hasUpdated) this.pageNumber = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.textTimer);
    this.pages?.stop();
  }

  private showLoaded(loaded: Loaded): void {
    this.lastCount = loaded.count;
    // The list shrank under the current page (another user sent or deleted dossiers): go to its last page.
    if (loaded.items.length === 0 && loaded.count > 0 && this.pageNumber > 0) {
      this.pageNumber = Math.ceil(loaded.count / this.effectivePageSize) - 1;
      return;
    }
    this.activeIndex = this.paging === 'virtual' ? 0 : this.pageNumber * this.effectivePageSize;
    if (this.paging !== 'virtual' || !this.virtualizer) return;
    this.pages ??= new this.virtualizer.VirtualPages(VIRTUAL_PAGE_SIZE, () => this.requestUpdate(), (error) => this.reportError(error));
    const { listState } = this;
    const source = this.sourceOf(loaded.kind);
    this.pages.reset(loaded, (page, signal) => source.page(listState, page, VIRTUAL_PAGE_SIZE, signal));
  }

  /** The virtualizer reports what is on screen. */
  private onVisibilityChanged(event: Event & { first?: number; last?: number }): void {
    const { first, last } = event;
    if (typeof first !== 'number' || typeof last !== 'number' || first < 0) return;
    // Keep the tab stop on a rendered row, unless the user is on the list (the virtualizer keeps that row).
    const away = this.activeIndex < first || this.activeIndex > last;
    if (away && !this.focusInList() && this.refocusing === undefined) this.activeIndex = first;
    this.pages?.show(first, last);
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

  private focusInList(): boolean {
    return !!this.renderRoot.querySelector('.body')?.contains((this.renderRoot as ShadowRoot).activeElement);
  }

  /**
   * The virtualizer may re-lay out (when a page arrives) and drop the focused row for a moment;
   * focus then goes back to that row. Focus the user moved elsewhere has a related target, or
   * leaves the row in place.
   */
  private onBodyFocusout(event: FocusEvent): void {
    const cell = event.target as Element;
    if (event.relatedTarget || this.paging !== 'virtual') return;
    const index = (this.refocusing = this.activeIndex);
    requestAnimationFrame(() => {
      this.refocusing = undefined;
      if (!cell.isConnected && !this.focusInList()) void this.focusRow(index);
    });
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
    const virtual = this.paging === 'virtual';
    const first = virtual ? 0 : this.pageNumber * this.effectivePageSize;
    const range = this.pages?.range;
    const last = (virtual ? (this.pages?.rows.length ?? 0) : first + (this.task.value?.items.length ?? 0)) - 1;
    const step = virtual && range ? Math.max(1, range.last - range.first) : 10;
    const index = this.activeIndex;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: first, End: last, PageDown: index + step, PageUp: index - step }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focusRow(Math.max(first, Math.min(last, next)));
  }

  /** A virtual list renders the row only after scrolling to it: focus follows within a few frames. */
  private async focusRow(index: number): Promise<void> {
    this.activeIndex = index;
    const body = this.renderRoot.querySelector('.body.virtual');
    if (body) this.virtualizer?.scrollTo(body, index);
    for (let frame = 0; frame < 60; frame++) {
      await this.updateComplete;
      const cell = this.renderRoot.querySelector<HTMLElement>(`.body [aria-rowindex="${index + 2}"] .title`);
      // In a virtual list scrollTo placed the row; a focus that scrolls again would unpin it.
      if (cell) return cell.focus({ preventScroll: !!body });
      await new Promise(requestAnimationFrame);
    }
  }

  private async exportCsv(): Promise<void> {
    this.exportState = 'busy';
    try {
      const [dossiers, { saveCsv }] = await Promise.all([
        this.sourceOf(this.task.value?.kind ?? 'submissions').all(this.listState, this.connectionSignal),
        import('./export.js'),
      ]);
      saveCsv(dossiers, (key) => this.msg(key), (dossier) => this.statusText(dossier), this.csvSeparator);
      this.exportCount = dossiers.length;
      this.exportState = 'done';
    } catch (error) {
      this.exportState = 'failed';
      this.reportError(error);
    }
  }

  private statusText(dossier: Dossier): string {
    if (dossier.statusKind === 'other' && dossier.status?.label) return dossier.status.label;
    return this.msg(STATUS_LABEL[dossier.statusKind]);
  }

  protected override render(): TemplateResult {
    const loaded = this.task.value;
    const options = loaded?.options ?? { statuses: [], types: [] };
    const sources = this.source === 'all' && this.subsidiesOffered && !this.items;
    return html`
      <div class="frame">
        ${sources ? this.renderTablist('sources', KINDS, this.kind, (kind) => this.msg(KIND_LABEL[kind]), this.selectKind) : nothing}
        ${this.renderTablist('tabs', DOSSIER_VIEWS, this.view, (view) => this.msg(VIEW_LABEL[view]), this.selectView)}
        ${this.renderFilters(options)}
        <div
          class="panel"
          role="tabpanel"
          id="panel"
          aria-labelledby="${sources ? `sources-${this.kind} ` : ''}tabs-${this.view}"
          aria-busy=${this.task.status === TaskStatus.PENDING ? 'true' : 'false'}
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

  private renderFilters(options: DossierOptions): TemplateResult {
    const { filters } = this;
    const subsidies = this.task.value?.kind === 'subsidies';
    return html`<form class="filters" role="search" aria-label=${this.msg('filtersLabel')} part="filters" @submit=${this.onFilterSubmit}>
      <label class="text">
        ${this.msg('filterText')}
        <input type="search" name="text" .value=${filters.text} @input=${this.onTextInput} />
      </label>
      <label>
        ${this.msg('filterStatus')}
        <select name="status" @change=${(e: Event) => this.setFilters({ status: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!filters.status}>${this.msg('allStatuses')}</option>
          ${options.statuses.map(
            (status) => html`<option value=${status.id} ?selected=${filters.status === status.id}>
              ${this.statusText({ id: '', types: [], status, statusKind: statusKind(status) })}
            </option>`,
          )}
        </select>
      </label>
      <label>
        ${this.msg(subsidies ? 'filterOffer' : 'filterType')}
        <select name="type" @change=${(e: Event) => this.setFilters({ type: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!filters.type}>${this.msg(subsidies ? 'allOffers' : 'allTypes')}</option>
          ${options.types.map((type) => html`<option value=${type.id} ?selected=${filters.type === type.id}>${type.label}</option>`)}
        </select>
      </label>
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
      ${hasFilters(filters)
        ? html`<button type="button" class="secondary" @click=${this.clearFilters}>${this.msg('clearFilters')}</button>`
        : nothing}
    </form>`;
  }

  private renderBar(): TemplateResult {
    const count = this.lastCount;
    const busy = this.exportState === 'busy';
    const exportNote =
      this.exportState === 'busy'
        ? this.msg('exporting')
        : this.exportState === 'done'
          ? this.msg('exportDone', { count: this.exportCount })
          : this.exportState === 'failed'
            ? this.msg('exportFailed')
            : '';
    return html`<div class="bar">
      <p class="count" role="status" aria-live="polite">
        ${count === undefined || this.task.status !== TaskStatus.COMPLETE ? '' : this.msg('count', { count })}
      </p>
      <div>
        <button type="button" class="secondary" part="export" ?disabled=${busy || !count} @click=${this.exportCsv}>
          ${this.msg('exportCsv')}
        </button>
        <span class="visually-hidden" role="status">${exportNote}</span>
      </div>
    </div>`;
  }

  /**
   * While a new view, filter, sort or page loads, the previous result stays (marked busy) so the
   * control the user just used keeps its focus; the skeleton is only for the very first load.
   */
  private renderContent(): TemplateResult {
    const previous = this.task.value;
    return this.task.render({
      initial: () => this.renderSkeleton(),
      pending: () => (previous ? this.renderResult(previous) : this.renderSkeleton()),
      error: (error) => this.renderError(error, () => void this.task.run()),
      complete: (loaded) => this.renderResult(loaded),
    }) as TemplateResult;
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
      <p>${this.msg(filtered ? 'emptyFiltered' : EMPTY_LABEL[this.view])}</p>
      ${filtered ? html`<button type="button" class="secondary" @click=${this.clearFilters}>${this.msg('clearFilters')}</button>` : nothing}
    </div>`;
  }

  private renderTable(loaded: Loaded): TemplateResult {
    const pages = this.paging === 'virtual' ? this.pages : undefined;
    const virtual = pages && this.virtualizer?.virtualize;
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
            ${this.renderHeader('title', 'colTitle')} ${this.renderHeader('status', 'colStatus')}
            ${columns.map((column) => this.renderHeader(column === 'organ' ? undefined : column, COLUMN_LABEL[column]))}
          </div>
        </div>
        <div
          class="body ${virtual ? 'virtual' : ''}"
          role="rowgroup"
          @visibilityChanged=${this.onVisibilityChanged}
          @keydown=${this.onBodyKeydown}
          @focusin=${this.onBodyFocusin}
          @focusout=${this.onBodyFocusout}
        >
          ${pages && virtual
            ? virtual({
                items: pages.rows,
                scroller: true,
                // By position: a row keeps its element (and focus) when its dossier arrives.
                keyFunction: (_, index) => index,
                renderItem: row,
              })
            : loaded.items.map((dossier, index) => row(dossier, start + index))}
        </div>
      </div>
      ${pages && virtual
        ? pages.error
          ? this.renderError(pages.error, () => pages.retry())
          : nothing
        : this.renderPagination(loaded.count)}`;
  }

  private renderHeader(key: DossierSortKey | undefined, label: DossierListMessageKey): TemplateResult {
    if (!key) return html`<div role="columnheader">${this.msg(label)}</div>`;
    const sorted = this.sort.key === key ? this.sort.direction : undefined;
    return html`<div role="columnheader" data-sortable aria-sort=${sorted ?? 'none'}>
      <button type="button" @click=${() => this.sortOn(key)}>
        ${this.msg(label)}
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
        ${dossier ? html`<span class="badge ${dossier.statusKind}" part="badge">${this.statusText(dossier)}</span>` : nothing}
      </div>
      ${COLUMNS[kind].map((column) => this.renderCell(column, dossier))}
    </div>`;
  }

  private renderTitle(dossier: Dossier, kind: DossierKind): TemplateResult {
    const template = kind === 'subsidies' ? this.subsidyUrl : this.dossierUrl;
    const url = template ? fillUrlTemplate(template, { id: dossier.id }) : undefined;
    const title = dossierTitle(dossier) || this.msg('untitled');
    const types = dossier.description ? dossier.types.map((type) => type.label).join(', ') : '';
    const select = (e: Event) => this.onSelect(e, dossier, url, kind);
    return html`${url
      ? html`<a href=${url} part="link" tabindex="-1" @click=${select}>${title}</a>`
      : html`<button type="button" class="link" part="link" tabindex="-1" @click=${select}>${title}</button>`}
    ${types ? html`<span class="types">${types}</span>` : nothing}`;
  }

  private renderCell(column: Column, dossier: Dossier | null): TemplateResult {
    if (!dossier) return html`<div class="cell ${column}" role="gridcell"></div>`;
    const value = column === 'organ' ? dossier.organ : dossier[column === 'sent' ? 'sentDate' : column];
    return html`<div class="cell ${column}" role="gridcell">
      <span class="card-label" aria-hidden="true">${this.msg(COLUMN_LABEL[column])}</span>
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
