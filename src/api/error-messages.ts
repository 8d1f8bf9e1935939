import { DEFAULT_LANG, normalizeLang, type Lang } from '../i18n/lang.js';
import type { LoketErrorKind } from './errors.js';

/** The order of every language's list below; one list per language keeps the bundle small. */
const KINDS = [
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'validation',
  'rate-limited',
  'server',
  'bad-response',
] as const satisfies readonly LoketErrorKind[];

type OnePer<T extends readonly unknown[]> = { [K in keyof T]: string };
type Messages = OnePer<typeof KINDS>;

const messages: Record<Lang, Messages> = {
  nl: [
    'Geen verbinding met het Loket. Controleer uw internetverbinding en probeer opnieuw.',
    'Het Loket antwoordt niet op tijd. Probeer het zo meteen opnieuw.',
    'De aanvraag is geannuleerd.',
    'Uw sessie is verlopen. Meld u opnieuw aan.',
    'U hebt geen toegang tot deze gegevens.',
    'Deze gegevens zijn niet gevonden. Misschien werden ze verwijderd.',
    'Deze gegevens werden intussen gewijzigd. Laad ze opnieuw en probeer nog eens.',
    'Niet alle gegevens zijn correct ingevuld. Controleer de velden en probeer opnieuw.',
    'Te veel aanvragen. Wacht even en probeer opnieuw.',
    'Er ging iets mis bij het Loket. Probeer het later opnieuw.',
    'Het Loket gaf een onverwacht antwoord. Probeer het later opnieuw.',
  ],
  fr: [
    'Impossible de joindre le Loket. Vérifiez votre connexion internet et réessayez.',
    'Le Loket ne répond pas à temps. Réessayez dans un instant.',
    'La demande a été annulée.',
    'Votre session a expiré. Veuillez vous reconnecter.',
    "Vous n'avez pas accès à ces données.",
    'Ces données sont introuvables. Elles ont peut-être été supprimées.',
    'Ces données ont été modifiées entre-temps. Rechargez-les et réessayez.',
    'Certaines données ne sont pas correctes. Vérifiez les champs et réessayez.',
    'Trop de demandes. Patientez un instant et réessayez.',
    "Une erreur s'est produite du côté du Loket. Réessayez plus tard.",
    'Le Loket a renvoyé une réponse inattendue. Réessayez plus tard.',
  ],
  de: [
    'Keine Verbindung zum Loket. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    'Das Loket antwortet nicht rechtzeitig. Bitte versuchen Sie es gleich erneut.',
    'Die Anfrage wurde abgebrochen.',
    'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    'Sie haben keinen Zugriff auf diese Daten.',
    'Diese Daten wurden nicht gefunden. Möglicherweise wurden sie gelöscht.',
    'Diese Daten wurden inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es erneut.',
    'Nicht alle Angaben sind korrekt. Bitte prüfen Sie die Felder und versuchen Sie es erneut.',
    'Zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es erneut.',
    'Beim Loket ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    'Das Loket hat unerwartet geantwortet. Bitte versuchen Sie es später erneut.',
  ],
  en: [
    'Cannot reach the Loket. Check your internet connection and try again.',
    'The Loket is not responding in time. Try again in a moment.',
    'The request was cancelled.',
    'Your session has expired. Please sign in again.',
    'You do not have access to this information.',
    'This information was not found. It may have been deleted.',
    'This information was changed in the meantime. Reload it and try again.',
    'Some of the information is not valid. Check the fields and try again.',
    'Too many requests. Wait a moment and try again.',
    'Something went wrong at the Loket. Try again later.',
    'The Loket sent an unexpected answer. Try again later.',
  ],
};

/**
 * A language the widgets do not ship falls back to Dutch, the Loket's own language. `kind` is
 * typed from KINDS, so a LoketErrorKind without a message does not compile (see errors.ts).
 */
export function userMessageFor(kind: (typeof KINDS)[number], lang: string): string {
  return messages[normalizeLang(lang) ?? DEFAULT_LANG][KINDS.indexOf(kind)]!;
}
