import { besturenIn, type SeedContext, type SeedFamily } from '../../../family.js';
import type { Random } from '../../../random.js';
import type { LanguageString, StoredResource } from '../../../schema.js';

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
  const { random, now } = context;
  const besturen = besturenIn(context);
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

export const servicesFamily: SeedFamily = {
  name: 'services',
  seed,
};
