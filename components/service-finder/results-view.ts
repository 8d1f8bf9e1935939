/**
 * Everything the finder shows below its search field once it has results: the filters, the
 * count and the sort, the result cards with their details, the pager, the bookmarks view and
 * the empty and no-results states. One chunk, loaded with the search code while the session is
 * read; the finder's first bundle renders the search field and a skeleton meanwhile.
 *
 * It renders from a model and binds no listeners: every control carries `data-action` (or
 * `data-filter` for a filter's checkbox), and the finder handles clicks, changes and keys once,
 * on the container.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Bookmarks } from '../../src/api/bookmarks.js';
import type { BookmarkedService, FilterName, PublicService } from '../../src/api/services.js';
import { INTL_LOCALE, type Lang } from '../../src/i18n/lang.js';
import { translate, type Params } from '../../src/i18n/translate.js';
import { fillUrlTemplate } from '../../src/safe-url.js';
import { FILTERS, type FilterSelection, type SortName } from '../../src/services/facets.js';
import { fold, WORD } from '../../src/services/fold.js';
import type { ServiceIndex } from '../../src/services/search-index.js';
import type { ServerPage } from '../../src/services/server-search.js';
import type { TextPart } from '../../src/services/highlight.js';
import { panelsOf, renderFilters, renderPager, type PanelSources } from './filters-view.js';
import type { DetailState, renderDetails } from './result-details.js';
import { renderResult, type ResultContext } from './result-item.js';
import type { ResultsMessageKey } from './results-view.messages.js';

import { resultsMessages } from './results-view.messages.js';
import type { FinderHost } from './actions.js';

export { resultsMessages };
export { onChange, onClick, onKeydown, resultTargets, type FinderHost } from './actions.js';
export { resultsStyles } from './results-view.styles.js';

export interface ViewRow {
  service: PublicService;
  name: readonly TextPart[];
  summary: readonly TextPart[];
}

export interface Results {
  rows: ViewRow[];
  total: number;
  /** Index mode: per filter, concept id → count. */
  counts?: Record<FilterName, Map<string, number>>;
  skipped: number;
}

/** What the results are computed from: the server's page (server mode) or the index (index mode). */
export interface ResultSources {
  page?: ServerPage | undefined;
  index?: ServiceIndex | undefined;
  query: string;
  selection: FilterSelection;
  sort: SortName;
  /** Index mode: the first result of the page shown, and the page's size. */
  start: number;
  size: number;
  /** The highlighter, once the search code is in. */
  highlight?: ((text: string, terms: ReadonlySet<string>) => TextPart[]) | undefined;
}

const plain = (text: string): TextPart[] => (text ? [{ text, match: false }] : []);

/** The rows to show, with the query's words marked; undefined while there is nothing to show yet. */
export function computeResults({ page, index, query, selection, sort, start, size, highlight }: ResultSources): Results | undefined {
  const mark = (text: string, terms: ReadonlySet<string>): TextPart[] => (terms.size && highlight ? highlight(text, terms) : plain(text));
  if (page) {
    // The query's words, folded the way the highlighter compares them (for names mu-search did not mark).
    const words = new Set((query.match(WORD) ?? []).map(fold));
    const rows = page.hits.map((hit) => ({
      service: hit.service,
      name: hit.name ?? mark(hit.service.name, words),
      summary: hit.summary ?? plain(hit.service.summary),
    }));
    return { rows, total: page.count, skipped: page.skipped };
  }
  if (!index) return undefined;
  const outcome = index.search(query, selection, sort);
  const rows = outcome.hits.slice(start, start + size).map(({ service, terms }) => {
    const marks = new Set(terms);
    return { service, name: mark(service.name, marks), summary: mark(service.summary, marks) };
  });
  return { rows, total: outcome.hits.length, counts: outcome.counts, skipped: 0 };
}

