import type { ServiceFinderMessages } from '../service-finder.messages.js';

export default {
  searchLabel: 'Produkte und Dienste für lokale Verwaltungen finden',
  searchPlaceholder: 'Nach Name, Beschreibung oder Thema suchen',
  searchHint: 'Mit den Pfeiltasten bewegen Sie sich durch die Ergebnisse, mit Escape löschen Sie die Suche.',
  clearSearch: 'Suche löschen',
  loadingCatalogue: 'Die Dienste werden geladen…',
} satisfies ServiceFinderMessages;
