import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/** Dutch (Flemish, formal "u") is in the bundle; French, German and English load when needed. */
const nl = {
  listLabel: 'Dossiers',
  viewsLabel: 'Weergave',
  viewLopend: 'Lopend',
  viewAfgerond: 'Afgerond',
  viewAlle: 'Alle',
  filtersLabel: 'Filters',
  filterStatus: 'Status',
  allStatuses: 'Alle statussen',
  filterType: 'Type document',
  allTypes: 'Alle types',
  filterFrom: 'Gewijzigd vanaf',
  filterTo: 'Gewijzigd tot en met',
  filterText: 'Zoeken in dossiers',
  clearFilters: 'Filters wissen',
  colTitle: 'Dossier',
  colType: 'Type document',
  colStatus: 'Status',
  colOrgan: 'Bestuursorgaan',
  colModified: 'Laatst gewijzigd',
  colSent: 'Verstuurd op',
  colLastModifier: 'Gewijzigd door',
  colId: 'Id',
  statusDraft: 'Concept',
  statusSent: 'Verstuurd',
  statusDeleted: 'Verwijderd',
  statusUnknown: 'Onbekend',
  notSent: 'Nog niet verstuurd',
  unknown: 'Niet gekend',
  untitled: 'Dossier zonder titel',
  count: { zero: 'Geen dossiers gevonden', one: '1 dossier gevonden', other: '{count} dossiers gevonden' },
  emptyLopend: 'U heeft geen lopende dossiers.',
  emptyAfgerond: 'U heeft nog geen afgeronde dossiers.',
  emptyAlle: 'Er zijn nog geen dossiers.',
  emptyFiltered: 'Geen dossiers voldoen aan uw filters.',
  pageSize: 'Aantal per pagina',
  pagination: 'Paginering',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  pageOf: 'Pagina {page} van {pages}',
  exportCsv: 'Exporteren als CSV',
  exporting: 'Bezig met exporteren…',
  exportDone: 'Export klaar: {count} dossiers.',
  exportFailed: 'Het exporteren is mislukt.',
  fileName: 'dossiers',
  loadingRow: 'Dossier wordt geladen',
};

export type DossierListMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type DossierListMessages = Messages<DossierListMessageKey>;

export const dossierListMessages = lazyCatalog(nl, {
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
});
