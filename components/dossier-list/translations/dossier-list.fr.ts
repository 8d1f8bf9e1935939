import type { DossierListMessages } from '../dossier-list.messages.js';

export default {
  viewsLabel: 'Affichage',
  sourcesLabel: 'Type de dossier',
  'source.submissions': 'Tutelle',
  'source.subsidies': 'Subventions',
  'module.submissions': 'la liste des dossiers de tutelle',
  'module.subsidies': 'la liste des demandes de subvention',
  'view.lopend': 'En cours',
  'view.afgerond': 'Clôturés',
  'view.alle': 'Tous',
  exportCsv: 'Exporter en CSV',
} satisfies DossierListMessages;
