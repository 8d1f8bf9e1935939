/**
 * The besturen, their territories and their users, as every app of the Loket family knows them:
 * the same bestuurseenheid has the same id (and URI) in the Loket, in Lokaal Mandatenbeheer, in
 * Subsidiepunt and in the Contactgegevens app, because all of them take it from the
 * Organisatieportaal. Each app seeds its own records from this, in its own domain's shape.
 */
import { createRandom } from './random.js';

/** Gemeente Aalst: the first gemeente, with the same id on every run and for every seed. */
export const FIRST_GEMEENTE_ID = '974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4';
/** The account the default session logs in with (a user of Gemeente Aalst). */
export const DEFAULT_ACCOUNT_ID = 'a6f9d3b0-2b8c-4f1e-9d7a-5c3e1f0b8a21';
export const DEFAULT_USER_ID = 'c1e4b7a2-6d3f-4a8e-b5c9-0f2d7e6a1b34';
/** Agentschap Binnenlands Bestuur, the sender of most formal communications (its real id). */
export const ABB_ID = '141d9d6b-54af-4d17-b313-8d1c30bc3f5b';

export const BESTUURSEENHEID_BASE = 'http://data.lblod.info/id/bestuurseenheden/';
export const CLASSIFICATIE_BASE = 'http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/';

/**
 * Kinds of bestuur with their real BestuurseenheidClassificatieCode ids (as the Loket's
 * migrations and frontend-contactgegevens-loket `administrative-unit-classification-code.js` have them).
 */
export const CLASSIFICATIES = {
  gemeente: { id: '5ab0e9b8a3b2ca7c5e000001', label: 'Gemeente' },
  ocmw: { id: '5ab0e9b8a3b2ca7c5e000002', label: 'OCMW' },
  provincie: { id: '5ab0e9b8a3b2ca7c5e000000', label: 'Provincie' },
  politiezone: { id: 'a3922c6d-425b-474f-9a02-ffb71a436bfc', label: 'Politiezone' },
  hulpverleningszone: { id: 'ea446861-2c51-45fa-afd3-4e4a37b71562', label: 'Hulpverleningszone' },
  agb: { id: '36a82ba0-7ff1-4697-a9dd-2e94df73b721', label: 'Autonoom gemeentebedrijf' },
  samenwerkingsverband: { id: 'd01bb1f6-2439-4e33-9c25-1fc295de2e71', label: 'Dienstverlenende vereniging' },
  eredienst: { id: 'f9cac08a-13c1-49da-9bcb-f650b0604054', label: 'Centraal bestuur van de eredienst' },
} as const;

/** A kind of local bestuur, or the Flemish agency that writes to them (no classification code). */
export type Kind = keyof typeof CLASSIFICATIES | 'agentschap';

export interface Territory {
  id: string;
  naam: string;
  niveau: 'Gemeente' | 'Provincie' | 'Regio';
}

export interface WorldBestuur {
  id: string;
  /** The Loket's `naam`: the kind in front (`Gemeente Aalst`), except where the name says it. */
  naam: string;
  /** The plain name (`Aalst`). */
  name: string;
  kind: Kind;
  mail: string;
  werkingsgebied?: Territory;
  provincie?: Territory;
  kbo?: string;
  ovo?: string;
  /** `alternatieve-naam` / `alternative-name`: other names the bestuur is known by. */
  alternativeNames?: string[];
}

export interface WorldUser {
  id: string;
  accountId: string;
  voornaam: string;
  achternaam: string;
  bestuurId: string;
}

export interface World {
  besturen: WorldBestuur[];
  territories: Territory[];
  users: WorldUser[];
  /** Look-up by id. */
  bestuur(id: string): WorldBestuur | undefined;
}

interface Spec {
  name: string;
  kind: Kind;
  mail: string;
  gebied?: string;
  provincie?: string;
  kbo?: string;
  ovo?: string;
  alt?: string[];
}

