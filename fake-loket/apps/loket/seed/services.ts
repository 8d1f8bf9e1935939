/**
 * The Loket's service catalogue (lblod/app-digitaal-loket `config/resources/ipdc.lisp`): IPDC
 * instance snapshots of the Flemish government FOR local governments, as the IPDC LDES feed puts
 * them in `http://mu.semte.ch/graphs/ipdc/ldes-data`, with their websites and procedures, and the
 * code lists the "Digitale dienstverlening" page filters on (ipdc-codelists.ts).
 *
 * `size.services` records: first the Loket's own modules (well-known-services.ts), then generated
 * services (services-vocabulary.ts). Some never show on the real page, on purpose: archived, ended
 * (`end-date` in the past), unpublished (no `date-published`), executed by another level or not
 * aimed at local governments. A few carry hostile data (script in descriptions, `javascript:`
 * URLs) so the sanitiser is exercised in demos, stories and tests.
 *
 * Nothing here is LPDC: no `created-by`, costs or contact points (the Loket's domain has none).
 */
import type { SeedContext, SeedFamily } from '../../../family.js';
import type { LanguageString, StoredResource } from '../../../schema.js';
import { CLASSIFICATIE_BASE } from '../../../world.js';
import { CLASSIFICATION_SCHEME_ID, record } from '../../shared/besturen.js';
import {
  BEVOEGD_BESTUURSNIVEAU,
  DOELGROEP,
  IPDC_ORGANISATIES,
  IPDC_THEMA,
  IPDC_TYPE,
  MORE_CLASSIFICATIONS,
  THEMA_FILTER,
  TYPE_FILTER,
  UITVOEREND_BESTUURSNIVEAU,
  conceptId,
  type FilterConcept,
  type SeedScheme,
} from './ipdc-codelists.js';
import { CONTEXTS, QUALIFIERS, STEPS, TEMPLATES, UNITS, type ServiceTemplate, type UnitKey } from './services-vocabulary.js';
import { WELL_KNOWN_SERVICES, type WellKnownService } from './well-known-services.js';

export { DOELGROEP, IPDC_ORGANISATIES, THEMA_FILTER, TYPE_FILTER, UITVOEREND_BESTUURSNIVEAU } from './ipdc-codelists.js';

/** IPDC instance URIs, as the LDES feed names the snapshots (and the bookmark defaults name them). */
export const INSTANCE_BASE = 'https://ipdc.vlaanderen.be/id/instantie/';

const nl = (content: string): LanguageString[] => [{ content, language: 'nl' }];
/** Titles come in the formal and the generated informal Dutch variants too, as in IPDC. */
const title = (content: string): LanguageString[] => [
  { content, language: 'nl' },
  { content, language: 'nl-be-x-formal' },
  { content, language: 'nl-be-x-generated-informal' },
];

const HOSTILE_DESCRIPTIONS = [
  '<p>Let op<script>alert("xss")</script> deze dienst.</p><img src="x" onerror="alert(1)">',
  '<p>Klik <a href="javascript:alert(1)">hier</a> of <a href="https://www.vlaanderen.be/">vlaanderen.be</a>.</p>',
  '<p onclick="alert(1)">Meer <iframe src="https://evil.example/"></iframe>info.</p><style>body{display:none}</style>',
];

const day = 86_400_000;

function schemeRecords(scheme: SeedScheme, top = true): StoredResource[] {
  const out = [record('concept-schemes', scheme.id, { uri: scheme.uri, label: scheme.label })];
  for (const concept of scheme.concepts) {
    const relationships: StoredResource['relationships'] = { 'concept-schemes': [scheme.id], 'top-concept-schemes': top ? [scheme.id] : [] };
    out.push(record('concepts', concept.id, { uri: scheme.base + concept.code, label: concept.label }, relationships));
  }
  return out;
}

/** An app-internal filter scheme: top concepts that are `skos:narrower` of IPDC concepts. */
function filterSchemeRecords(scheme: SeedScheme & { concepts: readonly FilterConcept[] }, narrowerOf: SeedScheme): StoredResource[] {
  const out = schemeRecords(scheme);
  for (const concept of scheme.concepts) {
    const stored = out.find((candidate) => candidate.id === concept.id)!;
    stored.relationships['narrower'] = concept.narrower.map((code) => conceptId(narrowerOf, code));
  }
  return out;
}

