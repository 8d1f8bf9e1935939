import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import { addStyles } from '../../src/add-styles.js';
import type { Dossier } from '../../src/api/dossiers.js';
import { dossierTitle } from '../../src/dossiers/title.js';
import type { StatusKind } from '../../src/dossiers/status.js';
import { PAGE_SIZES, hasFilters, type DossierFilters, type DossierKind, type DossierSort, type DossierSortKey, type DossierView } from '../../src/dossiers/list-state.js';
import type { DossierOptions, DossierSource } from '../../src/dossiers/source.js';
import { translate, type Params } from '../../src/i18n/translate.js';
import { viewMessages, type ViewMessageKey } from './view.messages.js';
import type { VirtualList } from './virtual-list.js';

/** A result the list shows. */
export interface Loaded {
  kind: DossierKind;
  /** Where the result came from (a virtual list asks it for the next pages). */
  source: DossierSource;
  items: Dossier[];
  count: number;
}

/** The columns after title and status, each sortable, as the Loket's and Subsidiepunt's own lists have them. */
export type Column = Exclude<DossierSortKey, 'title' | 'status'>;
const COLUMNS: Record<DossierKind, readonly Column[]> = { submissions: ['organ', 'session', 'modified', 'sent'], subsidies: ['deadline', 'modified'] };

/** What the result view reads from the list element and asks of it. */
export interface ViewHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly lang: Lang;
  readonly view: DossierView;
  readonly filters: DossierFilters;
  readonly sort: DossierSort;
  readonly dossierUrl: string | undefined;
  readonly subsidyUrl: string | undefined;
  pageNumber: number;
  readonly pageSize: number;
  /** The dossier (index in the whole result) whose title cell is the list's one tab stop. */
  activeIndex: number;
  /** The virtual list, when that is what the list shows. */
  readonly virtual: VirtualList | undefined;
  readonly loaded: Loaded | undefined;
  setFilters(change: Partial<DossierFilters>): void;
  clearFilters(): void;
  /** The text filter's pending change while the user types (cleared when the list clears its filters). */
  textTimer: ReturnType<typeof setTimeout> | undefined;
  sortOn(key: DossierSortKey): void;
  setPageSize(size: number): void;
  select(event: Event, dossier: Dossier, url: string | undefined, kind: DossierKind): void;
  renderError(error: unknown, retry: () => void): TemplateResult;
}

export { viewMessages };

/** A text of the view in the list's language (the list waits for its language pack before it renders). */
export function msg(host: ViewHost, key: ViewMessageKey, params?: Params): string {
  return translate(viewMessages, host.lang, key, params);
}

/**
 * A status as the app names it in Dutch ("Aanvraag ingediend"); in another language by its kind,
 * and a status the list does not know by the app's own label.
 */
export function statusText(host: ViewHost, kind: StatusKind, label: string | undefined): string {
  return label && (kind === 'other' || host.lang === 'nl') ? label : msg(host, `status.${kind}`);
}

/**
 * The filter bar and the result (table or cards, paging, the empty state) of `<loket-dossier-list>`:
 * a chunk of its own, loaded with the first page, since the first render (a skeleton) needs none of
 * it. Its styles come with it.
 */
export function attach(host: ViewHost): void {
  addStyles(host, viewStyles);
}

/**
 * One select of the filter bar: "all" and the code list's choices. A code list that failed
 * leaves the select disabled, with a message next to it (and the rest of the list working).
 */
function select(
  host: ViewHost,
  name: 'status' | 'type' | 'organ',
  label: ViewMessageKey,
  all: ViewMessageKey,
  choices: readonly { id: string; label?: string | undefined; kind?: StatusKind }[] | null,
): TemplateResult {
  const value = host.filters[name];
  return html`<label>
    ${msg(host, label)}
    <select
      name=${name}
      ?disabled=${!choices}
      aria-describedby=${choices ? nothing : `${name}-failed`}
      @change=${(e: Event) => host.setFilters({ [name]: (e.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${!value}>${msg(host, all)}</option>
      ${(choices ?? []).map(
        (choice) => html`<option value=${choice.id} ?selected=${value === choice.id}>
          ${choice.kind ? statusText(host, choice.kind, choice.label) : choice.label}
        </option>`,
      )}
    </select>
    ${choices ? nothing : html`<span class="failed" id="${name}-failed">${msg(host, 'choicesFailed')}</span>`}
  </label>`;
}

