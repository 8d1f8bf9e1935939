import { html, nothing, type TemplateResult } from 'lit';
import type { FormField, MandatarisForm } from '../../src/mandates/form.js';
import { displayValue, type Lookups, type Translate } from './view-helpers.js';

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
