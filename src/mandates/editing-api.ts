/**
 * The requests only a user who may edit makes, each the way Lokaal Mandatenbeheer's own frontend
 * makes it (lblod/frontend-lokaal-mandatenbeheer 0.9.9), against LMB's resources
 * (config/resources/external-mandaat.lisp) and its two services: lblod/mandataris-service behind
 * `/mandataris-api/*` and lblod/form-content-service behind `/form-content/*` (APP
 * config/dispatcher/dispatcher.ex). Loaded with the editing parts, never by a read-only page.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import { LoketError, isLoketError } from '../api/errors.js';
import {
  MANDATARIS_INCLUDE,
  ONAFHANKELIJK,
  conceptFrom,
  fractieFrom,
  mandatarisFrom,
  persoonFrom,
  type Concept,
  type Fractie,
  type Mandaat,
  type Mandataris,
  type Persoon,
} from '../api/mandates.js';
import { query } from '../api/query.js';
import { endOfDay, startOfDay } from './brussels.js';
import { PUBLICATION, PUBLICATION_BASE, type PublicationKind } from './codes.js';
import { ONAFHANKELIJK_CHOICE, changedFields, type MandatarisForm, type NewPersonForm } from './form.js';
import { NS, Triples, date, dateTime, iri, text } from './turtle.js';

/** What the writes need to know besides the form: the body, and the URIs of what the form names. */
export interface WriteContext {
  client: LoketClient;
  signal?: AbortSignal;
  /** The body in time, its bestuursperiode, and the bestuur's other bodies in that period. */
  body: { id: string; periodeId?: string; periodBodies: readonly string[] };
  bestuurseenheid: string;
  mandaten: readonly Mandaat[];
  statuses: readonly Concept[];
  domeinen: readonly Concept[];
  fracties: readonly Fractie[];
  /** URIs of the persons met so far, by id. */
  persoonUris: ReadonlyMap<string, string>;
}

const ref = (type: string, id: string | undefined) => (id ? { type, id } : null);
const options = (context: WriteContext): RequestOptions => ({ signal: context.signal });
const now = () => new Date().toISOString();
const uuid = () => crypto.randomUUID();

const uriOf = (items: readonly { id: string; uri?: string }[], id: string, what: string): string => {
  const uri = items.find((item) => item.id === id)?.uri;
  if (!uri) throw new LoketError('bad-response', { message: `No URI known for ${what} ${id}` });
  return uri;
};

const publicationUri = (kind: PublicationKind) => PUBLICATION_BASE + PUBLICATION[kind];

// ---- reads ---------------------------------------------------------------------------------

