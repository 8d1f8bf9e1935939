import { html, nothing, type TemplateResult } from 'lit';
import type { PublicService } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import type { highlightParts } from '../../src/services/highlight.js';
import type { ServiceFinderMessageKey } from './service-finder.messages.js';

/** What every row of one rendering shares: made once per rendering, not per row. */
export interface ResultContext {
  msg(key: ServiceFinderMessageKey, params?: Params): string;
  target: string | undefined;
  linksLabel: string;
  authorityLabel: string;
  bookmarkLabel: string;
  bookmarkFailedText: string;
  /**
   * Comes with the search code (the index or the server search), which is what finds terms to
   * mark; the finder's first bundle does without it.
   */
  highlight: typeof highlightParts | undefined;
}

/** What differs per row. */
export interface ResultRow {
  service: PublicService;
  /** Folded words to mark. */
  terms: readonly string[];
  /** Where the title links to; undefined when the service has no usable link. */
  url: string | undefined;
  expanded: boolean;
  /** The expanded view, or `nothing`. */
  details: unknown;
  /** undefined: bookmarking is not offered. */
  bookmarked: boolean | undefined;
  bookmarkFailed: boolean;
}

function marked(text: string, terms: readonly string[], highlight: ResultContext['highlight']): unknown {
  if (terms.length === 0 || !highlight) return text;
  return highlight(text, new Set(terms)).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
}

/**
 * One result: name (the way on), summary, badges, authority, links out, and the expandable details.
 * Its buttons and name link carry `data-action` and `data-service`; the list handles their clicks
 * in one listener, so re-rendering on every keystroke does not re-bind listeners on every row.
 */
export function renderResult(row: ResultRow, context: ResultContext): TemplateResult {
  const { service, url, expanded } = row;
  const { msg, target } = context;
  const id = service.id;
  const name = marked(service.name, row.terms, context.highlight);
  const toggle = (label: unknown, className: string) =>
    html`<button type="button" class=${className} aria-expanded=${expanded} aria-controls="details-${id}" data-action="toggle" data-service=${id}>${label}</button>`;
  return html`<li class="result" part="result">
    <h3 class="result-title">
      ${url
        ? html`<a class="open" href=${url} target=${target ?? nothing} data-action="open" data-service=${id}>${name}</a>`
        : toggle(name, 'link open')}
    </h3>
    ${service.summary ? html`<p class="summary">${marked(service.summary, row.terms, context.highlight)}</p>` : nothing}
    ${service.type || service.thematicAreas.length
      ? html`<p class="badges">
          ${service.type ? html`<span class="badge type" part="badge">${service.type.label}</span>` : nothing}
          ${service.thematicAreas.map((concept) => html`<span class="badge thema" part="badge">${concept.label}</span>`)}
        </p>`
      : nothing}
    ${service.competentAuthorities.length ? html`<p class="authority">${context.authorityLabel}: ${service.competentAuthorities.join(', ')}</p>` : nothing}
    ${service.websites.length
      ? html`<ul class="links" aria-label=${context.linksLabel}>
          ${service.websites.map((website) => html`<li><a href=${website.url} target=${target ?? nothing} rel="noopener noreferrer">${website.title}</a></li>`)}
        </ul>`
      : nothing}
    <div class="actions">
      ${url ? toggle(msg(expanded ? 'lessInfo' : 'moreInfo', { name: service.name }), 'secondary') : nothing}
      ${row.bookmarked === undefined
        ? nothing
        : html`<button type="button" class="secondary bookmark" part="bookmark" aria-pressed=${row.bookmarked} data-action="bookmark" data-service=${id}>
            <span aria-hidden="true">${row.bookmarked ? '★' : '☆'}</span> ${context.bookmarkLabel}<span class="visually-hidden">: ${service.name}</span>
          </button>`}
      ${row.bookmarkFailed ? html`<span class="inline-error" role="alert">${context.bookmarkFailedText}</span>` : nothing}
    </div>
    <div class="details" id="details-${id}" part="details" ?hidden=${!expanded}>${row.details}</div>
  </li>`;
}
