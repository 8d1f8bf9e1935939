/**
 * lblod/form-content-service (FCS, deployed as `form-content`, v0.1.0) for the forms the mandate
 * flows use, behind `/form-content/*` (dispatcher.ex:349-351, prefix stripped). A POST creates an
 * instance from `contentTtl`, keeping only the triples on the form's paths (FCS
 * `form-validator.ts:147-238`) and writing them through mu-auth; `../services.md` §2 has the
 * checks and shapes. The forms are APP `config/form-content/<id>/form.ttl`: `mandataris-new`
 * (extends `mandataris-edit`) and `persoon`; any other id is "Definition not found".
 */
import type { Database } from '../../../database.js';
import type { CustomRoute, RouteContext } from '../../../family.js';
import type { StoredResource } from '../../../schema.js';
import { Graph, TurtleError, iri, parseTurtle, type Term } from './turtle.js';
import { BodyError, FCS_TYPES, byUri, expressNotFound, readBody, serviceJson, serviceRecord, text, titleError } from './support.js';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  mu: 'http://mu.semte.ch/vocabularies/core/',
  mandaat: 'http://data.vlaanderen.be/ns/mandaat#',
  org: 'http://www.w3.org/ns/org#',
  lmb: 'http://lblod.data.gift/vocabularies/lmb/',
  dct: 'http://purl.org/dc/terms/',
  person: 'http://www.w3.org/ns/person#',
  persoon: 'http://data.vlaanderen.be/ns/persoon#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  ext: 'http://mu.semte.ch/vocabularies/ext/',
};
const TYPE = `${NS.rdf}type`;
const UUID = `${NS.mu}uuid`;

/** A kept predicate and where it lands in the resource. */
type Slot =
  | { attribute: string; kind: 'string' | 'datetime' | 'date' | 'boolean' }
  | { relationship: string; type: string; many?: boolean }
  | { node: string; nodeType: string; resource: string; slots: Record<string, Slot> };

interface FormDefinition {
  id: string;
  /** The form's URI in APP's form.ttl. */
  uri: string;
  prefix: string;
  withHistory: boolean;
  /** `form:targetType`, and the resource it is. */
  targetType: string;
  resource: string;
  slots: Record<string, Slot>;
}

/** mandataris-edit form.ttl:15-179: its fields' `sh:path`s and the generator shape. */
const MANDATARIS_EDIT: Record<string, Slot> = {
  [`${NS.org}holds`]: { relationship: 'bekleedt', type: 'mandaten' },
  [`${NS.mandaat}status`]: { relationship: 'status', type: 'mandataris-status-codes' },
  [`${NS.mandaat}isTijdelijkVervangenDoor`]: { relationship: 'tijdelijke-vervangingen', type: 'mandatarissen', many: true },
  [`${NS.mandaat}beleidsdomein`]: { relationship: 'beleidsdomein', type: 'beleidsdomein-codes', many: true },
  [`${NS.mandaat}rangorde`]: { attribute: 'rangorde', kind: 'string' },
  [`${NS.mandaat}start`]: { attribute: 'start', kind: 'datetime' },
  [`${NS.mandaat}einde`]: { attribute: 'einde', kind: 'datetime' },
  // ext:fractieF, path (org:hasMembership org:organisation); ext:membershipUriG names the node.
  [`${NS.org}hasMembership`]: {
    node: 'heeft-lidmaatschap',
    nodeType: `${NS.org}Membership`,
    resource: 'lidmaatschappen',
    slots: { [`${NS.org}organisation`]: { relationship: 'binnen-fractie', type: 'fracties' } },
  },
};

