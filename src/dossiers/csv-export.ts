import { dossierTitle, type Dossier } from '../api/dossiers.js';
import { toCsv, type CsvSeparator } from './csv.js';

export interface CsvHeaders {
  title: string;
  type: string;
  status: string;
  organ: string;
  modified: string;
  sent: string;
  lastModifier: string;
  id: string;
}

/** `YYYY-MM-DD HH:mm` in local time: Excel reads it as a date in every locale. */
function spreadsheetDate(date: Date | undefined): string {
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function dossiersToCsv(
  dossiers: readonly Dossier[],
  headers: CsvHeaders,
  statusText: (dossier: Dossier) => string,
  separator: CsvSeparator = ';',
): string {
  const rows = dossiers.map((dossier) => [
    dossierTitle(dossier),
    dossier.types.map((type) => type.label).join(', '),
    statusText(dossier),
    dossier.organ ?? '',
    spreadsheetDate(dossier.modified),
    spreadsheetDate(dossier.sentDate),
    dossier.lastModifier ?? '',
    dossier.id,
  ]);
  const head = [headers.title, headers.type, headers.status, headers.organ, headers.modified, headers.sent, headers.lastModifier, headers.id];
  return toCsv([head, ...rows], separator);
}
