import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoketClient } from '../../src/api/client.js';
import type { PublicService, ServiceDetail } from '../../src/api/services.js';
import type { Params } from '../../src/i18n/translate.js';
import { sanitizeHtml } from '../../src/services/sanitize-html.js';
import { loadServiceDetail } from '../../src/services/server-search.js';
import type { ResultsMessageKey } from './results-view.messages.js';

/**
 * The expanded view of a result: what the real page's side panel shows
 * (frontend-loket components/ipdc-service-sidepanel.hbs): the agency, the kinds of bestuur, the
 * call to action, the sanitised description and the other websites. Loaded on the first
 * expansion, as the sanitiser it needs already is.
 */

/** The expanded view's styles, added to the finder's own when this module loads. */
export const detailsStyles = css`
  .details {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .details > * {
    margin: 0;
  }
  .details h4 {
    margin: var(--_space) 0 0;
    font-size: 1em;
  }
  .cta {
    justify-self: start;
  }
  .rich-text > :first-child {
    margin-top: 0;
  }
`;

/** A sanitised description: the element to show, or `failed` when it cannot be shown. */
export type RichText = HTMLElement | 'failed';

export type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; detail: ServiceDetail; description?: RichText }
  | { status: 'failed'; error: unknown };

/** The detail read, then its description through the sanitiser; rejects when the read fails. */
export async function loadDetail(client: LoketClient, id: string, options: { signal?: AbortSignal; lang: string; ownerDocument: Document }): Promise<DetailState> {
  const detail = await loadServiceDetail(client, id, options);
  if (!detail.descriptionHtml) return { status: 'ready', detail };
  const description = await sanitizeHtml(detail.descriptionHtml, options.ownerDocument).catch((): RichText => 'failed');
  return { status: 'ready', detail, description };
}

export interface DetailsContext {
  msg(key: ResultsMessageKey, params?: Params): string;
  loadingText: string;
  retryText: string;
  target: string | undefined;
}

export function renderDetails(service: PublicService, state: DetailState | undefined, context: DetailsContext): TemplateResult {
  const { msg, target } = context;
  if (!state || state.status === 'loading') return html`<p class="meta">${context.loadingText}</p>`;
  if (state.status === 'failed') {
    return html`<p class="inline-error">${msg('detailFailed')}</p>
      <p><button type="button" class="secondary" data-action="retry-detail" data-service=${service.id}>${context.retryText}</button></p>`;
  }
  const { detail, description } = state;
  return html`
    ${detail.competentAuthority ? html`<p><strong>${msg('offeredBy')}:</strong> ${detail.competentAuthority}</p>` : nothing}
    ${detail.administrativeUnits.length
      ? html`<p><strong>${msg('audiences')}:</strong> ${detail.administrativeUnits.map((unit) => html`<span class="badge">${unit}</span> `)}</p>`
      : nothing}
    ${detail.cta
      ? html`<a class="button cta" part="cta" href=${detail.cta.url} target=${target ?? nothing} rel="noopener noreferrer" data-action="open" data-service=${service.id}>${detail.cta.title}</a>`
      : nothing}
    ${description === 'failed' ? html`<p class="inline-error">${msg('descriptionFailed')}</p>` : (description ?? nothing)}
    ${detail.otherWebsites.length
      ? html`<h4>${msg('moreLinks')}</h4>
          <ul class="links">
            ${detail.otherWebsites.map((link) => html`<li><a href=${link.url} target=${target ?? nothing} rel="noopener noreferrer">${link.title}</a></li>`)}
          </ul>`
      : nothing}
  `;
}
