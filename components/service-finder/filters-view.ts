import { html, nothing, type TemplateResult } from 'lit';
import type { FilterConcept, FilterName, PublicService } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import { FILTERS, type FilterSelection } from '../../src/services/facets.js';
import type { ServiceIndex } from '../../src/services/search-index.js';
import type { ResultsMessageKey } from './results-view.messages.js';

export interface FilterOption {
  id: string;
  label: string;
  /** Index mode: services the query and the other filters leave with this value. */
  count?: number;
}

export interface FilterPanel {
  name: FilterName;
  /** `failed`: the code list could not be read; the search goes on without its options. */
  state: 'loading' | 'ready' | 'failed';
  options: readonly FilterOption[];
  selected: ReadonlySet<string>;
  /** A line under the options (the Doelgroep default, when its list failed). */
  note?: string;
}

export interface FiltersContext {
  msg(key: ResultsMessageKey, params?: Params): string;
  loadingText: string;
  retryText: string;
  formatCount(count: number): string;
}

const LABEL: Record<FilterName, ResultsMessageKey> = {
  Doelgroep: 'filterDoelgroep',
  Thema: 'filterThema',
  Type: 'filterType',
  Aanbieder: 'filterAanbieder',
};

export interface PanelSources {
  /** Per filter: its code list, `failed`, or absent while it loads. */
  codeLists: Partial<Record<FilterName, FilterConcept[] | 'failed'>>;
  /** The selection as searched (the Doelgroep default filled in). */
  selection: FilterSelection;
  /** The user chose the Doelgroep filter (else it is the default). */
  chosenDoelgroep: boolean;
  ownUnit?: FilterConcept;
  /** Index mode: per filter, concept id → count. */
  counts?: Record<FilterName, Map<string, number>>;
  index?: ServiceIndex;
  /** A catalogue handed in by the host: no code list is read. */
  handedIn: boolean;
}

function valuesOf(service: PublicService, filter: FilterName): (FilterConcept | undefined)[] {
  return filter === 'Doelgroep' ? service.administrativeUnits : filter === 'Thema' ? service.themes : filter === 'Type' ? [service.type] : [service.competentAuthority];
}

const indexConcepts = new WeakMap<ServiceIndex, Record<FilterName, FilterConcept[]>>();

/** Without a code list (a handed-in catalogue, a failed read) index mode offers what its services carry. */
function conceptsInIndex(index: ServiceIndex | undefined, name: FilterName): FilterConcept[] {
  if (!index) return [];
  let byFilter = indexConcepts.get(index);
  if (!byFilter) {
    const hits = index.search('', {}, 'name').hits;
    byFilter = {} as Record<FilterName, FilterConcept[]>;
    for (const filter of FILTERS) {
      const found = new Map<string, FilterConcept>();
      for (const { service } of hits) for (const value of valuesOf(service, filter)) if (value && !found.has(value.id)) found.set(value.id, value);
      byFilter[filter] = [...found.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    }
    indexConcepts.set(index, byFilter);
  }
  return byFilter[name];
}

/** Each filter's options: its code list (counted in index mode), else, in index mode, what the services carry. */
export function panelsOf(sources: PanelSources, msg: FiltersContext['msg']): FilterPanel[] {
  return FILTERS.map((name) => {
    const list = sources.codeLists[name];
    const counts = sources.counts?.[name];
    const options = (Array.isArray(list) ? list : conceptsInIndex(sources.index, name)).map((concept) => (counts ? { ...concept, count: counts.get(concept.id) ?? 0 } : concept));
    const panel: FilterPanel = {
      name,
      state: list === 'failed' ? 'failed' : list || sources.handedIn ? 'ready' : 'loading',
      options,
      selected: new Set(sources.selection[name] ?? []),
    };
    const own = sources.ownUnit;
    if (name === 'Doelgroep' && own && !Array.isArray(list) && !sources.chosenDoelgroep) panel.note = msg('ownKind', { label: own.label });
    return panel;
  });
}

/**
 * The filter panel of the real page (app/templates/search.hbs): one collapsible group per code
 * list, Doelgroep open, the others open while something in them is chosen. A list that failed to
 * load says so and offers a retry; the others and the results are unaffected. Checkboxes carry
 * `data-filter` and `data-id`; the finder listens for their changes once, on the panel.
 */
export function renderFilters(panels: readonly FilterPanel[], context: FiltersContext): TemplateResult {
  const { msg } = context;
  return html`<div class="filters" part="facets" role="group" aria-label=${msg('filters')}>
    ${panels.map((panel) => {
      const label = msg(LABEL[panel.name]);
      return html`<details class="filter" ?open=${panel.name === 'Doelgroep' || panel.selected.size > 0}>
        <summary>${label}${panel.selected.size ? html` <span class="count">(${panel.selected.size})</span>` : nothing}</summary>
        <fieldset>
          <legend class="visually-hidden">${label}</legend>
          ${panel.state === 'loading' ? html`<p class="meta">${context.loadingText}</p>` : nothing}
          ${panel.state === 'failed'
            ? html`<p class="inline-error" part="filter-error">${msg('filterFailed')}
                <button type="button" class="link" data-action="retry-filter" data-filter=${panel.name}>${context.retryText}</button></p>`
            : nothing}
          ${panel.options.map((option) => {
            const checked = panel.selected.has(option.id);
            const empty = option.count === 0 && !checked;
            return html`<label class="facet-option ${empty ? 'empty' : ''}">
              <input type="checkbox" .checked=${checked} ?disabled=${empty} data-filter=${panel.name} data-id=${option.id} />
              <span>${option.label}</span>
              ${option.count === undefined ? nothing : html`<span class="count">(${context.formatCount(option.count)})</span>`}
            </label>`;
          })}
          ${panel.note ? html`<p class="meta">${panel.note}</p>` : nothing}
        </fieldset>
      </details>`;
    })}
  </div>`;
}

/** Previous, "page n of m", next. Buttons carry `data-action="page"` and `data-page`. */
export function renderPager(page: number, pages: number, msg: FiltersContext['msg']): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${msg('paging')}>
    <button type="button" class="secondary" data-action="page" data-page=${page - 1} ?disabled=${page === 0}>${msg('previousPage')}</button>
    <span>${msg('pageOf', { page: page + 1, pages })}</span>
    <button type="button" class="secondary" data-action="page" data-page=${page + 1} ?disabled=${page >= pages - 1}>${msg('nextPage')}</button>
  </nav>`;
}
