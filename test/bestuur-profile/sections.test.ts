import { expect, waitUntil } from '@open-wc/testing';
import { ALL_ROLES, createFakeLoket } from '../../fake-loket/index.js';
import {
  FIRST_GEMEENTE_ID,
  NOW,
  PATIENTLY,
  bodiesOf,
  fakeLoket,
  fieldSource,
  fieldValue,
  lmbFixture,
  profileFixture,
  root,
  section,
  settled,
  text,
} from './helpers.js';

const without = (...roles: string[]) => ALL_ROLES.filter((role) => !roles.includes(role));

describe('<loket-bestuur-profile> sections', function () {
  this.timeout(20000);

  describe('core data', () => {
    it('shows the Loket\'s names, classification, werkingsgebied and province, each with its source', async () => {
      const { el } = await profileFixture();
      await settled(el);
      expect(text(root(el).querySelector('[part="title"]'))).to.equal('Gemeente Aalst');
      expect(fieldValue(el, 'naam')).to.equal('Gemeente Aalst');
      expect(fieldValue(el, 'alternatieve-naam')).to.equal('Stad Aalst');
      expect(fieldValue(el, 'classificatie')).to.equal('Gemeente');
      expect(fieldValue(el, 'werkingsgebied')).to.equal('Aalst (Gemeente)');
      expect(fieldValue(el, 'provincie')).to.equal('Oost-Vlaanderen');
      expect(fieldSource(el, 'naam')).to.equal('Bron: Loket voor Lokale Besturen, uit het Organisatieportaal');
    });

    it('adds the status, KBO and OVO numbers from the Contactgegevens app, with their registers', async () => {
      const { el } = await profileFixture();
      await settled(el);
      expect(fieldValue(el, 'status')).to.equal('Actief');
      expect(fieldValue(el, 'kbo')).to.equal('0207.451.227');
      expect(fieldSource(el, 'kbo')).to.equal('Bron: Contactgegevens, uit de Kruispuntbank van Ondernemingen');
      expect(fieldValue(el, 'ovo')).to.equal('OVO002949');
      expect(fieldSource(el, 'ovo')).to.contain('organisatieregister van de Vlaamse overheid');
    });

    it('says "Niet gekend" where the data has no value (a bestuur without OVO number)', async () => {
      const loket = fakeLoket();
      const wichelen = loket.world.besturen.find((bestuur) => bestuur.name === 'Wichelen')!;
      loket.setSession({ groupId: wichelen.id });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(fieldValue(el, 'kbo')).to.equal('0207.453.009');
      expect(fieldValue(el, 'ovo')).to.equal('Niet gekend');
      expect(root(el).querySelector('[data-field="alternatieve-naam"]'), 'no alternative names: no row').to.equal(null);
    });

    it('without contact-api-base shows the Loket\'s core data only (the Loket has no KBO or OVO)', async () => {
      const { el, loket } = await profileFixture({ contact: false });
      await settled(el);
      expect(fieldValue(el, 'naam')).to.equal('Gemeente Aalst');
      expect(root(el).querySelector('[data-field="kbo"]')).to.equal(null);
      expect(loket.requests.some((request) => request.app === 'contactgegevens')).to.equal(false);
    });

    it('without the Contactgegevens role says "no access" for the numbers only; the public status stays', async () => {
      const { el } = await profileFixture({ loket: fakeLoket({ session: { roles: without('LoketLB-ContactOrganisatiegegevensGebruiker') } }) });
      await settled(el);
      const core = section(el, 'core');
      expect(fieldValue(el, 'status')).to.equal('Actief');
      expect(core.querySelector('[data-field="kbo"]')).to.equal(null);
      expect(text(core.querySelector('[part="no-access"]'))).to.contain('het KBO- en OVO-nummer').and.contain('LoketLB-ContactOrganisatiegegevensGebruiker');
    });
  });

  describe('contact points', () => {
    it('lists the sites of the Contactgegevens app: primary first, full address, e-mail, phone, fax, website', async () => {
      const { el } = await profileFixture();
      await settled(el);
      const sites = [...section(el, 'contact').querySelectorAll('[part="site"]')];
      expect(sites.length, 'Aalst has six sites').to.equal(6);
      expect(text(sites[0]!.querySelector('.site-title'))).to.equal('Gemeentehuis Primaire vestiging');
      expect(text(sites[0]!.querySelector('[data-field$=":address"] .value'))).to.equal('Werfplein 1, 9300 Aalst, België');
      const contact = text(sites[0]!.querySelector('[part="contact-point"]'));
      for (const value of ['Primair contact', 'info@aalst.be', '+32 53 73 22 11', '+32 53 73 22 10', 'https://www.aalst.be/']) expect(contact).to.contain(value);
      expect(text(sites[0]!.querySelectorAll('[part="contact-point"]')[1])).to.contain('Secundair contact').and.contain('onthaal@aalst.be');
      expect(text(sites[1]!.querySelector('.site-title'))).to.equal('Andere vestiging: Stadsbibliotheek');
    });

    it('links an address to the address register (an https URL) and says it comes from there', async () => {
      const { el } = await profileFixture();
      await settled(el);
      const map = section(el, 'contact').querySelector<HTMLAnchorElement>('[part="map-link"]')!;
      expect(map.href).to.equal('https://data.vlaanderen.be/id/adres/20468417');
      expect(map.rel).to.contain('noopener');
      expect(text(section(el, 'contact').querySelector('[data-field$=":address"] [part="source"]'))).to.equal('Bron: Contactgegevens, uit het Adressenregister');
      const website = section(el, 'contact').querySelector<HTMLAnchorElement>('[part="website"]')!;
      expect(website.href).to.equal('https://www.aalst.be/');
    });

    it('has no map link for an address the register does not know (Wichelen)', async () => {
      const loket = fakeLoket();
      loket.setSession({ groupId: loket.world.besturen.find((bestuur) => bestuur.name === 'Wichelen')!.id });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(text(section(el, 'contact').querySelector('[data-field$=":address"] .value'))).to.equal('Oudenaardsesteenweg 18, 9260 Wichelen, België');
      expect(section(el, 'contact').querySelector('[part="map-link"]')).to.equal(null);
    });

    it('says so when the bestuur has no contact data', async () => {
      const loket = fakeLoket();
      loket.setSession({ groupId: loket.world.besturen.find((bestuur) => bestuur.kind === 'ocmw' && bestuur.name === 'Berlare')!.id });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(text(section(el, 'contact').querySelector('[part="empty"]'))).to.equal('Er zijn geen contactgegevens gekend voor dit bestuur.');
    });

    it('without the Contactgegevens role says "no access" in the contact section and reads no site', async () => {
      const loket = fakeLoket({ session: { roles: without('LoketLB-ContactOrganisatiegegevensGebruiker') } });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(text(section(el, 'contact').querySelector('[part="no-access"]'))).to.contain('de contactgegevens').and.contain('LoketLB-ContactOrganisatiegegevensGebruiker');
      expect(loket.requests.some((request) => request.path.startsWith('/sites') || request.path.endsWith('/sites'))).to.equal(false);
    });

    it('without contact-api-base reads the Loket\'s contactinfo (leidinggevenden role)', async () => {
      const { el, loket } = await profileFixture({ contact: false });
      await settled(el);
      const sites = [...section(el, 'contact').querySelectorAll('[part="site"]')];
      expect(sites.length, 'the primary site\'s two contact points').to.equal(2);
      expect(text(sites[0])).to.contain('Primair contact').and.contain('info@aalst.be').and.contain('Werfplein 1, 9300 Aalst, België');
      expect(sites[0]!.querySelector<HTMLAnchorElement>('[part="map-link"]')!.href).to.equal('https://data.vlaanderen.be/id/adres/20468417');
      expect(text(sites[0]!.querySelector('[part="contact-point"] > [part="source"]'))).to.equal('Bron: Loket voor Lokale Besturen');
      expect(loket.requests.some((request) => request.path === `/bestuurseenheden/${FIRST_GEMEENTE_ID}/contactinfo`)).to.equal(true);
    });

    it('without contact-api-base and without the leidinggevenden role says "no access" (the Loket would list nothing)', async () => {
      const loket = fakeLoket({ session: { roles: without('LoketLB-leidinggevendenGebruiker') } });
      const { el } = await profileFixture({ loket, contact: false });
      await settled(el);
      expect(text(section(el, 'contact').querySelector('[part="no-access"]'))).to.contain('LoketLB-leidinggevendenGebruiker');
      expect(loket.requests.some((request) => request.path.endsWith('/contactinfo'))).to.equal(false);
    });
  });

  describe('bodies', () => {
    it('lists the bestuur\'s bodies (Loket, public) with their current period', async () => {
      const { el } = await profileFixture();
      await settled(el);
      const bodies = [...section(el, 'bodies').querySelectorAll('[part="body"]')].map(text);
      expect(bodies).to.have.length(3);
      expect(bodies.join(' | ')).to.contain('Gemeenteraad Aalst Huidige periode: 1 januari 2025 tot 31 december 2030');
      expect(bodies.join(' | ')).to.contain('College van burgemeester en schepenen Aalst');
      expect(section(el, 'bodies').querySelector('[part="count"]'), 'no counts without mandates-api-base').to.equal(null);
    });

    it('picks the legislature in force on `now` (2019–2024 in 2022)', async () => {
      const { el } = await profileFixture();
      el.now = new Date('2022-06-01T10:00:00Z');
      el.reload();
      await waitUntil(() => text(section(el, 'bodies')).includes('1 januari 2019 tot 31 december 2024'), 'the 2019 legislature never showed', PATIENTLY);
    });

    it('counts the current mandataries per body in Lokaal Mandatenbeheer (distinct persons, started, not ended, no Draft, Effectief/Verhinderd)', async () => {
      const loket = fakeLoket();
      const raad = bodiesOf(loket.world.bestuur(FIRST_GEMEENTE_ID)!).find((body) => body.kind === 'gemeenteraad')!;
      const current = raad.inTime.find((inTime) => inTime.start === '2025-01-01')!.id;
      lmbFixture(loket, current, [
        { person: 'p1', start: '2025-01-02', status: 'effectief', publication: 'bekrachtigd' },
        { person: 'p2', start: '2025-01-02', status: 'effectief' },
        { person: 'p2', start: '2025-01-02', status: 'effectief' },
        { person: 'p3', start: '2025-01-02', status: 'verhinderd' },
        { person: 'p4', start: '2025-01-02', einde: '2025-06-30', status: 'effectief' },
        { person: 'p5', start: '2025-01-02', status: 'effectief', publication: 'draft' },
        { person: 'p6', start: '2025-01-02', status: 'waarnemend' },
        { person: 'p7', start: '2025-01-02' },
        { person: 'p8', start: '2027-01-01', status: 'effectief' },
      ]);
      const { el } = await profileFixture({ loket, mandates: true });
      await settled(el);
      const row = [...section(el, 'bodies').querySelectorAll('[part="body"]')].find((body) => text(body).startsWith('Gemeenteraad'))!;
      expect(text(row.querySelector('[part="count"]'))).to.equal('4 huidige mandatarissen');
      const others = [...section(el, 'bodies').querySelectorAll('[part="count"]')].map(text);
      expect(others.filter((count) => count === 'Geen huidige mandatarissen')).to.have.length(2);
      expect(text(section(el, 'bodies'))).to.contain('Aantal mandatarissen: bron Lokaal Mandatenbeheer');
      const lmb = loket.requests.filter((request) => request.app === 'lmb' && request.path === '/mandatarissen');
      expect(lmb).to.have.length(3);
    });

    it('without the mandaat role says "no access" for the counts only', async () => {
      const loket = fakeLoket({ session: { roles: without('LoketLB-mandaatGebruiker') } });
      const { el } = await profileFixture({ loket, mandates: true });
      await settled(el);
      expect(section(el, 'bodies').querySelectorAll('[part="body"]')).to.have.length(3);
      expect(text(section(el, 'bodies').querySelector('[part="no-access"]'))).to.contain('het aantal mandatarissen').and.contain('LoketLB-mandaatGebruiker');
      expect(loket.requests.some((request) => request.path === '/mandatarissen')).to.equal(false);
    });

    it('says so when the bestuur has no bodies', async () => {
      const loket = fakeLoket();
      loket.setSession({ groupId: loket.world.besturen.find((bestuur) => bestuur.kind === 'agentschap')!.id });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(text(section(el, 'bodies').querySelector('[part="empty"]'))).to.equal('Er zijn geen bestuursorganen gekend voor dit bestuur.');
    });

    it('lists many bodies', async () => {
      const loket = fakeLoket();
      const table = loket.store.get('bestuursorganen')!;
      for (let n = 0; n < 30; n++) {
        const id = `extra-${n}`;
        table.set(id, { type: 'bestuursorganen', id, attributes: { uri: `http://data.lblod.info/id/bestuursorganen/${id}`, naam: `Adviesraad ${String(n).padStart(2, '0')}` }, relationships: { bestuurseenheid: FIRST_GEMEENTE_ID, classificatie: null, 'is-tijdsspecialisatie-van': null, bevat: [], 'bevat-bestuursfunctie': [] } });
      }
      loket.changed();
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(section(el, 'bodies').querySelectorAll('[part="body"]')).to.have.length(33);
      expect(text(section(el, 'bodies'))).to.contain('Adviesraad 29 Geen periode gekend');
    });
  });

  describe('access and states', () => {
    it('for another bestuur than the session\'s shows its public data and "own bestuur only" for the rest', async () => {
      const loket = fakeLoket();
      const berlare = loket.world.besturen.find((bestuur) => bestuur.kind === 'gemeente' && bestuur.name === 'Berlare')!;
      const { el } = await profileFixture({ loket, bestuurseenheid: berlare.id, mandates: true });
      await settled(el);
      expect(fieldValue(el, 'naam')).to.equal('Gemeente Berlare');
      expect(section(el, 'bodies').querySelectorAll('[part="body"]')).to.have.length(3);
      for (const name of ['contact', 'preference'] as const) {
        expect(text(section(el, name).querySelector('[part="no-access"]')), name).to.equal('Deze gegevens zijn alleen zichtbaar voor uw eigen bestuur.');
      }
    });

    it('without any session (a public page with `bestuurseenheid`) shows the public data and "no access" elsewhere, without an error', async () => {
      const errors: string[] = [];
      const onError = (event: Event) => errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
      document.addEventListener('loket-error', onError);
      try {
        const { el } = await profileFixture({ loket: fakeLoket({ session: null }), bestuurseenheid: FIRST_GEMEENTE_ID, mandates: true });
        await settled(el);
        expect(fieldValue(el, 'naam')).to.equal('Gemeente Aalst');
        expect(fieldValue(el, 'status')).to.equal('Actief');
        expect(section(el, 'bodies').querySelectorAll('[part="body"]')).to.have.length(3);
        expect(section(el, 'contact').querySelector('[part="no-access"]')).to.exist;
        expect(section(el, 'preference').querySelector('[part="no-access"]')).to.exist;
        expect(root(el).querySelector('[role="alert"]')).to.equal(null);
        expect(errors).to.deep.equal([]);
      } finally {
        document.removeEventListener('loket-error', onError);
      }
    });

    it('without a session and without `bestuurseenheid` says it cannot know the bestuur, with a retry', async () => {
      const { el } = await profileFixture({ loket: fakeLoket({ session: null }) });
      await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error', PATIENTLY);
      expect(root(el).querySelector('[part~="section"]')).to.equal(null);
      expect(root(el).querySelector('[part="error"] button')).to.exist;
      await el.updateComplete;
      expect(root(el).querySelector('.profile')!.getAttribute('aria-busy'), 'nothing is loading any more').to.equal('false');
    });

    it('shows a placeholder per section while it loads, and aria-busy', async () => {
      const { el } = await profileFixture({ loket: fakeLoket({ latency: 400 }) });
      await el.updateComplete;
      expect(root(el).querySelector('.profile')!.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => root(el).querySelectorAll('[part="loading"]').length >= 3, 'no placeholders', PATIENTLY);
      await settled(el);
      expect(root(el).querySelector('[part="loading"]')).to.equal(null);
    });

    it('a failing section shows its own error and retry; the others show their data', async () => {
      const loket = fakeLoket();
      loket.addFault({ app: 'loket', path: '/bestuursorganen', times: 1, fault: { kind: 'status', status: 500 } });
      const { el } = await profileFixture({ loket });
      await settled(el);
      const bodies = section(el, 'bodies');
      expect(text(bodies.querySelector('[part="error"]'))).to.contain('Opnieuw proberen');
      expect(fieldValue(el, 'naam')).to.equal('Gemeente Aalst');
      expect(section(el, 'contact').querySelectorAll('[part="site"]').length).to.equal(6);
      bodies.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => section(el, 'bodies').querySelectorAll('[part="body"]').length === 3, 'retry did not recover', PATIENTLY);
    });

    it('a Contactgegevens app that is down fails the contact section and the status only', async () => {
      const loket = createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'] });
      loket.addFault({ app: 'contactgegevens', path: '/administrative-units', fault: { kind: 'status', status: 503 } });
      const { el } = await profileFixture({ loket });
      await settled(el);
      expect(section(el, 'contact').querySelector('[part="error"]')).to.exist;
      expect(section(el, 'core').querySelector('[part="error"]')).to.exist;
      expect(fieldValue(el, 'naam')).to.equal('Gemeente Aalst');
      loket.clearFaults();
      section(el, 'contact').querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => section(el, 'contact').querySelectorAll('[part="site"]').length === 6, 'contacts did not recover', PATIENTLY);
      section(el, 'core').querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => fieldValue(el, 'kbo') === '0207.451.227', 'status did not recover', PATIENTLY);
    });
  });
});
