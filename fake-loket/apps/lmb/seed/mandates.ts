/**
 * The mandates of Lokaal Mandatenbeheer, in LMB's own domain (config/resources/external-mandaat.lisp,
 * external-besluit.lisp): for every gemeente its gemeenteraad, college van burgemeester en
 * schepenen and burgemeester, and for every OCMW its raad voor maatschappelijk welzijn and vast
 * bureau; each body has a body in time (`is-tijdsspecialisatie-van`) per bestuursperiode
 * (2019 - 2025 and 2025 - heden), which `bevat` the mandaten with their bestuursfunctie. The
 * mandatarissen carry a status, a publication status, `modified`, and one lidmaatschap each
 * (`binnen-fractie`, `lid`: no time interval, LMB has none). Persons come with geboorte,
 * identificator (a valid rijksregisternummer) and their current fracties.
 *
 * Every record of the mandatendatabank sits in the bestuur's `…/<uuid>/LoketLB-mandaatGebruiker`
 * graph (APP config/cl-authorization/config.lisp:305-334): owner = the bestuur, graph =
 * `mandaat-gebruiker`. Code lists sit in `public`.
 *
 * Publication status codes, their ids, URIs and order: APP migrations
 * 2024/20240412000000-mandataris-publication-status.sparql, 2024/20240424000000-…-order.sparql;
 * "Effectief" became "Niet bekrachtigd" in 2025/20250224091000-publication-status-niet-bekrachtigd.sparql.
 * Bestuursperiodes: 2024/20240507134950-bestuursperiodes.ttl (2019 - 2025 ends in 2024 since
 * 2024/20241015153904-update-bestuursperiode-2025-to-2024.sparql).
 */
