import { DEFAULT_LANG, normalizeLang, type Lang } from '../i18n/lang.js';
import type { LoketErrorKind } from './errors.js';

const messages: Record<LoketErrorKind, Record<Lang, string>> = {
  network: {
    nl: 'Er is geen verbinding met het Loket. Controleer uw internetverbinding en probeer opnieuw.',
    fr: 'Impossible de joindre le Loket. Vérifiez votre connexion internet et réessayez.',
    de: 'Keine Verbindung zum Loket. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    en: 'Cannot reach the Loket. Check your internet connection and try again.',
  },
  timeout: {
    nl: 'Het Loket antwoordt niet op tijd. Probeer het over enkele ogenblikken opnieuw.',
    fr: 'Le Loket ne répond pas à temps. Réessayez dans quelques instants.',
    de: 'Das Loket antwortet nicht rechtzeitig. Bitte versuchen Sie es in einigen Augenblicken erneut.',
    en: 'The Loket is not responding in time. Try again in a moment.',
  },
  aborted: {
    nl: 'De aanvraag is geannuleerd.',
    fr: 'La demande a été annulée.',
    de: 'Die Anfrage wurde abgebrochen.',
    en: 'The request was cancelled.',
  },
  unauthorized: {
    nl: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
    de: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    en: 'Your session has expired. Please sign in again.',
  },
  forbidden: {
    nl: 'U hebt geen toegang tot deze gegevens.',
    fr: "Vous n'avez pas accès à ces données.",
    de: 'Sie haben keinen Zugriff auf diese Daten.',
    en: 'You do not have access to this information.',
  },
  'not-found': {
    nl: 'Deze gegevens zijn niet gevonden. Misschien werden ze verwijderd.',
    fr: "Ces données sont introuvables. Elles ont peut-être été supprimées.",
    de: 'Diese Daten wurden nicht gefunden. Möglicherweise wurden sie gelöscht.',
    en: 'This information was not found. It may have been deleted.',
  },
  conflict: {
    nl: 'Deze gegevens werden intussen gewijzigd. Laad ze opnieuw en probeer nog eens.',
    fr: 'Ces données ont été modifiées entre-temps. Rechargez-les et réessayez.',
    de: 'Diese Daten wurden inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es erneut.',
    en: 'This information was changed in the meantime. Reload it and try again.',
  },
  validation: {
    nl: 'Niet alle gegevens zijn correct ingevuld. Controleer de velden en probeer opnieuw.',
    fr: 'Certaines données ne sont pas correctes. Vérifiez les champs et réessayez.',
    de: 'Nicht alle Angaben sind korrekt. Bitte prüfen Sie die Felder und versuchen Sie es erneut.',
    en: 'Some of the information is not valid. Check the fields and try again.',
  },
  'rate-limited': {
    nl: 'Er werden te veel aanvragen verstuurd. Wacht even en probeer opnieuw.',
    fr: 'Trop de demandes ont été envoyées. Patientez un instant et réessayez.',
    de: 'Es wurden zu viele Anfragen gesendet. Bitte warten Sie kurz und versuchen Sie es erneut.',
    en: 'Too many requests were sent. Wait a moment and try again.',
  },
  server: {
    nl: 'Er ging iets mis bij het Loket. Probeer het later opnieuw.',
    fr: "Une erreur s'est produite du côté du Loket. Réessayez plus tard.",
    de: 'Beim Loket ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    en: 'Something went wrong at the Loket. Try again later.',
  },
  'bad-response': {
    nl: 'Het Loket gaf een onverwacht antwoord. Probeer het later opnieuw.',
    fr: 'Le Loket a renvoyé une réponse inattendue. Réessayez plus tard.',
    de: 'Das Loket hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es später erneut.',
    en: 'The Loket sent an unexpected answer. Try again later.',
  },
};

/** A language the widgets do not ship falls back to Dutch, the Loket's own language. */
export function userMessageFor(kind: LoketErrorKind, lang: string): string {
  return messages[kind][normalizeLang(lang) ?? DEFAULT_LANG];
}