function codeLists(context: SeedContext): StoredResource[] {
  const out = [
    ...schemeRecords(IPDC_TYPE),
    ...schemeRecords(IPDC_THEMA),
    ...schemeRecords(DOELGROEP),
    ...schemeRecords(UITVOEREND_BESTUURSNIVEAU),
    ...schemeRecords(BEVOEGD_BESTUURSNIVEAU),
    ...schemeRecords(IPDC_ORGANISATIES),
    ...filterSchemeRecords(TYPE_FILTER, IPDC_TYPE),
    ...filterSchemeRecords(THEMA_FILTER, IPDC_THEMA),
  ];
  // Classification codes no bestuur of the world has: one URI, two rdf:types, as the base family seeds them.
  const known = context.store.get('bestuurseenheid-classificatie-codes');
  for (const code of MORE_CLASSIFICATIONS) {
    if (known?.has(code.id)) continue;
    const uri = CLASSIFICATIE_BASE + code.id;
    out.push(record('bestuurseenheid-classificatie-codes', code.id, { uri, label: code.label }));
    out.push(record('concepts', code.id, { uri, label: code.label }, { 'concept-schemes': [CLASSIFICATION_SCHEME_ID], 'top-concept-schemes': [CLASSIFICATION_SCHEME_ID] }));
  }
  return out;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Built {
  service: StoredResource;
  related: StoredResource[];
}

/** What every snapshot shares: audience, levels, and the ids of its concepts. */
function relationshipsOf(type: string, themes: readonly string[], authority: string, units: readonly UnitKey[]): StoredResource['relationships'] {
  return {
    type: conceptId(IPDC_TYPE, type),
    'competent-authority': conceptId(IPDC_ORGANISATIES, authority),
    'thematic-areas': themes.map((code) => conceptId(IPDC_THEMA, code)),
    'target-audiences': [conceptId(DOELGROEP, 'LokaalBestuur')],
    'executing-authority-levels': [conceptId(UITVOEREND_BESTUURSNIVEAU, 'Vlaams')],
    'competent-authority-levels': [conceptId(BEVOEGD_BESTUURSNIVEAU, 'Vlaams')],
    'relevant-administrative-units': [...new Set(units)].map((unit) => UNITS[unit]),
    language: [],
    websites: [],
    procedures: [],
  };
}

function linkRecords(context: SeedContext, built: Built, websites: readonly { title: string; url: string }[], procedures: readonly { title: string; description: string; websites: readonly { title: string; url: string }[] }[]): void {
  const { random } = context;
  const website = (item: { title: string; url: string }) => {
    const stored = record('websites', random.uuid(), { title: nl(item.title), url: item.url });
    built.related.push(stored);
    return stored.id;
  };
  built.service.relationships['websites'] = websites.map(website);
  built.service.relationships['procedures'] = procedures.map((procedure) => {
    const stored = record('procedures', random.uuid(), { title: nl(procedure.title), description: nl(procedure.description) }, { websites: procedure.websites.map(website) });
    built.related.push(stored);
    return stored.id;
  });
}

function wellKnown(context: SeedContext, service: WellKnownService): Built {
  const attributes: Record<string, unknown> = {
    uri: INSTANCE_BASE + service.instance,
    name: title(service.name),
    description: nl(service.description),
    'date-created': service.dateCreated,
    'date-modified': service.dateModified,
    'date-published': service.dateModified,
    'start-date': service.dateCreated,
    'is-archived': false,
    'product-id': service.productId,
    concept: `https://ipdc.vlaanderen.be/id/concept/${service.instance}`,
  };
  if (service.additionalDescription) attributes['additional-description'] = nl(service.additionalDescription);
  if (service.exceptions) attributes['exceptions'] = nl(service.exceptions);
  const built: Built = { service: record('public-services', service.id, attributes, relationshipsOf(service.type, service.themes, service.authority, service.units)), related: [] };
  linkRecords(context, built, service.websites, service.procedures);
  return built;
}

/**
 * The index decides what a generated service is, so even a small catalogue has each case:
 * every twentieth is archived, unpublished, ended; every fiftieth is executed by the provinces
 * or aimed at citizens only. None of those may ever show on the page.
 */
function generated(context: SeedContext, index: number): Built {
  const { random, now } = context;
  const template: ServiceTemplate = TEMPLATES[index % TEMPLATES.length]!;
  const qualifier = QUALIFIERS[Math.floor(index / TEMPLATES.length) % QUALIFIERS.length]!;
  const round = Math.floor(index / (TEMPLATES.length * QUALIFIERS.length));
  const name = `${template.name}${qualifier ? ` – ${qualifier}` : ''}${round ? ` (${round + 1})` : ''}`;
  const created = now.getTime() - random.int(10, 1100) * day;
  const modified = Math.min(now.getTime(), created + random.int(0, 400) * day);
  const hostile = index % 97 === 13 ? HOSTILE_DESCRIPTIONS[index % HOSTILE_DESCRIPTIONS.length] : undefined;
  const steps = random.sample(STEPS, random.int(2, 4));
  const description =
    hostile ??
    `<p>${template.about}</p><p>${random.pick(CONTEXTS)}</p><ul>${steps.map((step) => `<li>${step}</li>`).join('')}</ul>` +
      (random.chance(0.4) ? `<p>Meer uitleg vindt u op <a href="https://www.vlaanderen.be/lokaal-bestuur/${slug(template.name)}">vlaanderen.be</a>.</p>` : '');
  const attributes: Record<string, unknown> = {
    uri: INSTANCE_BASE + random.uuid(),
    name: title(name),
    description: nl(description),
    'date-created': new Date(created).toISOString(),
    'date-modified': new Date(modified).toISOString(),
    'start-date': new Date(created).toISOString(),
    'is-archived': index % 20 === 4,
    'product-id': String(60_000 + index),
    concept: `https://ipdc.vlaanderen.be/id/concept/${random.uuid()}`,
  };
  if (index % 20 !== 9) attributes['date-published'] = new Date(Math.min(now.getTime(), modified + random.int(0, 3) * day)).toISOString();
  if (index % 20 === 14) attributes['end-date'] = new Date(now.getTime() - random.int(1, 300) * day).toISOString();
  else if (template.type === 'FinancieelVoordeel' && index % 3 !== 0) attributes['end-date'] = new Date(now.getTime() + random.int(5, 300) * day).toISOString();
  if (random.chance(0.3)) attributes['regulations'] = nl(`<p>Besluit van de Vlaamse Regering van ${random.int(1, 28)} ${random.pick(['januari', 'maart', 'mei', 'juni', 'oktober', 'december'])} ${random.int(2018, 2025)}.</p>`);
  if (random.chance(0.2)) attributes['additional-description'] = nl(`<p>${random.pick(CONTEXTS)}</p>`);
  const relationships = relationshipsOf(template.type, template.themes, template.authority, template.units);
  if (index % 50 === 19) relationships['executing-authority-levels'] = [conceptId(UITVOEREND_BESTUURSNIVEAU, 'Provinciaal')];
  if (index % 50 === 29) relationships['target-audiences'] = [conceptId(DOELGROEP, 'Burger')];
  else if (random.chance(0.2)) (relationships['target-audiences'] as string[]).push(conceptId(DOELGROEP, random.pick(['Vereniging', 'Organisatie', 'Onderneming'])));
  const built: Built = { service: record('public-services', random.uuid(), attributes, relationships), related: [] };
  const page = `https://www.vlaanderen.be/lokaal-bestuur/${slug(template.name)}`;
  const websites = random.chance(0.6) ? [{ title: `Meer informatie over ${template.name.toLowerCase()}`, url: index % 53 === 7 ? 'javascript:alert(document.cookie)' : page }] : [];
  if (random.chance(0.3)) websites.push({ title: 'Handleiding voor lokale besturen', url: `https://abb-vlaanderen.gitbook.io/handleiding-loket/${slug(template.name)}` });
  const procedures = random.chance(0.75)
    ? [{ title: 'Procedure', description: `<p>${steps[0]}</p>`, websites: [{ title: template.type === 'FinancieelVoordeel' ? 'Subsidie aanvragen' : 'Naar het e-loket', url: random.chance(0.5) ? 'https://loket.lokaalbestuur.vlaanderen.be/' : `${page}/aanvragen` }] }]
    : [];
  linkRecords(context, built, websites, procedures);
  return built;
}

function seed(context: SeedContext): StoredResource[] {
  const out = codeLists(context);
  const count = context.size.services;
  const known = WELL_KNOWN_SERVICES.slice(0, count);
  for (const service of known) {
    const built = wellKnown(context, service);
    out.push(built.service, ...built.related);
  }
  for (let index = 0; index < count - known.length; index++) {
    const built = generated(context, index);
    out.push(built.service, ...built.related);
  }
  return out;
}

export const servicesFamily: SeedFamily = {
  name: 'services',
  seed,
};