import { besturenIn, type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { CLASSIFICATIES, DEFAULT_USER_ID } from '../../../world.js';
import { bodyId, bodyInTimeId } from '../../shared/bestuursorganen.js';

const CONCEPT = 'http://data.vlaanderen.be/id/concept/';
const ID = 'http://data.lblod.info/id/';
/** The group whose per-bestuur graph holds the mandatendatabank (authorization.ts `mandaat-gebruiker`). */
export const MANDATEN_GRAPH = 'mandaat-gebruiker';

export const MANDATARIS_STATUS = {
  effectief: { id: '21063a5b-912c-4241-841c-cc7fb3c73e75', label: 'Effectief' },
  waarnemend: { id: 'e1ca6edd-55e1-4288-92a5-53f4cf71946a', label: 'Waarnemend' },
  verhinderd: { id: 'c301248f-0199-45ca-b3e5-4c596731d5fe', label: 'Verhinderd' },
  titelvoerend: { id: 'aacb3fed-b51d-4e0b-a411-f3fa641da1b3', label: 'Titelvoerend' },
} as const;

/** Ids, URIs and order of the three codes (URIs are `…/MandatarisPublicationStatusCode/<id>`). */
export const PUBLICATION_STATUS = {
  draft: { id: '588ce330-4abb-4448-9776-a17d9305df07', label: 'Draft', order: 1 },
  nietBekrachtigd: { id: 'd3b12468-3720-4cb0-95b4-6aa2996ab188', label: 'Niet bekrachtigd', order: 2 },
  bekrachtigd: { id: '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6', label: 'Bekrachtigd', order: 3 },
} as const;
export const PUBLICATION_STATUS_BASE = `${ID}concept/MandatarisPublicationStatusCode/`;

export const BESTUURSFUNCTIE = {
  gemeenteraadslid: { id: '5ab0e9b8a3b2ca7c5e000011', label: 'Gemeenteraadslid' },
  voorzitterGemeenteraad: { id: '5ab0e9b8a3b2ca7c5e000012', label: 'Voorzitter van de gemeenteraad' },
  burgemeester: { id: '5ab0e9b8a3b2ca7c5e000013', label: 'Burgemeester' },
  schepen: { id: '5ab0e9b8a3b2ca7c5e000014', label: 'Schepen' },
  lidRmw: { id: '5ab0e9b8a3b2ca7c5e000015', label: 'Lid van de raad voor maatschappelijk welzijn' },
  voorzitterRmw: { id: '5ab0e9b8a3b2ca7c5e000016', label: 'Voorzitter van de raad voor maatschappelijk welzijn' },
  lidVastBureau: { id: '5ab0e9b8a3b2ca7c5e000017', label: 'Lid van het vast bureau' },
  voorzitterVastBureau: { id: '5ab0e9b8a3b2ca7c5e000018', label: 'Voorzitter van het vast bureau' },
  toegevoegdeSchepen: { id: '59a90e03-4f22-4bb9-8c91-132618db4b38', label: 'Toegevoegde schepen' },
} as const;
type Functie = keyof typeof BESTUURSFUNCTIE;
/** FE app/models/mandaat.js `hasRangorde`: schepenen and gemeenteraadsleden. */
const WITH_RANGORDE: readonly Functie[] = ['schepen', 'toegevoegdeSchepen', 'gemeenteraadslid'];

/** FE app/utils/well-known-ids.js / well-known-uris.js. */
export const ORGAAN_CLASSIFICATIE = {
  gemeenteraad: { id: '5ab0e9b8a3b2ca7c5e000005', label: 'Gemeenteraad' },
  college: { id: '5ab0e9b8a3b2ca7c5e000006', label: 'College van Burgemeester en Schepenen' },
  rmw: { id: '5ab0e9b8a3b2ca7c5e000007', label: 'Raad voor Maatschappelijk Welzijn' },
  vastBureau: { id: '5ab0e9b8a3b2ca7c5e000008', label: 'Vast Bureau' },
  burgemeester: { id: '4955bd72cd0e4eb895fdbfab08da0284', label: 'Burgemeester' },
} as const;
type Orgaan = keyof typeof ORGAAN_CLASSIFICATIE;

export const FRACTIETYPE = {
  samenwerkingsverband: { id: 'Samenwerkingsverband', label: 'Samenwerkingsverband' },
  onafhankelijk: { id: 'Onafhankelijk', label: 'Onafhankelijk' },
} as const;

export const BESTUURSPERIODES = [
  { id: 'a2b977a3-ce68-4e42-80a6-4397f66fc5ca', label: '2019 - 2025', start: 2019, einde: 2024, binding: ['2019-01-01', '2024-12-31'] },
  { id: '96efb929-5d83-48fa-bfbb-b98dfb1180c7', label: '2025 - heden', start: 2024, binding: ['2025-01-01', '2030-12-31'] },
] as const;

/** FE app/utils/well-known-ids.js MALE_ID / FEMALE_ID, in the human-sex authority table. */
export const GESLACHT = {
  man: { id: '5ab0e9b8a3b2ca7c5e000028', uri: 'http://publications.europa.eu/resource/authority/human-sex/MALE', label: 'Mannelijk' },
  vrouw: { id: '5ab0e9b8a3b2ca7c5e000029', uri: 'http://publications.europa.eu/resource/authority/human-sex/FEMALE', label: 'Vrouwelijk' },
} as const;

const BELEIDSDOMEINEN = [
  'Financiën', 'Ruimtelijke ordening', 'Onderwijs', 'Cultuur', 'Sport', 'Jeugd', 'Welzijn', 'Mobiliteit',
  'Openbare werken', 'Lokale economie', 'Milieu en klimaat', 'Burgerzaken', 'Personeel', 'Toerisme', 'Landbouw',
  'Veiligheid', 'Communicatie', 'Wonen', 'Erfgoed', 'Digitalisering', 'Senioren', 'Ontwikkelingssamenwerking',
];

const PARTIJEN = ['CD&V', 'N-VA', 'Vooruit', 'Open VLD', 'Groen', 'Vlaams Belang', 'PVDA'];
const LOKALE_LIJSTEN = ['Gemeentebelangen', 'Samen Anders', 'Lijst Burgemeester', 'Open+', 'Dorpsbelang'];

const VOORNAMEN = {
  man: ['Bart', 'Dirk', 'Filip', 'Hans', 'Jan', 'Lieven', 'Nico', 'Pieter', 'Steven', 'Wim', 'Jeroen', 'Luc', 'Geert', 'Kristof', 'Maarten', 'Patrick', 'Tom', 'Yves'],
  vrouw: ['Annelies', 'Caroline', 'Els', 'Griet', 'Ilse', 'Karolien', 'Marijke', 'Ann', 'Rita', 'Tine', 'Veerle', 'Katrien', 'Sofie', 'Hilde', 'Lies', 'Nathalie', 'Sarah', 'Ellen'],
};
const ACHTERNAMEN = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Vermeulen', 'Van den Broeck', 'De Clercq', 'Van Damme', 'Verhoeven', 'De Wilde', 'Coppens', 'Van de Velde',
  'Baert', 'Vandenberghe', 'De Backer', 'Cools', 'Van Acker', 'Lemmens', 'Verstraete', 'Hermans', 'De Vos',
  'Pauwels', 'Desmet', 'Van Hove', 'Bogaert', 'De Meyer', 'Vanhoutte', 'Martens', 'Aerts', 'Segers',
];

