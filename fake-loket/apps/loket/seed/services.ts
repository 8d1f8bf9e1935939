import type { CustomRoute, RouteContext, SeedContext, SeedFamily } from '../family.js';
import { jsonApi, muError, muNotFound, noContent, specError } from '../http.js';
import type { Random } from '../random.js';
import type { LanguageString, StoredResource, TypeDef } from '../schema.js';

/**
 * The public service catalogue (IPDC/LPDC instance snapshots) with its code lists, websites,
 * procedures, costs and contact points, plus what mu-cl-resources does not serve: the mu-search
 * endpoint `/public-services/search` and the bookmark routes.
 *
 * Every seeded service is made by the first bestuur (`created-by`), so other besturen show the
 * empty-catalogue state. A few records carry hostile data on purpose (script in descriptions,
 * `javascript:` URLs) so the sanitiser is exercised in demos, stories and tests.
 */

const CONCEPT_BASE = 'https://productencatalogus.data.vlaanderen.be/id/concept';

/** Scheme → code → Dutch label, as the Flemish product catalogue names them. */
export const SERVICE_CODE_LISTS = {
  Type: {
    FinancieleVerplichting: 'Financiële verplichting',
    Toelating: 'Toelating',
    Bewijs: 'Bewijs',
    Voorwerp: 'Voorwerp',
    AdviesBegeleiding: 'Advies en begeleiding',
    InfrastructuurMateriaal: 'Infrastructuur en materiaal',
    FinancieelVoordeel: 'Financieel voordeel',
  },
  Doelgroep: {
    Burger: 'Burger',
    Onderneming: 'Onderneming',
    Organisatie: 'Organisatie',
    VlaamseOverheid: 'Vlaamse overheid',
    LokaalBestuur: 'Lokaal bestuur',
    Vereniging: 'Vereniging',
  },
  Thema: {
    BurgerOverheid: 'Burger en overheid',
    CultuurSportVrijeTijd: 'Cultuur, sport en vrije tijd',
    EconomieWerk: 'Economie en werk',
    MilieuEnergie: 'Milieu en energie',
    MobiliteitOpenbareWerken: 'Mobiliteit en openbare werken',
    OnderwijsWetenschap: 'Onderwijs en wetenschap',
    WelzijnGezondheid: 'Welzijn en gezondheid',
    BouwenWonen: 'Bouwen en wonen',
  },
  BevoegdBestuursniveau: {
    Europees: 'Europese overheid',
    Federaal: 'Federale overheid',
    Vlaams: 'Vlaamse overheid',
    Provinciaal: 'Provinciale overheid',
    Lokaal: 'Lokale overheid',
  },
  UitvoerendBestuursniveau: {
    Europees: 'Europese overheid',
    Federaal: 'Federale overheid',
    Vlaams: 'Vlaamse overheid',
    Provinciaal: 'Provinciale overheid',
    Lokaal: 'Lokale overheid',
    Derden: 'Derden',
  },
} as const;

type Scheme = keyof typeof SERVICE_CODE_LISTS;

export function conceptUri(scheme: Scheme, code: string): string {
  return `${CONCEPT_BASE}/${scheme}/${code}`;
}

const nl = (content: string): LanguageString[] => [{ content, language: 'nl' }];

