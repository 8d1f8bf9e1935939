import { expect } from '@open-wc/testing';
import { LoketClient } from '../../src/api/client.js';
import type { LoketError } from '../../src/api/errors.js';
import { currentLegislature, loadCodes, loadFracties, loadMandatarissen, loadMandaten, loadOrganen } from '../../src/api/mandates.js';
import {
  correctMandataris,
  createMandataris,
  loadMandataris,
  removeMandataris,
  replaceMandataris,
  searchPersonen,
} from '../../src/mandates/editing-api.js';
import { formFromMandataris } from '../../src/mandates/form.js';
import { STATUS } from '../../src/mandates/codes.js';
import { createFakeLoket, FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { mandatesFamily } from '../../fake-loket/seed/mandates.js';

const NOW = new Date('2026-11-28T00:00:00Z');

function setup() {
  const fake = createFakeLoket({ families: [mandatesFamily], now: NOW });
  const client = new LoketClient({ apiBase: 'https://loket.test', fetch: fake.fetch, retry: { limit: 0 } });
  return { fake, client };
}

describe('mandates API against the fake Loket', () => {
  it('loads the four bodies of a gemeente with two legislatures each, the current one by date', async () => {
    const { client } = setup();
    const organen = await loadOrganen(client, FIRST_GEMEENTE_ID);
    expect(organen.map((o) => o.classificatie?.label).sort()).to.deep.equal([
      'College van burgemeester en schepenen',
      'Gemeenteraad',
      'Raad voor maatschappelijk welzijn',
      'Vast bureau',
    ]);
    for (const orgaan of organen) {
      expect(orgaan.legislaturen.map((l) => `${l.bindingStart}/${l.bindingEinde}`)).to.deep.equal([
        '2019-01-01/2024-12-31',
        '2025-01-01/2030-12-31',
      ]);
      expect(currentLegislature(orgaan, '2026-11-28')?.bindingStart).to.equal('2025-01-01');
      expect(currentLegislature(orgaan, '2020-01-01')?.bindingStart).to.equal('2019-01-01');
    }
  });

  it('loads mandaten, mandatarissen with person, status, fractie and beleidsdomeinen', async () => {
    const { client } = setup();
    const college = (await loadOrganen(client, FIRST_GEMEENTE_ID)).find((o) => o.classificatie?.label.startsWith('College'))!;
    const body = currentLegislature(college, '2026-11-28')!;
    const mandaten = await loadMandaten(client, body.id);
    expect(mandaten.map((m) => m.bestuursfunctie?.label).sort()).to.deep.equal(['Burgemeester', 'Schepen', 'Toegevoegde schepen']);
    const mandatarissen = await loadMandatarissen(client, body.id);
    const schepenen = mandatarissen.filter((m) => m.mandaat?.bestuursfunctie?.label === 'Schepen');
    expect(schepenen.length).to.equal(mandaten.find((m) => m.bestuursfunctie?.label === 'Schepen')!.aantalHouders);
    expect(schepenen.map((s) => s.rangorde)).to.include('Eerste schepen');
    for (const schepen of schepenen) {
      expect(schepen.persoon?.achternaam).to.be.a('string');
      expect(schepen.status?.label).to.equal('Effectief');
      expect(schepen.fractie?.naam).to.be.a('string');
      expect(schepen.beleidsdomeinen.length).to.be.greaterThan(0);
      expect(schepen.start).to.equal('2025-01-01');
    }
    const fracties = await loadFracties(client, body.id);
    expect(fracties.map((f) => f.fractietype?.label)).to.include.members(['Samenwerkingsverband', 'Onafhankelijk']);
    const statuses = await loadCodes(client, 'mandataris-status-codes');
    expect(statuses.map((s) => s.label)).to.deep.equal(['Effectief', 'Titelvoerend', 'Verhinderd', 'Waarnemend']);
    expect(statuses[0]!.scopeNote).to.be.a('string');
  });

  it('creates, corrects, replaces and archives a mandataris', async () => {
    const { fake, client } = setup();
    const raad = (await loadOrganen(client, FIRST_GEMEENTE_ID)).find((o) => o.classificatie?.label === 'Gemeenteraad')!;
    const body = currentLegislature(raad, '2026-11-28')!;
    const [lid] = (await loadMandaten(client, body.id)).filter((m) => m.bestuursfunctie?.label === 'Gemeenteraadslid');
    const [persoon] = await searchPersonen(client, 'peeters');
    expect(persoon?.achternaam).to.equal('Peeters');
    const [fractie] = await loadFracties(client, body.id);
    const form = {
      persoonId: persoon!.id, mandaatId: lid!.id, statusId: STATUS.effectief, fractieId: fractie!.id,
      rangorde: '', start: '2026-02-01', einde: '', beleidsdomeinIds: [],
    };
    const id = await createMandataris(client, form);
    const created = (await loadMandataris(client, id))!;
    expect(formFromMandataris(created)).to.deep.equal(form);

    await correctMandataris(client, id, form, { ...form, start: '2026-02-02' });
    expect((await loadMandataris(client, id))!.start).to.equal('2026-02-02');
    const patch = fake.requests.filter((r) => r.method === 'PATCH').pop();
    expect(patch?.path).to.equal(`/mandatarissen/${id}`);

    const successor = await replaceMandataris(client, id, { ...form, start: '2026-02-02', statusId: STATUS.waarnemend }, '2026-06-01');
    expect((await loadMandataris(client, id))!.einde).to.equal('2026-06-01');
    const next = (await loadMandataris(client, successor))!;
    expect(next.start).to.equal('2026-06-01');
    expect(next.status?.id).to.equal(STATUS.waarnemend);

    await removeMandataris(client, successor);
    expect(await loadMandataris(client, successor)).to.equal(null);
    expect((await loadMandatarissen(client, body.id)).some((m) => m.id === successor)).to.equal(false);
    expect(fake.store.get('mandatarissen-archief')?.has(successor)).to.equal(true);
  });

  it('answers a mandataris without start with a mu-style 422 that names the field', async () => {
    const { client } = setup();
    const raad = (await loadOrganen(client, FIRST_GEMEENTE_ID)).find((o) => o.classificatie?.label === 'Gemeenteraad')!;
    const body = currentLegislature(raad, '2026-11-28')!;
    const [lid] = await loadMandaten(client, body.id);
    const [persoon] = await searchPersonen(client, 'peeters');
    const form = {
      persoonId: persoon!.id, mandaatId: lid!.id, statusId: STATUS.effectief, fractieId: '',
      rangorde: '', start: '', einde: '', beleidsdomeinIds: [],
    };
    const error = await createMandataris(client, form).then(() => undefined, (e: unknown) => e as LoketError);
    expect(error?.kind).to.equal('validation');
    expect(Object.keys(error!.fieldErrors)).to.include('start');
  });

  it('finds persons by first and last name together', async () => {
    const { client, fake } = setup();
    const [someone] = [...fake.store.get('personen')!.values()];
    const full = `${someone!.attributes['gebruikte-voornaam']} ${someone!.attributes['achternaam']}`;
    const found = await searchPersonen(client, full);
    expect(found.map((p) => p.id)).to.include(someone!.id);
    expect(found.every((p) => `${p.gebruikteVoornaam} ${p.achternaam}`.toLowerCase().includes(full.toLowerCase()))).to.equal(true);
  });

  it('refuses to archive without the mandates role', async () => {
    const fake = createFakeLoket({ families: [mandatesFamily], now: NOW, session: { roles: ['LoketLB-berichtenGebruiker'] } });
    const client = new LoketClient({ apiBase: 'https://loket.test', fetch: fake.fetch, retry: { limit: 0 } });
    const [id] = fake.store.get('mandatarissen')!.keys();
    const error = await removeMandataris(client, id!).then(() => undefined, (e: unknown) => e as LoketError);
    expect(error?.kind).to.equal('forbidden');
    expect(fake.store.get('mandatarissen')!.has(id!)).to.equal(true);
  });
});
