import { html, nothing, type TemplateResult } from 'lit';
import { persoonName, type Mandataris } from '../../src/api/mandates.js';
import type { Issue } from '../../src/mandates/rules.js';
import type { Translate } from './view-helpers.js';

export interface EndState {
  mandataris: Mandataris;
  date: string;
  attempted: boolean;
  saving: boolean;
  failure?: string;
}

export interface RemoveState {
  mandataris: Mandataris;
  /** LMB removes only Draft and Niet bekrachtigd mandatarissen, except for its admins. */
  allowed: boolean;
  saving: boolean;
  failure?: string;
}

/** The end date of a mandate, with the rules' messages for it. */
export function renderEndForm(
  t: Translate,
  cancelLabel: string,
  state: EndState,
  issues: Issue[],
  on: { date(value: string): void; submit(): void; cancel(): void },
): TemplateResult {
  const invalid = issues.some((issue) => issue.severity === 'error');
  return html`<form novalidate @submit=${(event: Event) => (event.preventDefault(), on.submit())}>
    <h2 id="end-title">${t('endTitle', { name: persoonName(state.mandataris.persoon) })}</h2>
    ${state.failure ? html`<p class="alert" role="alert">${state.failure}</p>` : nothing}
    <div class="field">
      <label for="end-date">${t('einde')}</label>
      <input
        id="end-date"
        type="date"
        .value=${state.date}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${issues.length ? 'end-error' : nothing}
        @input=${(event: Event) => on.date((event.target as HTMLInputElement).value)}
      />
      ${issues.length
        ? html`<p id="end-error" class="message" role=${invalid ? 'alert' : nothing}>
            ${issues.map((issue) => html`<span class=${issue.severity}>${t(issue.key, issue.params)}</span> `)}
          </p>`
        : nothing}
    </div>
    <div class="buttons">
      <button type="submit" ?disabled=${state.saving}>${state.saving ? t('saving') : t('end')}</button>
      <button type="button" class="secondary" @click=${on.cancel}>${cancelLabel}</button>
    </div>
  </form>`;
}

/** Confirmation before a mandataris is removed (a tombstone in LMB). Cancel has the focus. */
export function renderRemoveQuestion(
  t: Translate,
  cancelLabel: string,
  state: RemoveState,
  on: { submit(): void; cancel(): void },
): TemplateResult {
  const name = persoonName(state.mandataris.persoon);
  const functie = state.mandataris.mandaat?.bestuursfunctie?.label ?? '';
  return html`<h2 id="remove-title">${t('removeTitle')}</h2>
    <p>${state.allowed ? t('removeQuestion', { name, functie }) : t('removeBekrachtigd')}</p>
    ${state.failure ? html`<p class="alert" role="alert">${state.failure}</p>` : nothing}
    <div class="buttons">
      ${state.allowed ? html`<button class="danger" ?disabled=${state.saving} @click=${on.submit}>${t('remove')}</button>` : nothing}
      <button class="secondary" autofocus @click=${on.cancel}>${cancelLabel}</button>
    </div>`;
}