const types: TypeDef[] = [
  {
    type: 'public-services',
    attributes: {
      name: 'language-string-set',
      description: 'language-string-set',
      'additional-description': 'language-string-set',
      keyword: 'language-string-set',
      regulations: 'language-string-set',
      exceptions: 'language-string-set',
      'start-date': 'datetime',
      'end-date': 'datetime',
      'date-modified': 'datetime',
      'is-archived': 'boolean',
      'product-id': 'string',
    },
    relationships: {
      type: { type: 'concepts' },
      'competent-authority': { type: 'bestuurseenheden', many: true },
      'created-by': { type: 'bestuurseenheden' },
      'target-audiences': { type: 'concepts', many: true },
      'thematic-areas': { type: 'concepts', many: true },
      'competent-authority-levels': { type: 'concepts', many: true },
      'executing-authority-levels': { type: 'concepts', many: true },
      websites: { type: 'websites', many: true },
      procedures: { type: 'procedures', many: true },
      costs: { type: 'costs', many: true },
      'contact-points': { type: 'contact-points', many: true },
      language: { type: 'concepts' },
    },
    required: ['name'],
  },
  {
    type: 'concepts',
    attributes: { label: 'string' },
    relationships: {
      broader: { type: 'concepts' },
      narrower: { type: 'concepts', many: true, inverse: 'broader' },
      'concept-schemes': { type: 'concept-schemes', many: true },
    },
  },
  {
    type: 'concept-schemes',
    attributes: { label: 'string' },
    relationships: { concepts: { type: 'concepts', many: true, inverse: 'concept-schemes' } },
  },
  {
    type: 'websites',
    attributes: { title: 'language-string-set', description: 'language-string-set', url: 'string' },
    relationships: {},
  },
  {
    type: 'procedures',
    attributes: { title: 'language-string-set', description: 'language-string-set' },
    relationships: { websites: { type: 'websites', many: true } },
  },
  {
    type: 'costs',
    attributes: { title: 'language-string-set', description: 'language-string-set' },
    relationships: {},
  },
  {
    type: 'contact-points',
    attributes: { email: 'string', telephone: 'string', url: 'string', 'opening-hours': 'string' },
    relationships: {},
  },
  {
    type: 'bookmarks',
    attributes: { created: 'datetime' },
    relationships: { 'public-service': { type: 'public-services' }, owner: { type: 'accounts' } },
  },
];

// ---------------------------------------------------------------------------------------------
// Vocabulary for names and descriptions. Words with diacritics are there on purpose: the finder
// must match "premie cafe" with "Premie café".

interface Subject {
  word: string;
  thema: keyof (typeof SERVICE_CODE_LISTS)['Thema'];
  keywords: string[];
}

