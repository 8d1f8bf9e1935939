/**
 * The messages family: the berichtencentrum as the Loket holds it (app-digitaal-loket
 * `config/resources/master-messages-domain.lisp`). A conversatie has its `berichten` and its
 * `laatste-bericht`; a bericht has no link back to its conversatie (commented out in the domain).
 * The Agentschap Binnenlands Bestuur (ABB) writes to each bestuur; the bestuur answers the way the
 * Loket's reply flow does (`frontend-loket` components/berichtencentrum/conversatie-reactie.js): a
 * bericht typed with the conversation's current type, from the bestuur to the first other sender,
 * with at least one attachment.
 *
 * Everything of a conversation (berichten, files) sits in the bestuur's messaging graph
 * (`…/organizations/<bestuur>/LoketLB-berichtenGebruiker`, config.ex `o-messaging-rwf`). Each
 * attachment is the pair the file service makes (mu-semtech/file-service `web.rb` POST /files): the
 * virtual file the bericht links to, and the physical `share://` file whose `nie:dataSource` is the
 * virtual one, which is what `GET /files/:id/download` looks for.
 *
 * Drawn deterministically from `ctx.random` around `ctx.now`: for the first gemeente enough
 * conversations for several pages, long threads, messages with many attachments, reply periods
 * (`reactietermijn`, ISO 8601 durations) that are comfortable, close, passed or answered, and a few
 * fresh ones from ABB for the bell.
 */
