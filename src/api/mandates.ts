/**
 * The mandates family (OSLO Mandaten), as everyone reads it: bodies and their bodies in time,
 * mandaten, mandatarissen with person, status, fractie and beleidsdomeinen, and code lists. What
 * only an editing user needs (person search, re-reading a record, writes) is in
 * `src/mandates/editing-api.ts`, so a read-only page never downloads it. Models hold plain strings
 * with dates as `YYYY-MM-DD` (the Belgian calendar day), so the rules, drafts and conflict checks
 * compare them without time zones.
 */
import type { LoketClient, RequestOptions } from './client.js';
import type { ResourceView } from './document.js';
import { query } from './query.js';

export interface Concept {
  id: string;
  label: string;
  scopeNote?: string;
}

export interface Persoon {
  id: string;
  gebruikteVoornaam?: string;
  achternaam?: string;
  alternatieveNaam?: string;
}

export interface Fractie {
  id: string;
  naam?: string;
  fractietype?: Concept;
}

export interface Mandaat {
  id: string;
  aantalHouders?: number;
  bestuursfunctie?: Concept;
}

/** A body in time: one legislature of a body. */
export interface OrgaanInTijd {
  id: string;
  naam?: string;
  bindingStart?: string;
  bindingEinde?: string;
}

/** A body (gemeenteraad, college …) with its legislatures, oldest first. */
export interface Orgaan {
  id: string;
  naam?: string;
  classificatie?: Concept;
  legislaturen: OrgaanInTijd[];
}

