import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { LoketElement } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { themeTokens, sharedStyles } from '../../src/theme.js';
import { formatDateTime } from '../../src/i18n/format.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import { dossierTitle, type Dossier } from '../../src/api/dossiers.js';
import { DOSSIER_VIEWS, statusKind, type DossierView } from '../../src/dossiers/status.js';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  PAGE_SIZES,
  hasFilters,
  nextSort,
  type DossierFilters,
  type DossierListState,
  type DossierSortKey,
} from '../../src/dossiers/list-state.js';
import { localSource, remoteSource, type DossierOptions, type DossierSource } from '../../src/dossiers/source.js';
import type { CsvSeparator } from '../../src/dossiers/csv.js';
import { dossierListMessages, type DossierListMessageKey } from './dossier-list.messages.js';
import { dossierListStyles } from './dossier-list.styles.js';
import { loadVirtualize, type Virtualize } from './virtualizer.js';

export type { Dossier, DossierStatus, DocumentType } from '../../src/api/dossiers.js';

export interface DossierSelectDetail {
  dossier: Dossier;
  /** The dossier's page in the Loket (from `dossier-url`), when the template gives an http(s) URL. */
  url: string | undefined;
}

declare module '../../src/events.js' {
  interface LoketEvents {
    'loket-dossier-select': DossierSelectDetail;
  }
}

export type DossierPaging = 'pages' | 'virtual';

interface Loaded {
  options: DossierOptions;
  items: Dossier[];
  count: number;
}

const VIRTUAL_PAGE_SIZE = 50;
const TEXT_DEBOUNCE_MS = 300;
const VIEW_LABEL: Record<DossierView, DossierListMessageKey> = { lopend: 'viewLopend', afgerond: 'viewAfgerond', alle: 'viewAlle' };
const EMPTY_LABEL: Record<DossierView, DossierListMessageKey> = { lopend: 'emptyLopend', afgerond: 'emptyAfgerond', alle: 'emptyAlle' };
const STATUS_LABEL = { draft: 'statusDraft', sent: 'statusSent', deleted: 'statusDeleted', other: 'statusUnknown' } as const;