const SUBJECTS: Subject[] = [
  { word: 'identiteitskaart', thema: 'BurgerOverheid', keywords: ['eID', 'kids-ID', 'identiteit'] },
  { word: 'reispas', thema: 'BurgerOverheid', keywords: ['paspoort', 'reizen'] },
  { word: 'adreswijziging', thema: 'BurgerOverheid', keywords: ['verhuizen', 'domicilie'] },
  { word: 'huwelijk', thema: 'BurgerOverheid', keywords: ['trouwen', 'burgerlijke stand'] },
  { word: 'samenwoning', thema: 'BurgerOverheid', keywords: ['wettelijke samenwoning'] },
  { word: 'naamsverandering', thema: 'BurgerOverheid', keywords: ['voornaam', 'akte'] },
  { word: 'nationaliteit', thema: 'BurgerOverheid', keywords: ['Belg', 'België'] },
  { word: 'verkiezingen', thema: 'BurgerOverheid', keywords: ['kiezen', 'volmacht'] },
  { word: 'evenement', thema: 'CultuurSportVrijeTijd', keywords: ['fuif', 'festival', 'buurtfeest'] },
  { word: 'jeugdwerking', thema: 'CultuurSportVrijeTijd', keywords: ['jeugdbeweging', 'speelplein'] },
  { word: 'sportkamp', thema: 'CultuurSportVrijeTijd', keywords: ['vakantie', 'sport'] },
  { word: 'cultuurcentrum', thema: 'CultuurSportVrijeTijd', keywords: ['theater', 'zaalhuur'] },
  { word: 'bibliotheek', thema: 'CultuurSportVrijeTijd', keywords: ['lidkaart', 'boeken'] },
  { word: 'café', thema: 'EconomieWerk', keywords: ['horeca', 'drankgelegenheid'] },
  { word: 'terras', thema: 'EconomieWerk', keywords: ['horeca', 'openbaar domein'] },
  { word: 'markt', thema: 'EconomieWerk', keywords: ['ambulante handel', 'standplaats'] },
  { word: 'kinderopvang', thema: 'WelzijnGezondheid', keywords: ['crèche', 'onthaalouder'] },
  { word: 'leefloon', thema: 'WelzijnGezondheid', keywords: ['OCMW', 'inkomen'] },
  { word: 'thuiszorg', thema: 'WelzijnGezondheid', keywords: ['zorg', 'senioren'] },
  { word: 'mantelzorg', thema: 'WelzijnGezondheid', keywords: ['zorgpremie', 'mantelzorger'] },
  { word: 'reïntegratie', thema: 'WelzijnGezondheid', keywords: ['activering', 'werk'] },
  { word: 'zonnepanelen', thema: 'MilieuEnergie', keywords: ['energie', 'zonne-energie'] },
  { word: 'dakisolatie', thema: 'MilieuEnergie', keywords: ['isolatie', 'energiebesparing'] },
  { word: 'regenwaterput', thema: 'MilieuEnergie', keywords: ['water', 'hemelwater'] },
  { word: 'grofvuil', thema: 'MilieuEnergie', keywords: ['afval', 'recyclagepark'] },
  { word: 'compostvat', thema: 'MilieuEnergie', keywords: ['afval', 'tuin'] },
  { word: 'bewonerskaart', thema: 'MobiliteitOpenbareWerken', keywords: ['parkeren', 'parkeerkaart'] },
  { word: 'inname openbaar domein', thema: 'MobiliteitOpenbareWerken', keywords: ['container', 'stelling'] },
  { word: 'fietsstalling', thema: 'MobiliteitOpenbareWerken', keywords: ['fiets', 'mobiliteit'] },
  { word: 'wegenwerken', thema: 'MobiliteitOpenbareWerken', keywords: ['signalisatie', 'hinder'] },
  { word: 'studietoelage', thema: 'OnderwijsWetenschap', keywords: ['school', 'studiebeurs'] },
  { word: 'schoolvervoer', thema: 'OnderwijsWetenschap', keywords: ['leerlingenvervoer', 'bus'] },
  { word: 'naschoolse opvang', thema: 'OnderwijsWetenschap', keywords: ['buitenschoolse opvang', 'kinderen'] },
  { word: 'omgevingsvergunning', thema: 'BouwenWonen', keywords: ['bouwen', 'verbouwen'] },
  { word: 'renovatie', thema: 'BouwenWonen', keywords: ['verbouwing', 'woning'] },
  { word: 'huurwoning', thema: 'BouwenWonen', keywords: ['sociale huur', 'wonen'] },
  { word: 'stedenbouwkundig attest', thema: 'BouwenWonen', keywords: ['bouwen', 'attest'] },
  { word: 'conformiteitsattest', thema: 'BouwenWonen', keywords: ['woningkwaliteit', 'verhuur'] },
];

type TypeCode = keyof (typeof SERVICE_CODE_LISTS)['Type'];

const NAME_PATTERNS: { type: TypeCode; pattern: (subject: string) => string }[] = [
  { type: 'Toelating', pattern: (s) => `Vergunning voor ${s}` },
  { type: 'Toelating', pattern: (s) => `Melding van ${s}` },
  { type: 'FinancieelVoordeel', pattern: (s) => `Premie voor ${s}` },
  { type: 'FinancieelVoordeel', pattern: (s) => `Subsidie voor ${s}` },
  { type: 'Bewijs', pattern: (s) => `Attest van ${s}` },
  { type: 'Bewijs', pattern: (s) => `Uittreksel over ${s}` },
  { type: 'FinancieleVerplichting', pattern: (s) => `Belasting op ${s}` },
  { type: 'FinancieleVerplichting', pattern: (s) => `Retributie voor ${s}` },
  { type: 'Voorwerp', pattern: (s) => `Aanvraag ${s}` },
  { type: 'AdviesBegeleiding', pattern: (s) => `Advies over ${s}` },
  { type: 'AdviesBegeleiding', pattern: (s) => `Begeleiding bij ${s}` },
  { type: 'InfrastructuurMateriaal', pattern: (s) => `Ontlening van materiaal voor ${s}` },
];