export function filterBar(host: ViewHost, options: DossierOptions): TemplateResult {
  const { filters } = host;
  const subsidies = host.loaded?.kind === 'subsidies';
  // The Loket hides the orgaan filter when the bestuur has no body to choose.
  const organs = subsidies || options.organs?.length === 0 ? undefined : options.organs;
  return html`<form class="filters" role="search" aria-label=${msg(host, 'filtersLabel')} part="filters" @submit=${(e: SubmitEvent) => onFilterSubmit(host, e)}>
    <label class="text">
      ${msg(host, 'filterText')}
      <input type="search" name="text" .value=${filters.text} @input=${(e: InputEvent) => onTextInput(host, e)} />
    </label>
    ${select(host, 'status', 'filterStatus', 'allStatuses', options.statuses)}
    ${select(host, 'type', subsidies ? 'filterOffer' : 'filterType', subsidies ? 'allOffers' : 'allTypes', options.types)}
    ${organs === undefined ? nothing : select(host, 'organ', 'filterOrgan', 'allOrgans', organs)}
    <label>
      ${msg(host, 'filterFrom')}
      <input
        type="date"
        name="from"
        .value=${filters.from}
        max=${filters.to || nothing}
        @change=${(e: Event) => host.setFilters({ from: (e.target as HTMLInputElement).value })}
      />
    </label>
    <label>
      ${msg(host, 'filterTo')}
      <input
        type="date"
        name="to"
        .value=${filters.to}
        min=${filters.from || nothing}
        @change=${(e: Event) => host.setFilters({ to: (e.target as HTMLInputElement).value })}
      />
    </label>
    ${hasFilters(filters) ? clearFilters(host) : nothing}
  </form>`;
}

const TEXT_DEBOUNCE_MS = 300;

/** The text filter applies when typing pauses. */
function onTextInput(host: ViewHost, event: InputEvent): void {
  const text = (event.target as HTMLInputElement).value;
  clearTimeout(host.textTimer);
  host.textTimer = setTimeout(() => host.setFilters({ text }), TEXT_DEBOUNCE_MS);
}

/** Enter applies it at once. */
function onFilterSubmit(host: ViewHost, event: SubmitEvent): void {
  event.preventDefault();
  clearTimeout(host.textTimer);
  const text = host.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '';
  if (text !== host.filters.text) host.setFilters({ text });
}

function clearFilters(host: ViewHost): TemplateResult {
  return html`<button type="button" class="secondary" @click=${() => host.clearFilters()}>${msg(host, 'clearFilters')}</button>`;
}

/** The result: the dossiers, or why there are none. */
export function result(host: ViewHost, loaded: Loaded): TemplateResult {
  if (loaded.count > 0) return table(host, loaded);
  const filtered = hasFilters(host.filters);
  return html`<div class="message">
    <p>${msg(host, filtered ? 'emptyFiltered' : `empty.${host.view}`)}</p>
    ${filtered ? clearFilters(host) : nothing}
  </div>`;
}

function table(host: ViewHost, loaded: Loaded): TemplateResult {
  const { virtual } = host;
  const columns = COLUMNS[loaded.kind];
  const start = host.pageNumber * host.pageSize;
  // A page always has its tab stop, even when the last focused dossier is on another page.
  const active = virtual || (host.activeIndex >= start && host.activeIndex < start + loaded.items.length) ? host.activeIndex : start;
  const row = (dossier: Dossier | null, index: number) => renderRow(host, dossier, index, loaded.kind, index === active);
  return html`<div
      class="table ${loaded.kind} ${virtual ? 'virtual' : ''}"
      role="grid"
      aria-readonly="true"
      aria-label=${msg(host, 'listLabel')}
      aria-rowcount=${loaded.count + 1}
      part="table"
    >
      <div class="head" role="rowgroup">
        <div class="row" role="row" aria-rowindex="1">${(['title', 'status', ...columns] as const).map((column) => header(host, column))}</div>
      </div>
      <div
        class="body ${virtual ? 'virtual' : ''}"
        role="rowgroup"
        @visibilityChanged=${virtual?.onVisibilityChanged}
        @keydown=${(e: KeyboardEvent) => onBodyKeydown(host, e)}
        @focusin=${(e: FocusEvent) => onBodyFocusin(host, e)}
        @focusout=${virtual?.onFocusout}
      >
        ${virtual ? virtual.render(row) : loaded.items.map((dossier, index) => row(dossier, start + index))}
      </div>
    </div>
    ${virtual ? (virtual.error ? host.renderError(virtual.error, () => virtual.retry()) : nothing) : pagination(host, loaded.count)}`;
}

