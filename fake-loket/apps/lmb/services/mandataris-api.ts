/**
 * lblod/mandataris-service (MS, deployed as `mandataris`, v0.9.12) for the routes the mandate
 * flows reach: `/mandataris-api/*` with the prefix stripped (dispatcher.ex:393-395), and
 * `DELETE /mandatarissen/:id`, `DELETE /fracties/:id` (dispatcher.ex:397-403). Checks, answers
 * and side effects follow `../services.md` §3-§7, which cites MS's source line by line.
 * Everything else MS serves (upload-csv, download, generate-rows, the OCMW twin routes,
 * installatievergadering-api, …) is not implemented: Express's 404, as for an unknown path.
 */
import type { Database } from '../../../database.js';
import type { CustomRoute, RouteContext } from '../../../family.js';
import type { StoredResource } from '../../../schema.js';
import { FRACTIETYPE, PUBLICATION_STATUS, PUBLICATION_STATUS_BASE } from '../seed/mandates.js';
import {
  BodyError,
  MS_TYPES,
  UNDEFINED_REPLACE,
  emptyAnswer,
  expressNotFound,
  messageError,
  noContent,
  readBody,
  serviceJson,
  serviceRecord,
  text,
  titleError,
  tombstone,
  trackModified,
} from './support.js';

const PREFIX = '^(?:/mandataris-api)?';
const route = (method: CustomRoute['method'], path: string, handle: CustomRoute['handle']): CustomRoute => ({
  method,
  // Express matches case-insensitively and with or without a trailing slash.
  pattern: new RegExp(`${PREFIX}${path}/?$`, 'i'),
  handle: async (context, params) => {
    try {
      return await handle(context, params);
    } catch (error) {
      if (error instanceof BodyError) return titleError(400, error.message);
      throw error;
    }
  },
});

const NIET_BEKRACHTIGD = `${PUBLICATION_STATUS_BASE}${PUBLICATION_STATUS.nietBekrachtigd.id}`;
const BEKRACHTIGD = `${PUBLICATION_STATUS_BASE}${PUBLICATION_STATUS.bekrachtigd.id}`;
const ONAFHANKELIJK_URI = `http://data.vlaanderen.be/id/concept/Fractietype/${FRACTIETYPE.onafhankelijk.id}`;

const one = (db: Database, record: StoredResource | undefined, name: string): StoredResource | undefined =>
  record ? db.related(record, name)[0] : undefined;

/** The bestuursperiode of a mandataris: `org:holds/^org:hasPost/lmb:heeftBestuursperiode`. */
function periodOf(db: Database, mandataris: StoredResource): StoredResource | undefined {
  const mandaat = one(db, mandataris, 'bekleedt');
  const orgaan = mandaat ? db.related(mandaat, 'bevat-in')[0] : undefined;
  return one(db, orgaan, 'heeft-bestuursperiode');
}

const inPeriod = (db: Database, fractie: StoredResource, periodId: string): boolean =>
  db.related(fractie, 'bestuursorganen-in-tijd').some((orgaan) => one(db, orgaan, 'heeft-bestuursperiode')?.id === periodId);

/** MS `controllers/mandataris.ts:44-76` (`handleCurrentFractie`), through mu-auth. */
function currentFractie(context: RouteContext, params: Record<string, string>): Response {
  const { db } = context;
  const mandataris = db.get('mandatarissen', params['id']!);
  if (!mandataris) return messageError(400, `Mandataris with id ${params['id']} not found.`);
  const persoon = one(db, mandataris, 'is-bestuurlijke-alias-van');
  const period = periodOf(db, mandataris);
  if (!persoon || !period) return emptyAnswer();
  // findCurrentFractieForPerson (data-access/mandataris.ts:68-114): the latest-starting mandataris
  // of the person in the period with a status and a fractie.
  let latest: { start: string; fractie: StoredResource } | undefined;
  for (const other of db.related(persoon, 'is-aangesteld-als')) {
    const fractie = one(db, one(db, other, 'heeft-lidmaatschap'), 'binnen-fractie');
    if (!fractie || !one(db, other, 'status') || periodOf(db, other)?.id !== period.id) continue;
    const start = text(other.attributes['start']) ?? '';
    if (!latest || start > latest.start) latest = { start, fractie };
  }
  if (!latest) return emptyAnswer();
  if (db.scope.canWrite('personen', 'current-fracties', persoon)) {
    const current = db.relatedIds(persoon, 'current-fracties');
    // data-access/persoon.ts:102-130: the first fractie of this period found is removed.
    const stale = current.find((id) => {
      const fractie = db.get('fracties', id);
      return fractie && inPeriod(db, fractie, period.id);
    });
    const next = current.filter((id) => id !== stale);
    if (!next.includes(latest.fractie.id)) next.push(latest.fractie.id);
    db.link(persoon, 'current-fracties', next);
    context.changed();
  }
  return emptyAnswer();
}

