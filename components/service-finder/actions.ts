/**
 * What the user does with the results: the clicks, changes and keys of everything below the
 * search field (filters, sort, pager, a result's expansion and call to action, the bookmarks), as
 * the finder's one listener per kind on the results' container hands them over. Part of the
 * results view's chunk: there is nothing to act on before the results show.
 */
import type { Bookmarks } from '../../src/api/bookmarks.js';
import type { LoketClient } from '../../src/api/client.js';
import type { BookmarkedService, FilterConcept, FilterName, PublicService } from '../../src/api/services.js';
import { addStyles } from '../../src/add-styles.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { FilterSelection, SortName } from '../../src/services/facets.js';
import type { ServiceIndex } from '../../src/services/search-index.js';
import type { DetailState } from './result-details.js';

type DetailsView = typeof import('./result-details.js');

const loadDetails = (): Promise<DetailsView> => import('./result-details.js');
const loadBookmarkApi = () => import('../../src/api/bookmarks.js');

/** What the actions read and change of the finder. */
export interface FinderHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly ownerDocument: Document;
  readonly client: LoketClient;
  /** Aborted when the finder leaves the page. */
  readonly signal: AbortSignal;
  readonly lang: Lang;
  readonly query: string;
  /** A new query: back to the first page, the sort as the real page switches it. */
  setQuery(query: string): void;
  focusSearch(): void;
  /** The filters as searched (the bestuur's own kind when the user chose none). */
  readonly selection: FilterSelection;
  /** A filter's chosen concepts; back to the first page, the sort as the real page switches it. */
  setFilter(name: FilterName, ids: string[]): void;
  /** Back to the page's default filters (likewise). */
  resetFilters(): void;
  setSort(sort: SortName): void;
  page: number;
  readonly pages: number;
  /** Reads a filter's code list again (after it failed). */
  retryCodeList(name: FilterName): void;
  /** Fires `loket-service-select`; false when the host cancelled it. */
  select(service: PublicService, url: string): boolean;
  expanded: ReadonlySet<string>;
  details: ReadonlyMap<string, DetailState>;
  /** The expanded view's code, once loaded. */
  detailsView: DetailsView | undefined;
  bookmarks: Bookmarks | undefined;
  bookmarkFailures: ReadonlySet<string>;
  bookmarked: Map<string, BookmarkedService | undefined> | 'failed' | undefined;
  view: 'search' | 'bookmarks';
  reportError(error: unknown): unknown;
  // What the results view reads besides (results-view.ts modelOf).
  /** The filters as the user chose them (Doelgroep absent: the default, the bestuur's own kind). */
  readonly chosen: FilterSelection;
  /** No query and no filter chosen. */
  readonly emptySearch: boolean;
  /** Results per page. */
  readonly size: number;
  readonly searching: boolean;
  readonly sort: SortName;
  readonly suggestions: readonly string[];
  readonly codeLists: Partial<Record<FilterName, FilterConcept[] | 'failed'>>;
  readonly ownUnit: FilterConcept | undefined;
  readonly index: ServiceIndex | undefined;
  /** A catalogue handed in by the host (`services`). */
  readonly handedIn: boolean;
  readonly serviceUrl: string | undefined;
  readonly target: string | undefined;
  /** "Laden…", "Opnieuw proberen" (the shared texts). */
  readonly loadingText: string;
  readonly retryText: string;
  /** Filled with the services on screen, by id. */
  readonly shown: Map<string, PublicService>;
}

/** A click on a control of the results (each carries `data-action`). */
export function onClick(host: FinderHost, event: MouseEvent): void {
  const target = (event.target as Element).closest<HTMLElement>('[data-action]');
  if (!target) return;
  const { action, service: serviceId = '', page, filter, query, uri = '' } = target.dataset;
  const service = host.shown.get(serviceId);
  switch (action) {
    case 'suggest':
      host.setQuery(query ?? '');
      return host.focusSearch();
    // Back to the page's defaults: no theme, type or agency, the bestuur's own kind.
    case 'reset':
      return host.resetFilters();
    case 'page':
      return goToPage(host, Number(page));
    case 'retry-filter':
      if (filter) host.retryCodeList(filter as FilterName);
      return;
    case 'bookmarks':
      return void showBookmarks(host);
    case 'search':
      return showSearch(host);
    case 'unbookmark':
      return void removeBookmark(host, uri);
  }
  if (!service) return;
  if (action === 'open' && target instanceof HTMLAnchorElement) onOpen(host, event, service, target.href);
  else if (action === 'toggle') void toggle(host, service);
  else if (action === 'retry-detail') void readDetail(host, service);
  else if (action === 'bookmark') void toggleBookmark(host, service);
}

/** A filter's checkbox or the sort. */
export function onChange(host: FinderHost, event: Event): void {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  if (control.dataset['action'] === 'sort') return host.setSort(control.value as SortName);
  const name = control.dataset['filter'] as FilterName | undefined;
  const id = control.dataset['id'];
  if (!name || !id || !(control instanceof HTMLInputElement)) return;
  const current = new Set(host.selection[name] ?? []);
  if (control.checked) current.add(id);
  else current.delete(id);
  host.setFilter(name, [...current]);
}

