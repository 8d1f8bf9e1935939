import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

const nl = {
  wilMail: 'Ontvang een e-mail bij nieuwe berichten',
  mailAdres: 'E-mailadres',
  mailHelp: 'Bijvoorbeeld: secretariaat@gemeente.be',
  mailRequired: 'Geef het e-mailadres op waarop u de meldingen wilt ontvangen.',
  mailInvalid: 'Geef een geldig e-mailadres op, zoals secretariaat@gemeente.be.',
  save: 'Bewaren',
  saving: 'Bezig met bewaren…',
  saved: 'Uw voorkeur is bewaard.',
  inputKept: 'Uw invoer blijft bewaard; probeer het opnieuw.',
  restored: 'Uw eerdere wijziging was nog niet bewaard. Ze is teruggezet.',
  correctTitle: 'Wat is er niet juist aan “{label}”?',
  currentValue: 'Nu: {value}',
  proposed: 'Wat moet het zijn?',
  comment: 'Wat is er niet juist? (optioneel)',
  proposedRequired: 'Vul in wat het moet zijn.',
  send: 'Melding versturen',
  sending: 'Bezig met versturen…',
  handed: 'Uw melding over {label} is doorgegeven.',
  sent: 'Uw melding over {label} is verstuurd.',
  mailIntro: 'Verstuur uw melding per e-mail aan {address}. De knop hieronder opent een bericht met uw melding in uw e-mailprogramma.',
  mailOpen: 'Open het e-mailbericht',
  mailSubject: 'Melding van foutieve gegevens: {label} ({bestuur})',
  mailField: 'Veld',
  mailOld: 'Huidige waarde',
  mailNew: 'Moet zijn',
  mailComment: 'Toelichting',
  mailSource: 'Bron',
  mailBestuur: 'Bestuurseenheid',
};

export type EditorMessageKey = keyof typeof nl;
export type EditorMessages = Record<EditorMessageKey, Message>;

export const editorMessages = lazyCatalog(nl, {
  fr: () => import('./translations/editors.fr.js'),
  de: () => import('./translations/editors.de.js'),
  en: () => import('./translations/editors.en.js'),
});
