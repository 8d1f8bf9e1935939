import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { persoonName, type Concept, type Fractie, type Mandaat, type Persoon } from '../../src/api/mandates.js';
import { STATUS } from '../../src/mandates/codes.js';
import { fractieHidden, hasBeleidsdomeinen, hasRangorde } from '../../src/mandates/mandaat-rules.js';
import { ONAFHANKELIJK_CHOICE, type FormField, type IssueField, type MandatarisForm, type NewPersonField, type NewPersonForm } from '../../src/mandates/form.js';
import type { Issue } from '../../src/mandates/rules.js';
import type { Translate } from './view-helpers.js';

export interface FormModel {
  t: Translate;
  title: string;
  form: MandatarisForm;
  /** A person to create with the mandataris (instead of one found). */
  newPerson?: NewPersonForm;
  /** Editing an existing record (else: adding one). */
  existing: boolean;
  /** The record is bekrachtigd: not corrected in place. */
  bekrachtigd: boolean;
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
  classificatie?: string;
  mandaten: Mandaat[];
  statuses: Concept[];
  fracties: Fractie[];
  domeinen: Concept[];
  geslachten: Concept[];
  /** The fractie the record had (an onafhankelijke one is offered as "Onafhankelijk"). */
  baseFractie?: string;
  personName: string;
  searchTerm: string;
  /** undefined while nothing was searched. */
  results?: Persoon[];
}