/** The record as it is now (FE routes/mandatarissen/persoon/mandataris.js:113-129); `null` once it is gone (a tombstone). */
export async function loadMandataris(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Mandataris | null> {
  try {
    const document = await client.get(`mandatarissen/${encodeURIComponent(id)}`, query().include(...MANDATARIS_INCLUDE), options);
    const primary = document.primary;
    return primary ? mandatarisFrom(primary) : null;
  } catch (error) {
    if (isLoketError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}

export interface Codes {
  statuses: Concept[];
  domeinen: Concept[];
  /** The three publication statuses, in `order`; decided on by id and URI, shown by label. */
  publication: Concept[];
  geslachten: Concept[];
}

/** The code lists the form offers (FE services/mandataris-status.js, publication-status-selector.js:43-62). */
export async function loadCodes(client: LoketClient, options: RequestOptions = {}): Promise<Codes> {
  const all = (path: string, sort: string) => client.getAll(path, query().sort(sort), (view) => conceptFrom(view)!, options).then((page) => page.items);
  const [statuses, domeinen, publication, geslachten] = await Promise.all([
    all('mandataris-status-codes', 'label'),
    all('beleidsdomein-codes', 'label'),
    all('mandataris-publication-status-codes', 'order'),
    all('geslacht-codes', 'label'),
  ]);
  return { statuses, domeinen, publication, geslachten };
}

/**
 * Persons by name or rijksregisternummer (FE components/person/search-form.js:78-126): digits
 * search the identificator; one word matches first or last name; "Jan Van den Broeck" the first
 * word in the first name and the rest in the last name.
 */
export async function searchPersonen(client: LoketClient, term: string, options: RequestOptions = {}): Promise<Persoon[]> {
  const trimmed = term.trim();
  const digits = trimmed.replace(/[\s.-]/g, '');
  const [first, ...rest] = trimmed.split(/\s+/);
  const base = query().sort('achternaam').sort('gebruikte-voornaam').page(0, 20);
  const search = (filtered: typeof base) => client.list('personen', filtered, persoonFrom, options).then((page) => page.items);
  if (/^\d{3,}$/.test(digits)) return search(base.contains('identificator', digits));
  if (!rest.length) return search(base.or((group) => group.contains('achternaam', first ?? '').contains('gebruikte-voornaam', first ?? '')));
  // "Jan Peeters", or a last name of several words ("Van den Broeck").
  const [named, surname] = await Promise.all([search(base.contains('gebruikte-voornaam', first!).contains('achternaam', rest.join(' '))), search(base.contains('achternaam', trimmed))]);
  return [...named, ...surname.filter((persoon) => !named.some((known) => known.id === persoon.id))];
}

/** Whether LMB already knows this rijksregisternummer (the persoon form's `ext:RijksregisternummerIsDuplicate`). */
export async function rijksregisternummerKnown(client: LoketClient, rijksregisternummer: string, options: RequestOptions = {}): Promise<boolean> {
  const digits = rijksregisternummer.replace(/[\s.-]/g, '');
  const { items } = await client.list('identificatoren', query().exact('identificator', digits).page(0, 1), (view) => view.id, options);
  return items.length > 0;
}

/** MS `GET /mandatarissen/:id/fracties`: the fracties the person had on this mandaat (routes/mandatarissen.ts:204-221). */
export async function loadEarlierFracties(client: LoketClient, id: string, options: RequestOptions = {}): Promise<string[]> {
  const answer = (await client.call('GET', `mandataris-api/mandatarissen/${encodeURIComponent(id)}/fracties`, undefined, options)) as { fracties?: unknown };
  return Array.isArray(answer?.fracties) ? answer.fracties.filter((id): id is string => typeof id === 'string') : [];
}

// ---- fracties --------------------------------------------------------------------------------

/**
 * The fractie a choice stands for. "Onafhankelijk" is the person's own onafhankelijke fractie in
 * the period (FE services/fractie.js:17-78): an existing one is found through a lidmaatschap,
 * otherwise one is made (`POST /fracties`), member of the bestuur's bodies in that period.
 */
async function resolveFractie(context: WriteContext, choice: string, persoonId: string): Promise<Fractie | undefined> {
  if (!choice) return undefined;
  if (choice !== ONAFHANKELIJK_CHOICE) {
    const known = context.fracties.find((fractie) => fractie.id === choice);
    return known ?? { id: choice, onafhankelijk: false };
  }
  const { client } = context;
  const periodeId = context.body.periodeId;
  if (periodeId) {
    const { items } = await client.list(
      'lidmaatschappen',
      query()
        .uri(ONAFHANKELIJK, 'binnen-fractie.fractietype')
        .ids([persoonId], 'lid.is-bestuurlijke-alias-van')
        .ids([periodeId], 'lid.bekleedt.bevat-in.heeft-bestuursperiode')
        .include('binnen-fractie.fractietype')
        .page(0, 1),
      (view) => view.one('binnen-fractie'),
      options(context),
    );
    const found = items[0];
    if (found?.resolved) return fractieFrom(found);
  }
  const { items: types } = await client.list('fractietypes', query().uri(ONAFHANKELIJK).page(0, 1), (view) => view.id, options(context));
  const created = await client.create(
    'fracties',
    {
      attributes: { naam: 'Onafhankelijk', modified: now() },
      relationships: {
        fractietype: ref('fractietypes', types[0]),
        'bestuursorganen-in-tijd': context.body.periodBodies.map((id) => ({ type: 'bestuursorganen', id })),
        bestuurseenheid: ref('bestuurseenheden', context.bestuurseenheid),
      },
    },
    options(context),
  );
  return fractieFrom(created);
}

/**
 * After a mandataris changed fractie: MS sets the person's current fractie, then removes the
 * onafhankelijke fracties of the period nobody is member of (FE services/fractie-api.js:53-93).
 */
async function fractieBookkeeping(context: WriteContext, mandatarisId: string): Promise<void> {
  await context.client.call('POST', `mandataris-api/fracties/${encodeURIComponent(mandatarisId)}/current-fractie`, undefined, options(context));
  if (context.body.periodeId) {
    await context.client.call('DELETE', `mandataris-api/fracties/cleanup/bestuursperiode/${encodeURIComponent(context.body.periodeId)}`, undefined, options(context));
  }
}

/** FE services/mandataris.js:94-106: a new lidmaatschap; mu-cl-resources detaches the previous one (the inverse has-one). */
async function joinFractie(context: WriteContext, mandatarisId: string, fractie: Fractie | undefined): Promise<void> {
  if (!fractie) return;
  await context.client.create(
    'lidmaatschappen',
    { relationships: { 'binnen-fractie': ref('fracties', fractie.id), lid: ref('mandatarissen', mandatarisId) } },
    options(context),
  );
  await fractieBookkeeping(context, mandatarisId);
}

// ---- persons -------------------------------------------------------------------------------

const prefixes = new WeakMap<LoketClient, Map<string, Promise<string>>>();

/** FCS `GET /form-content/:id`: the form's `prefix`, where new instance URIs start (ESF semantic-form-repository.js:118-153). */
function formPrefix(client: LoketClient, form: string, requestOptions: RequestOptions): Promise<string> {
  const known = prefixes.get(client) ?? new Map<string, Promise<string>>();
  prefixes.set(client, known);
  let prefix = known.get(form);
  if (!prefix) {
    prefix = client.call('GET', `form-content/${form}`, undefined, requestOptions).then((definition) => {
      const value = (definition as { prefix?: unknown } | undefined)?.prefix;
      if (typeof value !== 'string' || !value) throw new LoketError('bad-response', { message: `Form ${form} has no prefix` });
      return value.endsWith('/') ? value : `${value}/`;
    });
    prefix.catch(() => known.delete(form));
    known.set(form, prefix);
  }
  return prefix;
}

/** FCS `POST /form-content/:id`: `{id}`, or `{id: null}` when nothing could be written. */
async function createInstance(context: WriteContext, form: string, instanceUri: string, contentTtl: string): Promise<string> {
  const answer = (await context.client.call('POST', `form-content/${form}`, { contentTtl, instanceUri }, options(context))) as { id?: unknown } | undefined;
  if (typeof answer?.id !== 'string' || !answer.id) {
    // ESF semantic-form-repository.js:80-97: "Het formulier werd niet correct opgeslagen."
    throw new LoketError('forbidden', { method: 'POST', url: `form-content/${form}`, message: 'The form-content service saved nothing' });
  }
  return answer.id;
}

/**
 * A new person through LMB's `persoon` form (FE components/person/selector.js:47-103; APP
 * config/form-content/persoon/form.ttl), then `GET /personen/:id` and MS's
 * put-person-in-right-graph for the body in time.
 */
export async function createPersoon(context: WriteContext, person: NewPersonForm, geslachtUri: string | undefined): Promise<Persoon> {
  const prefix = await formPrefix(context.client, 'persoon', options(context));
  const id = uuid();
  const subject = prefix + id;
  const identificatorId = uuid();
  const identificator = `http://data.lblod.info/id/identificatoren/${identificatorId}`;
  const geboorteId = uuid();
  const geboorte = `http://data.lblod.info/id/geboortes/${geboorteId}`;
  const ttl = new Triples()
    .add(subject, NS.rdfType, iri(`${NS.person}Person`))
    .add(subject, NS.uuid, text(id))
    .add(subject, `${NS.ext}possibleDuplicate`, text('true'))
    .add(subject, `${NS.persoon}gebruikteVoornaam`, text(person.voornaam.trim()))
    .add(subject, `${NS.foaf}familyName`, text(person.achternaam.trim()))
    .add(subject, `${NS.adms}identifier`, iri(identificator))
    .add(identificator, NS.rdfType, iri(`${NS.adms}Identifier`))
    .add(identificator, NS.uuid, text(identificatorId))
    .add(identificator, `${NS.skos}notation`, text(person.rijksregisternummer.replace(/[\s.-]/g, '')))
    .add(subject, `${NS.persoon}heeftGeboorte`, iri(geboorte))
    .add(geboorte, NS.rdfType, iri(`${NS.persoon}Geboorte`))
    .add(geboorte, NS.uuid, text(geboorteId))
    .add(geboorte, `${NS.persoon}datum`, date(person.geboortedatum))
    .add(subject, `${NS.persoon}geslacht`, iri(geslachtUri));
  const created = await createInstance(context, 'persoon', subject, ttl.toString());
  const document = await context.client.get(`personen/${encodeURIComponent(created)}`, undefined, options(context));
  const persoon = document.primary ? persoonFrom(document.primary) : { id: created, uri: subject };
  await context.client.call(
    'POST',
    `mandataris-api/personen/${encodeURIComponent(created)}/put-person-in-right-graph/${encodeURIComponent(context.body.id)}`,
    undefined,
    options(context),
  );
  return persoon;
}

// ---- mandatarissen -------------------------------------------------------------------------

/**
 * Adds a mandataris the way LMB's add form does: `POST /form-content/mandataris-new` with the
 * form's triples (APP config/form-content/mandataris-new + mandataris-edit form.ttl; FE
 * utils/build-new-mandataris-source-ttl.js pre-fills Niet bekrachtigd), the lidmaatschap as a
 * node of its own (`ext:membershipUriG`), then MS's fractie bookkeeping.
 */
export async function createMandataris(context: WriteContext, form: MandatarisForm): Promise<string> {
  const prefix = await formPrefix(context.client, 'mandataris-new', options(context));
  const fractie = await resolveFractie(context, form.fractieId, form.persoonId);
  const id = uuid();
  const subject = prefix + id;
  const ttl = new Triples()
    .add(subject, NS.rdfType, iri(`${NS.mandaat}Mandataris`))
    .add(subject, NS.uuid, text(id))
    .add(subject, `${NS.lmb}hasPublicationStatus`, iri(publicationUri('nietBekrachtigd')))
    .add(subject, `${NS.mandaat}isBestuurlijkeAliasVan`, iri(context.persoonUris.get(form.persoonId) ?? missing('persoon', form.persoonId)))
    .add(subject, `${NS.org}holds`, iri(uriOf(context.mandaten, form.mandaatId, 'mandaat')))
    .add(subject, `${NS.mandaat}status`, iri(uriOf(context.statuses, form.statusId, 'status')))
    .add(subject, `${NS.mandaat}rangorde`, text(form.rangorde.trim()))
    .add(subject, `${NS.mandaat}start`, dateTime(form.start && startOfDay(form.start)))
    .add(subject, `${NS.mandaat}einde`, dateTime(form.einde && endOfDay(form.einde)));
  for (const domein of form.beleidsdomeinIds) ttl.add(subject, `${NS.mandaat}beleidsdomein`, iri(uriOf(context.domeinen, domein, 'beleidsdomein')));
  if (fractie) {
    const lidId = uuid();
    const lid = `http://data.lblod.info/id/lidmaatschappen/${lidId}`;
    ttl
      .add(subject, `${NS.org}hasMembership`, iri(lid))
      .add(lid, NS.rdfType, iri(`${NS.org}Membership`))
      .add(lid, NS.uuid, text(lidId))
      .add(lid, `${NS.org}organisation`, iri(fractie.uri ?? missing('fractie', fractie.id)));
  }
  const created = await createInstance(context, 'mandataris-new', subject, ttl.toString());
  if (fractie) await fractieBookkeeping(context, created);
  return created;
}

function missing(what: string, id: string): never {
  throw new LoketError('bad-response', { message: `No URI known for ${what} ${id}` });
}

/** Attributes and relationships of the form that differ, as a mandataris PATCH carries them. */
function changes(before: MandatarisForm, after: MandatarisForm) {
  const changed = new Set(changedFields(before, after));
  const attributes: Record<string, unknown> = {};
  const relationships: Record<string, { type: string; id: string } | null | { type: string; id: string }[]> = {};
  if (changed.has('start')) attributes['start'] = after.start ? startOfDay(after.start) : null;
  if (changed.has('einde')) attributes['einde'] = after.einde ? endOfDay(after.einde) : null;
  if (changed.has('rangorde')) attributes['rangorde'] = after.rangorde.trim() || null;
  if (changed.has('mandaatId')) relationships['bekleedt'] = ref('mandaten', after.mandaatId);
  if (changed.has('persoonId')) relationships['is-bestuurlijke-alias-van'] = ref('personen', after.persoonId);
  if (changed.has('statusId')) relationships['status'] = ref('mandataris-status-codes', after.statusId);
  if (changed.has('beleidsdomeinIds')) relationships['beleidsdomein'] = after.beleidsdomeinIds.map((id) => ({ type: 'beleidsdomein-codes', id }));
  // No fractie any more: the has-one is cleared (LMB's wizard offers no such change; resources allow it).
  if (changed.has('fractieId') && !after.fractieId) relationships['heeft-lidmaatschap'] = null;
  return { attributes, relationships, fractie: changed.has('fractieId') };
}

/**
 * "Corrigeer fouten" (FE components/mandataris/edit/wizard.js:434-479): `PATCH /mandatarissen/:id`
 * with what changed and `modified` (FE models/mandataris.js:216-220 sets it on every save); a new
 * fractie is a new lidmaatschap, then MS's bookkeeping. The publication status is left alone.
 */
export async function correctMandataris(context: WriteContext, id: string, before: MandatarisForm, after: MandatarisForm): Promise<void> {
  const { attributes, relationships, fractie } = changes(before, after);
  await context.client.update('mandatarissen', id, { attributes: { ...attributes, modified: now() }, relationships }, options(context));
  if (fractie) {
    if (after.fractieId) await joinFractie(context, id, await resolveFractie(context, after.fractieId, after.persoonId));
    else await fractieBookkeeping(context, id);
  }
}

/** Ends a mandate: `PATCH` of `einde` (end of the Belgian day) and `modified` (wizard.js:434-479, the "Beëindigd" path). */
export async function endMandataris(context: WriteContext, id: string, einde: string): Promise<void> {
  await context.client.update('mandatarissen', id, { attributes: { einde: endOfDay(einde), modified: now() } }, options(context));
}

/**
 * A new situation (wizard.js:481-580 `changeMandatarisState`): a new mandataris, Niet
 * bekrachtigd, from the change date (`POST /mandatarissen`, props of FE services/mandataris.js:115-133),
 * the current one ended on that day (`PATCH`), the history item LMB's model saves after a create
 * (`POST /form-content/mandataris-edit/instances/:id/history`, FE models/mandataris.js:228-241),
 * and the lidmaatschap with MS's bookkeeping.
 */
export async function replaceMandataris(
  context: WriteContext,
  record: Mandataris,
  successor: MandatarisForm,
  changeDate: string,
  publicationStatusId: string,
): Promise<string> {
  const fractie = await resolveFractie(context, successor.fractieId, successor.persoonId);
  const keepsStandIn = successor.statusId === record.status?.id;
  const [created] = await Promise.all([
    context.client.create(
      'mandatarissen',
      {
        attributes: {
          start: startOfDay(changeDate),
          einde: successor.einde ? endOfDay(successor.einde) : null,
          rangorde: successor.rangorde.trim() || null,
          modified: now(),
          'duplication-reason': null,
          'link-to-besluit': null,
        },
        relationships: {
          bekleedt: ref('mandaten', successor.mandaatId),
          'is-bestuurlijke-alias-van': ref('personen', successor.persoonId),
          status: ref('mandataris-status-codes', successor.statusId),
          'publication-status': ref('mandataris-publication-status-codes', publicationStatusId),
          beleidsdomein: successor.beleidsdomeinIds.map((id) => ({ type: 'beleidsdomein-codes', id })),
          'tijdelijke-vervangingen': keepsStandIn ? record.vervangerIds.map((id) => ({ type: 'mandatarissen', id })) : [],
        },
      },
      options(context),
    ),
    context.client.update('mandatarissen', record.id, { attributes: { einde: endOfDay(changeDate), modified: now() } }, options(context)),
  ]);
  await context.client.call('POST', `form-content/mandataris-edit/instances/${encodeURIComponent(created.id)}/history`, { description: 'Aangemaakt' }, options(context));
  await joinFractie(context, created.id, fractie);
  return created.id;
}

/**
 * A rangorde alone: MS `POST /rangorde/update-rangordes?asCorrection=` (routes/rangorde.ts; FE
 * services/rangorde-api.js:12-38, controllers/organen/orgaan/edit-rangorde.js:61-83) corrects in
 * place, or ends the mandataris and copies it with the new rangorde, Niet bekrachtigd, from `date`.
 */
export async function updateRangorde(context: WriteContext, id: string, rangorde: string, asCorrection: boolean, changeDate: string): Promise<void> {
  await context.client.call(
    'POST',
    `mandataris-api/rangorde/update-rangordes?asCorrection=${asCorrection}`,
    { mandatarissen: [{ mandatarisId: id, rangorde: rangorde.trim() }], date: endOfDay(changeDate) },
    options(context),
  );
}

/**
 * The publication status of one mandataris (FE components/mandatarissen/mandataris/publication-status-selector.js:88-118):
 * `PATCH` of `publication-status`; for Bekrachtigd first a `PATCH` of `link-to-besluit`.
 */
export async function setPublicationStatus(context: WriteContext, id: string, statusId: string, kind: PublicationKind, link: string): Promise<void> {
  if (kind === 'bekrachtigd') {
    await context.client.update('mandatarissen', id, { attributes: { 'link-to-besluit': link.trim(), modified: now() } }, options(context));
  }
  await context.client.update(
    'mandatarissen',
    id,
    { attributes: { modified: now() }, relationships: { 'publication-status': ref('mandataris-publication-status-codes', statusId) } },
    options(context),
  );
}

/** `DELETE /mandatarissen/:id?withLinked=false`: MS turns it into a tombstone (dispatcher.ex:397-399, MS data-access/delete.ts). */
export async function removeMandataris(context: WriteContext, id: string): Promise<void> {
  await context.client.call('DELETE', `mandatarissen/${encodeURIComponent(id)}?withLinked=false`, undefined, options(context));
}
