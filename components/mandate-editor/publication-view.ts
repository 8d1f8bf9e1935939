import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { persoonName, type Concept, type Mandataris } from '../../src/api/mandates.js';
import { publicationKind } from '../../src/mandates/codes.js';
import type { Issue } from '../../src/mandates/rules.js';
import { fieldHelpers } from './form-view.js';
import type { Translate } from './view-helpers.js';

export interface PublicationState {
  mandataris: Mandataris;
  /** The chosen code's id. */
  statusId: string;
  link: string;
  attempted: boolean;
  saving: boolean;
  failure?: string;
}

/** Why the status cannot be changed here, as LMB says it (FE mandataris-card.js:39-88, publication-status-selector.js). */
export type PublicationLock = 'publicationLocked' | 'publicationBurgemeester' | 'publicationLast' | undefined;

export interface PublicationModel {
  t: Translate;
  cancelLabel: string;
  state: PublicationState;
  /** The codes LMB offers for this mandataris, in `order`. */
  options: Concept[];
  lock: PublicationLock;
  issues: Issue[];
}

/** The publication status of one mandataris: the allowed codes, and the link a bekrachtiging needs. */
export function renderPublication(model: PublicationModel, on: { choose(id: string): void; link(value: string): void; submit(): void; cancel(): void }): TemplateResult {
  const { t, state } = model;
  const help = fieldHelpers(t, state.attempted ? model.issues : []);
  const chosen = model.options.find((option) => option.id === state.statusId);
  const current = state.mandataris.publicationStatus;
  return html`<form novalidate @submit=${(event: Event) => (event.preventDefault(), on.submit())}>
    <h2 id="publication-title">${t('publicationTitle', { name: persoonName(state.mandataris.persoon) })}</h2>
    ${state.failure ? html`<p class="alert" role="alert">${state.failure}</p>` : nothing}
    <p>${t('publicationStatus')}: <span class="badge publication ${publicationKind(current) ?? ''}">${current?.label ?? '—'}</span></p>
    ${model.lock
      ? html`<p class="notice" part="publication-lock">${t(model.lock)}</p>`
      : html`<fieldset class="field">
            <legend>${t('publicationChoice')}</legend>
            ${model.options.map(
              (option) => html`<label class="choice">
                <input type="radio" name="publication" value=${option.id} .checked=${option.id === state.statusId} @change=${() => on.choose(option.id)} />
                ${option.label}
              </label>`,
            )}
          </fieldset>
          ${publicationKind(chosen) === 'bekrachtigd'
            ? html`<div class="field">
                <label for="f-link">${t('link')}</label>
                <p id="h-link" class="hint">${t('linkHint')}</p>
                <input
                  id="f-link"
                  type="url"
                  .value=${state.link}
                  aria-invalid=${ifDefined(help.invalid('link'))}
                  aria-describedby=${ifDefined(help.describedBy('link', true))}
                  @input=${(event: Event) => on.link((event.target as HTMLInputElement).value)}
                />
                ${help.messages('link')}
              </div>`
            : nothing}`}
    <div class="buttons">
      ${model.lock ? nothing : html`<button type="submit" ?disabled=${state.saving}>${state.saving ? t('saving') : t('save')}</button>`}
      <button type="button" class="secondary" @click=${on.cancel}>${model.cancelLabel}</button>
    </div>
  </form>`;
}
