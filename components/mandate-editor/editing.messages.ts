import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * Strings of the editing parts (form, rules, dialogs, drafts, conflicts): loaded with the editing
 * code, only for users who may edit. Flemish formal Dutch here; the other languages load on demand.
 */
const nl = {
  addTitle: 'Mandataris toevoegen',
  editTitle: 'Mandataris wijzigen',
  persoonId: 'Persoon',
  searchPersoon: 'Zoek een persoon op naam',
  searchHint: 'Typ minstens twee letters.',
  noPersons: 'Geen personen gevonden.',
  selected: 'Gekozen: {name}',
  mandaatId: 'Mandaat',
  noFractie: 'Geen fractie',
  rangordeHint: 'Bijvoorbeeld "Eerste schepen".',
  eindeHint: 'Leeg laten zolang het mandaat loopt.',
  choose: 'Kies…',
  isCorrection: 'Dit is de correctie van een vergissing, geen nieuwe situatie',
  replaceNotice: 'Een andere status, fractie of rangorde beëindigt de huidige mandataris op de datum van de wijziging en start een nieuwe.',
  changeDate: 'Datum van de wijziging',
  save: 'Bewaren',
  saving: 'Bezig met bewaren…',
  summary: { one: 'Controleer dit veld:', other: 'Controleer deze {count} velden:' },
  required: 'Dit veld is verplicht.',
  startRequired: 'Vul een startdatum in.',
  endNotAfterStart: 'De einddatum moet na de startdatum liggen.',
  startOutsideLegislature: 'Let op: de startdatum valt buiten de legislatuur ({start} – {end}).',
  endOutsideLegislature: 'Let op: de einddatum valt buiten de legislatuur ({start} – {end}).',
  overlap: 'Deze persoon heeft dit mandaat al in een overlappende periode (vanaf {start}).',
  rangordeOrdinal: 'De rangorde moet beginnen met een rangtelwoord, zoals "Eerste" of "Tweede".',
  titelvoerendOnlyBurgemeester: 'Alleen een burgemeester kan titelvoerend zijn.',
  verhinderdNotBurgemeester: 'Een burgemeester kan niet de status Verhinderd krijgen.',
  tooManyHolders: { one: 'Dit mandaat heeft al {count} huidige houder, het maximum.', other: 'Dit mandaat heeft al {count} huidige houders, het maximum.' },
  changeDateRequired: 'Vul de datum van de wijziging in.',
  changeDateOutsideMandate: 'De datum van de wijziging moet binnen de looptijd van het huidige mandaat liggen.',
  serverRejected: 'Het Loket aanvaardde deze waarde niet.',
  endTitle: 'Mandaat van {name} beëindigen',
  removeTitle: 'Mandataris verwijderen',
  removeQuestion: 'Wilt u {name} als {functie} verwijderen? De mandataris wordt gearchiveerd.',
  drafts: 'Niet-bewaarde wijzigingen',
  draftFor: '{name}, {when}',
  draftNew: 'Nieuwe mandataris',
  draftRestored: 'Uw niet-bewaarde wijzigingen zijn hersteld.',
  restore: 'Herstellen',
  discard: 'Verwerpen',
  conflictTitle: 'Iemand anders wijzigde deze mandataris',
  conflictIntro: 'Sinds u begon te wijzigen, werd deze mandataris in het Loket aangepast. Kies welke versie u wilt behouden.',
  conflictDeleted: 'Deze mandataris werd intussen door iemand anders verwijderd.',
  field: 'Veld',
  yours: 'Uw versie',
  theirs: 'Versie in het Loket',
  keepMine: 'Mijn versie bewaren',
  takeTheirs: 'Hun versie overnemen',
} satisfies Messages;

export type EditingMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type EditingMessages = Messages<EditingMessageKey>;

export const editingMessages = lazyCatalog(nl, {
  fr: () => import('./translations/editing.fr.js'),
  de: () => import('./translations/editing.de.js'),
  en: () => import('./translations/editing.en.js'),
});