/** A column header: a button that sorts on the column, as both real lists sort every column shown. */
function header(host: ViewHost, key: DossierSortKey): TemplateResult {
  const sorted = host.sort.key === key ? host.sort.direction : undefined;
  return html`<div role="columnheader" aria-sort=${sorted ?? 'none'}>
    <button type="button" @click=${() => host.sortOn(key)}>
      ${msg(host, `col.${key}`)}
      <span class="sort-icon" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
    </button>
  </div>`;
}

/**
 * `index` is the dossier's position in the whole result, for `aria-rowindex`; `null` while its
 * page loads. Only the active row's title cell is in the tab order; its link is reached with Enter.
 */
function renderRow(host: ViewHost, dossier: Dossier | null, index: number, kind: DossierKind, active: boolean): TemplateResult {
  return html`<div class="row ${dossier ? '' : 'placeholder'}" role="row" part="row" aria-rowindex=${index + 2} @click=${onRowClick}>
    <div class="cell title" role="gridcell" tabindex=${active ? 0 : -1}>
      ${dossier ? title(host, dossier, kind) : html`<span class="skeleton"></span><span class="visually-hidden">${msg(host, 'loadingRow')}</span>`}
    </div>
    <div class="cell status" role="gridcell">
      ${dossier ? html`<span class="badge ${dossier.statusKind}" part="badge">${statusText(host, dossier.statusKind, dossier.status?.label)}</span>` : nothing}
    </div>
    ${COLUMNS[kind].map((column) => cell(host, column, dossier))}
  </div>`;
}

/** The type(s) (a subsidy's offer) as the link; the form's description, or the project and call, under it. */
function title(host: ViewHost, dossier: Dossier, kind: DossierKind): TemplateResult {
  const template = kind === 'subsidies' ? host.subsidyUrl : host.dossierUrl;
  const url = template ? fillUrlTemplate(template, { id: dossier.id }) : undefined;
  const text = dossierTitle(dossier) || msg(host, 'untitled');
  const detail = dossier.types.length ? dossier.description : undefined;
  const choose = (e: Event) => host.select(e, dossier, url, kind);
  return html`${url
    ? html`<a href=${url} part="link" tabindex="-1" @click=${choose}>${text}</a>`
    : html`<button type="button" class="link" part="link" tabindex="-1" @click=${choose}>${text}</button>`}
  ${detail ? html`<span class="detail">${detail}</span>` : nothing}`;
}

function cell(host: ViewHost, column: Column, dossier: Dossier | null): TemplateResult {
  if (!dossier) return html`<div class="cell ${column}" role="gridcell"></div>`;
  const value = dossier[column === 'sent' ? 'sentDate' : column];
  return html`<div class="cell ${column}" role="gridcell">
    <span class="card-label" aria-hidden="true">${msg(host, `col.${column}`)}</span>
    ${value instanceof Date
      ? html`<time datetime=${value.toISOString()}>${formatDateTime(host.lang, value)}</time>`
      : (value ?? html`<span class="muted">${msg(host, column === 'sent' ? 'notSent' : 'unknown')}</span>`)}
  </div>`;
}

function pagination(host: ViewHost, count: number): TemplateResult {
  const size = host.pageSize;
  const pages = Math.max(1, Math.ceil(count / size));
  const page = Math.min(host.pageNumber, pages - 1);
  const sizes = PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? PAGE_SIZES : [...PAGE_SIZES, size].sort((a, b) => a - b);
  return html`<nav class="pagination" aria-label=${msg(host, 'pagination')} part="pagination">
    <button type="button" class="secondary" ?disabled=${page === 0} @click=${() => (host.pageNumber = page - 1)}>${msg(host, 'previous')}</button>
    <span>${msg(host, 'pageOf', { page: page + 1, pages })}</span>
    <button type="button" class="secondary" ?disabled=${page >= pages - 1} @click=${() => (host.pageNumber = page + 1)}>${msg(host, 'next')}</button>
    <label>
      ${msg(host, 'pageSize')}
      <select @change=${(e: Event) => host.setPageSize(Number((e.target as HTMLSelectElement).value))}>
        ${sizes.map((option) => html`<option value=${option} ?selected=${option === size}>${option}</option>`)}
      </select>
    </label>
  </nav>`;
}