const ORDINALS = ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde', 'Zesde', 'Zevende', 'Achtste'];

/** `2019-01-01` as Brussels midnight (how LMB stores `start`: startOfDay, FE utils/date-manipulation.js). */
const startOfDay = (day: string): string => new Date(`${day}T00:00:00${brusselsOffset(day)}`).toISOString();
/** `einde` is stored as 23:59:59 Brussels time of its day. */
const endOfDay = (day: string): string => new Date(`${day}T23:59:59.999${brusselsOffset(day)}`).toISOString();

/** +01:00 or +02:00: Belgian summer time runs from the last Sunday of March to the last Sunday of October. */
export function brusselsOffset(day: string): string {
  const year = Number(day.slice(0, 4));
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const md = day.slice(5, 10);
  const start = `03-${String(lastSunday(2)).padStart(2, '0')}`;
  const end = `10-${String(lastSunday(9)).padStart(2, '0')}`;
  return md >= start && md < end ? '+02:00' : '+01:00';
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A rijksregisternummer with its check digits (97 - n mod 97; a leading 2 for births from 2000). */
export function rijksregisternummer(birth: string, serial: number): string {
  const base = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${String(serial).padStart(3, '0')}`;
  const number = Number(`${birth >= '2000' ? '2' : ''}${base}`);
  return base + String(97 - (number % 97)).padStart(2, '0');
}

/** Collects records; every helper returns the new id so the seed reads as the data's own story. */
class Builder {
  readonly out: StoredResource[] = [];
  constructor(readonly random: Random) {}

  add(type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}, owner?: string): string {
    this.out.push({ type, id, attributes, relationships, ...(owner ? { owner, graph: MANDATEN_GRAPH } : {}) });
    return id;
  }

  find(type: string, id: string): StoredResource {
    return this.out.find((record) => record.type === type && record.id === id)!;
  }
}

/** APP migration 2025/20250224091000-publication-status-niet-bekrachtigd.sparql renamed "Effectief". */
const NIET_BEKRACHTIGD_SINCE = '2025-02-24';

function seedCodes(b: Builder, beleidsdomeinIds: string[], now: Date): void {
  for (const status of Object.values(MANDATARIS_STATUS)) {
    b.add('mandataris-status-codes', status.id, { uri: `${CONCEPT}MandatarisStatusCode/${status.id}`, label: status.label });
  }
  const renamed = now.toISOString().slice(0, 10) >= NIET_BEKRACHTIGD_SINCE;
  for (const status of Object.values(PUBLICATION_STATUS)) {
    const label = status === PUBLICATION_STATUS.nietBekrachtigd && !renamed ? 'Effectief' : status.label;
    b.add('mandataris-publication-status-codes', status.id, { uri: `${PUBLICATION_STATUS_BASE}${status.id}`, label, order: status.order });
  }
  for (const functie of Object.values(BESTUURSFUNCTIE)) {
    b.add('bestuursfunctie-codes', functie.id, { uri: `${CONCEPT}BestuursfunctieCode/${functie.id}`, label: functie.label });
  }
  for (const orgaan of Object.values(ORGAAN_CLASSIFICATIE)) {
    b.add('bestuursorgaan-classificatie-codes', orgaan.id, { uri: `${CONCEPT}BestuursorgaanClassificatieCode/${orgaan.id}`, label: orgaan.label });
  }
  for (const type of Object.values(FRACTIETYPE)) {
    b.add('fractietypes', type.id, { uri: `${CONCEPT}Fractietype/${type.id}`, label: type.label });
  }
  BELEIDSDOMEINEN.forEach((label, index) => {
    const id = beleidsdomeinIds[index]!;
    // A skos:Concept: `id` (mu:uuid) is an attribute too (concept-scheme.lisp).
    b.add('beleidsdomein-codes', id, { uri: `${CONCEPT}BeleidsdomeinCode/${id}`, label, id });
  });
  for (const geslacht of Object.values(GESLACHT)) b.add('geslacht-codes', geslacht.id, { uri: geslacht.uri, label: geslacht.label });
  for (const periode of BESTUURSPERIODES) {
    b.add('bestuursperiodes', periode.id, {
      uri: `${ID}concept/Bestuursperiode/${periode.id}`,
      label: periode.label,
      id: periode.id,
      start: periode.start,
      ...('einde' in periode ? { einde: periode.einde } : {}),
    });
  }
}

interface Holder {
  persoon: string;
  fractie: string;
}

interface Period {
  id: string;
  start: string;
  end: string;
  current: boolean;
}

/** Where the bodies of one bestuur are put in time and filled. */
interface BestuurSeed {
  bestuur: StoredResource;
  naam: string;
  organen: Orgaan[];
}

function orgaanNaam(orgaan: Orgaan, naam: string): string {
  switch (orgaan) {
    case 'gemeenteraad':
      return `Gemeenteraad ${naam}`;
    case 'college':
      return `College van burgemeester en schepenen ${naam}`;
    case 'burgemeester':
      return `Burgemeester ${naam}`;
    case 'rmw':
      return `Raad voor maatschappelijk welzijn ${naam}`;
    case 'vastBureau':
      return `Vast bureau ${naam}`;
  }
}

class BestuurBuilder {
  private readonly owner: string;
  readonly persons: string[] = [];
  private serial = 1;

  constructor(
    private readonly b: Builder,
    private readonly seed: BestuurSeed,
    private readonly now: Date,
  ) {
    this.owner = seed.bestuur.id;
  }

  private add(type: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}): string {
    const id = this.b.random.uuid();
    return this.b.add(type, id, { uri: `${ID}${type}/${id}`, ...attributes }, relationships, this.owner);
  }

  person(): string {
    const { random } = this.b;
    const vrouw = random.chance(0.5);
    const birth = `${random.int(1950, 1996)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const serial = (this.serial += 2) - (vrouw ? 1 : 0);
    const geboorte = this.add('geboortes', { datum: birth });
    const identificator = this.add('identificatoren', { identificator: rijksregisternummer(birth, serial % 998) });
    const id = this.add(
      'personen',
      {
        'gebruikte-voornaam': random.pick(vrouw ? VOORNAMEN.vrouw : VOORNAMEN.man),
        achternaam: random.pick(ACHTERNAMEN),
        modified: startOfDay('2018-11-05'),
      },
      { geslacht: vrouw ? GESLACHT.vrouw.id : GESLACHT.man.id, geboorte, identificator, 'current-fracties': [] },
    );
    this.persons.push(id);
    return id;
  }

  /** The bodies, with the ids the Loket knows them by too (apps/shared/bestuursorganen.ts). */
  bodies(): Record<Orgaan, string> {
    const organen = {} as Record<Orgaan, string>;
    for (const orgaan of this.seed.organen) {
      const id = bodyId(this.owner, orgaan);
      organen[orgaan] = this.b.add(
        'bestuursorganen',
        id,
        { uri: `${ID}bestuursorganen/${id}`, naam: orgaanNaam(orgaan, this.seed.naam) },
        { bestuurseenheid: this.owner, classificatie: ORGAAN_CLASSIFICATIE[orgaan].id },
        this.owner,
      );
    }
    return organen;
  }

  inTijd(orgaan: Orgaan, naam: string, periodeId: string, binding: readonly string[]): string {
    const id = bodyInTimeId(this.owner, orgaan, binding[0]!);
    return this.b.add(
      'bestuursorganen',
      id,
      { uri: `${ID}bestuursorganen/${id}`, naam, 'binding-start': binding[0], 'binding-einde': binding[1] },
      { 'is-tijdsspecialisatie-van': bodyId(this.owner, orgaan), 'heeft-bestuursperiode': periodeId, bevat: [] },
      this.owner,
    );
  }

  mandaat(orgaanInTijd: string, functie: Functie, aantal: number): string {
    const id = this.add(
      'mandaten',
      { 'aantal-houders': aantal, 'min-aantal-houders': aantal, ...(WITH_RANGORDE.includes(functie) ? { 'with-rangorde': true } : {}) },
      { bestuursfunctie: BESTUURSFUNCTIE[functie].id },
    );
    (this.b.find('bestuursorganen', orgaanInTijd).relationships['bevat'] as string[]).push(id);
    return id;
  }

  fractie(naam: string, type: keyof typeof FRACTIETYPE, organen: string[]): string {
    return this.add('fracties', { naam, modified: startOfDay('2018-12-03') }, {
      fractietype: FRACTIETYPE[type].id,
      'bestuursorganen-in-tijd': organen,
      bestuurseenheid: this.owner,
    });
  }

  /** One mandataris with its lidmaatschap; the person's current fractie follows the latest start. */
  mandataris(
    holder: Holder,
    mandaat: string,
    period: Period,
    options: { start?: string; end?: string; rangorde?: string; status?: string; domeinen?: string[]; publication?: keyof typeof PUBLICATION_STATUS; vervangers?: string[] } = {},
  ): string {
    const start = options.start ?? period.start;
    const end = options.end ?? (period.current ? undefined : period.end);
    const publication = options.publication ?? 'bekrachtigd';
    const lidmaatschap = this.add('lidmaatschappen', {}, { 'binnen-fractie': holder.fractie });
    const installed = addDays(start, this.b.random.int(2, 40));
    const modified = period.current && installed > this.today ? this.today : installed;
    const id = this.add(
      'mandatarissen',
      {
        start: startOfDay(start),
        ...(end ? { einde: endOfDay(end) } : {}),
        ...(options.rangorde ? { rangorde: options.rangorde } : {}),
        modified: `${modified}T09:${String(this.b.random.int(10, 59))}:00.000Z`,
        ...(publication === 'bekrachtigd'
          ? { 'link-to-besluit': `https://publicatie.gelinkt-notuleren.vlaanderen.be/${encodeURIComponent(this.seed.naam)}/Gemeente/zittingen/${this.b.random.uuid()}/notulen` }
          : {}),
      },
      {
        bekleedt: mandaat,
        'is-bestuurlijke-alias-van': holder.persoon,
        status: options.status ?? MANDATARIS_STATUS.effectief.id,
        'publication-status': PUBLICATION_STATUS[publication].id,
        'heeft-lidmaatschap': lidmaatschap,
        beleidsdomein: options.domeinen ?? [],
        'tijdelijke-vervangingen': options.vervangers ?? [],
      },
    );
    if (period.current && !end) {
      const persoon = this.b.find('personen', holder.persoon);
      const current = persoon.relationships['current-fracties'] as string[];
      if (!current.includes(holder.fractie)) current.push(holder.fractie);
    }
    return id;
  }

  get today(): string {
    return this.now.toISOString().slice(0, 10);
  }
}

function periodsOn(now: Date): Period[] {
  const today = now.toISOString().slice(0, 10);
  return BESTUURSPERIODES.map((periode) => ({
    id: periode.id,
    start: periode.binding[0],
    end: periode.binding[1],
    current: periode.binding[0] <= today && today <= periode.binding[1],
  }));
}

function seedGemeente(b: Builder, bestuur: StoredResource, beleidsdomeinIds: string[], now: Date): void {
  const { random } = b;
  const naam = String(bestuur.attributes['naam'] ?? '').replace(/^Gemeente\s+/, '');
  const gb = new BestuurBuilder(b, { bestuur, naam, organen: ['gemeenteraad', 'college', 'burgemeester'] }, now);
  gb.bodies();
  // A pool of local politicians; about half return in the next legislature, as in real councils.
  const pool = Array.from({ length: 60 }, () => gb.person());
  const raadSize = random.pick([21, 23, 25, 27, 29]);
  const schepenen = raadSize <= 23 ? 5 : raadSize <= 27 ? 6 : 7;
  const today = gb.today;

  periodsOn(now).forEach((period, index) => {
    const periode = BESTUURSPERIODES[index]!;
    const inTijd = {
      gemeenteraad: gb.inTijd('gemeenteraad', orgaanNaam('gemeenteraad', naam), period.id, periode.binding),
      college: gb.inTijd('college', orgaanNaam('college', naam), period.id, periode.binding),
      burgemeester: gb.inTijd('burgemeester', orgaanNaam('burgemeester', naam), period.id, periode.binding),
    };
    const allOrganen = Object.values(inTijd);
    const lijsten = [...random.sample(PARTIJEN, 4), random.pick(LOKALE_LIJSTEN)];
    const fracties = lijsten.map((lijst) => gb.fractie(lijst, 'samenwerkingsverband', allOrganen));

    const mandaten = {
      raadslid: gb.mandaat(inTijd.gemeenteraad, 'gemeenteraadslid', raadSize),
      voorzitterRaad: gb.mandaat(inTijd.gemeenteraad, 'voorzitterGemeenteraad', 1),
      burgemeesterCollege: gb.mandaat(inTijd.college, 'burgemeester', 1),
      schepen: gb.mandaat(inTijd.college, 'schepen', schepenen),
      toegevoegd: gb.mandaat(inTijd.college, 'toegevoegdeSchepen', 1),
      burgemeester: gb.mandaat(inTijd.burgemeester, 'burgemeester', 1),
    };

    const members: Holder[] = (index === 0 ? pool.slice(0, raadSize) : [...pool.slice(10, 10 + raadSize - 5), ...pool.slice(45, 50)]).map(
      (persoon, position) => ({ persoon, fractie: fracties[position % (position < 12 ? 2 : fracties.length)]! }),
    );
    const [burgemeester, ...rest] = members as [Holder, ...Holder[]];
    const college = rest.slice(0, schepenen);
    const voorzitter = rest[schepenen]!;
    const domeinen = random.sample(beleidsdomeinIds, (schepenen + 1) * 3);

    // A council member resigns and the next on the list takes the seat: two records, no overlap.
    const leaver = rest[schepenen + 3]!;
    const successor: Holder = { persoon: pool[index === 0 ? 40 : 55]!, fractie: leaver.fractie };
    const resignation = period.current ? addDays(today, -random.int(60, 300)) : '2021-09-01';
    members.forEach((member, position) => {
      // One new raadslid of the current legislature is still a Draft (installatievergadering flow).
      const publication = period.current && position === raadSize - 2 ? 'draft' : 'bekrachtigd';
      if (member === leaver) {
        gb.mandataris(member, mandaten.raadslid, period, { end: resignation });
        gb.mandataris(successor, mandaten.raadslid, period, { start: resignation, publication: period.current ? 'nietBekrachtigd' : 'bekrachtigd' });
      } else {
        gb.mandataris(member, mandaten.raadslid, period, { publication });
      }
    });
    gb.mandataris(voorzitter, mandaten.voorzitterRaad, period);
    gb.mandataris(burgemeester, mandaten.burgemeesterCollege, period, { domeinen: domeinen.slice(0, 3) });
    gb.mandataris(burgemeester, mandaten.burgemeester, period);

    college.forEach((schepen, rank) => {
      const options = { rangorde: `${ORDINALS[rank]} schepen`, domeinen: domeinen.slice((rank + 1) * 3, (rank + 2) * 3) };
      if (rank === 1) {
        // The second schepen was (past) or is (current) hindered; a council member stands in as
        // Waarnemend, linked from the holder by `tijdelijke-vervangingen` (mandaat:isTijdelijkVervangenDoor).
        const from = period.current ? addDays(today, -random.int(20, 50)) : '2020-03-01';
        const until = period.current ? undefined : '2020-09-01';
        const standIn = gb.mandataris(rest[schepenen + 1]!, mandaten.schepen, period, {
          start: from,
          end: until,
          status: MANDATARIS_STATUS.waarnemend.id,
          domeinen: options.domeinen,
          publication: period.current ? 'nietBekrachtigd' : 'bekrachtigd',
        });
        gb.mandataris(schepen, mandaten.schepen, period, { ...options, end: from });
        gb.mandataris(schepen, mandaten.schepen, period, {
          ...options,
          start: from,
          end: until,
          status: MANDATARIS_STATUS.verhinderd.id,
          vervangers: [standIn],
          publication: period.current ? 'nietBekrachtigd' : 'bekrachtigd',
        });
        if (until) gb.mandataris(schepen, mandaten.schepen, period, { ...options, start: until });
      } else {
        gb.mandataris(schepen, mandaten.schepen, period, options);
      }
    });
    // One member left their fractie and sits as an independent: LMB gives each an own
    // "Onafhankelijk" fractie (FE services/fractie.js), member of the period's bodies.
    const independent = rest[rest.length - 1]!;
    const onafhankelijk = gb.fractie('Onafhankelijk', 'onafhankelijk', allOrganen);
    gb.mandataris({ ...independent, fractie: onafhankelijk }, mandaten.toegevoegd, period, {
      start: addDays(period.start, 180),
      rangorde: 'Eerste toegevoegde schepen',
      publication: period.current ? 'nietBekrachtigd' : 'bekrachtigd',
    });
  });
}

/** An OCMW's raad and vast bureau, with persons of its own graph (LMB copies them per graph). */
function seedOcmw(b: Builder, bestuur: StoredResource, now: Date): void {
  const { random } = b;
  const naam = String(bestuur.attributes['naam'] ?? '').replace(/^OCMW\s+/, '');
  const ob = new BestuurBuilder(b, { bestuur, naam, organen: ['rmw', 'vastBureau'] }, now);
  ob.bodies();
  const pool = Array.from({ length: 25 }, () => ob.person());
  periodsOn(now).forEach((period, index) => {
    const periode = BESTUURSPERIODES[index]!;
    const rmw = ob.inTijd('rmw', orgaanNaam('rmw', naam), period.id, periode.binding);
    const vb = ob.inTijd('vastBureau', orgaanNaam('vastBureau', naam), period.id, periode.binding);
    const fracties = random.sample(PARTIJEN, 3).map((lijst) => ob.fractie(lijst, 'samenwerkingsverband', [rmw, vb]));
    const lid = ob.mandaat(rmw, 'lidRmw', 21);
    const voorzitterRmw = ob.mandaat(rmw, 'voorzitterRmw', 1);
    const lidVb = ob.mandaat(vb, 'lidVastBureau', 6);
    const voorzitterVb = ob.mandaat(vb, 'voorzitterVastBureau', 1);
    const members = pool.slice(index * 3, index * 3 + 21).map((persoon, position) => ({ persoon, fractie: fracties[position % 3]! }));
    members.forEach((member) => ob.mandataris(member, lid, period));
    ob.mandataris(members[0]!, voorzitterRmw, period);
    ob.mandataris(members[0]!, voorzitterVb, period, { publication: 'nietBekrachtigd' });
    members.slice(1, 6).forEach((member) => ob.mandataris(member, lidVb, period, { publication: 'nietBekrachtigd' }));
  });
}

function seed(context: SeedContext): StoredResource[] {
  const { random, now } = context;
  const besturen = besturenIn(context);
  const b = new Builder(random);
  const beleidsdomeinIds = BELEIDSDOMEINEN.map(() => random.uuid());
  seedCodes(b, beleidsdomeinIds, now);
  for (const bestuur of besturen) {
    const classificatie = bestuur.relationships['classificatie'];
    if (classificatie === CLASSIFICATIES.gemeente.id) seedGemeente(b, bestuur, beleidsdomeinIds, now);
    if (classificatie === CLASSIFICATIES.ocmw.id) seedOcmw(b, bestuur, now);
  }
  return b.out;
}

export const mandatesFamily: SeedFamily = {
  name: 'mandates',
  seed,
};

/** System notifications MS writes (util/create-notification.ts), in the bestuur's mandatendatabank graph. */
const NOTIFICATIONS = [
  { subject: 'Vervanger kon niet automatisch toegekend worden', message: 'De vervanger van een mandataris kon niet automatisch toegekend worden in het OCMW. Kijk de mandataris na.', days: 1, forUser: true },
  { subject: 'Mandataris zonder fractie', message: 'Een mandataris van de gemeenteraad heeft geen fractie. Vul de fractie aan.', days: 3, forUser: false },
  { subject: 'Rangorde ontbreekt', message: 'Een schepen heeft geen rangorde. Vul de rangorde aan.', days: 6, forUser: true },
  { subject: 'Bekrachtiging verwerkt', message: 'De bekrachtiging van de aanstelling van de schepenen werd verwerkt.', days: 12, forUser: true, read: true },
  { subject: 'Oude melding', message: 'Een melding die gearchiveerd werd.', days: 40, forUser: false, read: true, archived: true },
] as const;

export const systemNotificationsFamily: SeedFamily = {
  name: 'system-notifications',
  seed({ random, now, world }) {
    const out: StoredResource[] = [];
    for (const bestuur of world.besturen.filter((candidate) => candidate.kind === 'gemeente')) {
      const user = world.users.find((candidate) => candidate.bestuurId === bestuur.id);
      const userId = bestuur.id === world.besturen[0]!.id ? DEFAULT_USER_ID : user?.id;
      for (const notification of NOTIFICATIONS) {
        const id = random.uuid();
        const created = new Date(now.getTime() - notification.days * 86_400_000 - random.int(0, 36_000_000));
        out.push({
          type: 'system-notifications',
          id,
          attributes: {
            // sic: the resource base has no trailing slash (system-notification.lisp).
            uri: `http://data.lblod.info/id/SystemNotification/${id}`,
            subject: notification.subject,
            message: notification.message,
            'created-at': created.toISOString(),
            ...('read' in notification ? { 'read-at': new Date(created.getTime() + 3_600_000).toISOString() } : {}),
            ...('archived' in notification ? { 'archived-at': new Date(created.getTime() + 7_200_000).toISOString() } : {}),
          },
          relationships: { gebruiker: notification.forUser && userId ? userId : null, 'linked-items': [] },
          owner: bestuur.id,
          graph: MANDATEN_GRAPH,
        });
      }
    }
    return out;
  },
};
