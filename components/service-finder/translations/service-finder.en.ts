import type { ServiceFinderMessages } from '../service-finder.messages.js';

export default {
  searchLabel: 'Find products and services for local governments',
  searchPlaceholder: 'Search by name, description or theme',
  searchHint: 'Use the arrow keys to move through the results and Escape to clear the search.',
  clearSearch: 'Clear search',
  loadingCatalogue: 'Loading services…',
} satisfies ServiceFinderMessages;
