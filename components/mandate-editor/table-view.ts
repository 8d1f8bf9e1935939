import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { persoonName, type Mandataris } from '../../src/api/mandates.js';
import { functieRank } from '../../src/mandates/codes.js';
import { ordinalValue } from '../../src/mandates/ordinals.js';
import type { Lang } from '../../src/i18n/lang.js';
import { shortDate, type ListTranslate } from './view-helpers.js';

/** Ordered as a council lists its members: by function, then rangorde, then name. */
export function sortMandatarissen(items: Mandataris[]): Mandataris[] {
  const key = (m: Mandataris) => [functieRank(m.mandaat?.bestuursfunctie?.id), ordinalValue(m.rangorde) ?? 1000] as const;
  return [...items].sort((a, b) => {
    const [fa, ra] = key(a);
    const [fb, rb] = key(b);
    return fa - fb || ra - rb || persoonName(a.persoon).localeCompare(persoonName(b.persoon), 'nl') || (a.start ?? '').localeCompare(b.start ?? '');
  });
}

/** Still running on `today` or yet to start. */
export const isCurrent = (mandataris: Mandataris, today: string): boolean => !mandataris.einde || mandataris.einde > today;

export interface TableActions {
  edit(mandataris: Mandataris): void;
  end(mandataris: Mandataris): void;
  remove(mandataris: Mandataris): void;
}

export function renderTable(
  t: ListTranslate,
  lang: Lang,
  caption: string,
  rows: Mandataris[],
  actions: TableActions | undefined,
): TemplateResult {
  // Focusable so keyboard users can scroll a table wider than the screen.
  return html`<div class="scroll" part="table-wrapper" tabindex="0" role="region" aria-label=${caption}>
    <table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('colPersoon')}</th>
          <th scope="col">${t('colFunctie')}</th>
          <th scope="col">${t('fractieId')}</th>
          <th scope="col">${t('statusId')}</th>
          <th scope="col">${t('rangorde')}</th>
          <th scope="col">${t('beleidsdomeinIds')}</th>
          <th scope="col">${t('start')}</th>
          <th scope="col">${t('einde')}</th>
          ${actions ? html`<th scope="col"><span class="visually-hidden">${t('colActions')}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (row) => row.id,
          (row) => {
            const name = persoonName(row.persoon);
            return html`<tr part="row">
              <th scope="row">${name || '—'}</th>
              <td>${row.mandaat?.bestuursfunctie?.label ?? '—'}</td>
              <td>${row.fractie?.naam ?? ''}</td>
              <td>${row.status ? html`<span class="badge">${row.status.label}</span>` : ''}</td>
              <td>${row.rangorde ?? ''}</td>
              <td>${row.beleidsdomeinen.map((domein) => domein.label).join(', ')}</td>
              <td>${shortDate(lang, row.start)}</td>
              <td>${shortDate(lang, row.einde)}</td>
              ${actions
                ? html`<td class="actions">
                    <button class="secondary" data-focus="edit-${row.id}" @click=${() => actions.edit(row)}>
                      ${t('edit')}<span class="visually-hidden"> ${name}</span>
                    </button>
                    ${row.einde
                      ? nothing
                      : html`<button class="secondary" @click=${() => actions.end(row)}>
                          ${t('end')}<span class="visually-hidden"> ${name}</span>
                        </button>`}
                    <button class="secondary danger" @click=${() => actions.remove(row)}>
                      ${t('remove')}<span class="visually-hidden"> ${name}</span>
                    </button>
                  </td>`
                : nothing}
            </tr>`;
          },
        )}
      </tbody>
    </table>
  </div>`;
}
