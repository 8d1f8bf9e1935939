import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/** Strings of the `<loket-mandate-editor>` list in Flemish formal Dutch; the other languages load on demand. */
const nl = {
  heading: 'Mandatarissen',
  body: 'Bestuursorgaan',
  legislature: 'Legislatuur',
  showAll: 'Ook beëindigde mandatarissen tonen',
  add: 'Mandataris toevoegen',
  count: { zero: 'Geen mandatarissen', one: '{count} mandataris', other: '{count} mandatarissen' },
  empty: 'Dit bestuursorgaan heeft in deze legislatuur geen mandatarissen om te tonen.',
  noBodies: 'Voor dit bestuur zijn geen bestuursorganen gevonden.',
  readOnly: 'U kunt deze gegevens alleen bekijken.',
  colPersoon: 'Persoon',
  colFunctie: 'Functie',
  colActions: 'Acties',
  module: 'Lokaal Mandatenbeheer',
  publicationStatus: 'Publicatiestatus',
  publication: 'Publicatiestatus wijzigen',
  standsInFor: 'voor {name}',
  edit: 'Wijzigen',
  end: 'Beëindigen',
  remove: 'Verwijderen',
  statusId: 'Status',
  fractieId: 'Fractie',
  rangorde: 'Rangorde',
  start: 'Startdatum',
  einde: 'Einddatum',
  beleidsdomeinIds: 'Beleidsdomeinen',
  saved: 'De wijzigingen zijn bewaard.',
  removed: 'De mandataris is verwijderd.',
} satisfies Messages;

export type MandateMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type MandateMessages = Messages<MandateMessageKey>;

export const mandateMessages = lazyCatalog(nl, {
  fr: () => import('./translations/mandate-editor.fr.js'),
  de: () => import('./translations/mandate-editor.de.js'),
  en: () => import('./translations/mandate-editor.en.js'),
});