const QUALIFIERS = [
  '',
  'voor jongeren',
  'voor senioren',
  'voor gezinnen',
  'voor zelfstandigen',
  'voor verenigingen',
  'in deelgemeenten',
  'dringende procedure',
  'digitaal',
  'met spoed',
  'tijdelijk',
  'voor personen met een beperking',
  'voor nieuwe inwoners',
  'bij overlijden',
  'voor scholen',
  'voor landbouwers',
  'voor buurtcomités',
  'in het centrum',
  'voor grote gezinnen',
  'voor starters',
  'voor eigenaars',
  'voor huurders',
  'zomerregeling',
  'winterregeling',
];

const HOSTILE_DESCRIPTIONS = [
  '<p>Let op<script>alert("xss")</script> deze dienst.</p><img src="x" onerror="alert(1)">',
  '<p>Klik <a href="javascript:alert(1)">hier</a> of <a href="https://www.vlaanderen.be/">vlaanderen.be</a>.</p>',
  '<p onclick="alert(1)">Meer <iframe src="https://evil.example/"></iframe>info.</p><style>body{display:none}</style>',
];

const OPENINGS = [
  (name: string, subject: Subject) => `Met <strong>${name.toLowerCase()}</strong> ondersteunt het bestuur inwoners rond ${subject.word}.`,
  (name: string, subject: Subject) => `<strong>${name}</strong>: alles wat u moet weten over ${subject.word} en ${subject.keywords[0]}.`,
  (_name: string, subject: Subject) => `Wilt u iets regelen rond ${subject.word}? Dan is deze dienst geschikt.`,
  (name: string, subject: Subject) => `De gemeente biedt ${name.toLowerCase()} aan, in samenwerking met partners voor ${subject.keywords.join(' en ')}.`,
  (_name: string, subject: Subject) => `Hier vindt u informatie over ${subject.keywords.at(-1)} en de stappen die nodig zijn.`,
];

const STEPS = [
  'Vul het aanvraagformulier in.',
  'Voeg de nodige bewijsstukken toe.',
  'Bezorg uw aanvraag aan het loket.',
  'U ontvangt binnen 30 dagen een beslissing.',
  'Betaal de retributie via overschrijving.',
  'Maak online een afspraak.',
  'Breng uw identiteitskaart mee.',
  'Het college neemt een besluit.',
  'Na goedkeuring volgt een bevestiging per e-mail.',
];

function description(random: Random, name: string, subject: Subject): string {
  const steps = random.sample(STEPS, random.int(1, 4));
  const link = random.chance(0.5)
    ? `<p>Meer informatie vindt u op <a href="https://www.vlaanderen.be/${encodeURIComponent(subject.word.replace(/\s+/g, '-'))}">vlaanderen.be</a>.</p>`
    : '';
  return `<p>${random.pick(OPENINGS)(name, subject)}</p><ul>${steps.map((step) => `<li>${step}</li>`).join('')}</ul>${link}`;
}

function isoDay(now: Date, daysBack: number): string {
  return new Date(now.getTime() - daysBack * 86_400_000).toISOString();
}

