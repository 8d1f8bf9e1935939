import { css, html, nothing, type TemplateResult } from 'lit';
import type { PublicService, ServiceLink } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import { sanitizeHtml } from '../../src/services/sanitize-html.js';
import type { ServiceFinderMessageKey } from './service-finder.messages.js';

/**
 * The expanded view of a result: sanitised description, procedures, conditions, costs, contact.
 * Loaded on the first expansion, as the sanitiser it needs already is.
 */

/** The expanded view's styles, added to the finder's own when this module loads. */
export const detailsStyles = css`
  .details {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .details h4 {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    font-size: 1em;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px var(--_space);
    margin: 0;
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
  }
  .rich-text > :first-child {
    margin-top: 0;
  }
`;

/** A sanitised HTML field: the element to show, `failed` when it cannot be shown, absent while loading. */
export type RichText = HTMLElement | 'failed';

export interface DetailsContext {
  msg(key: ServiceFinderMessageKey, params?: Params): string;
  loadingText: string;
  target: string | undefined;
  /** Sanitised HTML by `<serviceId>:<field>`. */
  richText: ReadonlyMap<string, RichText>;
}

/** The HTML fields of a service that the expanded view shows, keyed as in `richText`. */
function richFields(service: PublicService): [key: string, html: string][] {
  const fields: [string, string | undefined][] = [
    [`${service.id}:description`, service.descriptionHtml],
    [`${service.id}:regulations`, service.regulationsHtml],
    [`${service.id}:exceptions`, service.exceptionsHtml],
    ...service.procedures.map((procedure, index): [string, string | undefined] => [`${service.id}:procedure:${index}`, procedure.descriptionHtml]),
    ...service.costs.map((cost, index): [string, string | undefined] => [`${service.id}:cost:${index}`, cost.descriptionHtml]),
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

/** Sanitises the service's HTML fields that `known` lacks; a field that cannot be is `failed`. */
export function sanitizeFields(service: PublicService, known: ReadonlyMap<string, RichText>, ownerDocument: Document): Promise<[string, RichText][]> {
  return Promise.all(
    richFields(service)
      .filter(([key]) => !known.has(key))
      .map(([key, source]): Promise<[string, RichText]> =>
        sanitizeHtml(source, ownerDocument).then(
          (element) => [key, element],
          () => [key, 'failed'],
        ),
      ),
  );
}

function link(url: string, text: string, target: string | undefined): TemplateResult {
  return html`<a href=${url} target=${target ?? nothing} rel="noopener noreferrer">${text}</a>`;
}

function links(items: readonly ServiceLink[], target: string | undefined): TemplateResult | typeof nothing {
  return items.length ? html`<ul class="links">${items.map((item) => html`<li>${link(item.url, item.title, target)}</li>`)}</ul>` : nothing;
}

export function renderDetails(service: PublicService, context: DetailsContext): TemplateResult {
  const { msg, target } = context;
  const rich = (field: string, source: string | undefined): TemplateResult | RichText | typeof nothing => {
    if (!source) return nothing;
    const value = context.richText.get(`${service.id}:${field}`);
    if (value === undefined) return html`<p class="meta">${context.loadingText}</p>`;
    return value === 'failed' ? html`<p class="inline-error">${msg('descriptionFailed')}</p>` : value;
  };
  const titled = (title: string) => (title ? html`<p><strong>${title}</strong></p>` : nothing);
  return html`
    ${service.descriptionHtml ? html`<h4>${msg('description')}</h4>${rich('description', service.descriptionHtml)}` : nothing}
    ${service.additionalDescription ? html`<p>${service.additionalDescription}</p>` : nothing}
    ${service.procedures.length
      ? html`<h4>${msg('procedure')}</h4>
          ${service.procedures.map(
            (procedure, index) => html`${titled(procedure.title)}${rich(`procedure:${index}`, procedure.descriptionHtml)}${links(procedure.websites, target)}`,
          )}`
      : nothing}
    ${service.regulationsHtml || service.exceptionsHtml
      ? html`<h4>${msg('conditions')}</h4>
          ${service.regulationsHtml ? html`${titled(msg('regulations'))}${rich('regulations', service.regulationsHtml)}` : nothing}
          ${service.exceptionsHtml ? html`${titled(msg('exceptions'))}${rich('exceptions', service.exceptionsHtml)}` : nothing}`
      : nothing}
    ${service.costs.length
      ? html`<h4>${msg('costs')}</h4>
          ${service.costs.map((cost, index) => html`${titled(cost.title)}${rich(`cost:${index}`, cost.descriptionHtml)}`)}`
      : nothing}
    ${service.contacts.length
      ? html`<h4>${msg('contact')}</h4>
          ${service.contacts.map(
            (contact) => html`<dl>
              ${contact.email ? html`<dt>${msg('email')}</dt><dd>${contact.email}</dd>` : nothing}
              ${contact.telephone ? html`<dt>${msg('telephone')}</dt><dd>${contact.telephone}</dd>` : nothing}
              ${contact.url ? html`<dt>${msg('website')}</dt><dd>${link(contact.url, contact.url, target)}</dd>` : nothing}
              ${contact.openingHours ? html`<dt>${msg('openingHours')}</dt><dd>${contact.openingHours}</dd>` : nothing}
            </dl>`,
          )}`
      : nothing}`;
}
