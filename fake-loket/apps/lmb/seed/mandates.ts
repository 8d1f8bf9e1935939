/**
 * The mandates family (OSLO Mandaten): for every gemeente its gemeenteraad, college, raad voor
 * maatschappelijk welzijn and vast bureau, each with a body in time per legislature (2019–2024 and
 * 2025–2030), the mandaten of those bodies with realistic numbers of holders, the mandatarissen
 * with their fracties, lidmaatschappen and time intervals, and the code lists. The seed respects
 * the business rules the editor enforces, so the editor starts from clean data.
 *
 * `DELETE /mandatarissen/:id` archives, as the real Loket does: the record leaves every list and
 * read but is kept in the `mandatarissen-archief` table of the store.
 */
import { besturenIn, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';

const CONCEPT = 'http://data.vlaanderen.be/id/concept/';

export const MANDATARIS_STATUS = {
  effectief: { id: '21063a5b-912c-4241-841c-cc7fb3c73e75', label: 'Effectief', note: 'De mandataris oefent het mandaat uit.' },
  waarnemend: { id: 'e1ca6edd-55e1-4288-92a5-53f4cf71946a', label: 'Waarnemend', note: 'De mandataris neemt het mandaat tijdelijk waar voor een verhinderde mandataris.' },
  verhinderd: { id: 'c301248f-0199-45ca-b3e5-4c596731d5fe', label: 'Verhinderd', note: 'De mandataris is tijdelijk verhinderd het mandaat uit te oefenen.' },
  titelvoerend: { id: 'aacb3fed-b51d-4e0b-a411-f3fa641da1b3', label: 'Titelvoerend', note: 'De burgemeester draagt de titel maar oefent het ambt niet uit.' },
} as const;

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

export const ORGAAN_CLASSIFICATIE = {
  gemeenteraad: { id: '5ab0e9b8a3b2ca7c5e000005', label: 'Gemeenteraad' },
  college: { id: '5ab0e9b8a3b2ca7c5e000006', label: 'College van burgemeester en schepenen' },
  rmw: { id: '5ab0e9b8a3b2ca7c5e000007', label: 'Raad voor maatschappelijk welzijn' },
  vastBureau: { id: '5ab0e9b8a3b2ca7c5e000008', label: 'Vast bureau' },
} as const;
type Orgaan = keyof typeof ORGAAN_CLASSIFICATIE;

export const FRACTIETYPE = {
  samenwerkingsverband: { id: 'Samenwerkingsverband', label: 'Samenwerkingsverband', note: 'Een fractie van verkozenen van één lijst of een samenwerking van lijsten.' },
  onafhankelijk: { id: 'Onafhankelijk', label: 'Onafhankelijk', note: 'Een mandataris die tot geen fractie (meer) behoort.' },
} as const;

export const LEGISLATUREN = [
  { start: '2019-01-01', end: '2024-12-31' },
  { start: '2025-01-01', end: '2030-12-31' },
] as const;

const BELEIDSDOMEINEN = [
  'Financiën', 'Ruimtelijke ordening', 'Onderwijs', 'Cultuur', 'Sport', 'Jeugd', 'Welzijn', 'Mobiliteit',
  'Openbare werken', 'Lokale economie', 'Milieu en klimaat', 'Burgerzaken', 'Personeel', 'Toerisme', 'Landbouw',
  'Veiligheid', 'Communicatie', 'Wonen', 'Erfgoed', 'Digitalisering', 'Senioren', 'Ontwikkelingssamenwerking',
];

const PARTIJEN = ['CD&V', 'N-VA', 'Vooruit', 'Open VLD', 'Groen', 'Vlaams Belang', 'PVDA'];
const LOKALE_LIJSTEN = ['Gemeentebelangen', 'Samen Anders', 'Lijst Burgemeester', 'Open+', 'Dorpsbelang'];

const VOORNAMEN = [
  'Annelies', 'Bart', 'Caroline', 'Dirk', 'Els', 'Filip', 'Griet', 'Hans', 'Ilse', 'Jan', 'Karolien', 'Lieven',
  'Marijke', 'Nico', 'Ann', 'Pieter', 'Rita', 'Steven', 'Tine', 'Wim', 'Veerle', 'Jeroen', 'Katrien', 'Luc',
  'Sofie', 'Geert', 'Hilde', 'Kristof', 'Lies', 'Maarten', 'Nathalie', 'Patrick', 'Sarah', 'Tom', 'Yves', 'Ellen',
];
const ACHTERNAMEN = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Vermeulen', 'Van den Broeck', 'De Clercq', 'Van Damme', 'Verhoeven', 'De Wilde', 'Coppens', 'Van de Velde',
  'Baert', 'Vandenberghe', 'De Backer', 'Cools', 'Van Acker', 'Lemmens', 'Verstraete', 'Hermans', 'De Vos',
  'Pauwels', 'Desmet', 'Van Hove', 'Bogaert', 'De Meyer', 'Vanhoutte', 'Martens', 'Aerts', 'Segers',
];

