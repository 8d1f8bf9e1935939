/**
 * The mandates of Lokaal Mandatenbeheer (LMB, lblod/app-lokaal-mandatenbeheer), read the way its
 * own frontend reads them (lblod/frontend-lokaal-mandatenbeheer), in the names of its domain:
 * config/resources/external-mandaat.lisp (mandatarissen, mandaten, fracties, lidmaatschappen,
 * personen, status and publication-status codes) and external-besluit.lisp (bestuursorganen,
 * bestuursperiodes). Every read goes to the client of `mandates-api-base`. What only an editing
 * user needs (codes, person search, the writes) is in `src/mandates/`, loaded on demand.
 *
 * Models hold plain strings with dates as `YYYY-MM-DD` (the Belgian calendar day: LMB stores
 * `start` at 00:00 and `einde` at 23:59:59 Brussels time), so rules, drafts and conflict checks
 * compare them without time zones.
 */
import type { LoketClient, RequestOptions } from './client.js';
import type { ResourceView } from './document.js';
import { query } from './query.js';

export interface Concept {
  id: string;
  /** The concept's URI: what LMB's services and forms take (and what the editor decides on). */
  uri?: string;
  label: string;
}

export interface Persoon {
  id: string;
  uri?: string;
  gebruikteVoornaam?: string;
  achternaam?: string;
  alternatieveNaam?: string;
}

export interface Fractie {
  id: string;
  uri?: string;
  naam?: string;
  /** `fractietype` is Onafhankelijk: LMB keeps one such fractie per person and period. */
  onafhankelijk: boolean;
}

export interface Mandaat {
  id: string;
  uri?: string;
  aantalHouders?: number;
  /** `lmb:withRangorde`, where LMB sets it. */
  withRangorde?: boolean;
  bestuursfunctie?: Concept;
}

export interface Bestuursperiode {
  id: string;
  label?: string;
}

/** A body in time: one bestuursperiode of a body (`is-tijdsspecialisatie-van`). */
export interface OrgaanInTijd {
  id: string;
  naam?: string;
  bindingStart?: string;
  bindingEinde?: string;
  periode?: Bestuursperiode;
}

/** A body (gemeenteraad, college …) with its bodies in time, oldest first. */
export interface Orgaan {
  id: string;
  naam?: string;
  classificatie?: Concept;
  legislaturen: OrgaanInTijd[];
}

export interface Mandataris {
  id: string;
  uri?: string;
  rangorde?: string;
  start?: string;
  einde?: string;
  /** `dct:modified`, exactly as served: what the re-read before a save compares. */
  modified?: string;
  mandaat?: Mandaat;
  persoon?: Persoon;
  status?: Concept;
  publicationStatus?: Concept;
  linkToBesluit?: string;
  fractie?: Fractie;
  lidmaatschapId?: string;
  beleidsdomeinen: Concept[];
  /** `tijdelijke-vervangingen` (mandaat:isTijdelijkVervangenDoor): the stand-ins of this holder. */
  vervangerIds: string[];
}

export function persoonName(persoon: Persoon | undefined): string {
  return [persoon?.gebruikteVoornaam, persoon?.achternaam].filter(Boolean).join(' ') || persoon?.alternatieveNaam || '';
}

const BELGIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A `:datetime` (or `:date`) as the Belgian calendar day it falls on. */
function day(view: ResourceView, name: string): string | undefined {
  const raw = view.string(name);
  if (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return view.date(name) && raw;
  const instant = view.dateTime(name);
  return instant ? BELGIAN_DAY.format(instant) : undefined;
}

const text = (view: ResourceView, name: string): string | undefined => view.string(name)?.trim() || undefined;

export function conceptFrom(view: ResourceView | null | undefined): Concept | undefined {
  if (!view?.resolved) return undefined;
  const uri = view.uri;
  return { id: view.id, label: text(view, 'label') ?? view.id, ...(uri ? { uri } : {}) };
}

export function persoonFrom(view: ResourceView): Persoon {
  const persoon: Persoon = { id: view.id };
  const fields = { uri: 'uri', gebruikteVoornaam: 'gebruikte-voornaam', achternaam: 'achternaam', alternatieveNaam: 'alternatieve-naam' } as const;
  for (const [key, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
    const value = text(view, name);
    if (value) persoon[key] = value;
  }
  return persoon;
}

/** The fractietype URIs (FE app/utils/well-known-uris.js:1-4, MS util/constants.ts:11-14). */
export const ONAFHANKELIJK = 'http://data.vlaanderen.be/id/concept/Fractietype/Onafhankelijk';

export function fractieFrom(view: ResourceView): Fractie {
  const fractie: Fractie = { id: view.id, onafhankelijk: view.one('fractietype')?.uri === ONAFHANKELIJK };
  const naam = text(view, 'naam');
  if (naam) fractie.naam = naam;
  if (view.uri) fractie.uri = view.uri;
  return fractie;
}

function mandaatFrom(view: ResourceView): Mandaat {
  const mandaat: Mandaat = { id: view.id };
  if (view.uri) mandaat.uri = view.uri;
  const aantal = view.number('aantal-houders');
  if (aantal !== undefined && aantal >= 0) mandaat.aantalHouders = aantal;
  const withRangorde = view.boolean('with-rangorde');
  if (withRangorde !== undefined) mandaat.withRangorde = withRangorde;
  const functie = conceptFrom(view.one('bestuursfunctie'));
  if (functie) mandaat.bestuursfunctie = functie;
  return mandaat;
}

function orgaanInTijdFrom(view: ResourceView): OrgaanInTijd {
  const orgaan: OrgaanInTijd = { id: view.id };
  const naam = text(view, 'naam');
  if (naam) orgaan.naam = naam;
  const start = day(view, 'binding-start');
  if (start) orgaan.bindingStart = start;
  const einde = day(view, 'binding-einde');
  if (einde) orgaan.bindingEinde = einde;
  const periode = view.one('heeft-bestuursperiode');
  if (periode) orgaan.periode = { id: periode.id, ...(periode.resolved && text(periode, 'label') ? { label: text(periode, 'label') } : {}) };
  return orgaan;
}

export function mandatarisFrom(view: ResourceView): Mandataris {
  const mandataris: Mandataris = { id: view.id, beleidsdomeinen: [], vervangerIds: [] };
  if (view.uri) mandataris.uri = view.uri;
  const rangorde = text(view, 'rangorde');
  if (rangorde) mandataris.rangorde = rangorde;
  const start = day(view, 'start');
  if (start) mandataris.start = start;
  const einde = day(view, 'einde');
  if (einde) mandataris.einde = einde;
  const modified = view.string('modified');
  if (modified) mandataris.modified = modified;
  const link = text(view, 'link-to-besluit');
  if (link) mandataris.linkToBesluit = link;
  const mandaat = view.one('bekleedt');
  if (mandaat?.resolved) mandataris.mandaat = mandaatFrom(mandaat);
  const persoon = view.one('is-bestuurlijke-alias-van');
  if (persoon?.resolved) mandataris.persoon = persoonFrom(persoon);
  const status = conceptFrom(view.one('status'));
  if (status) mandataris.status = status;
  const publication = conceptFrom(view.one('publication-status'));
  if (publication) mandataris.publicationStatus = publication;
  const lidmaatschap = view.one('heeft-lidmaatschap');
  if (lidmaatschap) {
    mandataris.lidmaatschapId = lidmaatschap.id;
    const fractie = lidmaatschap.resolved ? lidmaatschap.one('binnen-fractie') : undefined;
    if (fractie?.resolved) mandataris.fractie = fractieFrom(fractie);
  }
  mandataris.beleidsdomeinen = (view.many('beleidsdomein') ?? []).map(conceptFrom).filter((concept): concept is Concept => !!concept);
  mandataris.vervangerIds = (view.many('tijdelijke-vervangingen') ?? []).map((vervanger) => vervanger.id);
  return mandataris;
}

/** FE routes/mandatarissen/persoon/mandataris.js:113-129 and services/mandatarissen.js:33-63. */
export const MANDATARIS_INCLUDE = [
  'is-bestuurlijke-alias-van',
  'bekleedt.bestuursfunctie',
  'status',
  'publication-status',
  'beleidsdomein',
  'tijdelijke-vervangingen',
  'heeft-lidmaatschap.binnen-fractie.fractietype',
];

/**
 * The bodies of a bestuur with their bodies in time: FE services/bestuursorganen.js:12-22
 * (active, not a time-specialisation, not a body of a legislature in preparation).
 */
export async function loadOrganen(client: LoketClient, bestuurseenheid: string, options: RequestOptions = {}): Promise<Orgaan[]> {
  const { items } = await client.getAll(
    'bestuursorganen',
    query()
      .hasNo('deactivated-at')
      .hasNo('is-tijdsspecialisatie-van')
      .hasNo('original-bestuurseenheid')
      .ids([bestuurseenheid], 'bestuurseenheid')
      .include('classificatie', 'heeft-tijdsspecialisaties.heeft-bestuursperiode'),
    (view): Orgaan => {
      const orgaan: Orgaan = {
        id: view.id,
        legislaturen: (view.many('heeft-tijdsspecialisaties') ?? [])
          .filter((body) => body.resolved)
          .map(orgaanInTijdFrom)
          .sort((a, b) => (a.bindingStart ?? '').localeCompare(b.bindingStart ?? '')),
      };
      const naam = text(view, 'naam');
      if (naam) orgaan.naam = naam;
      const classificatie = conceptFrom(view.one('classificatie'));
      if (classificatie) orgaan.classificatie = classificatie;
      return orgaan;
    },
    options,
  );
  return items.sort((a, b) => (a.naam ?? '').localeCompare(b.naam ?? '', 'nl'));
}

/** The body in time in force on `today`, else the latest that has started, else the first. */
export function currentLegislature(orgaan: Orgaan, today: string): OrgaanInTijd | undefined {
  const started = orgaan.legislaturen.filter((body) => !body.bindingStart || body.bindingStart <= today);
  return started.find((body) => !body.bindingEinde || body.bindingEinde >= today) ?? started[started.length - 1] ?? orgaan.legislaturen[0];
}

/** The mandaten of a body in time (`bevat-in`, the inverse of its `bevat`). */
export async function loadMandaten(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Mandaat[]> {
  const { items } = await client.getAll('mandaten', query().ids([orgaanInTijd], 'bevat-in').include('bestuursfunctie'), mandaatFrom, options);
  return items;
}

/** FE services/mandatarissen.js:33-63: the body's mandatarissen that have a person. */
export async function loadMandatarissen(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Mandataris[]> {
  const { items } = await client.getAll(
    'mandatarissen',
    query().ids([orgaanInTijd], 'bekleedt.bevat-in').has('is-bestuurlijke-alias-van').include(...MANDATARIS_INCLUDE),
    mandatarisFrom,
    options,
  );
  return items;
}

/** The fracties of a body in time (`bestuursorganen-in-tijd`, org:memberOf). */
export async function loadFracties(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Fractie[]> {
  const { items } = await client.getAll(
    'fracties',
    query().ids([orgaanInTijd], 'bestuursorganen-in-tijd').include('fractietype').sort('naam'),
    fractieFrom,
    options,
  );
  return items;
}
