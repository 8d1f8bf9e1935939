import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * What the list's first render says (tabs, export button, no access); the filter bar's, the
 * table's, the count's and the export's texts come with the view's chunk (view.messages.ts). Dutch (Flemish, formal
 * "u") is in the bundle; French, German and English load when needed. Keys of a group (`view.`,
 * `source.`, `module.`) end in the value they name, so the element builds them (`view.${view}`)
 * instead of keeping a lookup table per group.
 */
const nl = {
  viewsLabel: 'Weergave',
  sourcesLabel: 'Soort dossier',
  'source.submissions': 'Toezicht',
  'source.subsidies': 'Subsidies',
  'module.submissions': 'de toezichtsdossiers',
  'module.subsidies': 'de subsidieaanvragen',
  'view.lopend': 'Lopend',
  'view.afgerond': 'Afgerond',
  'view.alle': 'Alle',
  exportCsv: 'Exporteren als CSV',
};

export type DossierListMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type DossierListMessages = Messages<DossierListMessageKey>;

export const dossierListMessages = lazyCatalog(nl, {
  fr: () => import('./translations/dossier-list.fr.js'),
  de: () => import('./translations/dossier-list.de.js'),
  en: () => import('./translations/dossier-list.en.js'),
});