/** Arrow keys, Home and End move between the results' titles; Escape clears the search. */
export function onKeydown(host: FinderHost, event: KeyboardEvent): void {
  if (!(event.target as Element).closest('.results')) return;
  const targets = resultTargets(host);
  const current = targets.indexOf((host.renderRoot as ShadowRoot).activeElement as HTMLElement);
  if (event.key === 'Escape') {
    event.preventDefault();
    host.setQuery('');
    host.focusSearch();
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
  if (next < 0) host.focusSearch();
  else targets[next]!.focus();
}

/** The results' titles, in order (ArrowDown from the search field goes to the first). */
export function resultTargets(host: Pick<FinderHost, 'renderRoot'>): HTMLElement[] {
  return [...host.renderRoot.querySelectorAll<HTMLElement>('.result-title .open')];
}

function goToPage(host: FinderHost, page: number): void {
  if (!Number.isInteger(page) || page < 0 || page >= host.pages) return;
  host.page = page;
  // The list is replaced: keyboard and screen reader users continue at its heading.
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#summary')?.focus());
}

function onOpen(host: FinderHost, event: MouseEvent, service: PublicService, url: string): void {
  // A modified click opens a new tab or window: that is the browser's, not a selection.
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
  if (!host.select(service, url)) event.preventDefault();
}

async function toggle(host: FinderHost, service: PublicService): Promise<void> {
  const expanded = new Set(host.expanded);
  if (expanded.delete(service.id)) {
    host.expanded = expanded;
    return;
  }
  host.expanded = expanded.add(service.id);
  if (host.details.get(service.id)?.status !== 'ready') await readDetail(host, service);
}

/** The real page's detail read (routes/search/product.js), once per service. */
async function readDetail(host: FinderHost, service: PublicService): Promise<void> {
  const setState = (state: DetailState) => (host.details = new Map(host.details).set(service.id, state));
  setState({ status: 'loading' });
  try {
    let view = host.detailsView;
    if (!view) {
      view = await loadDetails();
      addStyles(host, view.detailsStyles);
      host.detailsView = view;
    }
    setState(await view.loadDetail(host.client, service.id, { signal: host.signal, lang: host.lang, ownerDocument: host.ownerDocument }));
  } catch (error) {
    setState({ status: 'failed', error: host.reportError(error) });
  }
}

async function toggleBookmark(host: FinderHost, service: PublicService): Promise<void> {
  const uri = service.uri;
  const bookmarks = host.bookmarks;
  if (!bookmarks || !uri) return;
  const existing = bookmarks.get(uri);
  // A bookmark still being made has no id to take back yet.
  if (existing === '') return;
  const failures = new Set(host.bookmarkFailures);
  failures.delete(service.id);
  host.bookmarkFailures = failures;
  const next = new Map(bookmarks);
  if (existing) next.delete(uri);
  else next.set(uri, '');
  host.bookmarks = next;
  try {
    const api = await loadBookmarkApi();
    if (existing) await api.removeBookmark(host.client, existing, host.signal);
    else {
      const [object, id] = await api.addBookmark(host.client, service.id, host.signal);
      const added = new Map(host.bookmarks);
      added.delete(uri);
      host.bookmarks = added.set(object, id);
    }
  } catch (error) {
    host.reportError(error);
    const reverted = new Map(host.bookmarks);
    if (existing) reverted.set(uri, existing);
    else reverted.delete(uri);
    host.bookmarks = reverted;
    host.bookmarkFailures = new Set(host.bookmarkFailures).add(service.id);
  }
}

async function removeBookmark(host: FinderHost, uri: string): Promise<void> {
  const id = host.bookmarks?.get(uri);
  if (!id) return;
  try {
    await (await loadBookmarkApi()).removeBookmark(host.client, id, host.signal);
    const next = new Map(host.bookmarks);
    next.delete(uri);
    host.bookmarks = next;
  } catch (error) {
    host.reportError(error);
  }
}

/** The bookmarks view: each bookmark's service read as the real page does (services/bookmarks.js). */
async function showBookmarks(host: FinderHost): Promise<void> {
  host.view = 'bookmarks';
  host.bookmarked = undefined;
  const uris = [...(host.bookmarks?.keys() ?? [])].filter(Boolean);
  try {
    const services = await (await loadBookmarkApi()).loadBookmarkedServices(host.client, uris, { signal: host.signal, lang: host.lang });
    host.bookmarked = new Map(uris.map((uri, index) => [uri, services[index]]));
  } catch (error) {
    host.reportError(error);
    host.bookmarked = 'failed';
  }
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#bookmarks-title')?.focus();
}

function showSearch(host: FinderHost): void {
  host.view = 'search';
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('[data-action="bookmarks"]')?.focus());
}
