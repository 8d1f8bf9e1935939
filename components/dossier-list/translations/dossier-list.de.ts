import type { DossierListMessages } from '../dossier-list.messages.js';

export default {
  viewsLabel: 'Ansicht',
  sourcesLabel: 'Art des Dossiers',
  'source.submissions': 'Aufsicht',
  'source.subsidies': 'Zuschüsse',
  'module.submissions': 'die Aufsichtsakten',
  'module.subsidies': 'die Zuschussanträge',
  'view.lopend': 'Laufend',
  'view.afgerond': 'Abgeschlossen',
  'view.alle': 'Alle',
  exportCsv: 'Als CSV exportieren',
} satisfies DossierListMessages;