export interface ViewModel extends PanelSources {
  msg(key: ResultsMessageKey, params?: Params): string;
  loadingText: string;
  retryText: string;
  view: 'search' | 'bookmarks';
  rows: readonly ViewRow[];
  total: number;
  skipped: number;
  page: number;
  pages: number;
  /** A search for these results is under way (the list is dimmed and busy). */
  searching: boolean;
  sort: SortName;
  /** Nothing is offered to the bestuur at all (no query, the default filters). */
  empty: boolean;
  /** The user moved away from the default filters. */
  chosenFilters: boolean;
  suggestions: readonly string[];
  bookmarks?: Bookmarks;
  bookmarked?: Map<string, BookmarkedService | undefined> | 'failed';
  bookmarkFailures: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  details: ReadonlyMap<string, DetailState>;
  /** The details view once loaded (its chunk comes with the first expansion). */
  renderDetails?: typeof renderDetails;
  serviceUrl?: string;
  target?: string;
  formatCount(count: number): string;
  formatDate(iso: string): string;
  /** Filled with the services on screen, by id, for the finder's click handler. */
  shown: Map<string, PublicService>;
}

/** The view's model: the finder's state as the view reads it, with its results. */
export function modelOf(host: FinderHost, results: Results): ViewModel {
  const { chosen, lang } = host;
  return {
    msg: (key, params) => translate(resultsMessages, lang, key, params),
    loadingText: host.loadingText,
    retryText: host.retryText,
    view: host.view,
    rows: results.rows,
    total: results.total,
    skipped: results.skipped,
    page: host.page,
    pages: Math.ceil(results.total / host.size),
    searching: host.searching,
    sort: host.sort,
    empty: results.total === 0 && host.emptySearch && chosen.Doelgroep === undefined,
    chosenFilters: chosen.Doelgroep !== undefined || FILTERS.some((name) => (chosen[name]?.length ?? 0) > 0),
    suggestions: host.suggestions,
    codeLists: host.codeLists,
    selection: host.selection,
    chosenDoelgroep: chosen.Doelgroep !== undefined,
    ownUnit: host.ownUnit,
    counts: results.counts,
    index: host.index,
    handedIn: host.handedIn,
    bookmarks: host.bookmarks,
    bookmarked: host.bookmarked,
    bookmarkFailures: host.bookmarkFailures,
    expanded: host.expanded,
    details: host.details,
    renderDetails: host.detailsView?.renderDetails,
    serviceUrl: host.serviceUrl,
    target: host.target,
    formatCount: (count) => formatCount(lang, count),
    formatDate: (iso) => formatDate(lang, iso),
    shown: host.shown,
  };
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `toLocaleString` builds a formatter per call; forty filter counts per keystroke share one. */
export function formatCount(lang: Lang, count: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(INTL_LOCALE[lang])));
  return format.format(count);
}

export function formatDate(lang: Lang, iso: string): string {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium' })));
  return format.format(new Date(iso));
}

const SORTS: [SortName, ResultsMessageKey][] = [
  ['score', 'sortScore'],
  ['name', 'sortName'],
  ['newest', 'sortNewest'],
];

export function renderBody(model: ViewModel): TemplateResult {
  model.shown.clear();
  if (model.view === 'bookmarks') return renderBookmarks(model);
  const { msg } = model;
  return html`<div class="layout">
    ${renderFilters(panelsOf(model, msg), { msg, loadingText: model.loadingText, retryText: model.retryText, formatCount: model.formatCount })}
    <div class="main" aria-busy=${model.searching}>
      <div class="summary-line">
        <h3 id="summary" tabindex="-1">${msg('resultCount', { count: model.total })}</h3>
        <label class="sort">${msg('sortLabel')}
          <select .value=${model.sort} data-action="sort">
            ${SORTS.map(([value, key]) => html`<option value=${value} ?selected=${model.sort === value}>${msg(key)}</option>`)}
          </select>
        </label>
      </div>
      <p class="tools">
        ${model.chosenFilters ? html`<button type="button" class="link" data-action="reset">${msg('clearAll')}</button>` : nothing}
        ${model.bookmarks ? html`<button type="button" class="link" data-action="bookmarks">${msg('bookmarksShow', { count: model.bookmarks.size })}</button>` : nothing}
      </p>
      ${model.skipped ? html`<p class="meta">${msg('skipped', { count: model.skipped })}</p>` : nothing}
      ${model.empty
        ? html`<div class="state" part="empty"><p>${msg('emptyCatalogue')}</p></div>`
        : model.total === 0
          ? renderNoResults(model)
          : renderResults(model)}
    </div>
  </div>`;
}