/** MS `controllers/fractie.ts:40-54`, `data-access/fractie.ts:109-166`. */
function cleanupFracties(context: RouteContext, params: Record<string, string>): Response {
  const { db } = context;
  const period = db.get('bestuursperiodes', params['bp']!);
  if (!period) return messageError(400, `Bestuursperiode with id ${params['bp']} not found.`);
  const used = new Set<string>();
  for (const lidmaatschap of db.records('lidmaatschappen')) {
    const fractie = db.relatedIds(lidmaatschap, 'binnen-fractie')[0];
    if (fractie) used.add(fractie);
  }
  const removed: string[] = [];
  for (const fractie of [...db.records('fracties')]) {
    if (one(db, fractie, 'fractietype')?.attributes['uri'] !== ONAFHANKELIJK_URI) continue;
    if (!inPeriod(db, fractie, period.id) || used.has(fractie.id)) continue;
    if (!db.scope.canWrite('fracties')) continue;
    removed.push(String(fractie.attributes['uri']));
    tombstone(context, fractie, 'http://data.vlaanderen.be/ns/mandaat#Fractie');
  }
  if (removed.length) context.changed();
  return serviceJson({ fracties: removed });
}

/** MS `routes/fractie.ts:12-15`, `data-access/delete.ts:7-30`: any visible subject with that uuid. */
function deleteFractie(context: RouteContext, params: Record<string, string>): Response {
  const { db } = context;
  const record = context.sudo.anyWithId(params['id']!);
  if (record && db.get(record.type, record.id) && db.scope.canWrite(record.type)) {
    tombstone(context, record, 'http://data.vlaanderen.be/ns/mandaat#Fractie');
    context.changed();
  }
  return noContent();
}

/** MS `controllers/mandataris.ts:28-42`: the fracties of the same person on the same mandaat. */
function fractiesOfMandataris(context: RouteContext, params: Record<string, string>): Response {
  const { db } = context;
  const mandataris = db.get('mandatarissen', params['id']!);
  if (!mandataris) return messageError(400, `Mandataris with id ${params['id']} not found.`);
  const persoon = db.relatedIds(mandataris, 'is-bestuurlijke-alias-van')[0];
  const mandaat = db.relatedIds(mandataris, 'bekleedt')[0];
  const fracties = new Set<string>();
  for (const other of db.records('mandatarissen')) {
    if (db.relatedIds(other, 'is-bestuurlijke-alias-van')[0] !== persoon || db.relatedIds(other, 'bekleedt')[0] !== mandaat) continue;
    const fractie = one(db, one(db, other, 'heeft-lidmaatschap'), 'binnen-fractie');
    if (fractie) fracties.add(fractie.id);
  }
  return serviceJson({ fracties: [...fracties] });
}

interface RangordeRow {
  mandataris: StoredResource | undefined;
  rangorde: string | undefined;
}