function seed(context: SeedContext): StoredResource[] {
  const { random, now, besturen } = context;
  const out: StoredResource[] = [];
  const conceptIds: Record<string, string> = {};

  for (const [scheme, codes] of Object.entries(SERVICE_CODE_LISTS)) {
    const schemeId = random.uuid();
    out.push({
      type: 'concept-schemes',
      id: schemeId,
      attributes: { uri: `${CONCEPT_BASE}/${scheme}`, label: scheme },
      relationships: {},
    });
    for (const [code, label] of Object.entries(codes)) {
      const id = random.uuid();
      conceptIds[`${scheme}/${code}`] = id;
      out.push({
        type: 'concepts',
        id,
        attributes: { uri: conceptUri(scheme as Scheme, code), label },
        relationships: { 'concept-schemes': [schemeId], broader: null },
      });
    }
  }
  const concept = (scheme: Scheme, code: string): string => conceptIds[`${scheme}/${code}`]!;
  const codes = (scheme: Scheme): string[] => Object.keys(SERVICE_CODE_LISTS[scheme]);

  const owner = besturen[0];
  const authorities = besturen.slice(0, 4).map((bestuur) => bestuur.id);
  const count = context.size.services;

  for (let index = 0; index < count; index++) {
    // Subjects and patterns interleave, so even a small catalogue has every kind of service;
    // within a block of subjects × patterns every pair occurs once, so names stay unique.
    const block = SUBJECTS.length * NAME_PATTERNS.length;
    const subjectIndex = index % SUBJECTS.length;
    const subject = SUBJECTS[subjectIndex]!;
    const shape = NAME_PATTERNS[(subjectIndex + Math.floor((index % block) / SUBJECTS.length)) % NAME_PATTERNS.length]!;
    const qualifier = QUALIFIERS[Math.floor(index / block) % QUALIFIERS.length]!;
    const round = Math.floor(index / (block * QUALIFIERS.length));
    const base = shape.pattern(subject.word);
    const name = [base, qualifier, round > 0 ? `(${round + 1})` : ''].filter(Boolean).join(' ');
    const id = random.uuid();

    const websites: string[] = [];
    for (let w = 0, n = random.int(0, 2); w < n; w++) {
      const websiteId = random.uuid();
      const hostile = index % 53 === 7 && w === 0;
      out.push({
        type: 'websites',
        id: websiteId,
        attributes: {
          title: nl(w === 0 ? `Online aanvragen: ${base}` : `Meer informatie over ${subject.word}`),
          url: hostile ? 'javascript:alert(document.cookie)' : `https://www.vlaanderen.be/${subject.word.replace(/\s+/g, '-')}/${index}-${w}`,
        },
        relationships: {},
      });
      websites.push(websiteId);
    }

    const procedures: string[] = [];
    if (random.chance(0.7)) {
      const procedureWebsite = random.uuid();
      out.push({
        type: 'websites',
        id: procedureWebsite,
        attributes: { title: nl('Formulier'), url: `https://loket.example.be/formulieren/${index}` },
        relationships: {},
      });
      const procedureId = random.uuid();
      out.push({
        type: 'procedures',
        id: procedureId,
        attributes: {
          title: nl('Procedure'),
          description: nl('<p>Dien uw aanvraag in via het e-loket of aan de balie van het gemeentehuis.</p>'),
        },
        relationships: { websites: [procedureWebsite] },
      });
      procedures.push(procedureId);
    }

    const costs: string[] = [];
    if (shape.type === 'FinancieleVerplichting' || random.chance(0.3)) {
      const costId = random.uuid();
      out.push({
        type: 'costs',
        id: costId,
        attributes: { title: nl('Kostprijs'), description: nl(`<p>De kostprijs bedraagt € ${random.int(5, 150)}.</p>`) },
        relationships: {},
      });
      costs.push(costId);
    }

    const contacts: string[] = [];
    if (random.chance(0.8)) {
      const contactId = random.uuid();
      out.push({
        type: 'contact-points',
        id: contactId,
        attributes: {
          email: `dienst${index}@gemeente.example.be`,
          telephone: `+32 9 ${random.int(200, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
          url: 'https://www.gemeente.example.be/contact',
          'opening-hours': 'Ma–vr 9–12 uur, do ook 14–19 uur',
        },
        relationships: {},
      });
      contacts.push(contactId);
    }

    const hostileDescription = index % 97 === 13 ? HOSTILE_DESCRIPTIONS[index % HOSTILE_DESCRIPTIONS.length] : undefined;
    const attributes: Record<string, unknown> = {
      uri: `http://data.lblod.info/id/public-service/${id}`,
      name: index % 10 === 3 ? [...nl(name), { content: `${name} (EN)`, language: 'en' }] : nl(name),
      description: nl(hostileDescription ?? description(random, name, subject)),
      keyword: subject.keywords.map((keyword) => ({ content: keyword, language: 'nl' })),
      'date-modified': isoDay(now, random.int(0, 720)),
      'start-date': isoDay(now, random.int(720, 2000)),
      'is-archived': random.chance(0.05),
      'product-id': String(1000 + index),
    };
    if (random.chance(0.4)) attributes['regulations'] = nl(`<p>Reglement over ${subject.word}, goedgekeurd door de gemeenteraad.</p>`);
    if (random.chance(0.2)) attributes['exceptions'] = nl('<p>Uitzonderingen gelden voor personen met een leefloon.</p>');
    if (random.chance(0.2)) attributes['additional-description'] = nl(`Gerelateerd aan ${subject.keywords[0]}.`);

    out.push({
      type: 'public-services',
      id,
      attributes,
      relationships: {
        type: concept('Type', shape.type),
        'thematic-areas': [concept('Thema', subject.thema), ...(random.chance(0.2) ? [concept('Thema', random.pick(codes('Thema')))] : [])].filter(
          (value, position, all) => all.indexOf(value) === position,
        ),
        'target-audiences': random.sample(codes('Doelgroep'), random.int(1, 2)).map((code) => concept('Doelgroep', code)),
        'competent-authority-levels': [concept('BevoegdBestuursniveau', random.chance(0.6) ? 'Lokaal' : random.pick(codes('BevoegdBestuursniveau')))],
        'executing-authority-levels': [concept('UitvoerendBestuursniveau', random.chance(0.7) ? 'Lokaal' : random.pick(codes('UitvoerendBestuursniveau')))],
        'competent-authority': authorities.length > 0 ? [random.pick(authorities)] : [],
        'created-by': owner?.id ?? null,
        websites,
        procedures,
        costs,
        'contact-points': contacts,
        language: null,
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// mu-search: `GET /public-services/search`

const SEARCH_PAGE_SIZE = 10;

interface SearchDocument {
  record: StoredResource;
  attributes: Record<string, unknown>;
  /** Lower-cased, diacritic-free text per search field name. */
  fields: Record<string, string>;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

function contentsOf(value: unknown): LanguageString[] {
  return Array.isArray(value) ? (value as LanguageString[]).filter((entry) => typeof entry?.content === 'string') : [];
}

function byLanguage(value: unknown, html = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of contentsOf(value)) {
    const language = (entry.language ?? 'nl').split('-')[0]!;
    out[language] = html ? stripTags(entry.content) : entry.content;
  }
  return out;
}

/** A mu-search document: camelCase keys, nested code-list objects, as the LPDC search config indexes them. */
function toSearchDocument(record: StoredResource, context: RouteContext): SearchDocument {
  const concepts = (name: string): { uuid: string; uri: string; label: string }[] => {
    const value = record.relationships[name];
    const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const table = context.store.get('concepts');
    return ids.flatMap((id) => {
      const found = table?.get(id);
      return found ? [{ uuid: id, uri: String(found.attributes['uri']), label: String(found.attributes['label'] ?? '') }] : [];
    });
  };
  const name = byLanguage(record.attributes['name']);
  const description = byLanguage(record.attributes['description']);
  const keywords = contentsOf(record.attributes['keyword']).map((entry) => entry.content);
  const thematicAreas = concepts('thematic-areas');
  const authorityIds = record.relationships['competent-authority'];
  const attributes: Record<string, unknown> = {
    uuid: record.id,
    uri: record.attributes['uri'],
    name,
    description,
    keywords,
    dateModified: record.attributes['date-modified'],
    isArchived: record.attributes['is-archived'] === true,
    productId: record.attributes['product-id'],
    type: concepts('type')[0],
    thematicAreas,
    targetAudiences: concepts('target-audiences'),
    competentAuthorityLevels: concepts('competent-authority-levels'),
    executingAuthorityLevels: concepts('executing-authority-levels'),
    competentAuthority: (Array.isArray(authorityIds) ? authorityIds : []).map((id) => {
      const bestuur = context.store.get('bestuurseenheden')?.get(id);
      return { uuid: id, name: bestuur ? String(bestuur.attributes['naam'] ?? '') : '' };
    }),
    createdBy: typeof record.relationships['created-by'] === 'string' ? { uuid: record.relationships['created-by'] } : undefined,
  };
  const fields: Record<string, string> = {
    'thematicAreas.label': fold(thematicAreas.map((area) => area.label).join(' ')),
    keywords: fold(keywords.join(' ')),
  };
  for (const [language, text] of Object.entries(name)) fields[`name.${language}`] = fold(text);
  for (const [language, text] of Object.entries(description)) fields[`description.${language}`] = fold(stripTags(text));
  return { record, attributes, fields };
}

/** Value(s) at a dotted path of a search document, flattening arrays of nested objects. */
function valuesAt(attributes: Record<string, unknown>, path: string): string[] {
  let current: unknown[] = [attributes];
  for (const key of path.split('.')) {
    current = current.flatMap((node) => {
      if (node === null || typeof node !== 'object') return [];
      const next = (node as Record<string, unknown>)[key];
      return Array.isArray(next) ? next : next === undefined ? [] : [next];
    });
  }
  return current.filter((value) => typeof value !== 'object' || value === null).map(String);
}

/**
 * Simple query string, the subset the finder uses: words are ANDed, `word*` is a prefix, `-word`
 * excludes, `field^n` boosts. Scores are the summed boosts of the fields a word was found in.
 */
function sqsScore(document: SearchDocument, fieldSpecs: string[], query: string): number {
  const fields = fieldSpecs.map((spec) => {
    const [name, boost] = spec.split('^');
    return { name: name!, boost: Number(boost ?? 1) || 1 };
  });
  const words = fold(query)
    .split(/[\s+|()"]+/)
    .filter(Boolean);
  let score = 0;
  for (const raw of words) {
    const negated = raw.startsWith('-');
    const prefix = raw.endsWith('*');
    const word = raw.replace(/^-/, '').replace(/\*$/, '');
    if (word === '') continue;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${prefix ? '' : '($|[^\\p{L}\\p{N}])'}`, 'u');
    let wordScore = 0;
    for (const field of fields) {
      const text = field.name.includes('*')
        ? Object.entries(document.fields)
            .filter(([key]) => key.startsWith(field.name.replace('*', '')))
            .map(([, value]) => value)
            .join(' ')
        : (document.fields[field.name] ?? '');
      if (pattern.test(text)) wordScore += field.boost;
    }
    if (negated ? wordScore > 0 : wordScore === 0) return 0;
    score += wordScore;
  }
  return words.length === 0 ? 1 : score;
}

function searchRoute(context: RouteContext): Response {
  const params = context.url.searchParams;
  let documents = [...(context.store.get('public-services')?.values() ?? [])].map((record) => toSearchDocument(record, context));
  const scores = new Map<SearchDocument, number>();
  for (const [key, value] of params) {
    const match = /^filter\[(?::([a-z-]+):)?([^\]]+)\]$/.exec(key);
    if (!match) continue;
    const [, operator, field] = match as unknown as [string, string | undefined, string];
    if (operator === 'sqs') {
      documents = documents.filter((document) => {
        const score = sqsScore(document, field.split(','), value);
        if (score > 0) scores.set(document, (scores.get(document) ?? 0) + score);
        return score > 0;
      });
    } else if (operator === undefined || operator === 'term' || operator === 'terms') {
      const wanted = operator === 'terms' ? value.split(',') : [value];
      documents = documents.filter((document) => {
        const values = valuesAt(document.attributes, field);
        return operator === undefined && !field.endsWith('uri') && !field.endsWith('uuid') && field !== 'isArchived'
          ? values.some((candidate) => fold(candidate).includes(fold(value)))
          : values.some((candidate) => wanted.includes(candidate));
      });
    } else if (operator === 'has' || operator === 'has-no') {
      documents = documents.filter((document) => (valuesAt(document.attributes, field).length > 0) === (operator === 'has'));
    } else {
      return specError(400, `Unknown filter operator :${operator}:`);
    }
  }
  const sortEntry = [...params].find(([key]) => /^sort\[[^\]]+\]$/.test(key));
  if (sortEntry) {
    const field = sortEntry[0].slice(5, -1);
    const direction = sortEntry[1] === 'desc' ? -1 : 1;
    documents.sort((a, b) => direction * (valuesAt(a.attributes, field)[0] ?? '').localeCompare(valuesAt(b.attributes, field)[0] ?? ''));
  } else if (scores.size > 0) {
    documents.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  }
  const size = Math.max(1, Math.min(100, Number(params.get('page[size]') ?? SEARCH_PAGE_SIZE) || SEARCH_PAGE_SIZE));
  const number = Math.max(0, Number(params.get('page[number]') ?? 0) || 0);
  const last = Math.max(0, Math.ceil(documents.length / size) - 1);
  const pageLink = (page: number): string => {
    const url = new URL(context.url.href);
    url.searchParams.set('page[number]', String(page));
    url.searchParams.set('page[size]', String(size));
    return `${url.pathname}${url.search}`;
  };
  const links: Record<string, string> = { self: pageLink(number), first: pageLink(0), last: pageLink(last) };
  if (number > 0) links['prev'] = pageLink(number - 1);
  if (number < last) links['next'] = pageLink(number + 1);
  return jsonApi({
    count: documents.length,
    data: documents.slice(number * size, number * size + size).map((document) => ({
      type: 'public-services',
      id: document.record.id,
      attributes: JSON.parse(JSON.stringify(document.attributes)) as unknown,
    })),
    links,
  });
}

// ---------------------------------------------------------------------------------------------
// Bookmarks: per account, only with a session.

function bookmarksOf(context: RouteContext): StoredResource[] {
  const accountId = context.session?.accountId;
  return [...(context.store.get('bookmarks')?.values() ?? [])].filter((bookmark) => bookmark.relationships['owner'] === accountId);
}

function bookmarkResource(bookmark: StoredResource, context: RouteContext): unknown {
  const resource = context.toResource(bookmark) as { relationships?: Record<string, unknown> };
  resource.relationships = {
    ...resource.relationships,
    'public-service': {
      links: { related: `/bookmarks/${bookmark.id}/public-service` },
      data: bookmark.relationships['public-service'] ? { type: 'public-services', id: bookmark.relationships['public-service'] } : null,
    },
  };
  return resource;
}

const noSession = (): Response => specError(400, 'Session header is missing');

const routes: CustomRoute[] = [
  { method: 'GET', pattern: /^\/public-services\/search\/?$/, handle: (context) => searchRoute(context) },
  {
    method: 'GET',
    pattern: /^\/bookmarks\/?$/,
    handle(context) {
      if (!context.session) return noSession();
      const bookmarks = bookmarksOf(context);
      return jsonApi({
        links: { self: '/bookmarks' },
        data: bookmarks.map((bookmark) => bookmarkResource(bookmark, context)),
        meta: { count: bookmarks.length },
      });
    },
  },
  {
    method: 'POST',
    pattern: /^\/public-services\/(?<id>[^/]+)\/bookmarks\/?$/,
    handle(context, params) {
      if (!context.session) return noSession();
      const serviceId = params['id']!;
      if (!context.store.get('public-services')?.has(serviceId)) return muNotFound();
      const existing = bookmarksOf(context).find((bookmark) => bookmark.relationships['public-service'] === serviceId);
      if (existing) return jsonApi({ data: bookmarkResource(existing, context) }, 200);
      const bookmark: StoredResource = {
        type: 'bookmarks',
        id: context.random.uuid(),
        attributes: { created: context.now().toISOString() },
        relationships: { 'public-service': serviceId, owner: context.session.accountId },
      };
      let table = context.store.get('bookmarks');
      if (!table) context.store.set('bookmarks', (table = new Map()));
      table.set(bookmark.id, bookmark);
      return jsonApi({ data: bookmarkResource(bookmark, context) }, 201, { Location: `/bookmarks/${bookmark.id}` });
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/bookmarks\/(?<id>[^/]+)\/?$/,
    handle(context, params) {
      if (!context.session) return noSession();
      const table = context.store.get('bookmarks');
      const bookmark = table?.get(params['id']!);
      if (!bookmark) return muNotFound();
      if (bookmark.relationships['owner'] !== context.session.accountId) return muError(403, 'Access for bookmarks was denied');
      table!.delete(bookmark.id);
      return noContent();
    },
  },
];

export const servicesFamily: SeedFamily = {
  name: 'services',
  types,
  seed,
  routes,
  writeRole: 'LoketLB-LPDCGebruiker',
};