const SPECS: Spec[] = [
  { name: 'Aalst', kind: 'gemeente', mail: 'info@aalst.be', gebied: 'Aalst', provincie: 'Oost-Vlaanderen', kbo: '0207451227', ovo: 'OVO002949', alt: ['Stad Aalst'] },
  { name: 'Aalst', kind: 'ocmw', mail: 'ocmw@aalst.be', gebied: 'Aalst', provincie: 'Oost-Vlaanderen', kbo: '0212239646', ovo: 'OVO003749' },
  { name: 'Berlare', kind: 'gemeente', mail: 'info@berlare.be', gebied: 'Berlare', provincie: 'Oost-Vlaanderen', kbo: '0207452118', ovo: 'OVO002958' },
  { name: 'Berlare', kind: 'ocmw', mail: 'ocmw@berlare.be', gebied: 'Berlare', provincie: 'Oost-Vlaanderen' },
  { name: 'Wichelen', kind: 'gemeente', mail: 'info@wichelen.be', gebied: 'Wichelen', provincie: 'Oost-Vlaanderen', kbo: '0207453009' },
  { name: 'Oost-Vlaanderen', kind: 'provincie', mail: 'info@oost-vlaanderen.be', gebied: 'Oost-Vlaanderen', kbo: '0253973219', alt: ['Provinciebestuur Oost-Vlaanderen'] },
  { name: 'Regio Puyenbroeck', kind: 'politiezone', mail: 'info@politieregiopuyenbroeck.be', provincie: 'Oost-Vlaanderen' },
  { name: 'Oost', kind: 'hulpverleningszone', mail: 'info@hvzoost.be', provincie: 'Oost-Vlaanderen' },
  { name: 'AGB Aalst', kind: 'agb', mail: 'agb@aalst.be', gebied: 'Aalst', provincie: 'Oost-Vlaanderen' },
  { name: 'Verko', kind: 'samenwerkingsverband', mail: 'info@verko.be', provincie: 'Oost-Vlaanderen' },
  { name: 'Centraal Kerkbestuur Aalst', kind: 'eredienst', mail: 'ckb.aalst@kerknet.be', gebied: 'Aalst', provincie: 'Oost-Vlaanderen' },
  { name: 'Agentschap Binnenlands Bestuur', kind: 'agentschap', mail: 'binnenland@vlaanderen.be', kbo: '0316380841', ovo: 'OVO001835', alt: ['ABB'] },
];

/** How the Loket names a bestuur: the kind in front, except where the name says it. */
const PREFIX: Partial<Record<Kind, string>> = {
  gemeente: 'Gemeente',
  ocmw: 'OCMW',
  provincie: 'Provincie',
  politiezone: 'Politiezone',
  hulpverleningszone: 'Hulpverleningszone',
};

const VOORNAMEN = ['Els', 'Jan', 'An', 'Pieter', 'Sofie', 'Wim', 'Lies', 'Koen', 'Griet', 'Bart', 'Nele', 'Tom', 'Hilde', 'Joris', 'Fien', 'Stijn', 'Inge', 'Dirk', 'Lotte', 'Wout'];
const ACHTERNAMEN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van den Broeck', 'Dubois', 'Vermeulen', 'De Clercq', 'Van Damme', 'Verhoeven', 'De Wilde', 'Coppens', 'Van de Velde', 'Baert'];

/** The same world for the same seed, in every app and every run. */
export function createWorld(seed: number): World {
  const random = createRandom((seed ^ 0x5eed) >>> 0);
  const territories = new Map<string, Territory>();
  const territory = (naam: string, niveau: Territory['niveau']) => {
    const key = `${niveau}/${naam}`;
    let found = territories.get(key);
    if (!found) {
      found = { id: random.uuid(), naam, niveau };
      territories.set(key, found);
    }
    return found;
  };
  const besturen: WorldBestuur[] = SPECS.map((spec, index) => {
    const prefix = PREFIX[spec.kind];
    const bestuur: WorldBestuur = {
      id: index === 0 ? FIRST_GEMEENTE_ID : spec.kind === 'agentschap' ? ABB_ID : random.uuid(),
      naam: prefix ? `${prefix} ${spec.name}` : spec.name,
      name: spec.name,
      kind: spec.kind,
      mail: spec.mail,
    };
    if (spec.gebied) bestuur.werkingsgebied = territory(spec.gebied, spec.kind === 'provincie' ? 'Provincie' : 'Gemeente');
    if (spec.provincie) bestuur.provincie = territory(spec.provincie, 'Provincie');
    if (spec.kbo) bestuur.kbo = spec.kbo;
    if (spec.ovo) bestuur.ovo = spec.ovo;
    if (spec.alt) bestuur.alternativeNames = [...spec.alt];
    return bestuur;
  });
  const users: WorldUser[] = [];
  besturen.forEach((bestuur, index) => {
    const count = index === 0 ? 2 : bestuur.kind === 'agentschap' ? 3 : random.int(1, 2);
    for (let n = 0; n < count; n++) {
      const isDefault = index === 0 && n === 0;
      users.push({
        id: isDefault ? DEFAULT_USER_ID : random.uuid(),
        accountId: isDefault ? DEFAULT_ACCOUNT_ID : random.uuid(),
        voornaam: random.pick(VOORNAMEN),
        achternaam: random.pick(ACHTERNAMEN),
        bestuurId: bestuur.id,
      });
    }
  });
  const byId = new Map(besturen.map((bestuur) => [bestuur.id, bestuur]));
  return { besturen, territories: [...territories.values()], users, bestuur: (id) => byId.get(id) };
}