const FORMS: Record<string, FormDefinition> = {
  'mandataris-edit': {
    id: 'fe64eb54-3539-4e55-bccb-a75eeed30e9d',
    uri: 'http://data.lblod.info/id/lmb/forms/mandataris-edit',
    prefix: 'http://data.lblod.info/id/mandatarissen/',
    withHistory: true,
    targetType: `${NS.mandaat}Mandataris`,
    resource: 'mandatarissen',
    slots: MANDATARIS_EDIT,
  },
  'mandataris-new': {
    id: '2522a2e2-5242-4b6d-98ee-c5bd709fceaa',
    uri: 'http://data.lblod.info/id/lmb/forms/mandataris-new',
    prefix: 'http://data.lblod.info/id/mandatarissen/',
    withHistory: true,
    targetType: `${NS.mandaat}Mandataris`,
    resource: 'mandatarissen',
    slots: {
      ...MANDATARIS_EDIT,
      // mandataris-new form.ttl:9-34 (lmb:effectiefAt has no resource property: kept, never served).
      [`${NS.mandaat}isBestuurlijkeAliasVan`]: { relationship: 'is-bestuurlijke-alias-van', type: 'personen' },
      [`${NS.lmb}hasPublicationStatus`]: { relationship: 'publication-status', type: 'mandataris-publication-status-codes' },
    },
  },
  persoon: {
    id: '4632bf99-2348-4145-9f2b-c1141b0c545d',
    uri: 'http://data.lblod.info/id/lmb/forms/persoon',
    prefix: 'http://data.lblod.info/id/personen/',
    withHistory: false,
    targetType: `${NS.person}Person`,
    resource: 'personen',
    // persoon form.ttl:17-141.
    slots: {
      [`${NS.persoon}gebruikteVoornaam`]: { attribute: 'gebruikte-voornaam', kind: 'string' },
      [`${NS.foaf}familyName`]: { attribute: 'achternaam', kind: 'string' },
      [`${NS.ext}possibleDuplicate`]: { attribute: 'possible-duplicate', kind: 'boolean' },
      [`${NS.persoon}geslacht`]: { relationship: 'geslacht', type: 'geslacht-codes' },
      [`${NS.adms}identifier`]: {
        node: 'identificator',
        nodeType: `${NS.adms}Identifier`,
        resource: 'identificatoren',
        slots: { [`${NS.skos}notation`]: { attribute: 'identificator', kind: 'string' } },
      },
      [`${NS.persoon}heeftGeboorte`]: {
        node: 'geboorte',
        nodeType: `${NS.persoon}Geboorte`,
        resource: 'geboortes',
        slots: { [`${NS.persoon}datum`]: { attribute: 'datum', kind: 'date' } },
      },
    },
  },
};

const route = (method: CustomRoute['method'], path: string, handle: CustomRoute['handle']): CustomRoute => ({
  method,
  pattern: new RegExp(`^/form-content${path}/?$`, 'i'),
  handle: async (context, params) => {
    try {
      return await handle(context, params);
    } catch (error) {
      if (error instanceof BodyError) return titleError(400, error.message);
      if (error instanceof TurtleError) return titleError(500, error.message);
      throw error;
    }
  },
});

const definitionNotFound = () => titleError(404, 'Definition not found');
const notAuthenticated = () => titleError(401, 'Not authenticated');

/** FCS `services/form-definitions.ts:43-58`: the definition with its TTL (abbreviated here). */
function getDefinition(_context: RouteContext, params: Record<string, string>): Response {
  const form = FORMS[params['form']!];
  if (!form) return definitionNotFound();
  const paths = Object.keys(form.slots).map((path) => `  sh:path <${path}>;`).join('\n');
  // FORMAT: the fake serves the forms' paths, not APP's whole form.ttl (no field definitions).
  const formTtl = `@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix sh: <http://www.w3.org/ns/shacl#> .\n<${form.uri}> a <http://lblod.data.gift/vocabularies/forms/Form>;\n${paths}\n  <http://mu.semte.ch/vocabularies/ext/prefix> <${form.prefix}>.`;
  return serviceJson({
    id: form.id,
    uri: form.uri,
    formTtl,
    metaTtl: '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n',
    custom: false,
    prefix: form.prefix,
    withHistory: form.withHistory,
  });
}

