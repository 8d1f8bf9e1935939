/**
 * The dossiers family of the Loket: supervision submissions ("toezicht") as the real app holds
 * them (lblod/app-digitaal-loket config/resources/master-submissions-domain.lisp): a `submission`
 * of the bestuur (`organization`) with its `status`, its `form-data` (document `types`, the body in
 * time that `passed-by` the decision, the session date), files and the users who made and last
 * changed it. Everything of a submission sits in the bestuur's toezicht graph
 * (`…/organizations/<bestuur>/LoketLB-toezichtGebruiker`, config/authorization/config.ex `o-toez-rwf`).
 *
 * The code lists are the real ones, with their real URIs and uuids (the Loket's migrations), in
 * the public graph: the submission statuses (also `skos:Concept`s of their scheme), the concepts
 * of "Type dossier inzending voor toezicht" that the Loket's list filters on, the regulation types
 * that a "Reglementen en verordeningen" submission carries besides, and the bestuursorganen of each
 * bestuur with their bodies in time (config/resources/slave-besluit-domain.lisp).
 *
 * Values are drawn deterministically from `ctx.random` around `ctx.now`.
 */
import { type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { FIRST_GEMEENTE_ID, type WorldBestuur } from '../../../world.js';
import { record } from '../../shared/besturen.js';
import { bodiesOf, type WorldBody } from '../../shared/bestuursorganen.js';

const CONCEPTS = 'http://lblod.data.gift/concepts/';

/**
 * The submission statuses: scheme "Statusen van ingestuurde document", each both an
 * `ext:SubmissionDocumentStatus` and a `skos:Concept` (APP migrations
 * 2020/20200407100352-automatisch-melding/20190923174110-submission-document-status.ttl,
 * …/20200312143300-add-verwijdered-submission-status.ttl, 2021/20210830134728-new-submission-status.sparql;
 * frontend-loket app/models/submission-document-status.js). The id is the uuid, the URI
 * `http://lblod.data.gift/concepts/<uuid>`. "Inzendbaar" exists but no frontend uses it.
 */
export const SUBMISSION_STATUSES = {
  new: { id: '6b7ae118-4653-48f2-9d9a-4712f8c30da9', label: 'Nieuw' },
  concept: { id: '79a52da4-f491-4e2f-9374-89a13cde8ecd', label: 'Concept' },
  sendable: { id: 'f6330856-e261-430f-b949-8e510d20d0ff', label: 'Inzendbaar' },
  sent: { id: '9bd8d86d-bb10-4456-a84e-91e9507c374c', label: 'Verstuurd' },
  deleted: { id: 'faa5110a-fdb2-47fa-a0d2-118e5542ef05', label: 'Verwijderd' },
} as const;
export const STATUS_SCHEME = { id: '9cf6fa63-1f49-4d53-af06-e1c235ece10b', uri: 'http://lblod.data.gift/concept-schemes/9cf6fa63-1f49-4d53-af06-e1c235ece10b', label: 'Statusen van ingestuurde document' };

/**
 * The concept schemes of the document types (APP migrations 2020/20200407100352-automatisch-melding/
 * 20200326163413-update-codelists.ttl, with their mu:uuid). The Loket's supervision list offers
 * the concepts of TYPE_DOSSIER (frontend-loket app/models/concept-scheme.js `DECISION_TYPE`, read by
 * components/supervision/submission-types-select.js); they are BesluitType and BesluitDocumentType
 * concepts. A submission's row shows the regulation type (REGULATION_TYPE) beside it
 * (components/supervision/submission-type.js).
 */
export const TYPE_SCHEMES = {
  typeDossier: { id: 'dbeaa54d-2165-4d05-a7d6-770b41e46f9a', uri: 'http://lblod.data.gift/concept-schemes/71e6455e-1204-46a6-abf4-87319f58eaa5', label: 'Type dossier inzending voor toezicht' },
  besluitType: { id: 'da6076d5-145b-4e72-a75a-f7098b816ee1', uri: 'https://data.vlaanderen.be/id/conceptscheme/BesluitType', label: 'besluit type' },
  documentType: { id: '04dabf13-31ce-4424-8aa6-17a192cb6c6b', uri: 'https://data.vlaanderen.be/id/conceptscheme/BesluitDocumentType', label: 'besluit document type' },
  regulationType: { id: '90a676ed-239e-4111-8bec-42a7801e7c56', uri: 'http://lblod.data.gift/concept-schemes/c93ccd41-aee7-488f-86d3-038de890d05a', label: 'Reglementtype inzending voor toezicht' },
} as const;

type Body = 'raad' | 'college' | 'any';

interface TypeSpec {
  /** The concept's uuid (its id) and the last segment of its URI. */
  id: string;
  label: string;
  /** BesluitDocumentType, else BesluitType. */
  document?: boolean;
  /** How often a submission has this type (0: only in the code list). */
  weight: number;
  /** The body that passes it. */
  body?: Body;
  /** Descriptions a form may carry (`form-data.description`); none: the form has none. */
  titles?: readonly string[];
  /** Regulation types one of which the form carries as a second `types` concept. */
  regulations?: readonly string[];
}

/** A selection of the concepts of "Type dossier inzending voor toezicht", with their real URIs. */
const TYPE_DOSSIER: readonly TypeSpec[] = [
  { id: '3fa67785-ffdc-4b30-8880-2b99d97b4dee', label: 'Besluitenlijst', document: true, weight: 30 },
  { id: '8e791b27-7600-4577-b24e-c7c29e0eb773', label: 'Notulen', document: true, weight: 14 },
  { id: '9d5bfaca-bbf2-49dd-a830-769f91a6377b', label: 'Uittreksel', document: true, weight: 3, titles: ['Uittreksel gemeenteraad: {subject}'] },
  { id: '13fefad6-a9d6-4025-83b5-e4cbee3a8965', label: 'Agenda', document: true, weight: 0 },
  { id: '0ee460b1-5ef4-4d4a-b5e1-e2d7c1d5086e', label: 'Andere documenten BBC', document: true, weight: 1, body: 'raad', titles: ['Financiële nota bij het meerjarenplan {year}'] },
  {
    id: '67378dd0-5413-474b-8996-d992ef81637a',
    label: 'Reglementen en verordeningen',
    weight: 24,
    body: 'raad',
    regulations: ['ba5922c9-cfad-4b2e-b203-36479219ba56', 'efa4ec5a-b006-453f-985f-f986ebae11bc', '4d8f678a-6fa4-4d5f-a2a1-80974e43bf34', 'e8afe7c5-9640-4db8-8f74-3f023bec3241', '256bd04a-b74b-4f2a-8f5d-14dda4765af9', 'd7060f97-c417-474c-abc6-ef006cb61f41', '4673d472-8dbc-4cea-b3ab-f92df3807eb3', 'a8486fa3-6375-494d-aa48-e34289b87d5b'],
  },
  { id: '40831a2c-771d-4b41-9720-0399998f1873', label: 'Budget', weight: 2, body: 'raad', titles: ['Budget {year}'] },
  { id: 'f56c645d-b8e1-4066-813d-e213f5bc529f', label: 'Meerjarenplan(aanpassing)', weight: 6, body: 'raad', titles: ['Aanpassing meerjarenplan 2026-2031 nr. {n}', 'Meerjarenplanaanpassing {year}'] },
  { id: '35c15ea0-d0c3-4ba7-b91f-b1c6264800b1', label: 'Vaststelling van meerjarenplan', weight: 1, body: 'raad', titles: ['Meerjarenplan 2026-2031'] },
  { id: '23735395-a487-4f0b-9ffa-f8ee1d3cd84f', label: 'Vaststelling van meerjarenplanaanpassing', weight: 1, body: 'raad', titles: ['Vaststelling meerjarenplanaanpassing {year}'] },
  { id: 'e44c535d-4339-4d15-bdbf-d4be6046de2c', label: 'Jaarrekening', weight: 4, body: 'raad', titles: ['Jaarrekening {prevyear}'] },
  { id: 'df261490-cc74-4f80-b783-41c35e720b46', label: 'Besluit over budget(wijziging) eredienstbestuur', weight: 3, body: 'raad', titles: ['Budget {year} kerkfabriek Sint-Martinus', 'Budgetwijziging {year} kerkfabriek Sint-Jozef'] },
  { id: '79414af4-4f57-4ca3-aaa4-f8f1e015e71c', label: 'Advies bij jaarrekening eredienstbestuur', weight: 2, body: 'raad', titles: ['Advies jaarrekening {prevyear} kerkfabriek Sint-Martinus'] },
  { id: 'fb21d14b-734b-48f4-bd4e-888163fd08e8', label: 'Rechtspositieregeling (RPR)', weight: 2, body: 'raad', titles: ['Wijziging rechtspositieregeling: verlofstelsel', 'Rechtspositieregeling: telewerk'] },
  { id: '1105564e-30c7-4371-a864-6b7329cdae6f', label: 'Oprichting IGS', weight: 0 },
  { id: 'dbc58656-b0a5-4e43-8e9e-701acb75f9b0', label: 'Statutenwijziging IGS', weight: 1, body: 'raad', titles: ['Statutenwijziging intergemeentelijke vereniging Verko'] },
  { id: 'bd0b0c42-ba5e-4acc-b644-95f6aad904c7', label: 'Oprichting autonoom bedrijf', weight: 0 },
  { id: '5bedea99-905b-4bae-b0d2-e7755c72a5be', label: 'Besluit over budget AGB', weight: 1, body: 'raad', titles: ['Budget {year} AGB Aalst'] },
  { id: 'e27ef237-29de-49b8-be22-4ee2ab2d4e5b', label: 'Toetreding rechtspersoon', weight: 0 },
  { id: 'b25faa84-3ab5-47ae-98c0-1b389c77b827', label: 'Schorsing beslissing eredienstbesturen', weight: 0 },
  { id: 'bf72e38a-2c73-4484-b82f-c642a4c39d0c', label: 'Authentieke akte van de statuten (art. 477 DLB)', weight: 0 },
];

/**
 * Regulation types (scheme "Reglementtype inzending voor toezicht", also BesluitType concepts), with
 * descriptions of real-looking regulations of each kind.
 */
const REGULATION_TYPES: Readonly<Record<string, { label: string; titles: readonly string[] }>> = {
  'ba5922c9-cfad-4b2e-b203-36479219ba56': { label: 'Retributiereglement', titles: ['Retributiereglement parkeren', 'Retributiereglement op de afgifte van administratieve stukken', 'Retributiereglement kinderopvang'] },
  'efa4ec5a-b006-453f-985f-f986ebae11bc': { label: 'Belastingreglement', titles: ['Belastingreglement op tweede verblijven', 'Belastingreglement op leegstaande woningen', 'Aanvullende belasting op de personenbelasting {year}'] },
  '4d8f678a-6fa4-4d5f-a2a1-80974e43bf34': {
    label: 'Aanvullend reglement op het wegverkeer enkel m.b.t. gemeentewegen (niet in havengebied of speciale beschermingszones)',
    titles: ['Zone 30 {street}', 'Parkeerverbod {street}', 'Eenrichtingsverkeer {street}', 'Schoolstraat {street}'],
  },
  'e8afe7c5-9640-4db8-8f74-3f023bec3241': { label: 'Politiereglement', titles: ['Politiereglement op de openbare orde', 'Politiereglement op het gebruik van drones'] },
  '256bd04a-b74b-4f2a-8f5d-14dda4765af9': { label: 'Tijdelijke politieverordening (op het wegverkeer)', titles: ['Tijdelijke verkeersmaatregelen jaarmarkt {street}', 'Wegenwerken {street}'] },
  'd7060f97-c417-474c-abc6-ef006cb61f41': { label: 'Subsidie, premie, erkenning', titles: ['Subsidiereglement jeugdwerking', 'Premiereglement zonneboilers'] },
  '4673d472-8dbc-4cea-b3ab-f92df3807eb3': { label: 'Personeelsreglement', titles: ['Arbeidsreglement: telewerk'] },
  'a8486fa3-6375-494d-aa48-e34289b87d5b': { label: 'Huishoudelijk reglement', titles: ['Huishoudelijk reglement van de gemeenteraad'] },
};

/** Codes of the bodies (bestuursorgaan-classificatie-codes), as Lokaal Mandatenbeheer's frontend knows them (app/utils/well-known-uris.js). */
const STREETS = ['Kerkstraat', 'Stationsstraat', 'Dorpsplein', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat', 'Kapelstraat', 'Beekstraat'];
const SUBJECTS = ['aanstelling algemeen directeur', 'verkoop perceel Kerkstraat', 'gunning overheidsopdracht schoolgebouw', 'toetreding tot Fluvius'];
const DAY = 24 * 3600 * 1000;
const TOEZICHT_GRAPH = 'o-toez-rwf';

const iso = (time: number): string => new Date(time).toISOString();

function weightedPick<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random.next() * total;
  for (const item of items) if ((roll -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const typeUri = (spec: TypeSpec) => `https://data.vlaanderen.be/id/concept/${spec.document ? 'BesluitDocumentType' : 'BesluitType'}/${spec.id}`;

/** Schemes, statuses (as both resources) and document and regulation types, all in the public graph. */
function codeLists(): StoredResource[] {
  const out: StoredResource[] = [record('concept-schemes', STATUS_SCHEME.id, { uri: STATUS_SCHEME.uri, label: STATUS_SCHEME.label })];
  for (const scheme of Object.values(TYPE_SCHEMES)) out.push(record('concept-schemes', scheme.id, { uri: scheme.uri, label: scheme.label }));
  for (const { id, label } of Object.values(SUBMISSION_STATUSES)) {
    const uri = CONCEPTS + id;
    out.push(record('submission-document-statuses', id, { uri, label }));
    out.push(record('concepts', id, { uri, label }, { 'concept-schemes': [STATUS_SCHEME.id], 'top-concept-schemes': [STATUS_SCHEME.id] }));
  }
  const { typeDossier, besluitType, documentType, regulationType } = TYPE_SCHEMES;
  for (const spec of TYPE_DOSSIER) {
    const own = spec.document ? documentType.id : besluitType.id;
    out.push(record('concepts', spec.id, { uri: typeUri(spec), label: spec.label }, { 'concept-schemes': [typeDossier.id, own], 'top-concept-schemes': [typeDossier.id, own] }));
  }
  for (const [id, { label }] of Object.entries(REGULATION_TYPES)) {
    out.push(record('concepts', id, { uri: `https://data.vlaanderen.be/id/concept/BesluitType/${id}`, label }, { 'concept-schemes': [regulationType.id, besluitType.id] }));
  }
  return out;
}

interface BodyInTime {
  id: string;
  role: WorldBody['role'];
  start: number;
  end: number;
}

/** The bodies in time that pass a bestuur's decisions (the base family seeds the bodies themselves). */
function bodiesInTime(bestuur: WorldBestuur): BodyInTime[] {
  return bodiesOf(bestuur).flatMap((body) =>
    body.inTime.map((inTime) => ({ id: inTime.id, role: body.role, start: Date.parse(`${inTime.start}T00:00:00Z`), end: Date.parse(`${inTime.end}T23:59:59Z`) })),
  );
}

/** The body in time of the right kind that sat on the session's day. */
function passedBy(random: Random, bodies: readonly BodyInTime[], body: Body, session: number): string | null {
  const sitting = bodies.filter((b) => session >= b.start && session < b.end);
  const fitting = body === 'any' ? sitting : sitting.filter((b) => b.role === body);
  return fitting.length ? random.pick(fitting).id : null;
}

interface StatusRoll {
  status: (typeof SUBMISSION_STATUSES)[keyof typeof SUBMISSION_STATUSES];
  sent: boolean;
}

/** Mostly sent; drafts; a few deleted (some after they were sent) and a few new automatic ones. */
function rollStatus(random: Random): StatusRoll {
  const roll = random.next();
  if (roll < 0.2) return { status: SUBMISSION_STATUSES.concept, sent: false };
  if (roll < 0.91) return { status: SUBMISSION_STATUSES.sent, sent: true };
  if (roll < 0.97) return { status: SUBMISSION_STATUSES.deleted, sent: random.chance(0.3) };
  return { status: SUBMISSION_STATUSES.new, sent: false };
}

function seedSubmission(ctx: SeedContext, index: number, bestuur: WorldBestuur, bodies: readonly BodyInTime[], users: readonly string[]): StoredResource[] {
  const { random, now } = ctx;
  const type = weightedPick(random, TYPE_DOSSIER);
  const { status, sent } = rollStatus(random);
  // Drafts are recent work; sent dossiers reach back three years.
  const ageDays = status === SUBMISSION_STATUSES.concept ? random.int(0, 120) : random.int(1, 3 * 365);
  const modified = now.getTime() - ageDays * DAY - random.int(0, 10 * 3600) * 1000;
  const created = modified - random.int(0, 20) * DAY - random.int(0, 8 * 3600) * 1000;
  const session = created - random.int(1, 14) * DAY - random.int(0, 4 * 3600) * 1000;
  const year = new Date(session).getUTCFullYear();
  const regulation = type.regulations ? random.pick(type.regulations) : undefined;
  const titles = regulation ? REGULATION_TYPES[regulation]!.titles : type.titles;
  const values = { year: String(year), prevyear: String(year - 1), n: String(random.int(1, 3)), street: random.pick(STREETS), subject: random.pick(SUBJECTS) };
  const description = titles && random.chance(0.92) ? fill(random.pick(titles), values) : undefined;
  const organ = passedBy(random, bodies, type.body ?? 'any', session);
  const owned = { owner: bestuur.id, graph: TOEZICHT_GRAPH };

  const formData: StoredResource = {
    type: 'form-data',
    id: random.uuid(),
    attributes: {
      'session-started-at-time': iso(session),
      ...(description ? { description } : {}),
      ...(sent ? { 'date-publication': iso(modified + random.int(1, 10) * DAY) } : {}),
      ...(/budget|meerjarenplan|jaarrekening/i.test(type.label) ? { 'financial-year': String(year) } : {}),
      ...(random.chance(0.1) ? { comment: 'Bijlage met handtekening volgt.' } : {}),
    },
    relationships: {
      types: regulation ? [type.id, regulation] : [type.id],
      'passed-by': organ,
      'is-about': bestuur.id,
    },
    ...owned,
  };
  formData.attributes['uri'] = `http://data.lblod.info/form-data/${formData.id}`;
  const slug = type.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const files: StoredResource[] = Array.from({ length: random.int(0, 2) }, (_, n) => {
    const id = random.uuid();
    return {
      type: 'files',
      id,
      attributes: {
        uri: `http://data.lblod.info/files/${id}`,
        filename: `${slug}-${year}-${index}-${n + 1}.pdf`,
        format: 'application/pdf',
        extension: 'pdf',
        size: random.int(40_000, 4_000_000),
        created: iso(created),
      },
      relationships: {},
      ...owned,
    };
  });
  const document: StoredResource = { type: 'submission-documents', id: random.uuid(), attributes: {}, relationships: {}, ...owned };
  document.attributes['uri'] = `http://data.lblod.info/submission-documents/${document.id}`;
  const sentDate = modified - random.int(0, 3600) * 1000;
  // A submission published by Gelinkt Notuleren has no user behind it (the Loket's list then says "automatic").
  const automatic = sent && random.chance(0.15);
  const creator = random.pick(users);
  const submission: StoredResource = {
    type: 'submissions',
    id: random.uuid(),
    attributes: {
      created: iso(created),
      modified: iso(modified),
      ...(sent ? { 'sent-date': iso(sentDate), 'received-date': iso(sentDate + random.int(1, 90) * 1000) } : {}),
      ...(automatic ? { href: `https://publicatie.gelinkt-notuleren.vlaanderen.be/${bestuur.name}/${formData.id}` } : {}),
    },
    relationships: {
      organization: bestuur.id,
      status: status.id,
      'submission-document': document.id,
      'form-data': formData.id,
      ...(automatic ? {} : { creator, 'last-modifier': random.chance(0.8) ? creator : random.pick(users) }),
      file: files.map((file) => file.id),
    },
    ...owned,
  };
  submission.attributes['uri'] = `http://data.lblod.info/submissions/${submission.id}`;
  return [submission, formData, document, ...files];
}

/** The first gemeente gets most dossiers: it is the bestuur the demo logs in as. */
function ownerWeights(besturen: readonly WorldBestuur[]): { bestuur: WorldBestuur; weight: number }[] {
  const local = besturen.filter((bestuur) => bestuur.kind !== 'agentschap');
  return local.map((bestuur) => ({ bestuur, weight: bestuur.id === FIRST_GEMEENTE_ID ? 60 : 40 / Math.max(1, local.length - 1) }));
}

export function seedDossiers(ctx: SeedContext): StoredResource[] {
  const out = codeLists();
  const bodies = new Map(ctx.world.besturen.map((bestuur) => [bestuur.id, bodiesInTime(bestuur)]));
  const weights = ownerWeights(ctx.world.besturen);
  for (let i = 0; i < ctx.size.dossiers; i++) {
    const { bestuur } = weightedPick(ctx.random, weights);
    // Users are the world's (seeded with the besturen, in the bestuur's own graph).
    const users = ctx.world.users.filter((user) => user.bestuurId === bestuur.id).map((user) => user.id);
    out.push(...seedSubmission(ctx, i, bestuur, bodies.get(bestuur.id) ?? [], users));
  }
  return out;
}

export const dossiersFamily: SeedFamily = {
  name: 'dossiers',
  seed: seedDossiers,
};
