import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { persoonName, type Concept, type Fractie, type Mandaat, type Persoon } from '../../src/api/mandates.js';
import type { FormField, IssueField, MandatarisForm } from '../../src/mandates/form.js';
import type { Issue } from '../../src/mandates/rules.js';
import type { Translate } from './view-helpers.js';

export interface FormModel {
  t: Translate;
  title: string;
  form: MandatarisForm;
  /** Editing an existing record (else: adding one). */
  existing: boolean;
  isCorrection: boolean;
  /** The edit ends the current mandataris and starts a new one. */
  replacing: boolean;
  changeDate: string;
  issues: Issue[];
  /** Errors are shown once the user tried to save; warnings always. */
  showErrors: boolean;
  saving: boolean;
  cancelLabel: string;
  /** Why the last save failed (translated), when it was not a field error. */
  failure?: string;
  restored: boolean;
  mandaten: Mandaat[];
  statuses: Concept[];
  fracties: Fractie[];
  domeinen: Concept[];
  personName: string;
  searchTerm: string;
  /** undefined while nothing was searched. */
  results?: Persoon[];
}

export interface FormHandlers {
  input(field: Exclude<FormField, 'beleidsdomeinIds'>, value: string): void;
  toggleDomein(id: string, on: boolean): void;
  search(term: string): void;
  pick(id: string, name: string): void;
  correction(on: boolean): void;
  changeDate(value: string): void;
  submit(): void;
  cancel(): void;
  focusField(field: IssueField): void;
}

/** The id of the control that receives focus for a field's message. */
export const controlId = (field: IssueField): string => `f-${field}`;

export function visibleIssues(model: FormModel): Issue[] {
  return model.issues.filter((issue) => issue.severity === 'warning' || model.showErrors);
}

