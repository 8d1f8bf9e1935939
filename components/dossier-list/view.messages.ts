import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * The texts of the filter bar, the table or cards, the paging, the count and the CSV export
 * (view.ts, export.ts): they load with the view's chunk, not with the list's first render. Dutch is here; French, German and
 * English load when needed. Keys of a group (`empty.`, `status.`, `col.`) end in the value they
 * name, so the view builds them (`col.${column}`) instead of keeping a lookup table per group.
 */
const nl = {
  listLabel: 'Dossiers',
  filterOffer: 'Subsidiemaatregel',
  allOffers: 'Alle maatregelen',
  filtersLabel: 'Filters',
  filterStatus: 'Status',
  allStatuses: 'Alle statussen',
  filterType: 'Type dossier',
  allTypes: 'Alle types',
  filterOrgan: 'Orgaan',
  allOrgans: 'Alle organen',
  choicesFailed: 'Deze keuzelijst kon niet geladen worden.',
  filterFrom: 'Gewijzigd vanaf',
  filterTo: 'Gewijzigd tot en met',
  filterText: 'Zoeken in dossiers',
  clearFilters: 'Filters wissen',
  'col.title': 'Dossier',
  'col.description': 'Omschrijving',
  'col.status': 'Status',
  'col.organ': 'Orgaan',
  'col.session': 'Datum zitting',
  'col.deadline': 'Indienen tot',
  'col.modified': 'Laatst gewijzigd',
  'col.sent': 'Verstuurd op',
  'col.lastModifier': 'Gewijzigd door',
  'col.id': 'Id',
  'status.draft': 'Concept',
  'status.active': 'Actief',
  'status.sent': 'Verstuurd',
  'status.deleted': 'Verwijderd',
  'status.other': 'Onbekend',
  notSent: 'Nog niet verstuurd',
  unknown: 'Niet gekend',
  untitled: 'Dossier zonder titel',
  'empty.lopend': 'U heeft geen lopende dossiers.',
  'empty.afgerond': 'U heeft nog geen afgeronde dossiers.',
  'empty.alle': 'Er zijn nog geen dossiers.',
  emptyFiltered: 'Geen dossiers voldoen aan uw filters.',
  pageSize: 'Aantal per pagina',
  pagination: 'Paginering',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  pageOf: 'Pagina {page} van {pages}',
  fileName: 'dossiers',
  loadingRow: 'Dossier wordt geladen',
  count: { zero: 'Geen dossiers gevonden', one: '1 dossier gevonden', other: '{count} dossiers gevonden' },
  exporting: 'Bezig met exporteren…',
  exportDone: 'Export klaar: {count} dossiers.',
  exportFailed: 'Het exporteren is mislukt.',
};

export type ViewMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type ViewMessages = Messages<ViewMessageKey>;

export const viewMessages = lazyCatalog(nl, {
  fr: () => import('./translations/view.fr.js'),
  de: () => import('./translations/view.de.js'),
  en: () => import('./translations/view.en.js'),
});
