import type { DossierListMessages } from '../dossier-list.messages.js';

export default {
  viewsLabel: 'View',
  sourcesLabel: 'Kind of dossier',
  'source.submissions': 'Supervision',
  'source.subsidies': 'Subsidies',
  'module.submissions': 'the supervision dossiers',
  'module.subsidies': 'the subsidy applications',
  'view.lopend': 'Ongoing',
  'view.afgerond': 'Completed',
  'view.alle': 'All',
  exportCsv: 'Export as CSV',
} satisfies DossierListMessages;
