import { html, nothing, type TemplateResult } from 'lit';
import type { Concept, Fractie, Mandaat } from '../../src/api/mandates.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { FormField, MandatarisForm } from '../../src/mandates/form.js';
import { shortDate, type Translate } from './view-helpers.js';

/** Everything needed to show a form value as the user knows it (names, not ids). */
export interface Lookups {
  lang: Lang;
  mandaten: Mandaat[];
  statuses: Concept[];
  fracties: Fractie[];
  domeinen: Concept[];
  personNames: ReadonlyMap<string, string>;
}

const labelOf = (items: { id: string; label?: string; naam?: string }[], id: string): string => {
  const item = items.find((candidate) => candidate.id === id);
  return item?.label ?? item?.naam ?? id;
};

export function displayValue(field: FormField, form: MandatarisForm, lookups: Lookups): string {
  switch (field) {
    case 'persoonId':
      return lookups.personNames.get(form.persoonId) ?? form.persoonId;
    case 'mandaatId': {
      const mandaat = lookups.mandaten.find((candidate) => candidate.id === form.mandaatId);
      return mandaat?.bestuursfunctie?.label ?? form.mandaatId;
    }
    case 'statusId':
      return form.statusId && labelOf(lookups.statuses, form.statusId);
    case 'fractieId':
      return form.fractieId && labelOf(lookups.fracties, form.fractieId);
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
  mine: MandatarisForm;
  /** null: the record was removed meanwhile. */
  theirs: MandatarisForm | null;
  fields: FormField[];
}

export function renderConflict(
  t: Translate,
  model: ConflictModel,
  lookups: Lookups,
  closeLabel: string,
  on: { keepMine(): void; takeTheirs(): void },
): TemplateResult {
  const { theirs } = model;
  return html`<h2 id="conflict-title">${t('conflictTitle')}</h2>
    ${theirs
      ? html`<p>${t('conflictIntro')}</p>
          <table part="conflict-table">
            <thead>
              <tr>
                <th scope="col">${t('field')}</th>
                <th scope="col">${t('yours')}</th>
                <th scope="col">${t('theirs')}</th>
              </tr>
            </thead>
            <tbody>
              ${model.fields.map(
                (field) => html`<tr>
                  <th scope="row">${t(field)}</th>
                  <td>${displayValue(field, model.mine, lookups) || '—'}</td>
                  <td>${displayValue(field, theirs, lookups) || '—'}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      : html`<p>${t('conflictDeleted')}</p>`}
    <div class="buttons">
      ${theirs ? html`<button type="button" @click=${on.keepMine}>${t('keepMine')}</button>` : nothing}
      <button type="button" class=${theirs ? 'secondary' : ''} @click=${on.takeTheirs}>${theirs ? t('takeTheirs') : closeLabel}</button>
    </div>`;
}
