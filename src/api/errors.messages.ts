import { lazyCatalog, translate } from '../i18n/translate.js';
import { normalizeLang } from '../i18n/lang.js';
import type { LoketErrorKind } from './errors.js';

/**
 * What a user reads for each kind of failure. Dutch is in the bundle; French, German and English
 * are loaded on demand (widgets load them before they render in that language). `satisfies` makes
 * a LoketErrorKind without a Dutch message fail to compile.
 */
const nl = {
  'network': 'Geen verbinding met het Loket. Controleer uw internetverbinding en probeer opnieuw.',
  'cross-origin': 'De Loket-API is niet bereikbaar vanaf deze site. Zet een doorverwijzing op uw eigen domein op; zie de installatiegids.',
  'timeout': 'Het Loket antwoordt niet op tijd. Probeer het zo meteen opnieuw.',
  'aborted': 'De aanvraag is geannuleerd.',
  'unauthorized': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'forbidden': 'U hebt geen toegang tot deze gegevens.',
  'not-found': 'Deze gegevens zijn niet gevonden. Misschien werden ze verwijderd.',
  'conflict': 'Deze gegevens werden intussen gewijzigd. Laad ze opnieuw en probeer nog eens.',
  'validation': 'Niet alle gegevens zijn correct ingevuld. Controleer de velden en probeer opnieuw.',
  'rate-limited': 'Te veel aanvragen. Wacht even en probeer opnieuw.',
  'server': 'Er ging iets mis bij het Loket. Probeer het later opnieuw.',
  'bad-response': 'Het Loket gaf een onverwacht antwoord. Probeer het later opnieuw.',
} satisfies Record<LoketErrorKind, string>;

export const errorMessages = lazyCatalog(nl, {
  fr: () => import('./translations/errors.fr.js'),
  de: () => import('./translations/errors.de.js'),
  en: () => import('./translations/errors.en.js'),
});

/** A language the widgets do not ship, or one not loaded yet, falls back to Dutch. */
export function userMessageFor(kind: LoketErrorKind, lang: string): string {
  return translate(errorMessages, normalizeLang(lang) ?? 'nl', kind);
}
