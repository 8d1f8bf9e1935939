import { html, nothing, type TemplateResult } from 'lit';
import type { PublicService, ServiceLink } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import { highlightParts } from '../../src/services/highlight.js';
import type { ServiceFinderMessageKey } from './service-finder.messages.js';

/** A sanitised HTML field: the element to show, `failed` when it cannot be shown, absent while loading. */
export type RichText = HTMLElement | 'failed';

export interface ResultContext {
  msg(key: ServiceFinderMessageKey, params?: Params): string;
  loadingText: string;
  /** Folded words to mark. */
  terms: ReadonlySet<string>;
  /** Where the title links to; undefined when the service has no usable link. */
  url: string | undefined;
  target: string | undefined;
  expanded: boolean;
  /** Sanitised HTML by `<serviceId>:<field>`. */
  richText: ReadonlyMap<string, RichText>;
  /** undefined: bookmarking is not offered. */
  bookmarked: boolean | undefined;
  bookmarkFailed: boolean;
}

function marked(text: string, terms: ReadonlySet<string>): TemplateResult[] {
  return highlightParts(text, terms).map((part) => (part.match ? html`<mark>${part.text}</mark>` : html`${part.text}`));
}

function link(item: ServiceLink, target: string | undefined): TemplateResult {
  return html`<a href=${item.url} target=${target ?? nothing} rel="noopener noreferrer">${item.title}</a>`;
}

function rich(context: ResultContext, key: string): TemplateResult | RichText {
  const value = context.richText.get(key);
  if (value === undefined) return html`<p class="meta">${context.loadingText}</p>`;
  if (value === 'failed') return html`<p class="inline-error">${context.msg('descriptionFailed')}</p>`;
  return value;
}

