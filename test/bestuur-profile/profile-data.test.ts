// The profile's plain modules (src/profile): picking the current body in time, reading values
// leniently, and the request each read sends.
import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import { currentBodyInTime, loadBestuur } from '../../src/profile/loket.js';
import { formatKbo, loadOrganisation } from '../../src/profile/contactgegevens.js';
import { loadContactinfo } from '../../src/profile/loket-contacts.js';

function clientAnswering(document: unknown, seen: string[] = []): LoketClient {
  return new LoketClient({
    apiBase: 'https://loket.test',
    fetch: async (request) => {
      seen.push(decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search));
      return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/vnd.api+json' } });
    },
  });
}

describe('profile data (src/profile)', () => {
  it('the current body in time: in force today, else the latest started, else the first', () => {
    const periods = [
      { id: 'b', start: '2025-01-01', end: '2030-12-31' },
      { id: 'a', start: '2019-01-01', end: '2024-12-31' },
    ];
    expect(currentBodyInTime(periods, '2026-03-15')?.id).to.equal('b');
    expect(currentBodyInTime(periods, '2020-05-01')?.id).to.equal('a');
    expect(currentBodyInTime(periods, '2031-01-01')?.id, 'all ended: the latest').to.equal('b');
    expect(currentBodyInTime(periods, '2010-01-01')?.id, 'none started: the first').to.equal('a');
    expect(currentBodyInTime([{ id: 'open', start: '2025-01-01' }], '2040-01-01')?.id).to.equal('open');
    expect(currentBodyInTime([], '2026-01-01')).to.equal(undefined);
  });

  it('formats KBO numbers as the Contactgegevens app does, and leaves anything else as it is', () => {
    expect(formatKbo('0207451227')).to.equal('0207.451.227');
    expect(formatKbo('BE 0207.451.227')).to.equal('BE 0207.451.227');
  });

  it('reads a bestuurseenheid leniently: wrong types and blanks are absent, not errors', async () => {
    const seen: string[] = [];
    const bestuur = await loadBestuur(
      clientAnswering({
        data: {
          type: 'worship-services',
          id: 'x',
          attributes: { naam: '  Kerkfabriek  ', 'alternatieve-naam': ['', 42, 'Sint-Martinus'], 'wil-mail-ontvangen': 'yes', 'mail-adres': 7 },
          relationships: { classificatie: { data: null } },
        },
      }, seen),
      'x',
    );
    expect(seen).to.deep.equal(['/bestuurseenheden/x?include=classificatie,provincie,werkingsgebied']);
    expect(bestuur).to.deep.equal({ id: 'x', type: 'worship-services', naam: 'Kerkfabriek', alternatieveNamen: ['Sint-Martinus'] });
  });

  it('keeps only absolute http(s) URLs for websites and the address register', async () => {
    const sites = await loadContactinfo(
      clientAnswering({
        data: [
          { type: 'contact-punten', id: 'c1', attributes: { type: 'Primary', website: 'javascript:alert(1)' }, relationships: { adres: { data: { type: 'adressen', id: 'a1' } } } },
          { type: 'contact-punten', id: 'c2', attributes: { website: '/relative' }, relationships: {} },
          { type: 'contact-punten', id: 'c3', attributes: { website: 'HTTPS://example.test/x' }, relationships: {} },
        ],
        included: [{ type: 'adressen', id: 'a1', attributes: { 'adres-register-uri': 'data:text/html,x', 'volledig-adres': 'Werfplein 1' } }],
        meta: { count: 3 },
      }),
      'x',
    );
    expect(sites.map((site) => site.contacts[0]!.website)).to.deep.equal([undefined, undefined, 'https://example.test/x']);
    expect(sites[0]!.address).to.deep.equal({ full: 'Werfplein 1' });
    expect(sites[0]!.primary).to.equal(true);
  });

  it('reads KBO and OVO through identifier → structured identifier, by their id-name', async () => {
    const seen: string[] = [];
    const organisation = await loadOrganisation(
      clientAnswering({
        data: {
          type: 'administrative-units',
          id: 'x',
          attributes: { 'legal-name': 'Gemeente X' },
          relationships: {
            identifiers: { data: [{ type: 'identifiers', id: 'i1' }, { type: 'identifiers', id: 'i2' }, { type: 'identifiers', id: 'i3' }] },
            'primary-site': { data: { type: 'sites', id: 's1' } },
            'organization-status': { data: { type: 'organization-status-codes', id: 'st' } },
          },
        },
        included: [
          { type: 'identifiers', id: 'i1', attributes: { 'id-name': 'KBO nummer' }, relationships: { 'structured-identifier': { data: { type: 'structured-identifiers', id: 'k' } } } },
          { type: 'identifiers', id: 'i2', attributes: { 'id-name': 'OVO-nummer' }, relationships: { 'structured-identifier': { data: { type: 'structured-identifiers', id: 'o' } } } },
          { type: 'identifiers', id: 'i3', attributes: { 'id-name': 'NIS code' }, relationships: { 'structured-identifier': { data: { type: 'structured-identifiers', id: 'n' } } } },
          { type: 'structured-identifiers', id: 'k', attributes: { 'local-id': '0207451227' } },
          { type: 'structured-identifiers', id: 'o', attributes: { 'local-id': 'OVO002949' } },
          { type: 'structured-identifiers', id: 'n', attributes: { 'local-id': '41002' } },
          { type: 'organization-status-codes', id: 'st', attributes: { label: 'Actief' } },
        ],
      }, seen),
      'x',
    );
    expect(seen).to.deep.equal(['/administrative-units/x?include=classification,identifiers,identifiers.structured-identifier,organization-status,primary-site,primary-site.address']);
    expect(organisation).to.deep.equal({ legalName: 'Gemeente X', status: 'Actief', kbo: '0207.451.227', ovo: 'OVO002949', primarySiteId: 's1' });
  });
});
