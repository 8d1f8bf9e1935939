/** The table of `<loket-mandate-editor>`: its sort order, columns and row actions (part of the view's chunk). */
import { html, nothing, type TemplateResult } from 'lit';
import { persoonName, type Mandataris } from '../../src/api/mandates.js';
import { functieRank, publicationKind } from '../../src/mandates/codes.js';
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

export interface TableActions {
  edit(mandataris: Mandataris): void;
  end(mandataris: Mandataris): void;
  publication(mandataris: Mandataris): void;
  remove(mandataris: Mandataris): void;
}

/** The columns after the person, as the list labels them. */
const COLUMNS = ['colFunctie', 'fractieId', 'statusId', 'publicationStatus', 'rangorde', 'beleidsdomeinIds', 'start', 'einde'] as const;

/** Whom each Waarnemend stands in for: the holders whose `tijdelijke-vervangingen` name them. */
function standsInFor(rows: Mandataris[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) for (const id of row.vervangerIds) out.set(id, persoonName(row.persoon));
  return out;
}

/** The rows given, in the order of `sortMandatarissen`. */
export function renderTable(
  t: ListTranslate,
  lang: Lang,
  caption: string,
  unsorted: Mandataris[],
  actions: TableActions | undefined,
): TemplateResult {
  const rows = sortMandatarissen(unsorted);
  const labels = COLUMNS.map((key) => t(key));
  const standIns = standsInFor(rows);
  // Focusable so keyboard users can scroll a table wider than the screen.
  return html`<div class="scroll" part="table-wrapper" tabindex="0" role="region" aria-label=${caption}>
    <table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('colPersoon')}</th>
          ${labels.map((label) => html`<th scope="col">${label}</th>`)}
          ${actions ? html`<th scope="col"><span class="visually-hidden">${t('colActions')}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const name = persoonName(row.persoon);
          const holder = standIns.get(row.id);
          const publication = publicationKind(row.publicationStatus);
          const cells = [
            row.mandaat?.bestuursfunctie?.label ?? '—',
            row.fractie?.naam,
            row.status && html`<span class="badge">${row.status.label}</span>${holder ? html` <span class="for">${t('standsInFor', { name: holder })}</span>` : nothing}`,
            row.publicationStatus && html`<span class="badge publication ${publication ?? ''}">${row.publicationStatus.label}</span>`,
            row.rangorde,
            row.beleidsdomeinen.map((domein) => domein.label).join(', '),
            shortDate(lang, row.start),
            shortDate(lang, row.einde),
          ];
          // The person in each action's name: "Wijzigen Ann Lemmens", not three bare "Wijzigen"s.
          const action = (key: 'edit' | 'end' | 'publication' | 'remove', run: (row: Mandataris) => void) =>
            html`<button class="link ${key}" data-focus="${key}-${row.id}" @click=${() => run(row)}>
              ${t(key)}<span class="visually-hidden"> ${name}</span>
            </button>`;
          return html`<tr part="row">
            <th scope="row">${name || '—'}</th>
            ${cells.map((cell, index) => html`<td data-label=${labels[index]!}>${cell || nothing}</td>`)}
            ${actions
              ? html`<td class="actions">
                  <div>
                    ${action('edit', actions.edit)}${row.einde ? nothing : action('end', actions.end)}${action('publication', actions.publication)}${action('remove', actions.remove)}
                  </div>
                </td>`
              : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
