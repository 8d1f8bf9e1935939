/**
 * The messages family: the message centre ("berichtencentrum"), conversations between the
 * Agentschap Binnenlands Bestuur (supervision) and the besturen. Shapes follow LOKET-API.md;
 * values are drawn deterministically from `ctx.random`, spread over months before `ctx.now`, with
 * several fresh ones for the first gemeente so the bell has something new to show.
 */
import { besturenIn, type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { StoredResource } from '../../../schema.js';
import { FIRST_GEMEENTE_ID } from '../../../world.js';

/** The agency that supervises local government and writes most of the messages. */
export const ABB_ID = '141d9d6b-54af-4d17-b313-8d1c30bc3f5b';
export const ABB_NAAM = 'Agentschap Binnenlands Bestuur';

const DAY = 24 * 3600 * 1000;


interface Topic {
  type: string;
  subject: string;
  body: string;
  /** How the bestuur answers, if it is expected to. */
  reply?: string;
  termijn?: string;
}

const TOPICS: Topic[] = [
  {
    type: 'Kennisgeving toezichtsbeslissing',
    subject: 'Besluit gemeenteraad {date}: {rule}',
    body: 'Geacht college,\n\nNa onderzoek van het besluit "{rule}" heeft de toezichthoudende overheid beslist geen verdere stappen te ondernemen. U vindt de beslissing in bijlage.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
  },
  {
    type: 'Opvraging',
    subject: 'Opvraging stukken: {rule}',
    body: 'Geachte,\n\nIn het kader van het bestuurlijk toezicht vragen wij u de volledige stukken over "{rule}" te bezorgen, met inbegrip van het advies van de financieel directeur.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    reply: 'Geachte,\n\nIn bijlage vindt u de gevraagde stukken over "{rule}".\n\nMet vriendelijke groeten,\nHet college van burgemeester en schepenen',
    termijn: 'P30D',
  },
  {
    type: 'Opvraging',
    subject: 'Klacht over de beslissing "{rule}"',
    body: 'Geachte,\n\nWij ontvingen een klacht over het besluit "{rule}". Wij vragen u ons uw standpunt en het volledige dossier te bezorgen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    reply: 'Geachte,\n\nIn antwoord op uw brief bezorgen wij u ons standpunt en het dossier.\n\nMet vriendelijke groeten,\nDe algemeen directeur',
    termijn: 'P15D',
  },
  {
    type: 'Herinnering',
    subject: 'Herinnering: indienen jaarrekening {prevyear}',
    body: 'Geachte,\n\nWij stellen vast dat de jaarrekening {prevyear} nog niet werd ingediend via het Loket voor Lokale Besturen. Wij vragen u dit zo snel mogelijk te doen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    termijn: 'P30D',
  },
  {
    type: 'Bekendmaking',
    subject: 'Omzendbrief KBBJ/ABB {year}/{n}: {circular}',
    body: 'Geachte,\n\nHierbij bezorgen wij u de omzendbrief over "{circular}". Wij vragen u de nodige aandacht te besteden aan de nieuwe verplichtingen.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
  },
  {
    type: 'Kennisgeving toezichtsbeslissing',
    subject: 'Schorsing van het besluit "{rule}"',
    body: 'Geacht college,\n\nDe gouverneur heeft het besluit "{rule}" geschorst. U kunt het besluit intrekken of aanpassen binnen de wettelijke termijn.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur',
    reply: 'Geachte,\n\nDe gemeenteraad heeft het geschorste besluit ingetrokken. In bijlage vindt u het nieuwe besluit.\n\nMet vriendelijke groeten,\nDe algemeen directeur',
    termijn: 'P60D',
  },
];

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
];

const CIRCULARS = [
  'Aandachtspunten bij de opmaak van de jaarrekening',
  'Deontologische code voor lokale mandatarissen',
  'Digitale bekendmaking van besluiten',
  'Toezicht op de erediensten',
];

const iso = (time: number): string => new Date(time).toISOString();

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function usersOf(ctx: SeedContext, bestuurId: string): StoredResource[] {
  const users = ctx.store.get('gebruikers')?.values() ?? [];
  return [...users].filter((user) => {
    const besturen = user.relationships['bestuurseenheden'];
    return Array.isArray(besturen) && besturen.includes(bestuurId);
  });
}

function attachment(random: Random, name: string, time: number): StoredResource {
  return {
    type: 'files',
    id: random.uuid(),
    attributes: {
      filename: `${name}.pdf`,
      format: 'application/pdf',
      extension: 'pdf',
      size: random.int(30_000, 2_500_000),
      created: iso(time),
    },
    relationships: {},
  };
}

