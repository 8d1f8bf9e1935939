import { html, nothing, type TemplateResult } from 'lit';
import type { FilterName } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import type { ServiceFinderMessageKey } from './service-finder.messages.js';

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
  msg(key: ServiceFinderMessageKey, params?: Params): string;
  loadingText: string;
  retryText: string;
  formatCount(count: number): string;
}

const LABEL: Record<FilterName, ServiceFinderMessageKey> = {
  Doelgroep: 'filterDoelgroep',
  Thema: 'filterThema',
  Type: 'filterType',
  Aanbieder: 'filterAanbieder',
};

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
