import { expect } from '@open-wc/testing';
import { CSV_BOM, csvCell, toCsv } from '../../src/dossiers/csv.js';
import { SUBMISSION_CSV, SUBSIDY_CSV, dossiersToCsv, type CsvColumn } from '../../src/dossiers/csv-export.js';
import type { Dossier } from '../../src/api/dossiers.js';

describe('csv', () => {
  it('quotes cells with the separator, quotes or line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('a,b')).to.equal('a,b');
    expect(csvCell('a,b', ',')).to.equal('"a,b"');
    expect(csvCell('zeg "ja"')).to.equal('"zeg ""ja"""');
    expect(csvCell('regel 1\nregel 2')).to.equal('"regel 1\nregel 2"');
    expect(csvCell('cr\rhere')).to.equal('"cr\rhere"');
  });

  it('neutralises formulas in text so a spreadsheet does not run them', () => {
    expect(csvCell('=HYPERLINK("http://evil","klik")')).to.equal('"\'=HYPERLINK(""http://evil"",""klik"")"');
    expect(csvCell('+32 2 553 00 00')).to.equal("'+32 2 553 00 00");
    expect(csvCell('-1+1')).to.equal("'-1+1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\t=1+1')).to.equal("'\t=1+1");
    expect(csvCell('Budget 2026 = ok')).to.equal('Budget 2026 = ok');
  });

  it('writes numbers as numbers and empties for missing values', () => {
    expect(csvCell(-5)).to.equal('-5');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(null)).to.equal('');
  });

  it('puts a UTF-8 BOM in front and ends rows with CRLF', () => {
    const csv = toCsv([
      ['Dossier', 'Status'],
      ['Jaarrekening 2025 – €', 'Verstuurd'],
    ]);
    expect(csv.startsWith(CSV_BOM)).to.equal(true);
    expect(csv).to.equal(`${CSV_BOM}Dossier;Status\r\nJaarrekening 2025 – €;Verstuurd\r\n`);
    expect(toCsv([['a', 'b']], ',')).to.equal(`${CSV_BOM}a,b\r\n`);
  });

  it('exports dossiers with translated headers, local dates and hostile text made safe', () => {
    const dossier: Dossier = {
      id: 'd1',
      description: '=cmd|" /C calc"!A0',
      types: [{ id: 't', label: 'Besluitenlijst' }],
      statusKind: 'sent',
      modified: new Date(2026, 10, 3, 9, 5),
      session: new Date(2026, 9, 28, 20, 0),
      organ: 'Gemeenteraad Aalst',
    };
    const headers: Record<CsvColumn, string> = {
      title: 'Dossier',
      description: 'Omschrijving',
      status: 'Status',
      organ: 'Orgaan',
      session: 'Zitting',
      deadline: 'Uiterlijk',
      modified: 'Gewijzigd',
      sent: 'Verstuurd',
      lastModifier: 'Door',
      id: 'Id',
    };
    const csv = dossiersToCsv(
      [dossier, { id: 'd2', description: 'Zonder type', types: [], statusKind: 'draft' }],
      SUBMISSION_CSV,
      (column) => headers[column],
      (d) => (d.statusKind === 'sent' ? 'Verstuurd' : 'Concept'),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Dossier;Omschrijving;Status;Orgaan;Zitting;Gewijzigd;Verstuurd;Door;Id');
    expect(lines[1]).to.equal(`Besluitenlijst;"'=cmd|"" /C calc""!A0";Verstuurd;Gemeenteraad Aalst;2026-10-28 20:00;2026-11-03 09:05;;;d1`);
    // A dossier without a type is known by its description, which is then not repeated.
    expect(lines[2]).to.equal('Zonder type;;Concept;;;;;;d2');
    expect(lines).to.have.length(4);
  });

  it('exports the columns of a subsidy list', () => {
    const csv = dossiersToCsv(
      [{ id: 's1', types: [{ id: 'o', label: 'Fietssubsidie' }], description: 'Fietspad Kerkstraat', statusKind: 'active', deadline: new Date(2026, 11, 31, 23, 59) }],
      SUBSIDY_CSV,
      (column) => column,
      () => 'Actief',
    );
    expect(csv.slice(1).split('\r\n').slice(0, 2)).to.deep.equal([
      'title;description;status;deadline;modified;lastModifier;id',
      'Fietssubsidie;Fietspad Kerkstraat;Actief;2026-12-31 23:59;;;s1',
    ]);
  });
});
