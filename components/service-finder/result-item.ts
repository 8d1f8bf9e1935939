import { html, nothing, type TemplateResult } from 'lit';
import type { PublicService } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import type { TextPart } from '../../src/services/highlight.js';
import type { ResultsMessageKey } from './results-view.messages.js';

/** What every row of one rendering shares: made once per rendering, not per row. */
export interface ResultContext {
  msg(key: ResultsMessageKey, params?: Params): string;
  target: string | undefined;
  bookmarkLabel: string;
  bookmarkFailedText: string;
  formatDate(iso: string): string;
}

/** What differs per row. */
export interface ResultRow {
  service: PublicService;
  /** The name and summary as text parts, the marked ones found by the search. */
  name: readonly TextPart[];
  summary: readonly TextPart[];
  /** Where the title links to (`service-url`); undefined: the title opens the details. */
  url: string | undefined;
  expanded: boolean;
  /** The expanded view, or `nothing`. */
  details: unknown;
  /** undefined: bookmarking is not offered. */
  bookmarked: boolean | undefined;
  bookmarkFailed: boolean;
}

export function marked(parts: readonly TextPart[]): unknown {
  return parts.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
}

/**
 * One result as the real page's card shows it (frontend-loket components/ipdc-service-card.hbs):
 * the bookmark star beside the name, the deadline and the filter concepts of its themes and type,
 * and here also a two-line summary (where mu-search marks what it found in the description). The
 * agency and the rest are in the details. Its buttons and links carry `data-action` and
 * `data-service`; the finder handles their clicks in one listener.
 */
export function renderResult(row: ResultRow, context: ResultContext): TemplateResult {
  const { service, url, expanded } = row;
  const { msg, target } = context;
  const id = service.id;
  const name = marked(row.name);
  const toggle = (label: unknown, className: string) =>
    html`<button type="button" class=${className} aria-expanded=${expanded} aria-controls="details-${id}" data-action="toggle" data-service=${id}>${label}</button>`;
  const pills = [...service.themes, ...(service.type ? [service.type] : [])];
  return html`<li class="result" part="result">
    <div class="result-head">
      ${row.bookmarked === undefined
        ? nothing
        : html`<button type="button" class="bookmark" part="bookmark" aria-pressed=${row.bookmarked} data-action="bookmark" data-service=${id}>
            <span aria-hidden="true">${row.bookmarked ? '★' : '☆'}</span><span class="visually-hidden">${context.bookmarkLabel}: ${service.name}</span>
          </button>`}
      <h4 class="result-title">
        ${url ? html`<a class="open" href=${url} target=${target ?? nothing} data-action="open" data-service=${id}>${name}</a>` : toggle(name, 'link open')}
      </h4>
    </div>
    <p class="badges">
      <span class="badge ${service.endDate ? 'deadline' : ''}" part="badge">${service.endDate ? msg('deadline', { date: context.formatDate(service.endDate) }) : msg('deadlineUnknown')}</span>
      ${pills.map((concept) => html`<span class="badge" part="badge">${concept.label}</span>`)}
    </p>
    ${row.summary.length ? html`<p class="summary">${marked(row.summary)}</p>` : nothing}
    ${url || row.bookmarkFailed
      ? html`<div class="actions">
          ${url ? toggle(msg(expanded ? 'lessInfo' : 'moreInfo', { name: service.name }), 'secondary') : nothing}
          ${row.bookmarkFailed ? html`<span class="inline-error" role="alert">${context.bookmarkFailedText}</span>` : nothing}
        </div>`
      : nothing}
    <div class="details" id="details-${id}" part="details" ?hidden=${!expanded}>${row.details}</div>
  </li>`;
}
