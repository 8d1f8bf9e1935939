import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

// The shell's texts (the search field, the loading announcement): the rest of the finder's texts,
// the count too, come with its results view (results-view.messages.ts). Labels follow the
// Loket's own page where it has one (frontend-loket app/templates/search.hbs).
const nl = {
  searchLabel: 'Vind producten en diensten voor lokale besturen',
  searchPlaceholder: 'Zoek op naam, beschrijving of thema',
  searchHint: 'Gebruik de pijltjestoetsen om door de resultaten te gaan en Escape om de zoekopdracht te wissen.',
  clearSearch: 'Zoekopdracht wissen',
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
