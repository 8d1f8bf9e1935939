import type { LoketErrorKind } from '../errors.js';

export default {
  'network': 'Keine Verbindung zum Loket. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'cross-origin': 'Die Loket-API ist von dieser Website aus nicht erreichbar. Richten Sie eine Weiterleitung auf Ihrer eigenen Domain ein; siehe die Installationsanleitung.',
  'timeout': 'Das Loket antwortet nicht rechtzeitig. Bitte versuchen Sie es gleich erneut.',
  'aborted': 'Die Anfrage wurde abgebrochen.',
  'unauthorized': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'forbidden': 'Sie haben keinen Zugriff auf diese Daten.',
  'not-found': 'Diese Daten wurden nicht gefunden. Möglicherweise wurden sie gelöscht.',
  'conflict': 'Diese Daten wurden inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es erneut.',
  'validation': 'Nicht alle Angaben sind korrekt. Bitte prüfen Sie die Felder und versuchen Sie es erneut.',
  'rate-limited': 'Zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es erneut.',
  'server': 'Beim Loket ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  'bad-response': 'Das Loket hat unerwartet geantwortet. Bitte versuchen Sie es später erneut.',
} satisfies Record<LoketErrorKind, string>;
