/**
 * The Contactgegevens app's base data, in its own domain's names (domain.json): the besturen as
 * `administrative-units` with their classification and territory (public graph), and their KBO
 * and OVO numbers as identifiers (the bestuur's own `organization-data-user` graph).
 */
import type { SeedFamily } from '../../../family.js';
import type { StoredResource } from '../../../schema.js';
import { CLASSIFICATIES } from '../../../world.js';

const rec = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}, owner?: string): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
  ...(owner ? { owner } : {}),
});

/** The `id-name` notations the app's frontend matches on (frontend-contactgegevens-loket `app/models/identifier.js`). */
export const ID_NAMES = { kbo: 'KBO nummer', ovo: 'OVO-nummer' } as const;

export const administrativeUnitsFamily: SeedFamily & { base: true } = {
  name: 'administrative-units',
  base: true,
  seed({ world, random }) {
    const out: StoredResource[] = [];
    for (const { id, label } of Object.values(CLASSIFICATIES)) out.push(rec('administrative-unit-classification-codes', id, { label }));
    for (const territory of world.territories) out.push(rec('locations', territory.id, { label: territory.naam, level: territory.niveau }));
    for (const bestuur of world.besturen) {
      const identifiers: string[] = [];
      for (const kind of ['kbo', 'ovo'] as const) {
        const value = bestuur[kind];
        if (!value) continue;
        const identifier = random.uuid();
        const structured = random.uuid();
        out.push(rec('structured-identifiers', structured, { 'local-id': value }, {}, bestuur.id));
        out.push(rec('identifiers', identifier, { 'id-name': ID_NAMES[kind] }, { 'structured-identifier': structured }, bestuur.id));
        identifiers.push(identifier);
      }
      out.push(
        rec(
          'administrative-units',
          bestuur.id,
          { name: bestuur.name, 'legal-name': bestuur.naam },
          {
            classification: bestuur.kind === 'agentschap' ? null : CLASSIFICATIES[bestuur.kind].id,
            scope: bestuur.werkingsgebied?.id ?? null,
            'located-within': bestuur.provincie?.id ?? null,
            identifiers,
          },
        ),
      );
    }
    return out;
  },
};
