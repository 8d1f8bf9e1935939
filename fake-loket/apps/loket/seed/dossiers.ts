/**
 * The dossiers family: supervision submissions ("toezicht") with their form data, document types,
 * statuses, files and users, plus subsidy applications of older Loket versions. Shapes follow
 * LOKET-API.md; values are drawn deterministically from `ctx.random` around `ctx.now`.
 */
import { besturenIn, type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';

/** Status concepts of the real Loket (concept and sent are its published URIs). */
export const SUBMISSION_STATUSES = [
  { id: '79a52da4-f491-4e2f-9374-89a13cde8ecd', label: 'Concept' },
  { id: '9bd8d86d-bb10-4456-a84e-91e9507c374c', label: 'Verstuurd' },
  // The real deleted concept's id is not public; this one is minted in the same namespace.
  { id: 'b5c4e1c4-6a9b-4d2f-9f0e-4a1d7c3e2b10', label: 'Verwijderd' },
] as const;
const [CONCEPT, SENT, DELETED] = SUBMISSION_STATUSES;

/**
 * Document types a bestuur sends for supervision. Besluitenlijst, Notulen and Reglementen en
 * verordeningen carry their published concept URIs; the others are minted (their ids are not public).
 */
const DOCUMENT_TYPES: { slug: string; label: string; uri?: string; weight: number; titles: string[] }[] = [
  {
    slug: 'besluitenlijst',
    label: 'Besluitenlijst',
    uri: 'https://data.vlaanderen.be/id/concept/BesluitDocumentType/3fa67785-ffdc-4b30-8880-2b99d97b4dee',
    weight: 30,
    titles: ['Besluitenlijst {organ} {date}'],
  },
  {
    slug: 'notulen',
    label: 'Notulen',
    uri: 'https://data.vlaanderen.be/id/concept/BesluitDocumentType/8e791b27-7600-4577-b24e-c7c29e0eb773',
    weight: 18,
    titles: ['Notulen {organ} {date}'],
  },
  {
    slug: 'reglementen-en-verordeningen',
    label: 'Reglementen en verordeningen',
    uri: 'https://data.vlaanderen.be/id/concept/BesluitType/67378dd0-5413-474b-8996-d992ef81637a',
    weight: 8,
    titles: ['Politiereglement op de openbare orde', 'Reglement gebruik gemeentelijke zalen', 'Verordening op het plaatsen van terrassen'],
  },
  { slug: 'budget', label: 'Budget', weight: 3, titles: ['Budget {year}'] },
  { slug: 'budgetwijziging', label: 'Budgetwijziging', weight: 3, titles: ['Budgetwijziging nr. {n} {year}'] },
  { slug: 'meerjarenplan', label: 'Meerjarenplan', weight: 2, titles: ['Meerjarenplan 2026-2031'] },
  {
    slug: 'meerjarenplanaanpassing',
    label: 'Meerjarenplanaanpassing',
    weight: 6,
    titles: ['Aanpassing meerjarenplan {year}', 'Meerjarenplanaanpassing {n} – {year}'],
  },
  { slug: 'jaarrekening', label: 'Jaarrekening', weight: 4, titles: ['Jaarrekening {prevyear}', 'Jaarrekening {prevyear} OCMW'] },
  {
    slug: 'retributiereglement',
    label: 'Retributiereglement',
    weight: 6,
    titles: ['Retributiereglement parkeren', 'Retributiereglement op de afgifte van administratieve stukken', 'Retributiereglement kinderopvang'],
  },
  {
    slug: 'belastingreglement',
    label: 'Belastingreglement',
    weight: 6,
    titles: ['Belastingreglement op tweede verblijven', 'Belastingreglement op leegstaande woningen', 'Aanvullende belasting op de personenbelasting {year}'],
  },
  {
    slug: 'aanvullend-reglement-wegverkeer',
    label: 'Aanvullend reglement op het wegverkeer',
    weight: 10,
    titles: ['Zone 30 {street}', 'Parkeerverbod {street}', 'Eenrichtingsverkeer {street}', 'Schoolstraat {street}'],
  },
  {
    slug: 'personeelsreglement',
    label: 'Personeelsreglement',
    weight: 3,
    titles: ['Wijziging rechtspositieregeling: verlofstelsel', 'Arbeidsreglement: telewerk'],
  },
  { slug: 'samenwerkingsverband', label: 'Oprichting of deelname samenwerkingsverband', weight: 1, titles: ['Toetreding intergemeentelijke vereniging'] },
];

const STREETS = ['Kerkstraat', 'Stationsstraat', 'Dorpsplein', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat', 'Kapelstraat', 'Beekstraat'];
const FIRST_NAMES = ['An', 'Bart', 'Els', 'Jan', 'Katrien', 'Pieter', 'Sofie', 'Tom', 'Lotte', 'Wim'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Mertens'];
const GEMEENTE_CLASSIFICATIE = '5ab0e9b8a3b2ca7c5e000001';
const DAY = 24 * 3600 * 1000;


const SUBSIDY_STATUSES = [
  { id: '2ea29fbf-6d46-4f08-9343-879282a9f484', label: 'Concept' },
  { id: 'c849ca98-455d-4f31-9e95-a3d9d06e4497', label: 'Ingediend' },
] as const;
const SUBSIDY_OFFERS = [
  { id: 'f1a5d1c0-3c4b-4f5e-9a0b-1c2d3e4f5a61', title: 'Lokaal Energie- en Klimaatpact' },
  { id: 'f1a5d1c0-3c4b-4f5e-9a0b-1c2d3e4f5a62', title: 'Fietssubsidie' },
  { id: 'f1a5d1c0-3c4b-4f5e-9a0b-1c2d3e4f5a63', title: 'Stadsvernieuwing – conceptsubsidie' },
];

function weightedPick<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random.next() * total;
  for (const item of items) if ((roll -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

const iso = (time: number): string => new Date(time).toISOString();
const isoDate = (time: number): string => iso(time).slice(0, 10);

/** The first gemeente gets most dossiers: it is the bestuur the demo logs in as. */
function ownerWeights(besturen: StoredResource[]): number[] {
  const first = besturen.findIndex((b) => b.relationships['classificatie'] === GEMEENTE_CLASSIFICATIE);
  const main = first === -1 ? 0 : first;
  return besturen.map((_, index) => (index === main ? 60 : 40 / Math.max(1, besturen.length - 1)));
}

/** Bodies of a bestuur, preferring bodies in time (what `passed-by` points at in the real Loket). */
function organsByBestuur(store: SeedContext['store']): Map<string, StoredResource[]> {
  const organs = store.get('bestuursorganen');
  const out = new Map<string, StoredResource[]>();
  if (!organs) return out;
  const owner = (organ: StoredResource): string | undefined => {
    const direct = organ.relationships['bestuurseenheid'];
    if (typeof direct === 'string') return direct;
    const parent = organ.relationships['is-tijdsspecialisatie-van'];
    const parentOwner = typeof parent === 'string' ? organs.get(parent)?.relationships['bestuurseenheid'] : undefined;
    return typeof parentOwner === 'string' ? parentOwner : undefined;
  };
  const inTime = [...organs.values()].filter((organ) => typeof organ.relationships['is-tijdsspecialisatie-van'] === 'string');
  for (const organ of inTime.length > 0 ? inTime : [...organs.values()]) {
    const bestuur = owner(organ);
    if (!bestuur) continue;
    const list = out.get(bestuur);
    if (list) list.push(organ);
    else out.set(bestuur, [organ]);
  }
  return out;
}

function organName(organ: StoredResource | undefined): string {
  const name = organ?.attributes['naam'];
  return typeof name === 'string' ? name.replace(/\s+\d{4}.*$/, '') : 'gemeenteraad';
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function seedUsers(ctx: SeedContext): StoredResource[] {
  const known = ctx.store.get('gebruikers');
  if (known && known.size > 0) return [...known.values()];
  return Array.from({ length: 8 }, () => ({
    type: 'gebruikers',
    id: ctx.random.uuid(),
    attributes: { voornaam: ctx.random.pick(FIRST_NAMES), achternaam: ctx.random.pick(LAST_NAMES) },
    relationships: {},
  }));
}

function seedSubmission(
  ctx: SeedContext,
  index: number,
  bestuur: StoredResource,
  organs: StoredResource[],
  users: StoredResource[],
  typeIds: Map<string, string>,
): StoredResource[] {
  const { random, now } = ctx;
  const type = weightedPick(random, DOCUMENT_TYPES);
  const roll = random.next();
  const status = roll < 0.22 ? CONCEPT : roll < 0.96 ? SENT : DELETED;
  // Drafts are recent work; sent dossiers reach back three years.
  const ageDays = status === CONCEPT ? random.int(0, 120) : random.int(1, 3 * 365);
  const modified = now.getTime() - ageDays * DAY - random.int(0, 10 * 3600) * 1000;
  const created = modified - random.int(0, 20) * DAY - random.int(0, 8 * 3600) * 1000;
  const session = created - random.int(1, 14) * DAY;
  const organ = organs.length > 0 && random.chance(0.85) ? random.pick(organs) : undefined;
  const year = new Date(session).getUTCFullYear();
  const title = fill(random.pick(type.titles), {
    organ: lowerFirst(organName(organ)),
    date: new Date(session).toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: String(year),
    prevyear: String(year - 1),
    n: String(random.int(1, 3)),
    street: random.pick(STREETS),
  });
  const creator = random.pick(users);
  const formData: StoredResource = {
    type: 'form-data',
    id: random.uuid(),
    attributes: {
      'session-started-at-time': iso(session),
      ...(random.chance(0.9) ? { description: title } : {}),
      ...(status !== CONCEPT ? { 'date-publication': isoDate(modified + random.int(1, 10) * DAY) } : {}),
      ...(/budget|meerjarenplan|jaarrekening/.test(type.slug) ? { 'financial-year': year } : {}),
      ...(random.chance(0.1) ? { comment: 'Bijlage met handtekening volgt.' } : {}),
    },
    relationships: {
      types: [typeIds.get(type.slug)!],
      'passed-by': organ ? organ.id : null,
    },
  };
  const files: StoredResource[] = Array.from({ length: random.int(0, 2) }, (_, n) => ({
    type: 'files',
    id: random.uuid(),
    attributes: {
      filename: `${type.slug}-${year}-${index}-${n + 1}.pdf`,
      format: 'application/pdf',
      extension: 'pdf',
      size: random.int(40_000, 4_000_000),
      created: iso(created),
    },
    relationships: {},
  }));
  const sent = status === SENT || (status === DELETED && random.chance(0.3));
  const sentDate = modified - random.int(0, 3600) * 1000;
  const submission: StoredResource = {
    type: 'submissions',
    id: random.uuid(),
    attributes: {
      created: iso(created),
      modified: iso(modified),
      ...(sent ? { 'sent-date': iso(sentDate), 'received-date': iso(sentDate + random.int(1, 90) * 1000) } : {}),
      ...(sent && random.chance(0.6) ? { href: `https://publicatie.gelinkt-notuleren.vlaanderen.be/${bestuur.id}/${formData.id}` } : {}),
      source: 'http://data.lblod.info/id/loket',
    },
    relationships: {
      organization: bestuur.id,
      status: status.id,
      'form-data': formData.id,
      creator: creator.id,
      'last-modifier': random.chance(0.8) ? creator.id : random.pick(users).id,
      file: files.map((file) => file.id),
    },
  };
  return [submission, formData, ...files];
}

function seedSubsidies(ctx: SeedContext, besturen: StoredResource[]): StoredResource[] {
  const { random, now } = ctx;
  const out: StoredResource[] = [
    ...SUBSIDY_STATUSES.map(({ id, label }) => ({
      type: 'subsidy-measure-consumption-statuses',
      id,
      attributes: { label, uri: `http://lblod.data.gift/concepts/${id}` },
      relationships: {},
    })),
    ...SUBSIDY_OFFERS.map(({ id, title }) => ({ type: 'subsidy-measure-offers', id, attributes: { title }, relationships: {} })),
  ];
  for (const bestuur of besturen.slice(0, 3)) {
    for (let i = 0; i < random.int(1, 4); i++) {
      const modified = now.getTime() - random.int(0, 400) * DAY;
      const participation: StoredResource = {
        type: 'participations',
        id: random.uuid(),
        attributes: { role: 'aanvrager' },
        relationships: { 'participating-bestuurseenheid': bestuur.id },
      };
      out.push(participation, {
        type: 'subsidy-measure-consumptions',
        id: random.uuid(),
        attributes: { created: iso(modified - random.int(1, 30) * DAY), modified: iso(modified) },
        relationships: {
          status: random.pick(SUBSIDY_STATUSES).id,
          'subsidy-measure-offer': random.pick(SUBSIDY_OFFERS).id,
          participations: [participation.id],
        },
      });
    }
  }
  return out;
}

export function seedDossiers(ctx: SeedContext): StoredResource[] {
  const out: StoredResource[] = SUBMISSION_STATUSES.map(({ id, label }) => ({
    type: 'submission-document-statuses',
    id,
    attributes: { label, uri: `http://lblod.data.gift/concepts/${id}` },
    relationships: {},
  }));
  const typeIds = new Map<string, string>();
  for (const type of DOCUMENT_TYPES) {
    const id = type.uri?.split('/').pop() ?? type.slug;
    typeIds.set(type.slug, id);
    out.push({
      type: 'document-types',
      id,
      attributes: { label: type.label, uri: type.uri ?? `http://data.lblod.info/id/document-types/${type.slug}` },
      relationships: {},
    });
  }
  const users = seedUsers(ctx);
  if (!ctx.store.get('gebruikers')?.size) out.push(...users);
  const besturen = besturenIn(ctx);
  if (besturen.length === 0) return out;
  const organs = organsByBestuur(ctx.store);
  const weights = ownerWeights(besturen).map((weight, index) => ({ weight, index }));
  for (let i = 0; i < ctx.size.dossiers; i++) {
    const bestuur = besturen[weightedPick(ctx.random, weights).index]!;
    out.push(...seedSubmission(ctx, i, bestuur, organs.get(bestuur.id) ?? [], users, typeIds));
  }
  out.push(...seedSubsidies(ctx, besturen));
  return out;
}

export const dossiersFamily: SeedFamily = {
  name: 'dossiers',
  seed: seedDossiers,
};