export interface FormHandlers {
  input(field: Exclude<FormField, 'beleidsdomeinIds'>, value: string): void;
  person(field: NewPersonField, value: string): void;
  newPerson(on: boolean): void;
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

export function visibleIssues(model: Pick<FormModel, 'issues' | 'showErrors'>): Issue[] {
  return model.issues.filter((issue) => issue.severity === 'warning' || model.showErrors);
}

/** Messages and ARIA wiring for the fields of one form. */
export function fieldHelpers(t: Translate, shown: Issue[]) {
  const issuesOf = (field: IssueField) => shown.filter((issue) => issue.field === field);
  return {
    describedBy: (field: IssueField, hint = false) => [hint ? `h-${field}` : '', issuesOf(field).length ? `e-${field}` : ''].filter(Boolean).join(' ') || undefined,
    invalid: (field: IssueField) => (issuesOf(field).some((issue) => issue.severity === 'error') ? 'true' : undefined),
    messages: (field: IssueField) => {
      const list = issuesOf(field);
      return list.length
        ? html`<p id="e-${field}" class="message">${list.map((issue) => html`<span class=${issue.severity}>${t(issue.key, issue.params)}</span> `)}</p>`
        : nothing;
    },
  };
}

export function renderSummary(t: Translate, errors: Issue[], focusField: (field: IssueField) => void): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="summary" role="alert" part="error-summary">
    <p>${t('summary', { count: errors.length })}</p>
    <ul>
      ${errors.map(
        (issue) => html`<li>
          <a href="#${controlId(issue.field)}" @click=${(event: Event) => (event.preventDefault(), focusField(issue.field))}>${t(issue.field)}: ${t(issue.key, issue.params)}</a>
        </li>`,
      )}
    </ul>
  </div>`;
}

function renderNewPerson(model: FormModel, person: NewPersonForm, on: FormHandlers, help: ReturnType<typeof fieldHelpers>): TemplateResult {
  const { t } = model;
  const input = (field: Exclude<NewPersonField, 'geslachtId'>, type: string, hint?: string) => html`<div class="field">
    <label for=${controlId(field)}>${t(field)}</label>
    ${hint ? html`<p id="h-${field}" class="hint">${hint}</p>` : nothing}
    <input
      id=${controlId(field)}
      type=${type}
      autocomplete="off"
      .value=${live(person[field])}
      aria-invalid=${ifDefined(help.invalid(field))}
      aria-describedby=${ifDefined(help.describedBy(field, !!hint))}
      @input=${(event: Event) => on.person(field, (event.target as HTMLInputElement).value)}
    />
    ${help.messages(field)}
  </div>`;
  return html`<div class="new-person">
    <h3>${t('newPersonTitle')}</h3>
    ${input('voornaam', 'text')} ${input('achternaam', 'text')} ${input('rijksregisternummer', 'text', t('rrnHint'))} ${input('geboortedatum', 'date')}
    <div class="field">
      <label for=${controlId('geslachtId')}>${t('geslachtId')}</label>
      <select
        id=${controlId('geslachtId')}
        aria-invalid=${ifDefined(help.invalid('geslachtId'))}
        aria-describedby=${ifDefined(help.describedBy('geslachtId'))}
        @change=${(event: Event) => on.person('geslachtId', (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!person.geslachtId}>${t('choose')}</option>
        ${model.geslachten.map((code) => html`<option value=${code.id} ?selected=${person.geslachtId === code.id}>${code.label}</option>`)}
      </select>
      ${help.messages('geslachtId')}
    </div>
    <button type="button" class="secondary" @click=${() => on.newPerson(false)}>${t('searchInstead')}</button>
  </div>`;
}

function renderPerson(model: FormModel, on: FormHandlers, help: ReturnType<typeof fieldHelpers>): TemplateResult {
  const { t, form } = model;
  const chosen = model.personName && form.persoonId ? [{ id: form.persoonId, name: model.personName }] : [];
  const candidates = [
    ...chosen,
    ...(model.results ?? []).filter((persoon) => persoon.id !== form.persoonId).map((persoon) => ({ id: persoon.id, name: persoonName(persoon) })),
  ];
  return html`<fieldset class="field persoon">
    <legend>${t('persoonId')}</legend>
    ${model.newPerson
      ? renderNewPerson(model, model.newPerson, on, help)
      : html`${model.personName ? html`<p>${t('selected', { name: model.personName })}</p>` : nothing}
          <label for=${controlId('persoonId')}>${t('searchPersoon')}</label>
          <p id="h-persoonId" class="hint">${t('searchHint')}</p>
          <input
            id=${controlId('persoonId')}
            type="search"
            autocomplete="off"
            .value=${live(model.searchTerm)}
            aria-invalid=${ifDefined(help.invalid('persoonId'))}
            aria-describedby=${ifDefined(help.describedBy('persoonId', true))}
            @input=${(event: Event) => on.search((event.target as HTMLInputElement).value)}
          />
          ${candidates.length > 1 || (candidates.length === 1 && model.results)
            ? html`<div class="results">
                ${candidates.map(
                  (candidate) => html`<label class="choice">
                    <input type="radio" name="persoon" value=${candidate.id} .checked=${live(candidate.id === form.persoonId)} @change=${() => on.pick(candidate.id, candidate.name)} />
                    ${candidate.name}
                  </label>`,
                )}
              </div>`
            : nothing}
          <p class="hint" aria-live="polite">${model.results && model.results.length === 0 ? t('noPersons') : ''}</p>
          ${model.existing ? nothing : html`<button type="button" class="secondary" @click=${() => on.newPerson(true)}>${t('newPerson')}</button>`}
          ${help.messages('persoonId')}`}
  </fieldset>`;
}

/** Samenwerkingsverbanden, and "Onafhankelijk": the person's own onafhankelijke fractie, or one to make. */
function fractieOptions(model: FormModel): { id: string; label: string }[] {
  const { t, form, fracties } = model;
  const own = [form.fractieId, model.baseFractie].find((id) => fracties.some((fractie) => fractie.id === id && fractie.onafhankelijk));
  return [
    ...fracties.filter((fractie) => !fractie.onafhankelijk).map((fractie) => ({ id: fractie.id, label: fractie.naam ?? fractie.id })),
    { id: own ?? ONAFHANKELIJK_CHOICE, label: t('onafhankelijk') },
  ];
}

export function renderForm(model: FormModel, on: FormHandlers): TemplateResult {
  const { t, form } = model;
  const shown = visibleIssues(model);
  const help = fieldHelpers(t, shown);
  const select = (field: 'mandaatId' | 'statusId' | 'fractieId', options: { id: string; label: string }[], empty: string) =>
    html`<div class="field">
      <label for=${controlId(field)}>${t(field)}</label>
      <select
        id=${controlId(field)}
        aria-invalid=${ifDefined(help.invalid(field))}
        aria-describedby=${ifDefined(help.describedBy(field))}
        @change=${(event: Event) => on.input(field, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!form[field]}>${empty}</option>
        ${options.map((option) => html`<option value=${option.id} ?selected=${form[field] === option.id}>${option.label}</option>`)}
      </select>
      ${help.messages(field)}
    </div>`;
  const dateField = (field: 'start' | 'einde' | 'changeDate', value: string, change: (value: string) => void, hint?: string) =>
    html`<div class="field">
      <label for=${controlId(field)}>${t(field)}</label>
      ${hint ? html`<p id="h-${field}" class="hint">${hint}</p>` : nothing}
      <input
        id=${controlId(field)}
        type="date"
        .value=${live(value)}
        aria-invalid=${ifDefined(help.invalid(field))}
        aria-describedby=${ifDefined(help.describedBy(field, !!hint))}
        @input=${(event: Event) => change((event.target as HTMLInputElement).value)}
      />
      ${help.messages(field)}
    </div>`;

  const mandaat = model.mandaten.find((candidate) => candidate.id === form.mandaatId);
  const hindered = form.statusId === STATUS.verhinderd || form.statusId === STATUS.titelvoerend;
  // LMB shows the rangorde for mandaten that have one, not for a Verhinderd holder (FE edit/form.js:99-104);
  // a value that does not belong stays visible with its message.
  const showRangorde = (hasRangorde(mandaat) && !hindered) || (!!form.rangorde.trim() && !!mandaat && !hasRangorde(mandaat));
  const showDomeinen = hasBeleidsdomeinen(mandaat) || form.beleidsdomeinIds.length > 0;

  return html`<form novalidate part="form" @submit=${(event: Event) => (event.preventDefault(), on.submit())}>
    <h2 id="form-title">${model.title}</h2>
    ${renderSummary(t, shown.filter((issue) => issue.severity === 'error'), on.focusField)}
    ${model.failure ? html`<p class="alert" role="alert">${model.failure}</p>` : nothing}
    ${model.restored ? html`<p class="notice" part="draft-notice">${t('draftRestored')}</p>` : nothing}
    ${model.bekrachtigd ? html`<p class="notice" part="bekrachtigd-notice">${t('bekrachtigdNotice')}</p>` : nothing}
    ${renderPerson(model, on, help)}
    ${select(
      'mandaatId',
      model.mandaten.map((option) => ({ id: option.id, label: option.bestuursfunctie?.label ?? option.id })),
      t('choose'),
    )}
    ${select('statusId', model.statuses, t('choose'))}
    ${fractieHidden(model.classificatie) ? nothing : select('fractieId', fractieOptions(model), t('noFractie'))}
    ${showRangorde
      ? html`<div class="field">
          <label for=${controlId('rangorde')}>${t('rangorde')}</label>
          <p id="h-rangorde" class="hint">${t('rangordeHint')}</p>
          <input
            id=${controlId('rangorde')}
            .value=${live(form.rangorde)}
            aria-invalid=${ifDefined(help.invalid('rangorde'))}
            aria-describedby=${ifDefined(help.describedBy('rangorde', true))}
            @input=${(event: Event) => on.input('rangorde', (event.target as HTMLInputElement).value)}
          />
          ${help.messages('rangorde')}
        </div>`
      : nothing}
    <div class="dates">${dateField('start', form.start, (value) => on.input('start', value))} ${dateField('einde', form.einde, (value) => on.input('einde', value), t('eindeHint'))}</div>
    ${showDomeinen
      ? html`<fieldset class="field domeinen" aria-describedby=${ifDefined(help.describedBy('beleidsdomeinIds'))}>
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
          ${help.messages('beleidsdomeinIds')}
        </fieldset>`
      : nothing}
    ${model.existing
      ? html`<div class="field">
          <label class="choice">
            <input type="checkbox" .checked=${live(model.isCorrection)} @change=${(event: Event) => on.correction((event.target as HTMLInputElement).checked)} />
            ${t('isCorrection')}
          </label>
          <p class="hint">${t('replaceNotice')}</p>
        </div>`
      : nothing}
    ${model.replacing ? dateField('changeDate', model.changeDate, on.changeDate) : nothing}
    <div class="buttons">
      <button type="submit" part="save-button" ?disabled=${model.saving}>${model.saving ? t('saving') : t('save')}</button>
      <button type="button" class="secondary" @click=${on.cancel}>${model.cancelLabel}</button>
    </div>
  </form>`;
}
