import { html, nothing, type TemplateResult } from 'lit';
import type { Concept, Fractie, Mandaat } from '../../src/api/mandates.js';
import type { Lang } from '../../src/i18n/lang.js';
import { defaultChoice, type MergeChoice, type MergeRow } from '../../src/mandates/conflict.js';
import { ONAFHANKELIJK_CHOICE, type FormField, type MandatarisForm } from '../../src/mandates/form.js';
import { shortDate, type Translate } from './view-helpers.js';

/** Everything needed to show a form value as the user knows it (names, not ids). */
export interface Lookups {
  lang: Lang;
  mandaten: Mandaat[];
  statuses: Concept[];
  fracties: Fractie[];
  domeinen: Concept[];
  personNames: ReadonlyMap<string, string>;
  onafhankelijk: string;
}

const labelOf = (items: { id: string; label?: string; naam?: string }[], id: string): string => {
  const item = items.find((candidate) => candidate.id === id);
  return item?.label ?? item?.naam ?? id;
};

export function displayValue(field: FormField, form: MandatarisForm, lookups: Lookups): string {
  switch (field) {
    case 'persoonId':
      return lookups.personNames.get(form.persoonId) ?? form.persoonId;
    case 'mandaatId':
      return lookups.mandaten.find((candidate) => candidate.id === form.mandaatId)?.bestuursfunctie?.label ?? form.mandaatId;
    case 'statusId':
      return form.statusId && labelOf(lookups.statuses, form.statusId);
    case 'fractieId':
      return form.fractieId === ONAFHANKELIJK_CHOICE ? lookups.onafhankelijk : form.fractieId && labelOf(lookups.fracties, form.fractieId);
    case 'beleidsdomeinIds':
      return form.beleidsdomeinIds.map((id) => labelOf(lookups.domeinen, id)).join(', ');
    case 'start':
    case 'einde':
      return shortDate(lookups.lang, form[field]);
    default:
      return form[field];
  }
}

/** What the user decides on when the record changed under them. */
export interface ConflictModel {
  /** `edit`: merge field by field; `guard`: an end, removal or publication change that waits. */
  kind: 'edit' | 'guard';
  mine: MandatarisForm;
  /** null: the record was removed meanwhile. */
  theirs: MandatarisForm | null;
  rows: MergeRow[];
  choices: Partial<Record<FormField, MergeChoice>>;
}

export interface ConflictHandlers {
  choose(field: FormField, choice: MergeChoice): void;
  saveMerged(): void;
  keepMine(): void;
  takeTheirs(): void;
}

/**
 * The merge view: per field that differs, both values and a choice (keep mine / take theirs),
 * defaulting to theirs where only they changed it; or all mine, or all theirs.
 */
export function renderConflict(t: Translate, model: ConflictModel, lookups: Lookups, closeLabel: string, on: ConflictHandlers): TemplateResult {
  const { theirs } = model;
  if (!theirs) {
    return html`<h2 id="conflict-title">${t('conflictTitle')}</h2>
      <p>${t('conflictDeleted')}</p>
      <div class="buttons"><button type="button" @click=${on.takeTheirs}>${closeLabel}</button></div>`;
  }
  const merge = model.kind === 'edit';
  return html`<h2 id="conflict-title">${t('conflictTitle')}</h2>
    <p>${t(merge ? 'conflictIntro' : 'conflictGuard')}</p>
    <table part="conflict-table">
      <thead>
        <tr>
          <th scope="col">${t('field')}</th>
          <th scope="col">${t('yours')}</th>
          <th scope="col">${t('theirs')}</th>
          ${merge ? html`<th scope="col">${t('keep')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map((row) => {
          const label = t(row.field);
          const choice = model.choices[row.field] ?? defaultChoice(row);
          const note = (changed: boolean, key: 'changedByYou' | 'changedByThem') => (changed ? html`<span class="hint"> (${t(key)})</span>` : nothing);
          const radio = (value: MergeChoice, text: 'mineValue' | 'theirValue') => html`<label class="choice">
            <input type="radio" name="merge-${row.field}" value=${value} .checked=${choice === value} @change=${() => on.choose(row.field, value)} />
            ${t(text)}<span class="visually-hidden"> ${t('forField', { field: label })}</span>
          </label>`;
          return html`<tr data-field=${row.field}>
            <th scope="row">${label}</th>
            <td>${displayValue(row.field, model.mine, lookups) || '—'}${note(row.mine, 'changedByYou')}</td>
            <td>${displayValue(row.field, theirs, lookups) || '—'}${note(row.theirs, 'changedByThem')}</td>
            ${merge ? html`<td class="merge">${radio('mine', 'mineValue')} ${radio('theirs', 'theirValue')}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
    <div class="buttons">
      ${merge
        ? html`<button type="button" part="merge-button" @click=${on.saveMerged}>${t('saveMerged')}</button>
            <button type="button" class="secondary" @click=${on.keepMine}>${t('keepMine')}</button>`
        : html`<button type="button" @click=${on.keepMine}>${t('continueAnyway')}</button>`}
      <button type="button" class="secondary" @click=${on.takeTheirs}>${t('takeTheirs')}</button>
    </div>`;
}
