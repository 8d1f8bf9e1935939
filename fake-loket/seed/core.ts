import type { SeedFamily } from '../family.js';
import type { StoredResource, TypeDef } from '../schema.js';

/** Gemeente Aalst: the first gemeente, with the same id on every run and for every seed. */
export const FIRST_GEMEENTE_ID = '974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4';
/** The account the default session logs in with (a user of Gemeente Aalst). */
export const DEFAULT_ACCOUNT_ID = 'a6f9d3b0-2b8c-4f1e-9d7a-5c3e1f0b8a21';
const DEFAULT_USER_ID = 'c1e4b7a2-6d3f-4a8e-b5c9-0f2d7e6a1b34';

const CLASSIFICATIE_BASE = 'http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/';

/** Kinds of bestuur, with stable ids so widgets and tests can filter on them. */
export const CLASSIFICATIES = {
  gemeente: { id: '5ab0e9b8a3b2ca7c5e000001', label: 'Gemeente' },
  ocmw: { id: '5ab0e9b8a3b2ca7c5e000002', label: 'OCMW' },
  provincie: { id: '5ab0e9b8a3b2ca7c5e000000', label: 'Provincie' },
  politiezone: { id: 'a3922c6d-425b-474f-9a02-ffb71a436bfc', label: 'Politiezone' },
  hulpverleningszone: { id: 'ea446861-2c51-45fa-afd3-4e4a37b71562', label: 'Hulpverleningszone' },
  agb: { id: '36a82ba0-7ff1-4697-a9dd-2e94df73b721', label: 'Autonoom gemeentebedrijf' },
  samenwerkingsverband: { id: 'd01bb1f6-2439-4e33-9c25-1fc295de2e71', label: 'Intergemeentelijk samenwerkingsverband' },
  eredienst: { id: 'f9cac08a-13c1-49da-9bcb-f650b0604054', label: 'Centraal bestuur van de eredienst' },
} as const;

type Kind = keyof typeof CLASSIFICATIES;

interface BestuurSpec {
  naam: string;
  kind: Kind;
  mail: string;
  gebied?: { naam: string; niveau: string };
}

const BESTUREN: BestuurSpec[] = [
  { naam: 'Aalst', kind: 'gemeente', mail: 'info@aalst.be', gebied: { naam: 'Aalst', niveau: 'Gemeente' } },
  { naam: 'Aalst', kind: 'ocmw', mail: 'ocmw@aalst.be', gebied: { naam: 'Aalst', niveau: 'Gemeente' } },
  { naam: 'Berlare', kind: 'gemeente', mail: 'info@berlare.be', gebied: { naam: 'Berlare', niveau: 'Gemeente' } },
  { naam: 'Berlare', kind: 'ocmw', mail: 'ocmw@berlare.be', gebied: { naam: 'Berlare', niveau: 'Gemeente' } },
  { naam: 'Wichelen', kind: 'gemeente', mail: 'info@wichelen.be', gebied: { naam: 'Wichelen', niveau: 'Gemeente' } },
  { naam: 'Oost-Vlaanderen', kind: 'provincie', mail: 'info@oost-vlaanderen.be', gebied: { naam: 'Oost-Vlaanderen', niveau: 'Provincie' } },
  { naam: 'Regio Puyenbroeck', kind: 'politiezone', mail: 'info@politieregiopuyenbroeck.be' },
  { naam: 'Oost', kind: 'hulpverleningszone', mail: 'info@hvzoost.be' },
  { naam: 'AGB Aalst', kind: 'agb', mail: 'agb@aalst.be' },
  { naam: 'Verko', kind: 'samenwerkingsverband', mail: 'info@verko.be' },
  { naam: 'Centraal Kerkbestuur Aalst', kind: 'eredienst', mail: 'ckb.aalst@kerknet.be' },
];

/** How the Loket shows a bestuur's name: the kind in front, except where the name says it. */
const PREFIX: Partial<Record<Kind, string>> = {
  gemeente: 'Gemeente',
  ocmw: 'OCMW',
  provincie: 'Provincie',
  politiezone: 'Politiezone',
  hulpverleningszone: 'Hulpverleningszone',
};

