import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

/** What the list of conversations says: filters, columns, deadlines, paging. Loaded with the list view. */
const nl = {
  listLabel: 'Gesprekken',
  filtersLabel: 'Gesprekken zoeken en filteren',
  search: 'Zoeken in onderwerp of dossiernummer',
  type: 'Type communicatie',
  allTypes: 'Alle types',
  onlyUnread: 'Enkel ongelezen',
  onlyDue: 'Antwoord verwacht',
  clearFilters: 'Filters wissen',
  'col.subject': 'Betreft',
  'col.type': 'Type communicatie',
  'col.dossier': 'Dossiernummer',
  'col.sent': 'Laatste bericht',
  'col.sender': 'Laatste bericht van',
  'col.deadline': 'Reactietermijn',
  unread: 'Ongelezen',
  noSubject: '(zonder onderwerp)',
  count: { zero: 'Geen gesprekken', one: '1 gesprek', other: '{count} gesprekken' },
  truncated: 'Enkel de eerste {count} gesprekken zijn doorzocht.',
  empty: 'Er zijn nog geen berichten.',
  emptyFiltered: 'Geen gesprekken gevonden voor deze zoekopdracht of filters.',
  pagination: 'Paginering',
  previous: 'Vorige',
  next: 'Volgende',
  pageOf: 'Pagina {page} van {pages}',
  'deadline.open': { one: 'nog 1 werkdag', other: 'nog {count} werkdagen' },
  'deadline.today': 'vandaag',
  'deadline.passed': { one: '1 werkdag te laat', other: '{count} werkdagen te laat' },
  'deadline.none': 'geen',
  'deadline.answered': 'beantwoord',
};

export type ListMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type ListMessages = Record<ListMessageKey, Message>;

export const listMessages = lazyCatalog(nl, {
  fr: () => import('./translations/list.fr.js'),
  de: () => import('./translations/list.de.js'),
  en: () => import('./translations/list.en.js'),
});
