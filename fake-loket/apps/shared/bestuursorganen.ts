/**
 * The bodies (bestuursorganen) of the world's besturen and their bodies in time, with ids that
 * follow from the bestuur, the body and the period alone. The Loket and Lokaal Mandatenbeheer
 * both take them from the Organisatieportaal / mandatendatabank, so a body in time has the same
 * mu:uuid (and URI) in both apps: the Loket's bodies (dossier list, profile) and LMB's (mandate
 * editor) are made from this one list, and the profile counts LMB's mandatarissen of the Loket's
 * bodies in time by that id.
 */
import type { WorldBestuur } from '../../world.js';

/** BestuursorgaanClassificatieCode ids (frontend-lokaal-mandatenbeheer `app/utils/well-known-uris.js`). */
export const ORGAAN_CLASSIFICATIES = {
  gemeenteraad: { id: '5ab0e9b8a3b2ca7c5e000005', label: 'Gemeenteraad' },
  college: { id: '5ab0e9b8a3b2ca7c5e000006', label: 'College van Burgemeester en Schepenen' },
  burgemeester: { id: '4955bd72cd0e4eb895fdbfab08da0284', label: 'Burgemeester' },
  rmw: { id: '5ab0e9b8a3b2ca7c5e000007', label: 'Raad voor Maatschappelijk Welzijn' },
  vastBureau: { id: '5ab0e9b8a3b2ca7c5e000008', label: 'Vast Bureau' },
} as const;

export const ORGAAN_CLASSIFICATIE_BASE = 'http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/';

/** A kind of body: the five LMB keeps the mandates of, and the bodies of other kinds of bestuur. */
export type OrgaanKind = keyof typeof ORGAAN_CLASSIFICATIES | 'provincieraad' | 'deputatie' | 'politieraad' | 'politiecollege' | 'zoneraad' | 'zonecollege' | 'raadVanBestuur' | 'algemeneVergadering' | 'kerkbestuur';

/**
 * The legislatures as LMB's bestuursperiodes have them (its migrations
 * 2024/20240507134950-bestuursperiodes.ttl and 2024/20241015153904-update-bestuursperiode-2025-to-2024.sparql):
 * the binding dates of the bodies in time, and the bestuursperiode they belong to.
 */
export const PERIODS = [
  { start: '2019-01-01', end: '2024-12-31', bestuursperiode: 'a2b977a3-ce68-4e42-80a6-4397f66fc5ca', label: '2019 - 2025' },
  { start: '2025-01-01', end: '2030-12-31', bestuursperiode: '96efb929-5d83-48fa-bfbb-b98dfb1180c7', label: '2025 - heden' },
] as const;

interface BodySpec {
  kind: OrgaanKind;
  /** `{name}`: the bestuur's plain name. */
  naam: string;
  /** The council that decides, or the college that executes: what a dossier's type asks for. */
  role: 'raad' | 'college';
  /** Only the current legislature (the burgemeester, which the Loket's orgaan filter leaves out). */
  currentOnly?: true;
}

const BODIES: Partial<Record<WorldBestuur['kind'], readonly BodySpec[]>> = {
  gemeente: [
    { kind: 'gemeenteraad', naam: 'Gemeenteraad {name}', role: 'raad' },
    { kind: 'college', naam: 'College van burgemeester en schepenen {name}', role: 'college' },
    { kind: 'burgemeester', naam: 'Burgemeester {name}', role: 'college', currentOnly: true },
  ],
  ocmw: [
    { kind: 'rmw', naam: 'Raad voor maatschappelijk welzijn {name}', role: 'raad' },
    { kind: 'vastBureau', naam: 'Vast bureau {name}', role: 'college' },
  ],
  provincie: [
    { kind: 'provincieraad', naam: 'Provincieraad {name}', role: 'raad' },
    { kind: 'deputatie', naam: 'Deputatie {name}', role: 'college' },
  ],
  politiezone: [
    { kind: 'politieraad', naam: 'Politieraad {name}', role: 'raad' },
    { kind: 'politiecollege', naam: 'Politiecollege {name}', role: 'college' },
  ],
  hulpverleningszone: [
    { kind: 'zoneraad', naam: 'Zoneraad {name}', role: 'raad' },
    { kind: 'zonecollege', naam: 'Zonecollege {name}', role: 'college' },
  ],
  agb: [{ kind: 'raadVanBestuur', naam: 'Raad van bestuur {name}', role: 'raad' }],
  samenwerkingsverband: [
    { kind: 'algemeneVergadering', naam: 'Algemene vergadering {name}', role: 'raad' },
    { kind: 'raadVanBestuur', naam: 'Raad van bestuur {name}', role: 'college' },
  ],
  eredienst: [{ kind: 'kerkbestuur', naam: 'Centraal kerkbestuur {name}', role: 'raad' }],
};

export interface WorldBodyInTime {
  id: string;
  start: string;
  end: string;
  /** LMB's bestuursperiode (see PERIODS). */
  bestuursperiode: string;
}

export interface WorldBody {
  id: string;
  bestuurId: string;
  kind: OrgaanKind;
  role: BodySpec['role'];
  /** "Gemeenteraad Aalst". */
  naam: string;
  /** Its BestuursorgaanClassificatieCode, where the code list has one. */
  classificatie?: string;
  inTime: WorldBodyInTime[];
}

/** 32 hex characters from a name (four FNV-1a hashes), the shape of the Loket's OP-made ids. */
export function stableId(name: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let hash = 2166136261 ^ round;
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** The id of a bestuur's body of a kind (the same in the Loket and in LMB). */
export const bodyId = (bestuurId: string, kind: OrgaanKind): string => stableId(`bestuursorgaan:${bestuurId}:${kind}`);

/** The id of that body in the period that starts on `start` (YYYY-MM-DD). */
export const bodyInTimeId = (bestuurId: string, kind: OrgaanKind, start: string): string => stableId(`bestuursorgaan:${bestuurId}:${kind}:${start}`);

/** The bodies of one bestuur, each with its bodies in time. */
export function bodiesOf(bestuur: WorldBestuur): WorldBody[] {
  return (BODIES[bestuur.kind] ?? []).map((spec) => {
    const code = spec.kind in ORGAAN_CLASSIFICATIES ? ORGAAN_CLASSIFICATIES[spec.kind as keyof typeof ORGAAN_CLASSIFICATIES].id : undefined;
    const periods = spec.currentOnly ? PERIODS.slice(-1) : PERIODS;
    return {
      id: bodyId(bestuur.id, spec.kind),
      bestuurId: bestuur.id,
      kind: spec.kind,
      role: spec.role,
      naam: spec.naam.replace('{name}', bestuur.name),
      ...(code ? { classificatie: code } : {}),
      inTime: periods.map((period) => ({
        id: bodyInTimeId(bestuur.id, spec.kind, period.start),
        start: period.start,
        end: period.end,
        bestuursperiode: period.bestuursperiode,
      })),
    };
  });
}