/**
 * The bestuur's supervision dossiers ("toezicht"): running ones ("Lopend"), sent ones ("Afgerond")
 * or all, with filters, sortable columns, the Loket's paging or an endless virtualised list, and a
 * CSV export of what the filters match.
 *
 * @fires loket-dossier-select - A dossier was chosen (click or Enter). Cancelable: when not
 *   cancelled the widget follows `detail.url`. `detail: { dossier, url }`.
 * @fires loket-error - A request failed; `detail.error` is a LoketError.
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
export class DossierList extends LoketElement {
  static override styles = [themeTokens, sharedStyles, dossierListStyles];
  static override catalogs = [dossierListMessages];

  /** Where a dossier opens, `{id}` filled in, e.g. `https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}`. */
  @property({ attribute: 'dossier-url' }) dossierUrl?: string;

  /** `pages`: the Loket's paging with page size choice; `virtual`: one scrolling list that loads as it scrolls. */
  @property({ reflect: true }) paging: DossierPaging = 'pages';

  /** Dossiers per page with `paging="pages"` (the user can change it); 20, as the Loket. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The view shown first (and the current one): `lopend`, `afgerond` or `alle`. */
  @property({ reflect: true }) view: DossierView = 'lopend';

  /** Separator of the CSV export; `;` opens in Excel with Belgian regional settings. */
  @property({ attribute: 'csv-separator' }) csvSeparator: CsvSeparator = ';';

  /**
   * Dossiers the host already holds (from its own backend or cache). When set, the widget filters,
   * sorts and pages these in memory and sends no request.
   */
  @property({ attribute: false }) items?: readonly Dossier[];

  @state() private filters: DossierFilters = NO_FILTERS;
  @state() private sort = DEFAULT_SORT;
  @state() private pageNumber = 0;
  @state() private exportState: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
  @state() private exportCount = 0;
  /** Virtual paging: one slot per match, filled as pages arrive. */
  @state() private rows: (Dossier | undefined)[] = [];
  /** A page of the virtual list that failed; shown under the list with a retry. */
  @state() private virtualError?: unknown;

  private listState: DossierListState = { view: this.view, filters: this.filters, sort: this.sort };
  private source?: DossierSource;
  private sourceKey?: unknown;
  private options?: { source: DossierSource; promise: Promise<DossierOptions> };
  private virtualize?: Virtualize;
  private pagesLoading = new Set<number>();
  private visibleRange = { first: 0, last: 0 };
  private virtualRun = new AbortController();
  private textTimer?: ReturnType<typeof setTimeout>;
  private lastCount?: number;

  private readonly task = new Task(this, {
    task: async ([source, listState, pageNumber, size, paging], { signal }): Promise<Loaded> => {
      const [options] = await Promise.all([
        this.optionsOf(source),
        paging === 'virtual' && !this.virtualize ? loadVirtualize().then((v) => (this.virtualize = v)) : undefined,
      ]);
      const page = await source.page(listState, pageNumber, size, signal);
      return { options, items: page.items, count: page.count };
    },
    args: () => [this.currentSource(), this.listState, this.pageNumber, this.effectivePageSize, this.paging] as const,
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

  /** One source per transport: the host's dossiers, or the Loket through the shared client. */
  private currentSource(): DossierSource {
    const key = this.items ?? this.client;
    if (!this.source || key !== this.sourceKey) {
      this.sourceKey = key;
      this.source = this.items
        ? localSource(this.items)
        : remoteSource(this.client, () => this.resolveBestuurseenheid(this.connectionSignal));
    }
    return this.source;
  }

  /**
   * Statuses and types are loaded once per source and shared by every load after, so they follow
   * the widget's life, not one load's signal. A failure is forgotten so that retry asks again.
   */
  private optionsOf(source: DossierSource): Promise<DossierOptions> {
    if (this.options?.source !== source) {
      const promise = source.options(this.connectionSignal);
      this.options = { source, promise };
      promise.catch(() => {
        if (this.options?.promise === promise) this.options = undefined;
      });
    }
    return this.options.promise;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!DOSSIER_VIEWS.includes(this.view)) this.view = 'lopend';
    if (changed.has('view') || changed.has('filters') || changed.has('sort')) {
      this.listState = { view: this.view, filters: this.filters, sort: this.sort };
    }
    const reshaped = ['view', 'pageSize', 'paging', 'items'].some((name) => changed.has(name));
    if (reshaped && this.hasUpdated) this.pageNumber = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.textTimer);
    this.virtualRun.abort();
  }

  private showLoaded(loaded: Loaded): void {
    this.lastCount = loaded.count;
    // The list shrank under the current page (another user sent or deleted dossiers): go to its last page.
    if (loaded.items.length === 0 && loaded.count > 0 && this.pageNumber > 0) {
      this.pageNumber = Math.ceil(loaded.count / this.effectivePageSize) - 1;
      return;
    }
    if (this.paging !== 'virtual') return;
    this.virtualRun.abort();
    this.virtualRun = new AbortController();
    this.pagesLoading = new Set([0]);
    this.virtualError = undefined;
    const rows: (Dossier | undefined)[] = new Array(loaded.count);
    loaded.items.forEach((item, index) => (rows[index] = item));
    this.rows = rows;
  }

  /** The virtualizer reports what is on screen; load the pages that cover it (and one ahead). */
  private onVisibilityChanged(event: Event & { first?: number; last?: number }): void {
    const { first, last } = event;
    if (typeof first !== 'number' || typeof last !== 'number' || first < 0) return;
    this.visibleRange = { first, last };
    this.loadVisiblePages();
  }

  private loadVisiblePages(): void {
    const { first, last } = this.visibleRange;
    const size = VIRTUAL_PAGE_SIZE;
    for (let page = Math.floor(first / size); page <= Math.floor((last + size / 2) / size); page++) {
      if (page * size >= this.rows.length || this.pagesLoading.has(page)) continue;
      void this.loadVirtualPage(page);
    }
  }

  private async loadVirtualPage(page: number): Promise<void> {
    const run = this.virtualRun;
    const source = this.currentSource();
    this.pagesLoading.add(page);
    try {
      const loaded = await source.page(this.listState, page, VIRTUAL_PAGE_SIZE, run.signal);
      if (run.signal.aborted) return;
      const rows = [...this.rows];
      loaded.items.forEach((item, index) => (rows[page * VIRTUAL_PAGE_SIZE + index] = item));
      this.rows = rows;
    } catch (error) {
      if (run.signal.aborted) return;
      // Scrolling over these rows again, or the retry, asks again.
      this.pagesLoading.delete(page);
      this.virtualError = this.reportError(error);
    }
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
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = DOSSIER_VIEWS.indexOf(this.view);
    const last = DOSSIER_VIEWS.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.selectView(DOSSIER_VIEWS[(target + DOSSIER_VIEWS.length) % DOSSIER_VIEWS.length]!, true);
  }

  private sortOn(key: DossierSortKey): void {
    this.sort = nextSort(this.sort, key);
    this.pageNumber = 0;
  }

  private dossierUrlOf(dossier: Dossier): string | undefined {
    return this.dossierUrl ? fillUrlTemplate(this.dossierUrl, { id: dossier.id }) : undefined;
  }

  /** The link (or button) does the work; the host may cancel and route itself. */
  private onSelect(event: Event, dossier: Dossier, url: string | undefined): void {
    const proceed = this.emit('loket-dossier-select', { dossier, url }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  /** A click anywhere on a row means the dossier: it is passed to the row's own link. */
  private onRowClick(event: MouseEvent): void {
    const target = event.target as Element;
    if (target.closest('a, button, input, select, label')) return;
    if (window.getSelection()?.toString()) return;
    (event.currentTarget as Element).querySelector<HTMLElement>('.title a, .title button')?.click();
  }

  /** Arrow keys move between dossiers; in a virtual list this scrolls the next one into view. */
  private onBodyKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as Element).closest('[role=row]');
    const index = Number(row?.getAttribute('aria-rowindex'));
    if (!row || !index) return;
    const next = this.renderRoot.querySelector(`.body [aria-rowindex="${index + (event.key === 'ArrowDown' ? 1 : -1)}"]`);
    const focusable = next?.querySelector<HTMLElement>('.title a, .title button');
    if (!focusable) return;
    event.preventDefault();
    focusable.focus();
  }

  private async exportCsv(): Promise<void> {
    this.exportState = 'busy';
    try {
      // The CSV writer is loaded when someone exports, not with the list.
      const [dossiers, { dossiersToCsv }] = await Promise.all([
        this.currentSource().all(this.listState, this.connectionSignal),
        import('../../src/dossiers/csv-export.js'),
      ]);
      const csv = dossiersToCsv(
        dossiers,
        {
          title: this.msg('colTitle'),
          type: this.msg('colType'),
          status: this.msg('colStatus'),
          organ: this.msg('colOrgan'),
          modified: this.msg('colModified'),
          sent: this.msg('colSent'),
          lastModifier: this.msg('colLastModifier'),
          id: this.msg('colId'),
        },
        (dossier) => this.statusText(dossier),
        this.csvSeparator === ',' ? ',' : ';',
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this.msg('fileName')}-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
    return html`
      <div class="frame">
        ${this.renderTabs()} ${this.renderFilters(options)}
        <div
          class="panel"
          role="tabpanel"
          id="panel"
          aria-labelledby="tab-${this.view}"
          aria-busy=${this.task.status === TaskStatus.PENDING ? 'true' : 'false'}
        >
          ${this.renderBar()} ${this.renderContent()}
        </div>
      </div>
    `;
  }

  private renderTabs(): TemplateResult {
    return html`<div class="tabs" role="tablist" aria-label=${this.msg('viewsLabel')} part="tabs" @keydown=${this.onTabKeydown}>
      ${DOSSIER_VIEWS.map(
        (view) => html`<button
          type="button"
          role="tab"
          id="tab-${view}"
          aria-selected=${view === this.view ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${view === this.view ? 0 : -1}
          @click=${() => this.selectView(view)}
        >
          ${this.msg(VIEW_LABEL[view])}
        </button>`,
      )}
    </div>`;
  }

  private renderFilters(options: DossierOptions): TemplateResult {
    const { filters } = this;
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
        ${this.msg('filterType')}
        <select name="type" @change=${(e: Event) => this.setFilters({ type: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!filters.type}>${this.msg('allTypes')}</option>
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
    const virtual = this.paging === 'virtual' && this.virtualize;
    return html`<div
        class="table ${virtual ? 'virtual' : ''}"
        role="table"
        aria-label=${this.msg('listLabel')}
        aria-rowcount=${loaded.count + 1}
        part="table"
      >
        <div class="head" role="rowgroup">
          <div class="row" role="row" aria-rowindex="1">
            ${this.renderHeader('title', 'colTitle')} ${this.renderHeader('status', 'colStatus')}
            ${this.renderHeader(undefined, 'colOrgan')} ${this.renderHeader('modified', 'colModified')}
            ${this.renderHeader('sent', 'colSent')}
          </div>
        </div>
        ${virtual
          ? html`<div class="body virtual" role="rowgroup" @visibilityChanged=${this.onVisibilityChanged} @keydown=${this.onBodyKeydown}>
              ${virtual({
                items: this.rows,
                scroller: true,
                keyFunction: (dossier, index) => dossier?.id ?? `loading-${index}`,
                renderItem: (dossier, index) => (dossier ? this.renderRow(dossier, index) : this.renderPlaceholder(index)),
              })}
            </div>`
          : html`<div class="body" role="rowgroup" @keydown=${this.onBodyKeydown}>
              ${loaded.items.map((dossier, index) => this.renderRow(dossier, this.pageNumber * this.effectivePageSize + index))}
            </div>`}
      </div>
      ${virtual
        ? this.virtualError
          ? this.renderError(this.virtualError, () => {
              this.virtualError = undefined;
              this.loadVisiblePages();
            })
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

  /** `index` is the dossier's position in the whole result, for `aria-rowindex`. */
  private renderRow(dossier: Dossier, index: number): TemplateResult {
    const url = this.dossierUrlOf(dossier);
    const title = dossierTitle(dossier) || this.msg('untitled');
    const types = dossier.description ? dossier.types.map((type) => type.label).join(', ') : '';
    const lang = this.uiLang;
    return html`<div class="row" role="row" part="row" aria-rowindex=${index + 2} @click=${this.onRowClick}>
      <div class="cell title" role="cell">
        ${url
          ? html`<a href=${url} part="link" @click=${(e: Event) => this.onSelect(e, dossier, url)}>${title}</a>`
          : html`<button type="button" class="link" part="link" @click=${(e: Event) => this.onSelect(e, dossier, undefined)}>
              ${title}
            </button>`}
        ${types ? html`<span class="types">${types}</span>` : nothing}
      </div>
      <div class="cell status" role="cell">
        <span class="badge ${dossier.statusKind}" part="badge">${this.statusText(dossier)}</span>
      </div>
      <div class="cell organ" role="cell">
        <span class="card-label" aria-hidden="true">${this.msg('colOrgan')}</span>
        ${dossier.organ ?? html`<span class="muted">${this.msg('unknown')}</span>`}
      </div>
      <div class="cell modified" role="cell">
        <span class="card-label" aria-hidden="true">${this.msg('colModified')}</span>
        ${dossier.modified
          ? html`<time datetime=${dossier.modified.toISOString()}>${formatDateTime(lang, dossier.modified)}</time>`
          : html`<span class="muted">${this.msg('unknown')}</span>`}
      </div>
      <div class="cell sent" role="cell">
        <span class="card-label" aria-hidden="true">${this.msg('colSent')}</span>
        ${dossier.sentDate
          ? html`<time datetime=${dossier.sentDate.toISOString()}>${formatDateTime(lang, dossier.sentDate)}</time>`
          : html`<span class="muted">${this.msg('notSent')}</span>`}
      </div>
    </div>`;
  }

  private renderPlaceholder(index: number): TemplateResult {
    return html`<div class="row placeholder" role="row" aria-rowindex=${index + 2}>
      <div class="cell title" role="cell"><span class="skeleton"></span><span class="visually-hidden">${this.msg('loadingRow')}</span></div>
      <div class="cell" role="cell"></div>
      <div class="cell" role="cell"></div>
      <div class="cell" role="cell"></div>
      <div class="cell" role="cell"></div>
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

defineElement('loket-dossier-list', DossierList);

declare global {
  interface HTMLElementTagNameMap {
    'loket-dossier-list': DossierList;
  }
}
