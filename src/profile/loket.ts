/**
 * The profile's reads from the Loket (lblod/app-digitaal-loket): the bestuurseenheid and its
 * bodies (its own contact points are in `loket-contacts.ts`). Every request names the real
 * definition it relies on.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import { LoketError } from '../api/errors.js';
import { query } from '../api/query.js';
import type { Bestuur, Body, BodyInTime } from './model.js';
import { day, defined, text } from './read.js';

/**
 * `GET /bestuurseenheden/:id?include=classificatie,provincie,werkingsgebied`: the real UI reads
 * `?include=classificatie` (frontend-loket `services/current-session.js`); `werkingsgebied` and
 * `provincie` are has-one links of the same resource (app-digitaal-loket
 * `config/resources/organisation.lisp:8-39`, target `werkingsgebied` in `slave-besluit-domain.lisp:84`).
 * All of it is in the public graph (config.ex:155-175) except `wil-mail-ontvangen` and
 * `mail-adres`, which only `LoketLB-berichtenGebruiker` reads (config.ex:382-403).
 */
export async function loadBestuur(client: LoketClient, id: string, options: RequestOptions = {}): Promise<Bestuur> {
  const document = await client.get(`bestuurseenheden/${encodeURIComponent(id)}`, query().include('classificatie', 'werkingsgebied', 'provincie'), options);
  const view = document.primary;
  if (!view) throw new LoketError('bad-response', { message: 'No bestuurseenheid in the answer' });
  const werkingsgebied = view.one('werkingsgebied');
  const gebied = text(werkingsgebied, 'naam');
  return defined({
    id: view.id,
    type: view.type,
    uri: view.uri,
    naam: text(view, 'naam'),
    alternatieveNamen: (view.strings('alternatieve-naam') ?? []).map((name) => name.trim()).filter(Boolean),
    classificatie: text(view.one('classificatie'), 'label'),
    werkingsgebied: gebied ? defined({ naam: gebied, niveau: text(werkingsgebied, 'niveau') }) : undefined,
    provincie: text(view.one('provincie'), 'naam'),
    wilMailOntvangen: view.boolean('wil-mail-ontvangen'),
    mailAdres: text(view, 'mail-adres'),
  });
}

/** The body in time in force on `today`, else the latest that has started, else the first. */
export function currentBodyInTime(periods: readonly BodyInTime[], today: string): BodyInTime | undefined {
  const sorted = [...periods].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const started = sorted.filter((period) => !period.start || period.start <= today);
  return started.find((period) => !period.end || period.end >= today) ?? started[started.length - 1] ?? sorted[0];
}

/**
 * `GET /bestuursorganen?filter[bestuurseenheid][:id:]=<id>&filter[:has-no:bevat-bestuursfunctie]=t
 * &include=classificatie,heeft-tijdsspecialisaties&sort=naam`: the real UI's governing-body filter
 * (frontend-loket `components/supervision/submission-governing-bodies-select.js`: the same
 * `:has-no:bevat-bestuursfunctie`, `include=heeft-tijdsspecialisaties`, `sort=naam`, with the
 * bestuurseenheid by `:uri:`; its search adds `include=classificatie`). The timeless bodies of the
 * bestuur, without the leidinggevenden's bodies, with their bodies in time
 * (`slave-besluit-domain.lisp:104-127`). Public (config.ex:157-158).
 */
export async function loadBodies(client: LoketClient, id: string, today: string, options: RequestOptions = {}): Promise<Body[]> {
  const all = await client.getAll(
    'bestuursorganen',
    query()
      .ids([id], 'bestuurseenheid')
      .hasNo('bevat-bestuursfunctie')
      .include('classificatie', 'heeft-tijdsspecialisaties')
      .sort('naam'),
    (view): Body => {
      const periods = (view.many('heeft-tijdsspecialisaties') ?? [])
        .filter((period) => period.resolved)
        .map((period) => defined({ id: period.id, start: day(period, 'binding-start'), end: day(period, 'binding-einde') }));
      return defined({
        id: view.id,
        naam: text(view, 'naam'),
        classificatie: text(view.one('classificatie'), 'label'),
        current: currentBodyInTime(periods, today),
        periods: periods.length,
      });
    },
    options,
  );
  return all.items;
}