const VOORNAMEN = ['Els', 'Jan', 'An', 'Pieter', 'Sofie', 'Wim', 'Lies', 'Koen', 'Griet', 'Bart', 'Nele', 'Tom', 'Hilde', 'Joris', 'Fien', 'Stijn', 'Inge', 'Dirk', 'Lotte', 'Wout'];
const ACHTERNAMEN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van den Broeck', 'Dubois', 'Vermeulen', 'De Clercq', 'Van Damme', 'Verhoeven', 'De Wilde', 'Coppens', 'Van de Velde', 'Baert'];

const types: TypeDef[] = [
  {
    type: 'bestuurseenheden',
    attributes: { naam: 'string', 'alternatieve-naam': 'string-set', 'mail-adres': 'string' },
    relationships: {
      classificatie: { type: 'bestuurseenheid-classificatie-codes' },
      werkingsgebied: { type: 'werkingsgebieden' },
      bestuursorganen: { type: 'bestuursorganen', many: true, inverse: 'bestuurseenheid' },
    },
    required: ['naam'],
  },
  {
    type: 'bestuurseenheid-classificatie-codes',
    attributes: { label: 'string', 'scope-note': 'string' },
    relationships: {},
  },
  { type: 'werkingsgebieden', attributes: { naam: 'string', niveau: 'string' }, relationships: {} },
  {
    type: 'gebruikers',
    attributes: { voornaam: 'string', achternaam: 'string' },
    relationships: {
      account: { type: 'accounts', many: true, inverse: 'gebruiker' },
      bestuurseenheden: { type: 'bestuurseenheden', many: true },
    },
  },
  {
    type: 'accounts',
    attributes: { provider: 'string', 'vo-id': 'string' },
    relationships: { gebruiker: { type: 'gebruikers' } },
  },
];

const record = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
});

/**
 * The besturen every other family hangs its data on, their code list and territories, and the
 * users who log in for them. Always seeded first.
 */
export const coreFamily: SeedFamily = {
  name: 'core',
  types,
  seed({ random }) {
    const out: StoredResource[] = [];
    for (const classificatie of Object.values(CLASSIFICATIES)) {
      out.push(record('bestuurseenheid-classificatie-codes', classificatie.id, { label: classificatie.label, uri: CLASSIFICATIE_BASE + classificatie.id }));
    }
    const gebieden = new Map<string, string>();
    BESTUREN.forEach((spec, index) => {
      let gebiedId: string | null = null;
      if (spec.gebied) {
        const key = `${spec.gebied.niveau}/${spec.gebied.naam}`;
        gebiedId = gebieden.get(key) ?? random.uuid();
        if (!gebieden.has(key)) {
          gebieden.set(key, gebiedId);
          out.push(record('werkingsgebieden', gebiedId, { ...spec.gebied }));
        }
      }
      const prefix = PREFIX[spec.kind];
      const id = index === 0 ? FIRST_GEMEENTE_ID : random.uuid();
      out.push(
        record(
          'bestuurseenheden',
          id,
          { naam: prefix ? `${prefix} ${spec.naam}` : spec.naam, 'mail-adres': spec.mail },
          { classificatie: CLASSIFICATIES[spec.kind].id, werkingsgebied: gebiedId },
        ),
      );
      const users = index === 0 ? 2 : random.int(1, 2);
      for (let n = 0; n < users; n++) {
        const isDefault = index === 0 && n === 0;
        const userId = isDefault ? DEFAULT_USER_ID : random.uuid();
        const accountId = isDefault ? DEFAULT_ACCOUNT_ID : random.uuid();
        out.push(record('gebruikers', userId, { voornaam: random.pick(VOORNAMEN), achternaam: random.pick(ACHTERNAMEN) }, { bestuurseenheden: [id] }));
        out.push(record('accounts', accountId, { provider: 'https://github.com/lblod/mock-login-service' }, { gebruiker: userId }));
      }
    });
    return out;
  },
};