const ORDINALS = ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde', 'Zesde', 'Zevende', 'Achtste'];


const GEMEENTE_CLASSIFICATIE = '5ab0e9b8a3b2ca7c5e000001';
const GESLACHT = { man: '5ab0e9b8a3b2ca7c5e000028', vrouw: '5ab0e9b8a3b2ca7c5e000029' };

const instant = (day: string): string => `${day}T00:00:00.000Z`;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Collects records; every helper returns the new id so the seed reads as the data's own story. */
class Builder {
  readonly out: StoredResource[] = [];
  constructor(readonly random: Random) {}

  add(type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}): string {
    this.out.push({ type, id, attributes, relationships });
    return id;
  }

  code(type: string, id: string, uri: string, label: string, note: string): void {
    this.add(type, id, { uri, label, 'scope-note': note });
  }
}

interface Holder {
  persoon: string;
  fractie: string;
}

interface Legislatuur {
  start: string;
  end: string;
  /** The current legislature has open-ended mandates; the past one ended on its binding end. */
  current: boolean;
}

function seedCodes(b: Builder, beleidsdomeinIds: string[]): void {
  for (const status of Object.values(MANDATARIS_STATUS)) {
    b.code('mandataris-status-codes', status.id, `${CONCEPT}MandatarisStatusCode/${status.id}`, status.label, status.note);
  }
  for (const functie of Object.values(BESTUURSFUNCTIE)) {
    b.code('bestuursfunctie-codes', functie.id, `${CONCEPT}BestuursfunctieCode/${functie.id}`, functie.label, `De bestuursfunctie ${functie.label.toLowerCase()}.`);
  }
  for (const orgaan of Object.values(ORGAAN_CLASSIFICATIE)) {
    b.code('bestuursorgaan-classificatie-codes', orgaan.id, `${CONCEPT}BestuursorgaanClassificatieCode/${orgaan.id}`, orgaan.label, `Het bestuursorgaan ${orgaan.label.toLowerCase()}.`);
  }
  for (const type of Object.values(FRACTIETYPE)) {
    b.code('fractietypes', type.id, `${CONCEPT}Fractietype/${type.id}`, type.label, type.note);
  }
  BELEIDSDOMEINEN.forEach((label, index) => {
    const id = beleidsdomeinIds[index]!;
    b.code('beleidsdomein-codes', id, `${CONCEPT}BeleidsdomeinCode/${id}`, label, `Het beleidsdomein ${label.toLowerCase()}.`);
  });
  b.code('geslacht-codes', GESLACHT.man, `http://publications.europa.eu/resource/authority/human-sex/MALE`, 'Mannelijk', 'Mannelijk geslacht.');
  b.code('geslacht-codes', GESLACHT.vrouw, `http://publications.europa.eu/resource/authority/human-sex/FEMALE`, 'Vrouwelijk', 'Vrouwelijk geslacht.');
}