/** A click anywhere on a row means the dossier: it is passed to the row's own link. */
function onRowClick(event: MouseEvent): void {
  const target = event.target as Element;
  if (target.closest('a, button, input, select, label')) return;
  if (window.getSelection()?.toString()) return;
  (event.currentTarget as Element).querySelector<HTMLElement>('.title a, .title button')?.click();
}

/** Roving focus: whichever title cell (or its link) gets focus becomes the list's tab stop. */
function onBodyFocusin(host: ViewHost, event: FocusEvent): void {
  const index = Number((event.target as Element).closest('[role=row]')?.getAttribute('aria-rowindex')) - 2;
  if (index >= 0) host.activeIndex = index;
}

/**
 * Arrow keys, Home, End, PageUp and PageDown move between dossiers (in a virtual list over the
 * whole result, scrolling it); Enter on a title cell selects its dossier.
 */
function onBodyKeydown(host: ViewHost, event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter') {
    if (target.matches('.title[role=gridcell]')) target.querySelector<HTMLElement>('a, button')?.click();
    return;
  }
  const { virtual } = host;
  const first = virtual ? 0 : host.pageNumber * host.pageSize;
  const last = (virtual ? virtual.rows.length : first + (host.loaded?.items.length ?? 0)) - 1;
  const step = virtual ? virtual.step : 10;
  const index = host.activeIndex;
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: first, End: last, PageDown: index + step, PageUp: index - step }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  void focusRow(host, Math.max(first, Math.min(last, next)));
}

/** Moves the tab stop to dossier `index` and focuses it (a virtual list scrolls to it first). */
async function focusRow(host: ViewHost, index: number): Promise<void> {
  if (host.virtual) return host.virtual.focus(index);
  host.activeIndex = index;
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(`.body [aria-rowindex="${index + 2}"] .title`)?.focus();
}

/**
 * Table when the widget is wide, cards when it is narrow: the breakpoint is the widget's own width
 * (container query on `.frame`), not the viewport, so it fits a sidebar as well as a full page.
 */
const viewStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin: 0;
  }
  .filters label {
    display: grid;
    gap: 2px;
    font-size: 0.875em;
  }
  .filters .text {
    flex: 1 1 14em;
  }
  .filters .text input {
    width: 100%;
  }
  .failed {
    max-width: 16em;
    color: var(--_error);
  }
  .table {
    border-top: 1px solid var(--_border);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(12em, 3fr) minmax(7em, 1fr) minmax(8em, 1.5fr) repeat(3, minmax(7em, 1.1fr));
    gap: var(--_space);
    align-items: center;
    width: 100%;
    min-height: 56px;
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .subsidies .row {
    grid-template-columns: minmax(12em, 3fr) minmax(7em, 1fr) repeat(2, minmax(8em, 1.2fr));
  }
  .body .row {
    cursor: pointer;
  }
  .cell.title:focus-visible {
    outline-offset: 2px;
  }
  .body .row:hover {
    background: var(--_surface-alt);
  }
  .head .row {
    min-height: 44px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  [role='columnheader'] button {
    min-height: 32px;
    padding: 2px 4px;
    border: 0;
    background: none;
    color: var(--_action);
    font-weight: 600;
  }
  [role='columnheader'] button:hover {
    background: var(--_surface-alt);
    text-decoration: underline;
  }
  .sort-icon {
    display: inline-block;
    width: 1em;
    text-align: center;
  }
  .title a,
  .title button {
    font-weight: 600;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .muted {
    color: var(--_muted);
  }
  .card-label {
    display: none;
  }
  .badge.draft {
    background: color-mix(in srgb, var(--_warning) 22%, var(--_surface));
  }
  .badge.active {
    background: color-mix(in srgb, var(--_action) 14%, var(--_surface));
  }
  .badge.sent {
    background: color-mix(in srgb, var(--_success) 18%, var(--_surface));
  }
  .badge.deleted {
    background: var(--_surface-alt);
    text-decoration: line-through;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .pagination label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  @container (max-width: 640px) {
    .head .row {
      display: flex;
      flex-wrap: wrap;
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .row {
      grid-template-columns: 1fr auto;
      gap: 4px var(--_space);
      margin-bottom: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cell.status {
      align-self: start;
    }
    .cell.organ {
      grid-column: 1 / -1;
    }
    .card-label {
      display: block;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .table {
      border-top: 0;
    }
  }
`;
