import { html, type TemplateResult } from 'lit';
import type { StoredDraft } from '../../src/mandates/drafts.js';
import { formatRelative } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Translate } from './view-helpers.js';

/** The banner that offers unsaved edits of this body back, newest first. */
export function renderDrafts(
  t: Translate,
  lang: Lang,
  drafts: StoredDraft[],
  personNames: ReadonlyMap<string, string>,
  on: { restore(draft: StoredDraft): void; discard(key: string): void },
): TemplateResult {
  return html`<div class="drafts" part="drafts" role="region" aria-labelledby="drafts-title">
    <h3 id="drafts-title">${t('drafts')}</h3>
    <ul>
      ${drafts.map((entry) => {
        const { form, newPerson } = entry.value;
        const name = personNames.get(form.persoonId) || (newPerson ? `${newPerson.voornaam} ${newPerson.achternaam}`.trim() : '') || t('draftNew');
        const when = entry.savedAt ? formatRelative(lang, new Date(entry.savedAt)) : '';
        return html`<li>
          <span>${t('draftFor', { name, when })}</span>
          <button class="secondary" @click=${() => on.restore(entry)}>${t('restore')}<span class="visually-hidden"> ${name}</span></button>
          <button class="secondary" @click=${() => on.discard(entry.key)}>${t('discard')}<span class="visually-hidden"> ${name}</span></button>
        </li>`;
      })}
    </ul>
  </div>`;
}
