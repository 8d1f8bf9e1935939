import type { Dossier } from '../../src/api/dossiers.js';
import type { CsvSeparator } from '../../src/dossiers/csv.js';
import { SUBMISSION_CSV, SUBSIDY_CSV, dossiersToCsv } from '../../src/dossiers/csv-export.js';
import type { DossierKind } from '../../src/dossiers/list-state.js';
import { msg, statusText, type ViewHost } from './view.js';

/** Loaded when someone exports, not with the list: writes the CSV and hands it to the browser as a download. */
export function saveCsv(host: ViewHost, dossiers: readonly Dossier[], kind: DossierKind, separator: CsvSeparator): void {
  const csv = dossiersToCsv(
    dossiers,
    kind === 'subsidies' ? SUBSIDY_CSV : SUBMISSION_CSV,
    (column) => msg(host, `col.${column}`),
    (dossier) => statusText(host, dossier.statusKind, dossier.status?.label),
    separator === ',' ? ',' : ';',
  );
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${msg(host, 'fileName')}-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
