import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

// The results view's texts, loaded with it. Labels follow the Loket's own page where it has one
// (frontend-loket app/templates/search.hbs, components/ipdc-service-card.hbs, ipdc-service-sidepanel.hbs).
const nl = {
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
  resultCount: { zero: 'Geen diensten gevonden', one: '1 dienst gevonden', other: '{count} diensten gevonden' },
} satisfies Record<string, Message>;

export type ResultsMessageKey = keyof typeof nl;
export type ResultsMessages = Record<ResultsMessageKey, Message>;

export const resultsMessages = lazyCatalog(nl, {
  fr: () => import('./translations/results-view.fr.js'),
  de: () => import('./translations/results-view.de.js'),
  en: () => import('./translations/results-view.en.js'),
});
