/**
 * CSV as Excel in Belgian locales reads it. Excel takes the list separator from the regional
 * settings, which is `;` for nl-BE, fr-BE and de-BE (the decimal separator there is `,`), so a
 * `,`-separated file opens as one column; `;` is therefore the default. The UTF-8 byte order mark
 * makes Excel read "é", "ë" and "€" as UTF-8 instead of Windows-1252.
 */
export type CsvSeparator = ';' | ',';

export const CSV_BOM = '\uFEFF';

/**
 * One cell, quoted per RFC 4180 when it holds the separator, a quote or a line break. Text that
 * starts with `=`, `+`, `-`, `@` (or a tab / carriage return, which Excel strips before reading
 * such a formula) gets a leading `'`: a spreadsheet would otherwise run API data as a formula
 * (CSV injection, OWASP). Numbers are not text from the API and stay as they are.
 */
export function csvCell(value: string | number | null | undefined, separator: CsvSeparator = ';'): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF (RFC 4180), behind a UTF-8 BOM. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], separator: CsvSeparator = ';'): string {
  return CSV_BOM + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
