import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

// Labels follow the Loket's own page where it has one (frontend-loket app/templates/search.hbs).
const nl = {
  searchLabel: 'Vind producten en diensten voor lokale besturen',
  searchPlaceholder: 'Zoek op naam, beschrijving of thema',
  searchHint: 'Gebruik de pijltjestoetsen om door de resultaten te gaan en Escape om de zoekopdracht te wissen.',
  clearSearch: 'Zoekopdracht wissen',
  filters: 'Filters',
  filterDoelgroep: 'Doelgroep',
  filterThema: 'Thematisch',
  filterType: 'Type',
  filterAanbieder: 'Aanbieder',
  filterFailed: 'Deze filter kan nu niet geladen worden.',
  ownKind: 'Standaard: uw soort bestuur ({label})',
  clearAll: 'Filters herstellen',
  sortLabel: 'Gesorteerd op',
  sortScore: 'Relevantie',
  sortName: 'A-Z (oplopend)',
  sortNewest: 'Nieuwste',
  resultCount: { zero: 'Geen diensten gevonden', one: '1 dienst gevonden', other: '{count} diensten gevonden' },
  results: 'Resultaten',
  paging: 'Paginering',
  pageOf: 'Pagina {page} van {pages}',
  previousPage: 'Vorige',
  nextPage: 'Volgende',
  emptyCatalogue: 'Er zijn op dit moment geen digitale diensten voor uw soort bestuur.',
  noResults: 'Geen diensten gevonden voor deze zoekopdracht.',
  noResultsFacets: 'Wis een of meer filters om meer resultaten te zien.',
  didYouMean: 'Bedoelde u:',
  deadline: 'Deadline: {date}',
  deadlineUnknown: 'Deadline: onbekend',
  offeredBy: 'Aangeboden door',
  audiences: 'Doelgroep(en)',
  moreInfo: 'Meer over {name}',
  lessInfo: 'Minder over {name}',
  moreLinks: 'Meer informatie',
  detailFailed: 'De details van deze dienst kunnen niet geladen worden.',
  descriptionFailed: 'De beschrijving kan niet getoond worden.',
  bookmark: 'Bewaren',
  bookmarkFailed: 'Het bewaren is niet gelukt. Probeer het opnieuw.',
  bookmarksShow: { zero: 'Bewaarde diensten', other: 'Bewaarde diensten ({count})' },
  bookmarksEmpty: 'U hebt nog geen diensten bewaard. Bewaar een dienst met de knop Bewaren.',
  bookmarkRemove: 'Niet meer bewaren',
  bookmarkGone: 'Deze dienst staat niet meer in de catalogus.',
  bookmarksFailed: 'De bewaarde diensten kunnen niet geladen worden.',
  backToSearch: 'Terug naar alle diensten',
  skipped: { one: '1 dienst kon niet gelezen worden en wordt niet getoond.', other: '{count} diensten konden niet gelezen worden en worden niet getoond.' },
  loadingCatalogue: 'De diensten worden geladen…',
} satisfies Record<string, Message>;

export type ServiceFinderMessageKey = keyof typeof nl;
export type ServiceFinderMessages = Record<ServiceFinderMessageKey, Message>;

/** Dutch in the bundle; French, German and English load the first time they are needed. */
export const serviceFinderMessages = lazyCatalog(nl, {
  fr: () => import('./translations/service-finder.fr.js'),
  de: () => import('./translations/service-finder.de.js'),
  en: () => import('./translations/service-finder.en.js'),
});
