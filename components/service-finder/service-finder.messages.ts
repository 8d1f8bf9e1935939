import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

const nl = {
  searchLabel: 'Zoek een dienst',
  searchPlaceholder: 'Bijvoorbeeld: premie, omgevingsvergunning, reispas',
  searchHint: 'Gebruik de pijltjestoetsen om door de resultaten te gaan en Escape om de zoekopdracht te wissen.',
  clearSearch: 'Zoekopdracht wissen',
  filters: 'Filters',
  facetThema: 'Thema',
  facetType: 'Type',
  facetDoelgroep: 'Doelgroep',
  facetBevoegdBestuursniveau: 'Bevoegd bestuursniveau',
  clearAll: 'Alle filters wissen',
  resultCount: { zero: 'Geen diensten gevonden', one: '1 dienst gevonden', other: '{count} diensten gevonden' },
  results: 'Resultaten',
  showMore: 'Toon meer ({shown} van {count})',
  emptyCatalogue: 'Er zijn nog geen diensten in de productencatalogus van dit bestuur.',
  noResults: 'Geen diensten gevonden voor deze zoekopdracht.',
  noResultsFacets: 'Wis een of meer filters om meer resultaten te zien.',
  didYouMean: 'Bedoelde u:',
  competentAuthority: 'Bevoegde overheid',
  moreInfo: 'Meer over {name}',
  lessInfo: 'Minder over {name}',
  description: 'Beschrijving',
  procedure: 'Procedure',
  conditions: 'Voorwaarden',
  regulations: 'Regelgeving',
  exceptions: 'Uitzonderingen',
  costs: 'Kosten',
  contact: 'Contact',
  email: 'E-mail',
  telephone: 'Telefoon',
  website: 'Website',
  openingHours: 'Openingsuren',
  links: 'Links',
  bookmark: 'Bewaren',
  bookmarkFailed: 'Het bewaren is niet gelukt. Probeer het opnieuw.',
  descriptionFailed: 'De beschrijving kan niet getoond worden.',
  skipped: { one: '1 dienst kon niet gelezen worden en wordt niet getoond.', other: '{count} diensten konden niet gelezen worden en worden niet getoond.' },
  loadingCatalogue: 'De productencatalogus wordt geladen…',
} satisfies Record<string, Message>;

export type ServiceFinderMessageKey = keyof typeof nl;
export type ServiceFinderMessages = Record<ServiceFinderMessageKey, Message>;

/** Dutch in the bundle; French, German and English load the first time they are needed. */
export const serviceFinderMessages = lazyCatalog(nl, {
  fr: () => import('./translations/service-finder.fr.js'),
  de: () => import('./translations/service-finder.de.js'),
  en: () => import('./translations/service-finder.en.js'),
});
