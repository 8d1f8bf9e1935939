/**
 * The Loket's bestuursorganen (slave-besluit-domain.lisp, public graph: config.ex:157-158): every
 * body of the world's besturen with its bodies in time, from the one list LMB's seed uses too
 * (apps/shared/bestuursorganen.ts), and the BestuursorgaanClassificatieCodes. The timeless body
 * carries `bestuurseenheid` and `classificatie`; a body in time `binding-start`, `binding-einde` and
 * `is-tijdsspecialisatie-van`, and no name of its own (the Loket's views read the body's).
 */
import type { SeedFamily } from '../../../family.js';
import type { StoredResource } from '../../../schema.js';
import { record } from '../../shared/besturen.js';
import { ORGAAN_CLASSIFICATIES, ORGAAN_CLASSIFICATIE_BASE, bodiesOf } from '../../shared/bestuursorganen.js';

const BESTUURSORGAAN_BASE = 'http://data.lblod.info/id/bestuursorganen/';

export const bestuursorganenFamily: SeedFamily & { base: true } = {
  name: 'bestuursorganen',
  base: true,
  seed({ world }) {
    const out: StoredResource[] = [];
    for (const { id, label } of Object.values(ORGAAN_CLASSIFICATIES)) {
      out.push(record('bestuursorgaan-classificatie-codes', id, { uri: ORGAAN_CLASSIFICATIE_BASE + id, label }));
    }
    for (const bestuur of world.besturen) {
      for (const body of bodiesOf(bestuur)) {
        out.push(record('bestuursorganen', body.id, { uri: BESTUURSORGAAN_BASE + body.id, naam: body.naam }, { bestuurseenheid: bestuur.id, classificatie: body.classificatie ?? null }));
        for (const inTime of body.inTime) {
          out.push(
            record('bestuursorganen', inTime.id, { uri: BESTUURSORGAAN_BASE + inTime.id, 'binding-start': inTime.start, 'binding-einde': inTime.end }, { 'is-tijdsspecialisatie-van': body.id }),
          );
        }
      }
    }
    return out;
  },
};