/** The HTML fields of a service that the expanded view shows, keyed as in `richText`. */
export function richFields(service: PublicService): [key: string, html: string][] {
  const fields: [string, string | undefined][] = [
    [`${service.id}:description`, service.descriptionHtml],
    [`${service.id}:regulations`, service.regulationsHtml],
    [`${service.id}:exceptions`, service.exceptionsHtml],
    ...service.procedures.map((procedure, index): [string, string | undefined] => [`${service.id}:procedure:${index}`, procedure.descriptionHtml]),
    ...service.costs.map((cost, index): [string, string | undefined] => [`${service.id}:cost:${index}`, cost.descriptionHtml]),
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

function details(service: PublicService, context: ResultContext): TemplateResult {
  const { msg } = context;
  const id = service.id;
  const hasConditions = Boolean(service.regulationsHtml || service.exceptionsHtml);
  return html`
    ${service.descriptionHtml ? html`<h4>${msg('description')}</h4>${rich(context, `${id}:description`)}` : nothing}
    ${service.additionalDescription ? html`<p>${service.additionalDescription}</p>` : nothing}
    ${service.procedures.length
      ? html`<h4>${msg('procedure')}</h4>
          ${service.procedures.map(
            (procedure, index) => html`${procedure.title ? html`<p><strong>${procedure.title}</strong></p>` : nothing}
              ${procedure.descriptionHtml ? rich(context, `${id}:procedure:${index}`) : nothing}
              ${procedure.websites.length
                ? html`<ul class="links">
                    ${procedure.websites.map((website) => html`<li>${link(website, context.target)}</li>`)}
                  </ul>`
                : nothing}`,
          )}`
      : nothing}
    ${hasConditions
      ? html`<h4>${msg('conditions')}</h4>
          ${service.regulationsHtml ? html`<p><strong>${msg('regulations')}</strong></p>${rich(context, `${id}:regulations`)}` : nothing}
          ${service.exceptionsHtml ? html`<p><strong>${msg('exceptions')}</strong></p>${rich(context, `${id}:exceptions`)}` : nothing}`
      : nothing}
    ${service.costs.length
      ? html`<h4>${msg('costs')}</h4>
          ${service.costs.map(
            (cost, index) => html`${cost.title ? html`<p><strong>${cost.title}</strong></p>` : nothing}
              ${cost.descriptionHtml ? rich(context, `${id}:cost:${index}`) : nothing}`,
          )}`
      : nothing}
    ${service.contacts.length
      ? html`<h4>${msg('contact')}</h4>
          ${service.contacts.map(
            (contact) => html`<dl>
              ${contact.email ? html`<dt>${msg('email')}</dt><dd>${contact.email}</dd>` : nothing}
              ${contact.telephone ? html`<dt>${msg('telephone')}</dt><dd>${contact.telephone}</dd>` : nothing}
              ${contact.url ? html`<dt>${msg('website')}</dt><dd><a href=${contact.url} target=${context.target ?? nothing} rel="noopener noreferrer">${contact.url}</a></dd>` : nothing}
              ${contact.openingHours ? html`<dt>${msg('openingHours')}</dt><dd>${contact.openingHours}</dd>` : nothing}
            </dl>`,
          )}`
      : nothing}`;
}

/**
 * One result: name (the way on), summary, badges, authority, links out, and the expandable details.
 * Its buttons and name link carry `data-action` and `data-service`; the list handles their clicks
 * in one listener, so re-rendering on every keystroke does not re-bind listeners on every row.
 */
export function renderResult(service: PublicService, context: ResultContext): TemplateResult {
  const { msg, url } = context;
  const name = marked(service.name, context.terms);
  const badges = [service.type, ...service.thematicAreas].filter((concept) => concept !== undefined);
  return html`<li class="result" part="result">
    <h3 class="result-title" id="title-${service.id}">
      ${url
        ? html`<a class="open" href=${url} target=${context.target ?? nothing} data-action="open" data-service=${service.id}>${name}</a>`
        : html`<button type="button" class="link open" aria-expanded=${context.expanded ? 'true' : 'false'}
            aria-controls="details-${service.id}" data-action="toggle" data-service=${service.id}>${name}</button>`}
    </h3>
    ${service.summary ? html`<p class="summary">${marked(service.summary, context.terms)}</p>` : nothing}
    ${badges.length
      ? html`<p class="badges">
          ${badges.map((concept, index) => html`<span class="badge ${index === 0 && service.type ? 'type' : 'thema'}" part="badge">${concept.label}</span>`)}
        </p>`
      : nothing}
    ${service.competentAuthorities.length
      ? html`<p class="authority">${msg('competentAuthority')}: ${service.competentAuthorities.join(', ')}</p>`
      : nothing}
    ${service.websites.length
      ? html`<ul class="links" aria-label=${msg('links')}>
          ${service.websites.map((website) => html`<li>${link(website, context.target)}</li>`)}
        </ul>`
      : nothing}
    <div class="actions">
      ${url
        ? html`<button type="button" class="secondary" aria-expanded=${context.expanded ? 'true' : 'false'}
            aria-controls="details-${service.id}" data-action="toggle" data-service=${service.id}>
            ${msg(context.expanded ? 'lessInfo' : 'moreInfo', { name: service.name })}
          </button>`
        : nothing}
      ${context.bookmarked === undefined
        ? nothing
        : html`<button type="button" class="secondary bookmark" part="bookmark" aria-pressed=${context.bookmarked ? 'true' : 'false'}
            data-action="bookmark" data-service=${service.id}>
            <span aria-hidden="true">${context.bookmarked ? '★' : '☆'}</span> ${msg('bookmark')}<span class="visually-hidden">: ${service.name}</span>
          </button>`}
      ${context.bookmarkFailed ? html`<span class="inline-error" role="alert">${msg('bookmarkFailed')}</span>` : nothing}
    </div>
    <div class="details" id="details-${service.id}" part="details" ?hidden=${!context.expanded}>
      ${context.expanded ? details(service, context) : nothing}
    </div>
  </li>`;
}