/** MS `routes/rangorde.ts:30-560`. */
async function updateRangordes(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, MS_TYPES);
  const list = body['mandatarissen'];
  // The id lookup runs outside the try: a missing list reaches the global handler.
  if (!Array.isArray(list)) return titleError(500, "Cannot read properties of undefined (reading 'map')");
  const rows: RangordeRow[] = list.map((row: unknown) => {
    const fields = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
    const id = text(fields['mandatarisId']);
    return { mandataris: id ? context.db.get('mandatarissen', id) : undefined, rangorde: text(fields['rangorde']) };
  });
  const now = context.now();
  const correct = (changes: RangordeRow[]) => {
    for (const { mandataris, rangorde } of changes) {
      if (!context.db.scope.canWrite('mandatarissen', 'rangorde', mandataris)) continue;
      mandataris!.attributes['rangorde'] = rangorde;
      mandataris!.attributes['modified'] = now.toISOString();
    }
  };
  const broken = (changes: RangordeRow[]) => changes.some((row) => !row.mandataris || row.rangorde === undefined);
  if (context.url.searchParams.get('asCorrection') === 'true') {
    if (rows.length === 0) return messageError(400, 'No mandatarissen provided');
    if (broken(rows)) return messageError(500, UNDEFINED_REPLACE);
    correct(rows);
    context.changed();
    return serviceJson({ status: 'ok' });
  }
  const date = text(body['date']);
  if (!date) return messageError(400, 'No date provided');
  if (rows.some((row) => !row.mandataris)) return messageError(500, UNDEFINED_REPLACE);
  const inPlace = rows.filter((row) => row.mandataris!.attributes['rangorde'] === undefined);
  const renewed = rows.filter((row) => row.mandataris!.attributes['rangorde'] !== undefined);
  if (broken(inPlace)) return messageError(500, UNDEFINED_REPLACE);
  correct(inPlace);
  for (const { mandataris: old, rangorde } of renewed) {
    // endAndCreateMandatarissenForNewRangordes (95-126), with sudo in the graph that holds it.
    const id = context.random.uuid();
    const copy = serviceRecord('mandatarissen', id, `http://data.lblod.info/id/mandatarissen/${id}`, old!.owner);
    const { rangorde: _rangorde, modified: _modified, start: _start, 'link-to-besluit': _link, uri: _uri, ...attributes } = old!.attributes;
    const { 'heeft-lidmaatschap': membership, 'publication-status': _status, ...relationships } = old!.relationships;
    Object.assign(copy.attributes, attributes, { start: date, ...(rangorde !== undefined ? { rangorde } : {}) });
    Object.assign(copy.relationships, structuredClone(relationships), { 'publication-status': PUBLICATION_STATUS.nietBekrachtigd.id });
    // Memberships are copied (303-378).
    const lidmaatschap = typeof membership === 'string' ? context.sudo.get('lidmaatschappen', membership) : undefined;
    if (lidmaatschap) {
      const lidId = context.random.uuid();
      const lid = serviceRecord('lidmaatschappen', lidId, `http://data.lblod.info/id/lidmaatschappen/${lidId}`, lidmaatschap.owner);
      lid.relationships['binnen-fractie'] = lidmaatschap.relationships['binnen-fractie'] ?? null;
      context.sudo.put(lid);
      copy.relationships['heeft-lidmaatschap'] = lidId;
    }
    // MS writes no dct:modified on the copy; the modified service adds one.
    trackModified(copy, now);
    context.sudo.put(copy);
    old!.attributes['einde'] = date;
    old!.attributes['modified'] = now.toISOString();
  }
  context.sudo.changed();
  context.changed();
  return serviceJson({ status: 'ok' });
}