export function renderForm(model: FormModel, on: FormHandlers): TemplateResult {
  const { t, form } = model;
  const shown = visibleIssues(model);
  const errors = shown.filter((issue) => issue.severity === 'error');
  const issuesOf = (field: IssueField) => shown.filter((issue) => issue.field === field);
  const describedBy = (field: IssueField, hint = false) =>
    [hint ? `h-${field}` : '', issuesOf(field).length ? `e-${field}` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: IssueField) => (issuesOf(field).some((issue) => issue.severity === 'error') ? 'true' : undefined);
  const messages = (field: IssueField) => {
    const list = issuesOf(field);
    return list.length
      ? html`<p id="e-${field}" class="message">
          ${list.map((issue) => html`<span class=${issue.severity}>${t(issue.key, issue.params)}</span> `)}
        </p>`
      : nothing;
  };
  const select = (field: 'mandaatId' | 'statusId' | 'fractieId', options: { id: string; label: string }[], empty: string) =>
    html`<div class="field">
      <label for=${controlId(field)}>${t(field)}</label>
      <select
        id=${controlId(field)}
        aria-invalid=${ifDefined(invalid(field))}
        aria-describedby=${ifDefined(describedBy(field))}
        @change=${(event: Event) => on.input(field, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!form[field]}>${empty}</option>
        ${options.map((option) => html`<option value=${option.id} ?selected=${form[field] === option.id}>${option.label}</option>`)}
      </select>
      ${messages(field)}
    </div>`;
  const dateField = (field: 'start' | 'einde', hint?: string) =>
    html`<div class="field">
      <label for=${controlId(field)}>${t(field)}</label>
      ${hint ? html`<p id="h-${field}" class="hint">${hint}</p>` : nothing}
      <input
        id=${controlId(field)}
        type="date"
        .value=${live(form[field])}
        aria-invalid=${ifDefined(invalid(field))}
        aria-describedby=${ifDefined(describedBy(field, !!hint))}
        @input=${(event: Event) => on.input(field, (event.target as HTMLInputElement).value)}
      />
      ${messages(field)}
    </div>`;

  const chosen = model.personName && form.persoonId ? [{ id: form.persoonId, name: model.personName }] : [];
  const candidates = [
    ...chosen,
    ...(model.results ?? []).filter((persoon) => persoon.id !== form.persoonId).map((persoon) => ({ id: persoon.id, name: persoonName(persoon) })),
  ];

  return html`<form novalidate part="form" @submit=${(event: Event) => (event.preventDefault(), on.submit())}>
    <h2 id="form-title">${model.title}</h2>
    ${errors.length
      ? html`<div class="summary" role="alert" part="error-summary">
          <p>${t('summary', { count: errors.length })}</p>
          <ul>
            ${errors.map(
              (issue) => html`<li>
                <a href="#${controlId(issue.field)}" @click=${(event: Event) => (event.preventDefault(), on.focusField(issue.field))}
                  >${t(issue.field)}: ${t(issue.key, issue.params)}</a
                >
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${model.failure ? html`<p class="alert" role="alert">${model.failure}</p>` : nothing}
    ${model.restored ? html`<p class="notice" part="draft-notice">${t('draftRestored')}</p>` : nothing}

    <fieldset class="field persoon">
      <legend>${t('persoonId')}</legend>
      ${model.personName ? html`<p>${t('selected', { name: model.personName })}</p>` : nothing}
      <label for=${controlId('persoonId')}>${t('searchPersoon')}</label>
      <p id="h-persoonId" class="hint">${t('searchHint')}</p>
      <input
        id=${controlId('persoonId')}
        type="search"
        autocomplete="off"
        .value=${live(model.searchTerm)}
        aria-invalid=${ifDefined(invalid('persoonId'))}
        aria-describedby=${ifDefined(describedBy('persoonId', true))}
        @input=${(event: Event) => on.search((event.target as HTMLInputElement).value)}
      />
      ${candidates.length > 1 || (candidates.length === 1 && model.results)
        ? html`<div class="results">
            ${candidates.map(
              (candidate) => html`<label class="choice">
                <input
                  type="radio"
                  name="persoon"
                  value=${candidate.id}
                  .checked=${live(candidate.id === form.persoonId)}
                  @change=${() => on.pick(candidate.id, candidate.name)}
                />
                ${candidate.name}
              </label>`,
            )}
          </div>`
        : nothing}
      <p class="hint" aria-live="polite">${model.results && model.results.length === 0 ? t('noPersons') : ''}</p>
      ${messages('persoonId')}
    </fieldset>

    ${select(
      'mandaatId',
      model.mandaten.map((mandaat) => ({ id: mandaat.id, label: mandaat.bestuursfunctie?.label ?? mandaat.id })),
      t('choose'),
    )}
    ${select('statusId', model.statuses, t('choose'))}
    ${select('fractieId', model.fracties.map((fractie) => ({ id: fractie.id, label: fractie.naam ?? fractie.id })), t('noFractie'))}

    <div class="field">
      <label for=${controlId('rangorde')}>${t('rangorde')}</label>
      <p id="h-rangorde" class="hint">${t('rangordeHint')}</p>
      <input
        id=${controlId('rangorde')}
        .value=${live(form.rangorde)}
        aria-invalid=${ifDefined(invalid('rangorde'))}
        aria-describedby=${ifDefined(describedBy('rangorde', true))}
        @input=${(event: Event) => on.input('rangorde', (event.target as HTMLInputElement).value)}
      />
      ${messages('rangorde')}
    </div>

    <div class="dates">${dateField('start')} ${dateField('einde', t('eindeHint'))}</div>

    <fieldset class="field domeinen" aria-describedby=${ifDefined(describedBy('beleidsdomeinIds'))}>
      <legend>${t('beleidsdomeinIds')}</legend>
      <div class="options">
        ${model.domeinen.map(
          (domein, index) => html`<label class="choice">
            <input
              type="checkbox"
              id=${ifDefined(index === 0 ? controlId('beleidsdomeinIds') : undefined)}
              .checked=${live(form.beleidsdomeinIds.includes(domein.id))}
              @change=${(event: Event) => on.toggleDomein(domein.id, (event.target as HTMLInputElement).checked)}
            />
            ${domein.label}
          </label>`,
        )}
      </div>
      ${messages('beleidsdomeinIds')}
    </fieldset>

    ${model.existing
      ? html`<div class="field">
          <label class="choice">
            <input type="checkbox" .checked=${live(model.isCorrection)} @change=${(event: Event) => on.correction((event.target as HTMLInputElement).checked)} />
            ${t('isCorrection')}
          </label>
          <p class="hint">${t('replaceNotice')}</p>
        </div>`
      : nothing}
    ${model.replacing
      ? html`<div class="field">
          <label for=${controlId('changeDate')}>${t('changeDate')}</label>
          <input
            id=${controlId('changeDate')}
            type="date"
            .value=${live(model.changeDate)}
            aria-invalid=${ifDefined(invalid('changeDate'))}
            aria-describedby=${ifDefined(describedBy('changeDate'))}
            @input=${(event: Event) => on.changeDate((event.target as HTMLInputElement).value)}
          />
          ${messages('changeDate')}
        </div>`
      : nothing}

    <div class="buttons">
      <button type="submit" part="save-button" ?disabled=${model.saving}>${model.saving ? t('saving') : t('save')}</button>
      <button type="button" class="secondary" @click=${on.cancel}>${model.cancelLabel}</button>
    </div>
  </form>`;
}
