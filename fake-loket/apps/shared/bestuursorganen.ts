/**
 * The bodies (bestuursorganen) of the world's besturen and their bodies in time, with ids that
 * follow from the bestuur, the body and the period alone. The Loket and Lokaal Mandatenbeheer
 * both take them from the Organisatieportaal / mandatendatabank, so a body in time has the same
 * mu:uuid (and URI) in both apps: a seed of either app that uses these ids lines up with the other
 * (the profile widget counts LMB's mandatarissen of the Loket's bodies in time by that id).
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

export type OrgaanKind = keyof typeof ORGAAN_CLASSIFICATIES;

/** The legislatures of the local bodies: 2019–2024 and 2025–2030 (binding start and end). */
export const PERIODS = [
  { start: '2019-01-01', end: '2024-12-31' },
  { start: '2025-01-01', end: '2030-12-31' },
] as const;

const BODIES: Partial<Record<WorldBestuur['kind'], OrgaanKind[]>> = {
  gemeente: ['gemeenteraad', 'college', 'burgemeester'],
  ocmw: ['rmw', 'vastBureau'],
};

export interface WorldBodyInTime {
  id: string;
  start: string;
  end: string;
}

export interface WorldBody {
  id: string;
  bestuurId: string;
  kind: OrgaanKind;
  /** `<Classification> <name>`: "Gemeenteraad Aalst". */
  naam: string;
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

/** The bodies of one bestuur (gemeenten and OCMW's; other kinds have none in the seed). */
export function bodiesOf(bestuur: WorldBestuur): WorldBody[] {
  return (BODIES[bestuur.kind] ?? []).map((kind) => ({
    id: stableId(`bestuursorgaan:${bestuur.id}:${kind}`),
    bestuurId: bestuur.id,
    kind,
    naam: `${ORGAAN_CLASSIFICATIES[kind].label} ${bestuur.name}`,
    inTime: PERIODS.map((period) => ({ id: stableId(`bestuursorgaan:${bestuur.id}:${kind}:${period.start}`), ...period })),
  }));
}
