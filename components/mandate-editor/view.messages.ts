import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * Strings of `<loket-mandate-editor>`'s toolbar and table in Flemish formal Dutch, with the view's
 * chunk; the form uses the column names too. The other languages load on demand.
 */
const nl = {
  body: 'Bestuursorgaan',
  legislature: 'Legislatuur',
  showAll: 'Ook beëindigde mandatarissen tonen',
  add: 'Mandataris toevoegen',
  empty: 'Dit bestuursorgaan heeft in deze legislatuur geen mandatarissen om te tonen.',
  noBodies: 'Voor dit bestuur zijn geen bestuursorganen gevonden.',
  readOnly: 'U kunt deze gegevens alleen bekijken.',
  colPersoon: 'Persoon',
  colFunctie: 'Functie',
  colActions: 'Acties',
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
} satisfies Messages;

export type ViewMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type ViewMessages = Messages<ViewMessageKey>;

export const viewMessages = lazyCatalog(nl, {
  fr: () => import('./translations/view.fr.js'),
  de: () => import('./translations/view.de.js'),
  en: () => import('./translations/view.en.js'),
});