export interface Mandataris {
  id: string;
  rangorde?: string;
  start?: string;
  einde?: string;
  mandaat?: Mandaat;
  persoon?: Persoon;
  status?: Concept;
  fractie?: Fractie;
  lidmaatschapId?: string;
  beleidsdomeinen: Concept[];
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

function conceptFrom(view: ResourceView | null | undefined): Concept | undefined {
  if (!view?.resolved) return undefined;
  const scopeNote = text(view, 'scope-note');
  return { id: view.id, label: text(view, 'label') ?? view.id, ...(scopeNote ? { scopeNote } : {}) };
}

export function persoonFrom(view: ResourceView): Persoon {
  const persoon: Persoon = { id: view.id };
  const voornaam = text(view, 'gebruikte-voornaam');
  if (voornaam) persoon.gebruikteVoornaam = voornaam;
  const achternaam = text(view, 'achternaam');
  if (achternaam) persoon.achternaam = achternaam;
  const alternatief = text(view, 'alternatieve-naam');
  if (alternatief) persoon.alternatieveNaam = alternatief;
  return persoon;
}

function fractieFrom(view: ResourceView): Fractie {
  const fractie: Fractie = { id: view.id };
  const naam = text(view, 'naam');
  if (naam) fractie.naam = naam;
  const type = conceptFrom(view.one('fractietype'));
  if (type) fractie.fractietype = type;
  return fractie;
}

function mandaatFrom(view: ResourceView): Mandaat {
  const mandaat: Mandaat = { id: view.id };
  const aantal = view.number('aantal-houders');
  if (aantal !== undefined && aantal >= 0) mandaat.aantalHouders = aantal;
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
  return orgaan;
}

export function mandatarisFrom(view: ResourceView): Mandataris {
  const mandataris: Mandataris = { id: view.id, beleidsdomeinen: [] };
  const rangorde = text(view, 'rangorde');
  if (rangorde) mandataris.rangorde = rangorde;
  const start = day(view, 'start');
  if (start) mandataris.start = start;
  const einde = day(view, 'einde');
  if (einde) mandataris.einde = einde;
  const mandaat = view.one('bekleedt');
  if (mandaat?.resolved) mandataris.mandaat = mandaatFrom(mandaat);
  const persoon = view.one('is-bestuurlijke-alias-van');
  if (persoon?.resolved) mandataris.persoon = persoonFrom(persoon);
  const status = conceptFrom(view.one('status'));
  if (status) mandataris.status = status;
  const lidmaatschap = view.one('heeft-lidmaatschap');
  if (lidmaatschap) {
    mandataris.lidmaatschapId = lidmaatschap.id;
    const fractie = lidmaatschap.resolved ? lidmaatschap.one('binnen-fractie') : undefined;
    if (fractie?.resolved) mandataris.fractie = fractieFrom(fractie);
  }
  mandataris.beleidsdomeinen = (view.many('beleidsdomein') ?? [])
    .map(conceptFrom)
    .filter((concept): concept is Concept => !!concept);
  return mandataris;
}

export const MANDATARIS_INCLUDE = [
  'bekleedt.bestuursfunctie',
  'is-bestuurlijke-alias-van',
  'status',
  'beleidsdomein',
  'heeft-lidmaatschap.binnen-fractie.fractietype',
];

/** The bodies of a bestuur with their legislatures (bodies in time), ordered by name. */
export async function loadOrganen(client: LoketClient, bestuurseenheid: string, options: RequestOptions = {}): Promise<Orgaan[]> {
  const inTime = await client.getAll(
    'bestuursorganen',
    query()
      .ids([bestuurseenheid], 'is-tijdsspecialisatie-van.bestuurseenheid')
      .include('is-tijdsspecialisatie-van.classificatie')
      .sort('binding-start'),
    (view) => ({ body: orgaanInTijdFrom(view), parent: view.one('is-tijdsspecialisatie-van') }),
    options,
  );
  const organen = new Map<string, Orgaan>();
  for (const { body, parent } of inTime.items) {
    if (!parent) continue;
    let orgaan = organen.get(parent.id);
    if (!orgaan) {
      orgaan = { id: parent.id, legislaturen: [] };
      const naam = parent.resolved ? text(parent, 'naam') : undefined;
      if (naam) orgaan.naam = naam;
      const classificatie = parent.resolved ? conceptFrom(parent.one('classificatie')) : undefined;
      if (classificatie) orgaan.classificatie = classificatie;
      organen.set(parent.id, orgaan);
    }
    orgaan.legislaturen.push(body);
  }
  for (const orgaan of organen.values()) {
    orgaan.legislaturen.sort((a, b) => (a.bindingStart ?? '').localeCompare(b.bindingStart ?? ''));
  }
  return [...organen.values()].sort((a, b) => (a.naam ?? '').localeCompare(b.naam ?? '', 'nl'));
}

/** The legislature in force on `today`, else the latest that has started, else the first. */
export function currentLegislature(orgaan: Orgaan, today: string): OrgaanInTijd | undefined {
  const started = orgaan.legislaturen.filter((body) => !body.bindingStart || body.bindingStart <= today);
  return (
    started.find((body) => !body.bindingEinde || body.bindingEinde >= today) ?? started[started.length - 1] ?? orgaan.legislaturen[0]
  );
}

export async function loadMandaten(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Mandaat[]> {
  const { items } = await client.getAll(
    'mandaten',
    query().ids([orgaanInTijd], 'bevat-in').include('bestuursfunctie'),
    mandaatFrom,
    options,
  );
  return items;
}

export async function loadMandatarissen(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Mandataris[]> {
  const { items } = await client.getAll(
    'mandatarissen',
    query().ids([orgaanInTijd], 'bekleedt.bevat-in').include(...MANDATARIS_INCLUDE),
    mandatarisFrom,
    options,
  );
  return items;
}

export async function loadFracties(client: LoketClient, orgaanInTijd: string, options: RequestOptions = {}): Promise<Fractie[]> {
  const { items } = await client.getAll(
    'fracties',
    query().ids([orgaanInTijd], 'bestuursorganen-in-tijd').include('fractietype').sort('naam'),
    fractieFrom,
    options,
  );
  return items;
}

export type CodeList = 'mandataris-status-codes' | 'beleidsdomein-codes';

export async function loadCodes(client: LoketClient, list: CodeList, options: RequestOptions = {}): Promise<Concept[]> {
  const { items } = await client.getAll(list, query().sort('label'), (view) => conceptFrom(view)!, options);
  return items;
}