function literalValue(term: Term, kind: 'string' | 'datetime' | 'date' | 'boolean'): unknown {
  if (term.kind !== 'literal') return undefined;
  if (kind === 'boolean') return term.value === 'true' || term.value === '1';
  if (kind === 'datetime') {
    const instant = new Date(term.value);
    return Number.isNaN(instant.getTime()) ? term.value : instant.toISOString();
  }
  return term.value;
}

const uuidOf = (graph: Graph, node: Term): string | undefined => {
  const value = graph.objects(node, UUID).find((term) => term.kind === 'literal');
  return value?.value;
};

/**
 * The record a subject becomes: the kept triples only, each IRI looked up as the session sees it
 * (a triple to something it cannot see would be stored, but resources could never follow it).
 */
function fill(context: RouteContext, graph: Graph, subject: Term, record: StoredResource, slots: Record<string, Slot>, created: StoredResource[]): void {
  const db: Database = context.db;
  for (const [predicate, slot] of Object.entries(slots)) {
    const objects = graph.objects(subject, predicate);
    if (objects.length === 0) continue;
    if ('attribute' in slot) {
      const value = literalValue(objects[0]!, slot.kind);
      if (value !== undefined) record.attributes[slot.attribute] = value;
    } else if ('relationship' in slot) {
      const ids = objects.flatMap((object) => (object.kind === 'iri' ? [byUri(db, slot.type, object.value)?.id] : [])).filter((id): id is string => !!id);
      if (ids.length) record.relationships[slot.relationship] = slot.many ? ids : ids[0]!;
    } else {
      // An intermediate node is kept only with a mu:uuid and its type (pathToConstructVariables).
      const node = objects[0]!;
      const id = uuidOf(graph, node);
      if (node.kind !== 'iri' || !id || !graph.has(node, TYPE, iri(slot.nodeType))) continue;
      const child = serviceRecord(slot.resource, id, node.value, record.owner);
      fill(context, graph, node, child, slot.slots, created);
      created.push(child);
      record.relationships[slot.node] = id;
    }
  }
}

/** FCS `services/form-instances.ts:13-58`: create an instance. */
async function createInstance(context: RouteContext, params: Record<string, string>): Promise<Response> {
  const form = FORMS[params['form']!];
  if (!form) return definitionNotFound();
  if (!context.session) return notAuthenticated();
  const body = await readBody(context.request, FCS_TYPES);
  const instanceUri = text(body['instanceUri']);
  const contentTtl = text(body['contentTtl']);
  // N3 on `undefined`, or a missing instance URI, throws before anything is written.
  if (contentTtl === undefined) throw new TurtleError("Cannot read properties of undefined (reading 'length')");
  if (!instanceUri) throw new TurtleError("Cannot read properties of undefined (reading 'termType')");
  const graph = new Graph(parseTurtle(contentTtl));
  const instance = iri(instanceUri);
  const id = uuidOf(graph, instance);
  // Without its type nothing of the instance is kept; without mu:uuid resources cannot see it.
  if (!graph.has(instance, TYPE, iri(form.targetType)) || !id || !context.db.scope.canWrite(form.resource)) return serviceJson({ id: null });
  if (context.sudo.anyWithId(id)) return serviceJson({ id });
  const owner = context.db.scope.ownerForNew(form.resource);
  const record = serviceRecord(form.resource, id, instanceUri, owner);
  const created: StoredResource[] = [];
  fill(context, graph, instance, record, form.slots, created);
  // form-validator.ts:213-238: dct:modified is replaced by now.
  if (context.db.types.get(form.resource)?.attributes['modified']) record.attributes['modified'] = context.now().toISOString();
  for (const child of created) context.db.put(child);
  context.db.put(record);
  if (form.withHistory) saveHistory(context, instanceUri, 'Created');
  context.changed();
  return serviceJson({ id });
}

