/**
 * The subsidies family of Subsidiepunt: a bestuur's subsidy applications as the real app holds them
 * (lblod/app-subsidiepunt config/resources/master-subsidies-domain.lisp). An application is a
 * `subsidy-measure-consumption` of a `subsidy-measure-offer`, following the `subsidy-application-flow`
 * of one of the offer's series (with its period), at an active flow step whose procedural step has
 * the deadline; its `participations` name the bestuur as applicant (`participating-organization`,
 * the inverse of the bestuur's `m8g:playsRole`), its forms carry the project's name.
 *
 * Graphs (config/authorization/config.ex): offers, series, flows, steps, periods and the status
 * concepts are public (l.85-120); the applications, their participations and forms sit in the
 * bestuur's `…/organizations/<bestuur>/SubsidiepuntGebruiker` graph (`o-subs-rwf`, l.146-184), and so
 * does the bestuur's `m8g:playsRole` (the second GraphSpec, l.169-183). The real UI reads them
 * without a filter on the bestuur: the graph is the scope (frontend-subsidiepunt
 * app/routes/subsidy/applications/index.js:38-80).
 *
 * Offers and statuses are real (their titles and ids from the app's migrations); the rest is drawn
 * deterministically from `ctx.random` around `ctx.now`.
 */
import type { SeedContext, SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { FIRST_GEMEENTE_ID, type WorldBestuur } from '../../../world.js';
import { record } from '../../shared/besturen.js';

/**
 * Statuses of an application, `lblodSubsidie:SubsidiemaatregelConsumptieStatus` and `skos:Concept` of
 * scheme f7274d7f (migration 2021/20210401152539-subsidies-prepare-flow/20210428150837-create-concept-scheme-
 * for-subsidy-measure-consumption-statuses.sparql, read at 9556244^; frontend-subsidiepunt
 * app/models/subsidy-measure-consumption-status.js: CONCEPT, ACTIVE, SENT).
 */
export const CONSUMPTION_STATUSES = {
  concept: { id: '6373b454-22b6-4b65-b98f-3d86541f2fcf', label: 'Concept' },
  active: { id: 'c849ca98-455d-4f31-9e95-a3d9d06e4497', label: 'Actief' },
  sent: { id: '2ea29fbf-6d46-4f08-9343-879282a9f484', label: 'Aanvraag ingediend' },
} as const;
const STATUS_SCHEME = { id: 'f7274d7f-31d5-4b02-aca8-b96481115651', uri: 'http://lblod.data.gift/concept-schemes/f7274d7f-31d5-4b02-aca8-b96481115651', label: 'Subsidiemaatregel consumptie statussen' };

/** The participation role "Aanvrager" (20201125120418-subsidy-management/20210111164855-add-participation-roles.ttl). */
export const APPLICANT_ROLE = 'http://lblod.data.gift/concepts/d8b8f3d1-7574-4baf-94df-188a7bd84a3a';

interface OfferSpec {
  id: string;
  /** The migrations mint these under two bases (`lblod.data.info` sic, and `data.lblod.info`). */
  base: string;
  title: string;
  /** Series by year offset from now (0: this year's call); a known series id where the migrations name one. */
  series: readonly { title: string; year: number; id?: string }[];
  /** Project names an application form may carry (`lblodSubsidie:projectName`). */
  projects?: readonly string[];
  weight: number;
}

const OLD_BASE = 'http://lblod.data.info/id/subsidy-measure-offers/';
const NEW_BASE = 'http://data.lblod.info/id/subsidy-measure-offers/';

/** Offers with their real ids (app-subsidiepunt migrations, at 9556244^ and HEAD). */
const OFFERS: readonly OfferSpec[] = [
  { id: '3ed41394-af3f-42e5-8377-33957874501d', base: OLD_BASE, title: 'Lokaal Energie- en Klimaatpact 2.0', series: [{ title: 'Pact {year}', year: -1 }, { title: 'Pact {year}', year: 0 }], weight: 5 },
  {
    id: 'c10fc76f-effe-430e-822f-60f03f575302',
    base: OLD_BASE,
    title: 'Stadsvernieuwing - projectsubsidie',
    series: [{ title: 'Oproep {year}', year: -1 }, { title: 'Oproep {year}', year: 0 }],
    projects: ['Herinrichting stationsomgeving', 'Nieuw stadspark aan de Dender', 'Heraanleg Kerkplein'],
    weight: 3,
  },
  { id: 'e0b5d28a-041b-4ef9-bd45-c4f0d7da3298', base: NEW_BASE, title: 'Stadsvernieuwing - conceptsubsidie', series: [{ title: 'Oproep {year}', year: 0 }], projects: ['Masterplan stationsbuurt', 'Visie op de Kaaien'], weight: 2 },
  { id: '0b5cae58-97fb-4982-9fb7-4cf660f003df', base: OLD_BASE, title: 'Uitrol Lokaal E-Inclusiebeleid', series: [{ title: 'Oproep {year}', year: -1 }], weight: 2 },
  { id: 'b6e5ccd5-ddaf-4b74-b023-a712886f3814', base: OLD_BASE, title: 'Subsidie voor Hoppinpunten', series: [{ title: 'Oproep {year}', year: 0 }], projects: ['Hoppinpunt station', 'Hoppinpunt Dorpsplein'], weight: 2 },
  { id: '848b5ca2-323f-4b98-9df1-512764ceb4e4', base: NEW_BASE, title: 'Gelijke kansen', series: [{ title: 'Oproep', year: 0, id: '390d055e-0be1-42fe-b4c1-dcfc4c74a13c' }], weight: 1 },
  { id: 'a03196fb-5ec6-48ab-812d-bbd8daf219d1', base: NEW_BASE, title: 'Pride-evenementen 2026', series: [{ title: 'Oproep 2026', year: 0, id: '059c9b3d-8526-4633-8f32-f9a9feeea4ee' }], weight: 1 },
];

/** Each flow has these steps, in order; the second opens when the application was accepted. */
const STEPS = [
  { description: 'Indienen aanvraag', months: [0, 5] },
  { description: 'Indienen eindrapport', months: [6, 14] },
] as const;

const DAY = 24 * 3600 * 1000;
const SUBSIDY_GRAPH = 'o-subs-rwf';
const iso = (time: number): string => new Date(time).toISOString();

interface Flow {
  offer: OfferSpec;
  flowId: string;
  /** Flow step ids in order, with the deadline (period end) of their procedural step. */
  steps: { id: string; end: number }[];
}

function weightedPick<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random.next() * total;
  for (const item of items) if ((roll -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

/** Offers, series, flows, steps and periods: the public catalogue applications hang on. */
function catalogue(random: Random, now: Date): { records: StoredResource[]; flows: Flow[] } {
  const records: StoredResource[] = [record('concept-schemes', STATUS_SCHEME.id, { uri: STATUS_SCHEME.uri, label: STATUS_SCHEME.label })];
  for (const { id, label } of Object.values(CONSUMPTION_STATUSES)) {
    const uri = `http://lblod.data.gift/concepts/${id}`;
    records.push(record('subsidy-measure-consumption-statuses', id, { uri, label }));
    records.push(record('concepts', id, { uri, label }, { 'concept-schemes': [STATUS_SCHEME.id], 'top-concept-schemes': [STATUS_SCHEME.id] }));
  }
  const period = (begin: number, end: number): string => {
    const id = random.uuid();
    records.push(record('periods-of-time', id, { uri: `http://data.lblod.info/id/periods-of-time/${id}`, begin: iso(begin), end: iso(end) }));
    return id;
  };
  const flows: Flow[] = [];
  const thisYear = now.getUTCFullYear();
  for (const offer of OFFERS) {
    const seriesIds: string[] = [];
    const offerSteps: string[] = [];
    for (const spec of offer.series) {
      const year = thisYear + spec.year;
      const start = Date.UTC(year, 0, 15);
      const seriesId = spec.id ?? random.uuid();
      const flowId = random.uuid();
      const steps: Flow['steps'] = [];
      const stepIds = STEPS.map(() => random.uuid());
      STEPS.forEach((step, index) => {
        const procedural = random.uuid();
        const begin = Date.UTC(year, step.months[0], 15);
        const end = Date.UTC(year, step.months[1], 28, 22, 59);
        records.push(
          record('subsidy-procedural-steps', procedural, { uri: `http://data.lblod.info/id/subsidy-procedural-steps/${procedural}`, description: step.description }, { period: period(begin, end) }),
        );
        records.push(
          record(
            'subsidy-application-flow-steps',
            stepIds[index]!,
            { order: index },
            {
              'subsidy-procedural-step': procedural,
              'application-flow': flowId,
              'previous-application-step': stepIds[index - 1] ?? null,
              'next-application-step': stepIds[index + 1] ?? null,
            },
          ),
        );
        offerSteps.push(procedural);
        steps.push({ id: stepIds[index]!, end });
      });
      records.push(record('subsidy-application-flows', flowId, {}, { 'subsidy-measure-offer-series': seriesId, 'first-application-step': stepIds[0]! }));
      records.push(
        record(
          'subsidy-measure-offer-series',
          seriesId,
          { uri: `http://lblod.data.info/id/subsidy-measure-offer-series/${seriesId}`, title: spec.title.replace('{year}', String(year)) },
          { 'active-application-flow': flowId, period: period(start, Date.UTC(year + 1, 1, 28)) },
        ),
      );
      seriesIds.push(seriesId);
      flows.push({ offer, flowId, steps });
    }
    records.push(record('subsidy-measure-offers', offer.id, { uri: offer.base + offer.id, title: offer.title }, { series: seriesIds, 'subsidy-procedural-steps': offerSteps }));
  }
  return { records, flows };
}

/** How many applications a bestuur has: the first gemeente (the demo's) most, other local besturen some. */
function applicationsOf(bestuur: WorldBestuur, dossiers: number): number {
  if (dossiers === 0) return 0;
  const base = Math.max(4, Math.round(dossiers / 25));
  if (bestuur.id === FIRST_GEMEENTE_ID) return base;
  return ['gemeente', 'ocmw', 'agb'].includes(bestuur.kind) ? Math.max(1, Math.round(base / 3)) : 0;
}

/** One application of `bestuur`: consumption, participation and form, in its subsidy graph. */
function application(ctx: SeedContext, bestuur: WorldBestuur, flow: Flow, users: readonly string[]): StoredResource[] {
  const { random, now } = ctx;
  const roll = random.next();
  const status = roll < 0.3 ? CONSUMPTION_STATUSES.concept : roll < 0.55 ? CONSUMPTION_STATUSES.active : CONSUMPTION_STATUSES.sent;
  // A draft is at the first step; an active one at the report; a sent one has gone through every step.
  const step = status === CONSUMPTION_STATUSES.concept ? flow.steps[0]! : flow.steps[flow.steps.length - 1]!;
  const modified = Math.min(now.getTime(), step.end) - random.int(1, 90) * DAY - random.int(0, 8 * 3600) * 1000;
  const created = modified - random.int(1, 60) * DAY;
  const owned = { owner: bestuur.id, graph: SUBSIDY_GRAPH };
  const creator = random.pick(users);
  const lastModifier = random.chance(0.75) ? creator : random.pick(users);
  const participation: StoredResource = {
    type: 'participations',
    id: random.uuid(),
    attributes: { role: APPLICANT_ROLE },
    relationships: {},
    ...owned,
  };
  participation.attributes['uri'] = `http://data.lblod.info/id/participations/${participation.id}`;
  const form: StoredResource = {
    type: 'subsidy-application-forms',
    id: random.uuid(),
    attributes: {
      created: iso(created),
      modified: iso(modified),
      ...(flow.offer.projects && random.chance(0.9) ? { 'project-name': random.pick(flow.offer.projects) } : {}),
    },
    relationships: { 'subsidy-application-flow-step': flow.steps[0]!.id, creator, 'last-modifier': lastModifier },
    ...owned,
  };
  form.attributes['uri'] = `http://data.lblod.info/id/application-forms/${form.id}`;
  const consumption: StoredResource = {
    type: 'subsidy-measure-consumptions',
    id: random.uuid(),
    attributes: { created: iso(created), modified: iso(modified) },
    relationships: {
      status: status.id,
      'subsidy-measure-offer': flow.offer.id,
      'subsidy-application-flow': flow.flowId,
      'active-subsidy-application-flow-step': step.id,
      creator,
      'last-modifier': lastModifier,
      participations: [participation.id],
      'subsidy-application-forms': [form.id],
    },
    ...owned,
  };
  consumption.attributes['uri'] = `http://data.lblod.info/id/subsidy-measure-consumptions/${consumption.id}`;
  return [consumption, participation, form];
}

export function seedSubsidies(ctx: SeedContext): StoredResource[] {
  const { records, flows } = catalogue(ctx.random, ctx.now);
  const out = [...records];
  const besturen = ctx.store.get('bestuurseenheden');
  const weighted = flows.map((flow) => ({ flow, weight: flow.offer.weight / flow.offer.series.length }));
  for (const bestuur of ctx.world.besturen) {
    const count = applicationsOf(bestuur, ctx.size.dossiers);
    const seeded = besturen?.get(bestuur.id);
    if (count === 0 || !seeded) continue;
    const users = ctx.world.users.filter((user) => user.bestuurId === bestuur.id).map((user) => user.id);
    const participations: string[] = [];
    for (let i = 0; i < count; i++) {
      const made = application(ctx, bestuur, weightedPick(ctx.random, weighted).flow, users);
      participations.push(made[1]!.id);
      out.push(...made);
    }
    // The bestuur plays the applicant's role (`m8g:playsRole`, the forward side of `participating-organization`).
    out.push({ ...seeded, relationships: { ...seeded.relationships, participations } });
  }
  return out;
}

export const subsidiesFamily: SeedFamily = {
  name: 'subsidies',
  seed: seedSubsidies,
};