import { besturenIn, type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { ABB_ID, FIRST_GEMEENTE_ID } from '../../../world.js';

export { ABB_ID };

/** The types of communication the Loket knows (frontend-loket app/models/bericht.js COMMUNICATION_TYPES). */
export const COMMUNICATION_TYPES = ['Kennisgeving toezichtsbeslissing', 'Opvraging', 'Reactie'] as const;
type CommunicationType = (typeof COMMUNICATION_TYPES)[number];

/** What the Loket frontend writes into `creator` once a bericht is complete (models/bericht.js). */
export const FRONTEND_CREATOR = 'https://github.com/lblod/frontend-loket';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

const RULES = [
  'Retributiereglement parkeren',
  'Belastingreglement op tweede verblijven',
  'Aanpassing meerjarenplan 2026-2031',
  'Politiereglement op de openbare orde',
  'Rechtspositieregeling: verlofstelsel',
  'Aanstelling algemeen directeur',
  'Toetreding intergemeentelijke vereniging',
  'Gunning overheidsopdracht schoolgebouw',
  'Verkoop perceel Kerkstraat',
  'Retributiereglement kinderopvang',
  'Huishoudelijk reglement gemeenteraad',
  'Subsidiereglement verenigingen',
];

interface Topic {
  type: CommunicationType;
  subject: string;
  /** ABB's opening message; empty: the letter is only in the attachment, as often in the Loket. */
  opening: string;
  /** Reply periods this kind of letter asks; none when it only informs. */
  periods: readonly string[];
  /** Share of conversations of this topic with a reply period. */
  periodChance: number;
}

const TOPICS: Topic[] = [
  {
    type: 'Opvraging',
    subject: 'Opvraging stukken: {rule}',
    opening:
      'Geachte,\n\nIn het kader van het bestuurlijk toezicht (art. 330 e.v. van het Decreet over het lokaal bestuur) vragen wij u de volledige stukken over "{rule}" te bezorgen, met inbegrip van het advies van de financieel directeur.\n\nGelieve uw antwoord als bijlage op te laden via het Loket voor Lokale Besturen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    periods: ['P30D', 'P15D'],
    periodChance: 1,
  },
  {
    type: 'Opvraging',
    subject: 'Klacht over de beslissing "{rule}"',
    opening:
      'Geachte,\n\nWij ontvingen een klacht over het besluit "{rule}". De klager stelt dat de termijn van 8 dagen < de wettelijke termijn was. Wij vragen u ons uw standpunt en het volledige dossier te bezorgen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    periods: ['P15D', 'P30D'],
    periodChance: 1,
  },
  {
    type: 'Kennisgeving toezichtsbeslissing',
    subject: 'Besluit van de gemeenteraad: {rule}',
    opening:
      'Geacht college,\n\nNa onderzoek van het besluit "{rule}" heeft de toezichthoudende overheid beslist geen verdere stappen te ondernemen. U vindt de beslissing in bijlage.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    periods: [],
    periodChance: 0,
  },
  {
    type: 'Kennisgeving toezichtsbeslissing',
    subject: 'Schorsing van het besluit "{rule}"',
    opening:
      'Geacht college,\n\nDe gouverneur heeft het besluit "{rule}" geschorst. U kunt het besluit intrekken of aanpassen; laat ons binnen de termijn weten wat de gemeenteraad beslist.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    periods: ['P30D'],
    periodChance: 1,
  },
  {
    type: 'Kennisgeving toezichtsbeslissing',
    subject: 'Vernietiging van het besluit "{rule}"',
    opening: '',
    periods: ['P30D'],
    periodChance: 0.3,
  },
  {
    type: 'Reactie',
    subject: 'Reactie op uw vraag over "{rule}"',
    opening:
      'Geachte,\n\nIn antwoord op uw vraag van vorige week: het besluit "{rule}" hoeft niet opnieuw aan de gemeenteraad voorgelegd te worden. Wij verwijzen naar de omzendbrief in bijlage.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    periods: [],
    periodChance: 0,
  },
];

const ABB_FOLLOW_UPS = [
  'Geachte,\n\nWij danken u voor uw antwoord. Het dossier wordt verder behandeld.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
  'Geachte,\n\nUw antwoord is onvolledig: het advies van de financieel directeur ontbreekt. Gelieve het alsnog te bezorgen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
  'Geachte,\n\nHerinnering: wij ontvingen nog geen antwoord op onze brief. Gelieve de stukken zo spoedig mogelijk te bezorgen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
  '',
];

const BESTUUR_REPLIES = [
  'Geachte,\n\nIn bijlage vindt u de gevraagde stukken over "{rule}".\n\nMet vriendelijke groeten,\nHet college van burgemeester en schepenen',
  'Geachte,\n\nIn antwoord op uw brief bezorgen wij u ons standpunt en het dossier.\n\nMet vriendelijke groeten,\nDe algemeen directeur',
  'Geachte,\n\nDe gemeenteraad heeft het besluit in zitting van vorige maand ingetrokken. U vindt het nieuwe besluit & de notulen in bijlage.\n\nMet vriendelijke groeten,\nDe algemeen directeur',
  '',
];

/** Names and media types as uploads have them (the file service stores what libmagic says). */
const FILE_KINDS = [
  { name: 'Besluit {rule}', extension: 'pdf', format: 'application/pdf; charset=binary', min: 40_000, max: 900_000 },
  { name: 'Brief ABB {n}', extension: 'pdf', format: 'application/pdf', min: 30_000, max: 300_000 },
  { name: 'Advies financieel directeur', extension: 'pdf', format: 'application/pdf; charset=binary', min: 50_000, max: 400_000 },
  { name: 'Notulen gemeenteraad', extension: 'docx', format: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document; charset=binary', min: 20_000, max: 250_000 },
  { name: 'Raming bijlage {n}', extension: 'xlsx', format: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=binary', min: 10_000, max: 120_000 },
  { name: 'Foto situatie {n}', extension: 'jpg', format: 'image/jpeg; charset=binary', min: 300_000, max: 6_000_000 },
  { name: 'Plan perceel {n}', extension: 'odt', format: 'application/vnd.oasis.opendocument.text; charset=binary', min: 30_000, max: 200_000 },
  { name: 'Publicatie op de webtoepassing', extension: 'pdf', format: 'application/pdf', min: 20_000, max: 90_000 },
];

const iso = (time: number): string => new Date(time).toISOString();

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function usersOf(ctx: SeedContext, bestuurId: string): string[] {
  return ctx.world.users.filter((user) => user.bestuurId === bestuurId).map((user) => user.id);
}

/** The pair of file objects the file service makes for one upload. */
function attachment(random: Random, values: Record<string, string>, time: number): { virtual: StoredResource; physical: StoredResource } {
  const kind = random.pick(FILE_KINDS);
  const id = random.uuid();
  const physicalId = random.uuid();
  const filename = `${fill(kind.name, { ...values, n: String(random.int(1, 12)) })}.${kind.extension}`;
  const attributes = { format: kind.format, size: random.int(kind.min, kind.max), extension: kind.extension, created: iso(time) };
  return {
    virtual: { type: 'files', id, attributes: { uri: `http://data.lblod.info/files/${id}`, filename, ...attributes }, relationships: { download: physicalId } },
    physical: { type: 'files', id: physicalId, attributes: { uri: `share://${physicalId}.${kind.extension}`, filename: `${physicalId}.${kind.extension}`, ...attributes }, relationships: {} },
  };
}

type Turn = 'abb' | 'bestuur';

/**
 * Where a conversation stands: `fresh` from ABB in the last two days (what the bell announces);
 * waiting for the bestuur's answer with the deadline `comfortable`, `close` (within a week) or
 * `passed`; `answered` (the bestuur wrote last); or simply `old`.
 */
type Plan = 'fresh' | 'comfortable' | 'close' | 'passed' | 'answered' | 'old';

/** How a conversation goes: who writes, in order, and when the last message was sent. */
interface Shape {
  turns: Turn[];
  end: number;
}

/** Days of a reply period (`P30D`), for placing the request before its deadline. */
const periodDays = (period: string | undefined) => Number(/^P(\d+)D$/.exec(period ?? '')?.[1] ?? 30);

function shapeOf(random: Random, now: number, plan: Plan, period: string | undefined, long: boolean): Shape {
  const length = long ? random.int(14, 40) : random.int(1, 4);
  const turns: Turn[] = Array.from({ length }, (_, index) => (index % 2 === 0 ? 'abb' : 'bestuur'));
  const last = plan === 'answered' ? 'bestuur' : plan === 'old' ? turns[turns.length - 1]! : 'abb';
  if (turns[turns.length - 1] !== last) turns.push(last);
  const hour = random.int(8, 16) * HOUR;
  // Days from the request to today: its deadline is still weeks away, within a week, or behind us.
  // A passed one was asked more than a month ago, so that it no longer counts as unread.
  const days = periodDays(period);
  const sinceAsked = { comfortable: random.int(1, Math.max(1, days - 10)), close: days - random.int(1, 4), passed: days + random.int(31, 150) };
  const end =
    plan === 'fresh'
      ? now - random.int(1, 40) * HOUR
      : plan === 'comfortable' || plan === 'close' || plan === 'passed'
        ? now - sinceAsked[plan] * DAY - hour
        : plan === 'answered'
          ? now - random.int(2, 90) * DAY - hour
          : now - random.int(35, 420) * DAY - hour;
  return { turns, end: Math.min(end, now - HOUR) };
}

interface ConversationOptions {
  plan: Plan;
  long: boolean;
  /** One message carries a whole dossier of attachments. */
  many: boolean;
}

function conversation(ctx: SeedContext, bestuurId: string, serial: number, options: ConversationOptions): StoredResource[] {
  const { random } = ctx;
  const now = ctx.now.getTime();
  const waiting = options.plan === 'comfortable' || options.plan === 'close' || options.plan === 'passed';
  const topics = waiting ? TOPICS.filter((topic) => topic.periods.length > 0) : TOPICS;
  const topic = random.pick(topics);
  const period = waiting || random.chance(topic.periodChance) ? random.pick(topic.periods.length ? topic.periods : ['P30D']) : undefined;
  const shape = shapeOf(random, now, options.plan, period, options.long);
  const values = { rule: random.pick(RULES) };
  const abbUsers = usersOf(ctx, ABB_ID);
  const ownUsers = usersOf(ctx, bestuurId);
  const times: number[] = [];
  let time = shape.end;
  for (let index = shape.turns.length - 1; index >= 0; index--) {
    times[index] = time;
    time -= (random.int(1, 9) + random.next()) * DAY;
  }
  const out: StoredResource[] = [];
  const berichtIds: string[] = [];
  shape.turns.forEach((turn, index) => {
    const sent = times[index]!;
    const fromAbb = turn === 'abb';
    // The bestuur answers with at least one attachment (the Loket refuses to send without);
    // ABB's letters are mostly attachments too. A few messages carry a whole dossier.
    const count = options.many && index === Math.min(1, shape.turns.length - 1) ? random.int(9, 14) : fromAbb ? (random.chance(0.75) ? random.int(1, 2) : 0) : random.int(1, 3);
    const files = Array.from({ length: count }, () => attachment(random, values, sent));
    const id = random.uuid();
    berichtIds.push(id);
    const inhoud = fill(index === 0 ? topic.opening : fromAbb ? random.pick(ABB_FOLLOW_UPS) : random.pick(BESTUUR_REPLIES), values);
    const author = fromAbb ? random.pick(abbUsers) : ownUsers.length ? random.pick(ownUsers) : null;
    out.push(...files.flatMap((file) => [file.virtual, file.physical]), {
      type: 'berichten',
      id,
      attributes: {
        uri: `http://data.lblod.info/id/berichten/${id}`,
        verzonden: iso(sent),
        aangekomen: iso(sent + random.int(5, 600) * 1000),
        inhoud,
        // The reply flow types a bestuur's bericht with the conversation's current type.
        'type-communicatie': topic.type,
        creator: FRONTEND_CREATOR,
      },
      relationships: {
        van: fromAbb ? ABB_ID : bestuurId,
        naar: fromAbb ? bestuurId : ABB_ID,
        auteur: author,
        // The virtual files: the physical one is reached through the virtual file's `download`.
        bijlagen: files.map((file) => file.virtual.id),
      },
    });
  });
  const year = new Date(times[0]!).getUTCFullYear();
  const id = random.uuid();
  out.push({
    type: 'conversaties',
    id,
    attributes: {
      uri: `http://data.lblod.info/id/conversaties/${id}`,
      dossiernummer: `ABB/${year}/${String(10_000 + serial * 37 + random.int(0, 36)).padStart(6, '0')}`,
      betreft: fill(topic.subject, values),
      'current-type-communicatie': topic.type,
      ...(period ? { reactietermijn: period } : {}),
    },
    relationships: { berichten: berichtIds, 'laatste-bericht': berichtIds[berichtIds.length - 1]! },
  });
  for (const item of out) Object.assign(item, { owner: bestuurId, graph: 'o-messaging-rwf' });
  return out;
}

const FIRST_PLANS: readonly Plan[] = ['fresh', 'fresh', 'fresh', 'close', 'close', 'comfortable', 'passed', 'passed', 'passed', 'answered', 'answered', 'answered', 'answered'];
const LATER_PLANS: readonly Plan[] = ['old', 'old', 'old', 'answered', 'answered', 'passed'];

/** Conversations of the first gemeente: several pages of 20 (the Loket's page size). */
export const FIRST_GEMEENTE_CONVERSATIONS = 124;

export const messagesFamily: SeedFamily = {
  name: 'messages',
  seed(ctx) {
    const { random } = ctx;
    const out: StoredResource[] = [];
    let serial = 0;
    for (const bestuur of besturenIn(ctx)) {
      if (bestuur.id === ABB_ID) continue;
      const first = bestuur.id === FIRST_GEMEENTE_ID;
      const count = first ? FIRST_GEMEENTE_CONVERSATIONS : random.int(3, 9);
      for (let n = 0; n < count; n++) {
        // The first gemeente: a known mix up front (three fresh from ABB, deadlines comfortable,
        // close and passed, recent answers), then older ones, a few long threads and a few
        // messages with a whole dossier of attachments.
        const plan = first ? (FIRST_PLANS[n] ?? random.pick(LATER_PLANS)) : random.pick(LATER_PLANS);
        const long = first ? n % 17 === 5 : random.chance(0.05);
        const many = first ? n % 13 === 7 : random.chance(0.05);
        out.push(...conversation(ctx, bestuur.id, ++serial, { plan, long, many }));
      }
    }
    return out;
  },
};
