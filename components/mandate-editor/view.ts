/**
 * What `<loket-mandate-editor>` shows once the bestuur's bodies are in: the toolbar (body,
 * legislature, "also ended", add), the drafts banner, and the body's loading, error, empty state or
 * table. A chunk of its own, fetched with the widget's first read, since the first render (heading
 * and loading state) needs none of it. Its styles come with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../src/add-styles.js';
import type { Mandataris, Orgaan, OrgaanInTijd } from '../../src/api/mandates.js';
import type { Lang } from '../../src/i18n/lang.js';
import { translate } from '../../src/i18n/translate.js';
import type { MandateEditing } from './editing.js';
import { renderTable } from './table-view.js';
import type { ListTranslate } from './view-helpers.js';
import { viewMessages } from './view.messages.js';
import { viewStyles } from './view.styles.js';

/** The view's texts: the element waits for their language before it renders, as for its own. */
export const messages = viewMessages;

/** What the view reads from the editor, for one render, and asks of it. */
export interface ViewState {
  readonly lang: Lang;
  /** The core's "loading" text. */
  readonly loadingText: string;
  readonly organen: Orgaan[];
  /** The body chosen, and its legislature. */
  readonly orgaan: Orgaan | undefined;
  readonly legislatuur: OrgaanInTijd | undefined;
  readonly showAll: boolean;
  readonly bodyPhase: 'loading' | 'ready' | 'error' | 'no-access';
  /** The legislature's mandatarissen shown (current ones, or all), in any order. */
  readonly rows: Mandataris[];
  readonly canEdit: boolean;
  /** The editing parts, once loaded. */
  readonly editing: MandateEditing | undefined;
  selectOrgaan(id: string): void;
  selectLegislatuur(id: string): void;
  setShowAll(showAll: boolean): void;
  /** The body's failure, with its retry. */
  renderBodyError(): TemplateResult;
}

/** Adds the view's styles to the element (once). */
export function attach(host: { readonly renderRoot: Element | DocumentFragment }): void {
  addStyles(host, viewStyles);
}

const years = (from?: string, to?: string) => `${from?.slice(0, 4) ?? '…'} – ${to?.slice(0, 4) ?? '…'}`;

export function renderReady(state: ViewState): TemplateResult {
  const { organen, orgaan, legislatuur, rows, canEdit } = state;
  const t: ListTranslate = (key, params) => translate(viewMessages, state.lang, key, params);
  if (organen.length === 0) return html`<p class="empty">${t('noBodies')}</p>`;
  const editing = canEdit ? state.editing : undefined;
  return html`<div class="toolbar" part="toolbar">
      <div class="field">
        <label for="orgaan">${t('body')}</label>
        <select id="orgaan" @change=${(event: Event) => state.selectOrgaan((event.target as HTMLSelectElement).value)}>
          ${organen.map((item) => html`<option value=${item.id} ?selected=${item.id === orgaan?.id}>${item.naam ?? item.classificatie?.label ?? item.id}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="legislatuur">${t('legislature')}</label>
        <select id="legislatuur" @change=${(event: Event) => state.selectLegislatuur((event.target as HTMLSelectElement).value)}>
          ${(orgaan?.legislaturen ?? []).map(
            (body) => html`<option value=${body.id} ?selected=${body.id === legislatuur?.id}>${body.periode?.label ?? years(body.bindingStart, body.bindingEinde)}</option>`,
          )}
        </select>
      </div>
      <label class="choice">
        <input type="checkbox" .checked=${state.showAll} @change=${(event: Event) => state.setShowAll((event.target as HTMLInputElement).checked)} />
        ${t('showAll')}
      </label>
      ${editing
        ? html`<button part="add-button" ?disabled=${state.bodyPhase !== 'ready' || !editing.ready} @click=${() => editing.openCreate()}>${t('add')}</button>`
        : nothing}
    </div>
    ${canEdit ? nothing : html`<p class="hint">${t('readOnly')}</p>`}
    ${state.editing && state.bodyPhase === 'ready' ? state.editing.renderDrafts() : nothing}
    ${state.bodyPhase === 'loading'
      ? html`<div aria-busy="true" class="loading">
          <span class="visually-hidden">${state.loadingText}</span>
          ${[1, 2, 3, 4].map(() => html`<span class="skeleton"></span>`)}
        </div>`
      : state.bodyPhase === 'error'
        ? state.renderBodyError()
        : rows.length === 0
          ? html`<p class="empty">${t('empty')}</p>`
          : renderTable(
              t,
              state.lang,
              `${orgaan?.naam ?? ''} ${legislatuur?.periode?.label ?? years(legislatuur?.bindingStart, legislatuur?.bindingEinde)}`,
              rows,
              editing
                ? {
                    edit: (row) => editing.openEdit(row),
                    end: (row) => editing.openEnd(row),
                    publication: (row) => editing.openPublication(row),
                    remove: (row) => editing.openRemove(row),
                  }
                : undefined,
            )}`;
}
