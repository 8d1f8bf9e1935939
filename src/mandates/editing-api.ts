/**
 * The requests only a user who may edit makes: person search, re-reading a record before a write,
 * and the writes. Loaded with the editing parts, never by a read-only page.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import { isLoketError } from '../api/errors.js';
import { MANDATARIS_INCLUDE, mandatarisFrom, persoonFrom, type Mandataris, type Persoon } from '../api/mandates.js';
import { query } from '../api/query.js';
import type { MandatarisForm } from './form.js';

/** Belgian midnight as an instant; written as UTC midnight, which reads back as the same Belgian day. */
const instant = (date: string): string => `${date}T00:00:00.000Z`;

/** The record as it is now; `null` when it no longer exists (removed or archived). */
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

/**
 * Persons by name: one word matches first or last name; "Jan Peeters" or "Jan Van den Broeck"
 * matches the first word in the first name and the rest in the last name.
 */
export async function searchPersonen(client: LoketClient, term: string, options: RequestOptions = {}): Promise<Persoon[]> {
  const [first, ...rest] = term.trim().split(/\s+/);
  const byName = rest.length
    ? query().contains('gebruikte-voornaam', first!).contains('achternaam', rest.join(' '))
    : query().or((group) => group.contains('achternaam', first ?? '').contains('gebruikte-voornaam', first ?? ''));
  const { items } = await client.list(
    'personen',
    byName
      .sort('achternaam')
      .sort('gebruikte-voornaam')
      .page(0, 10),
    persoonFrom,
    options,
  );
  return items;
}

const ref = (type: string, id: string) => (id ? { type, id } : null);

/** Creates the lidmaatschap (with its period) that puts a mandataris in a fractie. */
async function createLidmaatschap(client: LoketClient, form: MandatarisForm, options: RequestOptions): Promise<string | null> {
  if (!form.fractieId) return null;
  const interval = await client.create(
    'tijdsintervallen',
    { attributes: { begin: instant(form.start), ...(form.einde ? { einde: instant(form.einde) } : {}) } },
    options,
  );
  const lidmaatschap = await client.create(
    'lidmaatschappen',
    { relationships: { 'binnen-fractie': ref('fracties', form.fractieId), 'lid-gedurende': ref('tijdsintervallen', interval.id) } },
    options,
  );
  return lidmaatschap.id;
}

export async function createMandataris(client: LoketClient, form: MandatarisForm, options: RequestOptions = {}): Promise<string> {
  const lidmaatschap = await createLidmaatschap(client, form, options);
  const created = await client.create(
    'mandatarissen',
    {
      attributes: {
        start: form.start ? instant(form.start) : null,
        ...(form.einde ? { einde: instant(form.einde) } : {}),
        ...(form.rangorde.trim() ? { rangorde: form.rangorde.trim() } : {}),
      },
      relationships: {
        bekleedt: ref('mandaten', form.mandaatId),
        'is-bestuurlijke-alias-van': ref('personen', form.persoonId),
        status: ref('mandataris-status-codes', form.statusId),
        'heeft-lidmaatschap': lidmaatschap ? { type: 'lidmaatschappen', id: lidmaatschap } : null,
        beleidsdomein: form.beleidsdomeinIds.map((id) => ({ type: 'beleidsdomein-codes', id })),
      },
    },
    options,
  );
  return created.id;
}

/** PATCHes only what differs between `before` and `after`, as mu-cl-resources expects. */
export async function correctMandataris(
  client: LoketClient,
  id: string,
  before: MandatarisForm,
  after: MandatarisForm,
  options: RequestOptions = {},
): Promise<void> {
  const attributes: Record<string, unknown> = {};
  const relationships: Record<string, { type: string; id: string } | null | { type: string; id: string }[]> = {};
  if (after.start !== before.start) attributes['start'] = after.start ? instant(after.start) : null;
  if (after.einde !== before.einde) attributes['einde'] = after.einde ? instant(after.einde) : null;
  if (after.rangorde.trim() !== before.rangorde.trim()) attributes['rangorde'] = after.rangorde.trim() || null;
  if (after.mandaatId !== before.mandaatId) relationships['bekleedt'] = ref('mandaten', after.mandaatId);
  if (after.persoonId !== before.persoonId) relationships['is-bestuurlijke-alias-van'] = ref('personen', after.persoonId);
  if (after.statusId !== before.statusId) relationships['status'] = ref('mandataris-status-codes', after.statusId);
  if ([...after.beleidsdomeinIds].sort().join() !== [...before.beleidsdomeinIds].sort().join()) {
    relationships['beleidsdomein'] = after.beleidsdomeinIds.map((domein) => ({ type: 'beleidsdomein-codes', id: domein }));
  }
  if (after.fractieId !== before.fractieId) {
    const lidmaatschap = await createLidmaatschap(client, after, options);
    relationships['heeft-lidmaatschap'] = lidmaatschap ? { type: 'lidmaatschappen', id: lidmaatschap } : null;
  }
  if (Object.keys(attributes).length === 0 && Object.keys(relationships).length === 0) return;
  await client.update('mandatarissen', id, { attributes, relationships }, options);
}

export async function endMandataris(client: LoketClient, id: string, einde: string, options: RequestOptions = {}): Promise<void> {
  await client.update('mandatarissen', id, { attributes: { einde: instant(einde) } }, options);
}

/** Ends the current mandataris on `changeDate` and starts its successor with the edited values. */
export async function replaceMandataris(
  client: LoketClient,
  id: string,
  successor: MandatarisForm,
  changeDate: string,
  options: RequestOptions = {},
): Promise<string> {
  await endMandataris(client, id, changeDate, options);
  return createMandataris(client, { ...successor, start: changeDate }, options);
}

/** The Loket archives rather than deletes: the record leaves the lists. */
export async function removeMandataris(client: LoketClient, id: string, options: RequestOptions = {}): Promise<void> {
  await client.remove('mandatarissen', id, options);
}