/** One conversation whose newest bericht was sent at `lastSent`; earlier berichten precede it. */
function conversation(ctx: SeedContext, bestuur: StoredResource, lastSent: number, serial: number, freshFromAbb: boolean): StoredResource[] {
  const { random, now } = ctx;
  const topic = random.pick(TOPICS);
  const year = now.getUTCFullYear();
  const dateLabel = new Date(lastSent - random.int(20, 60) * DAY).toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
  const values = {
    rule: random.pick(RULES),
    circular: random.pick(CIRCULARS),
    date: dateLabel,
    year: String(year),
    prevyear: String(year - 1),
    n: String(random.int(1, 12)),
  };
  const users = usersOf(ctx, bestuur.id);
  // Who wrote what, oldest first: ABB opens; a reply and a follow-up may come after.
  const turns: ('abb' | 'bestuur')[] = ['abb'];
  if (topic.reply && random.chance(0.6)) turns.push('bestuur');
  if (turns.length === 2 && random.chance(0.5)) turns.push('abb');
  if (freshFromAbb && turns[turns.length - 1] !== 'abb') turns.push('abb');

  const out: StoredResource[] = [];
  const berichtIds: string[] = [];
  let time = lastSent - (turns.length - 1) * random.int(2, 12) * DAY;
  turns.forEach((turn, index) => {
    const sent = index === turns.length - 1 ? lastSent : time;
    const fromAbb = turn === 'abb';
    const type = index === 0 ? topic.type : fromAbb ? random.pick(['Opvraging', 'Kennisgeving toezichtsbeslissing']) : 'Reactie';
    const files = random.chance(fromAbb ? 0.6 : 0.8) ? [attachment(random, `${type.toLowerCase().replace(/\s+/g, '-')}-${serial}-${index + 1}`, sent)] : [];
    const author = !fromAbb && users.length > 0 ? random.pick(users).id : null;
    const id = random.uuid();
    berichtIds.push(id);
    out.push(...files, {
      type: 'berichten',
      id,
      attributes: {
        verzonden: iso(sent),
        aangekomen: iso(sent + random.int(5, 600) * 1000),
        inhoud: fill(fromAbb ? (index === 0 ? topic.body : 'Geachte,\n\nWij danken u voor uw antwoord. Het dossier wordt verder behandeld.\n\nMet vriendelijke groeten,\nAgentschap Binnenlands Bestuur') : (topic.reply ?? ''), values),
        'type-communicatie': type,
      },
      relationships: {
        van: fromAbb ? ABB_ID : bestuur.id,
        naar: fromAbb ? bestuur.id : ABB_ID,
        auteur: author,
        bijlagen: files.map((file) => file.id),
      },
    });
    time = sent + random.int(2, 12) * DAY;
  });
  out.push({
    type: 'conversaties',
    id: random.uuid(),
    attributes: {
      dossiernummer: `ABB/${year - (lastSent < Date.UTC(year, 0, 1) ? 1 : 0)}/${String(1000 + serial * 7 + random.int(0, 6)).padStart(5, '0')}`,
      betreft: fill(topic.subject, values),
      'current-type-communicatie': topic.type,
      ...(topic.termijn ? { reactietermijn: topic.termijn } : {}),
    },
    relationships: { berichten: berichtIds, 'laatste-bericht': berichtIds[berichtIds.length - 1] ?? null },
  });
  // Everything of the conversation sits in the bestuur's messaging graph
  // (`…/organizations/<bestuur>/LoketLB-berichtenGebruiker`, config.ex o-messaging-rwf).
  for (const item of out) Object.assign(item, { owner: bestuur.id, graph: 'o-messaging-rwf' });
  return out;
}

export const messagesFamily: SeedFamily = {
  name: 'messages',
  seed(ctx) {
    const { random, now } = ctx;
    const out: StoredResource[] = [];
    if (!besturenIn(ctx).some((bestuur) => bestuur.id === ABB_ID)) {
      out.push({
        type: 'bestuurseenheden',
        id: ABB_ID,
        attributes: { naam: ABB_NAAM, 'mail-adres': 'binnenland@vlaanderen.be', uri: `http://data.lblod.info/id/bestuurseenheden/${ABB_ID}` },
        relationships: {},
      });
    }
    let serial = 0;
    for (const bestuur of besturenIn(ctx)) {
      if (bestuur.id === ABB_ID) continue;
      const first = bestuur.id === FIRST_GEMEENTE_ID;
      // A bit before "now", so the newest message is never from the future.
      const end = now.getTime() - random.int(10, 90) * 60_000;
      if (first) {
        // Fresh from ABB in the last days: what the bell announces.
        for (let n = 0; n < 4; n++) out.push(...conversation(ctx, bestuur, end - n * random.int(6, 20) * 3600_000, ++serial, true));
      }
      const older = first ? 36 : random.int(3, 9);
      for (let n = 0; n < older; n++) {
        out.push(...conversation(ctx, bestuur, end - random.int(5, 240) * DAY - random.int(0, 86_399) * 1000, ++serial, false));
      }
    }
    return out;
  },
};