/** MS `controllers/mandataris.ts:162-198`, `data-access/mandataris.ts:516-598`. */
async function bulkSetPublicationStatus(context: RouteContext): Promise<Response> {
  const body = await readBody(context.request, MS_TYPES);
  const ids = Array.isArray(body['mandatarissen']) ? (body['mandatarissen'] as unknown[]) : [];
  if (ids.length === 0) return messageError(400, 'No mandatarissen provided');
  // Only the first id is checked against the session (171-178).
  if (typeof ids[0] !== 'string' || !context.db.get('mandatarissen', ids[0])) return messageError(401, 'Unauthorized');
  const statusUri = text(body['statusUri']);
  const decision = text(body['decision']);
  const now = context.now();
  const targets = ids.flatMap((id) => (typeof id === 'string' ? [context.sudo.get('mandatarissen', id)] : [])).filter((m): m is StoredResource => !!m);
  if (statusUri === NIET_BEKRACHTIGD) {
    for (const mandataris of targets) {
      if (mandataris.relationships['publication-status'] === PUBLICATION_STATUS.bekrachtigd.id) continue;
      mandataris.relationships['publication-status'] = PUBLICATION_STATUS.nietBekrachtigd.id;
      trackModified(mandataris, now);
    }
  } else if (statusUri === BEKRACHTIGD) {
    if (!decision) return messageError(400, 'No link to publication was provided');
    for (const mandataris of targets) {
      mandataris.relationships['publication-status'] = PUBLICATION_STATUS.bekrachtigd.id;
      // FORMAT: MS adds a second lmb:linkToBesluit beside an earlier one; the fake keeps one value.
      mandataris.attributes['link-to-besluit'] ??= decision;
      trackModified(mandataris, now);
    }
  } else {
    return messageError(400, `The provided status: ${statusUri} is not a valid publication status, please provide a correct publication status uri.`);
  }
  context.sudo.changed();
  context.changed();
  return serviceJson({ status: 'ok' });
}

/**
 * MS `data-access/delete.ts:32-89`: sudo, no check at all (`areIdsValid` is not awaited), always
 * 204. The lidmaatschap is left dangling; incoming `isTijdelijkVervangenDoor` links go.
 */
function deleteMandataris(context: RouteContext, params: Record<string, string>): Response {
  const record = context.sudo.get('mandatarissen', params['id']!);
  if (record) {
    for (const other of context.sudo.records('mandatarissen')) {
      const vervangers = other.relationships['tijdelijke-vervangingen'];
      if (Array.isArray(vervangers) && vervangers.includes(record.id)) other.relationships['tijdelijke-vervangingen'] = vervangers.filter((id) => id !== record.id);
    }
    tombstone(context, record, 'http://data.vlaanderen.be/ns/mandaat#Mandataris');
    context.changed();
  }
  return noContent();
}

/** MS `controllers/persoon.ts:42-75`: only acts for the bodies of a legislature in preparation. */
function putPersonInRightGraph(context: RouteContext, params: Record<string, string>): Response {
  const { db } = context;
  if (!db.get('personen', params['id']!)) return messageError(400, `Person with id ${params['id']} not found.`);
  const orgaan = db.get('bestuursorganen', params['orgaan']!);
  if (!orgaan) return messageError(400, `Organ with id ${params['orgaan']} not found.`);
  // FORMAT: a person copied into another bestuur's graph cannot be expressed (one owner per
  // record); the seed has no `original-bestuurseenheid` bodies, so this is the no-op MS makes.
  const original = one(db, one(db, orgaan, 'is-tijdsspecialisatie-van'), 'original-bestuurseenheid');
  if (original) return messageError(400, 'Could not find a target graph to copy the person to.');
  return serviceJson({});
}

const ID = '(?<id>[^/]+)';

export const mandatarisApi: readonly CustomRoute[] = [
  route('POST', `/fracties/${ID}/current-fractie`, currentFractie),
  route('DELETE', '/fracties/cleanup/bestuursperiode/(?<bp>[^/]+)', cleanupFracties),
  route('DELETE', `/fracties/${ID}`, deleteFractie),
  route('GET', `/mandatarissen/${ID}/fracties`, fractiesOfMandataris),
  // Express matches `/bulk-set-publication-status/` with or without its slash.
  route('POST', '/mandatarissen/bulk-set-publication-status', bulkSetPublicationStatus),
  route('DELETE', `/mandatarissen/${ID}`, deleteMandataris),
  route('POST', '/rangorde/update-rangordes', updateRangordes),
  route('POST', `/personen/${ID}/put-person-in-right-graph/(?<orgaan>[^/]+)`, putPersonInRightGraph),
  ...(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const).map(
    (method): CustomRoute => ({ method, pattern: /^.*$/, handle: (context) => expressNotFound(method, context.path.replace(/^\/mandataris-api/, '')) }),
  ),
];
