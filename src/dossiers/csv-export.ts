import { dossierTitle, type Dossier } from '../api/dossiers.js';
import { toCsv, type CsvSeparator } from './csv.js';

/** The columns of an export: a supervision list has bodies and sent dates, a subsidy list deadlines. */
export type CsvColumn = 'title' | 'description' | 'status' | 'organ' | 'session' | 'deadline' | 'modified' | 'sent' | 'lastModifier' | 'id';

export const SUBMISSION_CSV: readonly CsvColumn[] = ['title', 'description', 'status', 'organ', 'session', 'modified', 'sent', 'lastModifier', 'id'];
export const SUBSIDY_CSV: readonly CsvColumn[] = ['title', 'description', 'status', 'deadline', 'modified', 'lastModifier', 'id'];

/** `YYYY-MM-DD HH:mm` in local time: Excel reads it as a date in every locale. */
function spreadsheetDate(date: Date | undefined): string {
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function cell(dossier: Dossier, column: CsvColumn, statusText: (dossier: Dossier) => string): string {
  switch (column) {
    case 'title':
      return dossierTitle(dossier);
    case 'description':
      return dossier.types.length ? (dossier.description ?? '') : '';
    case 'status':
      return statusText(dossier);
    case 'organ':
      return dossier.organ ?? '';
    case 'session':
    case 'deadline':
    case 'modified':
      return spreadsheetDate(dossier[column]);
    case 'sent':
      return spreadsheetDate(dossier.sentDate);
    case 'lastModifier':
      return dossier.lastModifier ?? '';
    case 'id':
      return dossier.id;
  }
}

export function dossiersToCsv(
  dossiers: readonly Dossier[],
  columns: readonly CsvColumn[],
  header: (column: CsvColumn) => string,
  statusText: (dossier: Dossier) => string,
  separator: CsvSeparator = ';',
): string {
  const rows = dossiers.map((dossier) => columns.map((column) => cell(dossier, column, statusText)));
  return toCsv([columns.map(header), ...rows], separator);
}
