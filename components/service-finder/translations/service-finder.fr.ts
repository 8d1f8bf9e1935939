import type { ServiceFinderMessages } from '../service-finder.messages.js';

export default {
  searchLabel: 'Trouver des produits et services pour les administrations locales',
  searchPlaceholder: 'Rechercher par nom, description ou thème',
  searchHint: 'Utilisez les flèches pour parcourir les résultats et Échap pour effacer la recherche.',
  clearSearch: 'Effacer la recherche',
  loadingCatalogue: 'Chargement des services…',
} satisfies ServiceFinderMessages;