/** A history item (FCS `form-repository.ts:389-423`), kept beside the store. */
function saveHistory(context: RouteContext, instance: string, description: string | undefined): void {
  const id = context.random.uuid();
  context.sudo.table('form-history').set(id, {
    type: 'form-history',
    id,
    attributes: {
      history: `http://mu.semte.ch/vocabularies/ext/formHistory/${id}`,
      instance,
      issued: context.now().toISOString(),
      creator: context.session?.accountId ?? '',
      ...(description !== undefined ? { description } : {}),
    },
    relationships: {},
  });
}

/** The instance's triples along the form's paths, as FCS serialises them. */
function instanceTtl(record: StoredResource, form: FormDefinition): string {
  const lines: string[] = [`<${record.attributes['uri']}> <${TYPE}> <${form.targetType}> .`];
  for (const [predicate, slot] of Object.entries(form.slots)) {
    if ('attribute' in slot && record.attributes[slot.attribute] !== undefined) {
      lines.push(`<${record.attributes['uri']}> <${predicate}> ${JSON.stringify(String(record.attributes[slot.attribute]))} .`);
    }
  }
  return `@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n${lines.join('\n')}`;
}

const hasFormTriples = (record: StoredResource, form: FormDefinition): boolean =>
  Object.values(form.slots).some((slot) =>
    'attribute' in slot
      ? record.attributes[slot.attribute] !== undefined
      : 'relationship' in slot
        ? [record.relationships[slot.relationship]].flat().some(Boolean)
        : !!record.relationships[slot.node],
  );

/** FCS `services/form-instances.ts:132-163`: a history item for an instance. */
async function postHistory(context: RouteContext, params: Record<string, string>): Promise<Response> {
  const form = FORMS[params['form']!];
  if (!form) return definitionNotFound();
  const record = context.db.get(form.resource, params['instance']!);
  if (!record) return titleError(404, 'Instance not found');
  if (!hasFormTriples(record, form)) return titleError(404, 'Instance data not found');
  if (!context.session) return notAuthenticated();
  const body = await readBody(context.request, FCS_TYPES);
  saveHistory(context, String(record.attributes['uri']), text(body['description']));
  return serviceJson({ instanceTtl: instanceTtl(record, form) });
}

/** FCS `controllers/form-instances.ts:128-140`: newest first, paged, `X-Total-Count`. */
function getHistory(context: RouteContext, params: Record<string, string>): Response {
  const record = context.db.get('mandatarissen', params['instance']!) ?? context.db.get('personen', params['instance']!);
  const size = Number(context.url.searchParams.get('page[size]') ?? 10) || 10;
  const number = Number(context.url.searchParams.get('page[number]') ?? 0) || 0;
  const items = record
    ? [...context.sudo.table('form-history').values()]
        .filter((item) => item.attributes['instance'] === record.attributes['uri'])
        .sort((a, b) => String(b.attributes['issued']).localeCompare(String(a.attributes['issued'])))
    : [];
  const page = items.slice(number * size, (number + 1) * size).map((item) => ({
    history: item.attributes['history'],
    issued: item.attributes['issued'],
    creator: item.attributes['creator'],
    description: item.attributes['description'] ?? null,
  }));
  const response = serviceJson({ instances: page });
  response.headers.set('X-Total-Count', String(items.length));
  return response;
}

const FORM = '(?<form>[^/]+)';
const INSTANCE = '(?<instance>[^/]+)';

export const formContent: readonly CustomRoute[] = [
  route('GET', `/${FORM}`, getDefinition),
  route('POST', `/${FORM}`, createInstance),
  route('POST', `/${FORM}/instances/${INSTANCE}/history`, postHistory),
  route('GET', `/${FORM}/instances/${INSTANCE}/history`, getHistory),
  ...(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const).map(
    (method): CustomRoute => ({ method, pattern: /^.*$/, handle: (context) => expressNotFound(method, context.path.replace(/^\/form-content/, '')) }),
  ),
];