function seedGemeente(b: Builder, bestuur: StoredResource, beleidsdomeinIds: string[], now: Date): void {
  const { random } = b;
  const naam = String(bestuur.attributes['naam'] ?? '').replace(/^Gemeente\s+/, '');
  const organen = {} as Record<Orgaan, string>;
  const ORGAAN_NAMES: Record<Orgaan, string> = {
    gemeenteraad: `Gemeenteraad ${naam}`,
    college: `College van burgemeester en schepenen ${naam}`,
    rmw: `Raad voor maatschappelijk welzijn ${naam}`,
    vastBureau: `Vast bureau ${naam}`,
  };
  for (const orgaan of Object.keys(ORGAAN_CLASSIFICATIE) as Orgaan[]) {
    organen[orgaan] = b.add('bestuursorganen', random.uuid(), { naam: ORGAAN_NAMES[orgaan] }, {
      bestuurseenheid: bestuur.id,
      classificatie: ORGAAN_CLASSIFICATIE[orgaan].id,
      'is-tijdsspecialisatie-van': null,
    });
  }

  // A pool of local politicians; about half return in the next legislature, as in real councils.
  const pool = Array.from({ length: 60 }, () => {
    const vrouw = random.chance(0.5);
    return b.add('personen', random.uuid(), {
      'gebruikte-voornaam': random.pick(VOORNAMEN),
      achternaam: random.pick(ACHTERNAMEN),
    }, { geslacht: vrouw ? GESLACHT.vrouw : GESLACHT.man });
  });
  const raadSize = random.pick([21, 23, 25, 27, 29]);
  const schepenen = raadSize <= 23 ? 5 : raadSize <= 27 ? 6 : 7;
  const today = now.toISOString().slice(0, 10);

  LEGISLATUREN.forEach((period, index) => {
    const legislatuur: Legislatuur = { ...period, current: period.start <= today && today <= period.end };
    const inTijd = {} as Record<Orgaan, string>;
    for (const orgaan of Object.keys(ORGAAN_CLASSIFICATIE) as Orgaan[]) {
      inTijd[orgaan] = b.add('bestuursorganen', random.uuid(), {
        naam: ORGAAN_NAMES[orgaan],
        'binding-start': period.start,
        'binding-einde': period.end,
      }, { bestuurseenheid: null, classificatie: ORGAAN_CLASSIFICATIE[orgaan].id, 'is-tijdsspecialisatie-van': organen[orgaan] });
    }
    const allOrganen = Object.values(inTijd);
    const lijsten = [...random.sample(PARTIJEN, 4), random.pick(LOKALE_LIJSTEN)];
    const fracties = lijsten.map((lijst) =>
      b.add('fracties', random.uuid(), { naam: lijst }, {
        fractietype: FRACTIETYPE.samenwerkingsverband.id,
        'bestuursorganen-in-tijd': allOrganen,
        bestuurseenheid: bestuur.id,
      }),
    );
    const onafhankelijk = b.add('fracties', random.uuid(), { naam: 'Onafhankelijk' }, {
      fractietype: FRACTIETYPE.onafhankelijk.id,
      'bestuursorganen-in-tijd': allOrganen,
      bestuurseenheid: bestuur.id,
    });

    const mandaat = (orgaan: Orgaan, functie: Functie, aantal: number): string =>
      b.add('mandaten', random.uuid(), { 'aantal-houders': aantal }, { bestuursfunctie: BESTUURSFUNCTIE[functie].id, 'bevat-in': [inTijd[orgaan]] });
    const mandaten = {
      raadslid: mandaat('gemeenteraad', 'gemeenteraadslid', raadSize),
      voorzitterRaad: mandaat('gemeenteraad', 'voorzitterGemeenteraad', 1),
      burgemeester: mandaat('college', 'burgemeester', 1),
      schepen: mandaat('college', 'schepen', schepenen),
      toegevoegd: mandaat('college', 'toegevoegdeSchepen', 1),
      lidRmw: mandaat('rmw', 'lidRmw', raadSize),
      voorzitterRmw: mandaat('rmw', 'voorzitterRmw', 1),
      lidVb: mandaat('vastBureau', 'lidVastBureau', schepenen + 1),
      voorzitterVb: mandaat('vastBureau', 'voorzitterVastBureau', 1),
    };

    const members: Holder[] = (index === 0 ? pool.slice(0, raadSize) : [...pool.slice(10, 10 + raadSize - 5), ...pool.slice(45, 50)]).map(
      (persoon, position) => ({ persoon, fractie: fracties[position % (position < 12 ? 2 : fracties.length)]! }),
    );

    const mandataris = (
      holder: Holder,
      mandaatId: string,
      options: { start?: string; end?: string; rangorde?: string; status?: string; domeinen?: string[] } = {},
    ): string => {
      const start = options.start ?? legislatuur.start;
      const end = options.end ?? (legislatuur.current ? undefined : legislatuur.end);
      const interval = b.add('tijdsintervallen', random.uuid(), { begin: instant(start), ...(end ? { einde: instant(end) } : {}) });
      const lidmaatschap = b.add('lidmaatschappen', random.uuid(), {}, { 'binnen-fractie': holder.fractie, 'lid-gedurende': interval });
      return b.add('mandatarissen', random.uuid(), {
        start: instant(start),
        ...(end ? { einde: instant(end) } : {}),
        ...(options.rangorde ? { rangorde: options.rangorde } : {}),
        'datum-eedaflegging': start,
      }, {
        bekleedt: mandaatId,
        'is-bestuurlijke-alias-van': holder.persoon,
        status: options.status ?? MANDATARIS_STATUS.effectief.id,
        'heeft-lidmaatschap': lidmaatschap,
        beleidsdomein: options.domeinen ?? [],
        'tijdelijke-vervangingen': [],
      });
    };

    const [burgemeester, ...rest] = members as [Holder, ...Holder[]];
    const college = rest.slice(0, schepenen);
    const voorzitter = rest[schepenen]!;
    const domeinen = random.sample(beleidsdomeinIds, (schepenen + 1) * 3);

    // A council member resigns halfway and the next on the list takes the seat: two records, no overlap.
    const leaver = rest[schepenen + 3]!;
    const successor: Holder = { persoon: pool[index === 0 ? 40 : 55]!, fractie: leaver.fractie };
    const resignation = legislatuur.current ? addDays(today, -random.int(60, 300)) : '2021-09-01';
    for (const member of members) {
      if (member === leaver) {
        mandataris(member, mandaten.raadslid, { end: resignation });
        mandataris(member, mandaten.lidRmw, { end: resignation });
        mandataris(successor, mandaten.raadslid, { start: resignation });
        mandataris(successor, mandaten.lidRmw, { start: resignation });
      } else {
        mandataris(member, mandaten.raadslid);
        mandataris(member, mandaten.lidRmw);
      }
    }
    mandataris(voorzitter, mandaten.voorzitterRaad);
    mandataris(voorzitter, mandaten.voorzitterRmw);
    mandataris(burgemeester, mandaten.burgemeester, { domeinen: domeinen.slice(0, 3) });
    mandataris(burgemeester, mandaten.lidVb);
    mandataris(burgemeester, mandaten.voorzitterVb);

    college.forEach((schepen, rank) => {
      const options = { rangorde: `${ORDINALS[rank]} schepen`, domeinen: domeinen.slice((rank + 1) * 3, (rank + 2) * 3) };
      if (!legislatuur.current && rank === 1) {
        // Past legislature: the second schepen was hindered for half a year; a council member stood in.
        const from = '2020-03-01';
        const until = '2020-09-01';
        mandataris(schepen, mandaten.schepen, { ...options, end: from });
        mandataris(schepen, mandaten.schepen, { ...options, start: from, end: until, status: MANDATARIS_STATUS.verhinderd.id });
        mandataris(schepen, mandaten.schepen, { ...options, start: until });
        mandataris(rest[schepenen + 1]!, mandaten.schepen, { ...options, start: from, end: until, status: MANDATARIS_STATUS.waarnemend.id });
      } else {
        mandataris(schepen, mandaten.schepen, options);
      }
      mandataris(schepen, mandaten.lidVb);
    });
    // One member left their fractie and sits as an independent.
    mandataris({ ...rest[rest.length - 1]!, fractie: onafhankelijk }, mandaten.toegevoegd, {
      start: addDays(legislatuur.start, 180),
      end: legislatuur.current ? undefined : legislatuur.end,
    });
  });
}

function seed(context: Parameters<SeedFamily['seed']>[0]): StoredResource[] {
  const { random, now } = context;
  const besturen = besturenIn(context);
  const b = new Builder(random);
  const beleidsdomeinIds = BELEIDSDOMEINEN.map(() => random.uuid());
  seedCodes(b, beleidsdomeinIds);
  for (const bestuur of besturen) {
    if (bestuur.relationships['classificatie'] === GEMEENTE_CLASSIFICATIE) seedGemeente(b, bestuur, beleidsdomeinIds, now);
  }
  return b.out;
}

export const mandatesFamily: SeedFamily = {
  name: 'mandates',
  seed,
};