function renderNoResults(model: ViewModel): TemplateResult {
  const { msg } = model;
  return html`<div class="state" part="no-results">
    <p>${msg('noResults')}</p>
    ${model.chosenFilters
      ? html`<p>${msg('noResultsFacets')}</p>
          <p><button type="button" class="secondary" data-action="reset">${msg('clearAll')}</button></p>`
      : nothing}
    ${model.suggestions.length
      ? html`<p class="suggestions">
          <span>${msg('didYouMean')}</span>
          ${model.suggestions.map((suggestion) => html`<button type="button" class="link" data-action="suggest" data-query=${suggestion}>${suggestion}</button>`)}
        </p>`
      : nothing}
  </div>`;
}

function renderResults(model: ViewModel): TemplateResult {
  const { msg, target } = model;
  const context: ResultContext = { msg, target, bookmarkLabel: msg('bookmark'), bookmarkFailedText: msg('bookmarkFailed'), formatDate: model.formatDate };
  const detailsContext = { msg, target, loadingText: model.loadingText, retryText: model.retryText };
  return html`<ul class="results ${model.searching ? 'stale' : ''}" id="results" part="results" aria-label=${msg('results')}>
      ${model.rows.map(({ service, name, summary }) => {
        model.shown.set(service.id, service);
        const expanded = model.expanded.has(service.id);
        const details = !expanded
          ? nothing
          : model.renderDetails
            ? model.renderDetails(service, model.details.get(service.id), detailsContext)
            : html`<p class="meta">${model.loadingText}</p>`;
        return renderResult(
          {
            service,
            name,
            summary,
            url: model.serviceUrl ? fillUrlTemplate(model.serviceUrl, { id: service.id, uri: service.uri ?? '' }) : undefined,
            expanded,
            details,
            bookmarked: model.bookmarks && service.uri ? model.bookmarks.has(service.uri) : undefined,
            bookmarkFailed: model.bookmarkFailures.has(service.id),
          },
          context,
        );
      })}
    </ul>
    ${renderPager(model.page, model.pages, msg)}`;
}

/** The bookmarks view (frontend-loket components/favorites-overview.gjs): each service with its call to action. */
function renderBookmarks(model: ViewModel): TemplateResult {
  const { msg, bookmarked, target } = model;
  const uris = [...(model.bookmarks?.keys() ?? [])].filter(Boolean);
  return html`<section class="bookmarks" part="bookmarks" aria-labelledby="bookmarks-title">
    <h3 id="bookmarks-title" tabindex="-1">${msg('bookmarksShow', { count: uris.length })}</h3>
    <p><button type="button" class="link" data-action="search">${msg('backToSearch')}</button></p>
    ${bookmarked === undefined
      ? html`<p class="meta" aria-busy="true">${model.loadingText}</p>`
      : bookmarked === 'failed'
        ? html`<p class="inline-error" role="alert">${msg('bookmarksFailed')}</p>`
        : uris.length === 0
          ? html`<div class="state"><p>${msg('bookmarksEmpty')}</p></div>`
          : html`<ul class="results">
              ${uris.map((uri) => {
                const service = bookmarked.get(uri);
                if (service) model.shown.set(service.id, { id: service.id, uri, name: service.name, descriptionText: '', summary: '', themes: [], administrativeUnits: [] });
                return html`<li class="result" part="result">
                  <h4 class="result-title">
                    ${service?.cta
                      ? html`<a class="open" href=${service.cta.url} target=${target ?? nothing} rel="noopener noreferrer" data-action="open" data-service=${service.id}>${service.name}</a>`
                      : (service?.name ?? msg('bookmarkGone'))}
                  </h4>
                  ${service?.cta ? html`<p class="meta">${service.cta.title}</p>` : nothing}
                  <p><button type="button" class="secondary" data-action="unbookmark" data-uri=${uri}>${msg('bookmarkRemove')}<span class="visually-hidden">: ${service?.name ?? ''}</span></button></p>
                </li>`;
              })}
            </ul>`}
  </section>`;
}
