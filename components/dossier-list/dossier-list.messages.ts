import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * Dutch (Flemish, formal "u") is in the bundle; French, German and English load when needed.
 * Keys of a group (`view.`, `empty.`, `status.`, `source.`, `module.`, `col.`) end in the value they name, so
 * the element builds them (`view.${view}`) instead of keeping a lookup table per group.
 */
const nl = {
  listLabel: 'Dossiers',
  viewsLabel: 'Weergave',
  sourcesLabel: 'Soort dossier',
  'source.submissions': 'Toezicht',
  'source.subsidies': 'Subsidies',
  'module.submissions': 'de toezichtsdossiers',
  'module.subsidies': 'de subsidieaanvragen',
  filterOffer: 'Subsidiemaatregel',
  allOffers: 'Alle maatregelen',
  'view.lopend': 'Lopend',
  'view.afgerond': 'Afgerond',
  'view.alle': 'Alle',
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
  count: { zero: 'Geen dossiers gevonden', one: '1 dossier gevonden', other: '{count} dossiers gevonden' },
  'empty.lopend': 'U heeft geen lopende dossiers.',
  'empty.afgerond': 'U heeft nog geen afgeronde dossiers.',
  'empty.alle': 'Er zijn nog geen dossiers.',
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
  fr: () => import('./translations/dossier-list.fr.js'),
  de: () => import('./translations/dossier-list.de.js'),
  en: () => import('./translations/dossier-list.en.js'),
});
