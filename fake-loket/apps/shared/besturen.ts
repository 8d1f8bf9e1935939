/**
 * The base data of the apps whose domains name besturen the mu way (`bestuurseenheden` with
 * `naam`, `classificatie`, `werkingsgebied`, `provincie`; `gebruikers` and `accounts`): the Loket,
 * Lokaal Mandatenbeheer and Subsidiepunt. The besturen of the world with their classification
 * codes and territories, and their users and accounts (in their own bestuur's graph).
 */
import type { SeedFamily } from '../../family.js';
import type { StoredResource } from '../../schema.js';
import { BESTUURSEENHEID_BASE, CLASSIFICATIES, CLASSIFICATIE_BASE } from '../../world.js';

/** The concept scheme the Loket's search page reads the Doelgroep options from (frontend-loket config/constants.js). */
export const CLASSIFICATION_SCHEME_URI = 'http://data.vlaanderen.be/id/conceptscheme/BestuurseenheidClassificatieCode';
/** Its mu:uuid (app-digitaal-loket config/migrations/2018/20180411113000-concept_schemes_to_publish.ttl). */
export const CLASSIFICATION_SCHEME_ID = '8d051880fe128d220e233f1a5130d629';

export const record = (type: string, id: string, attributes: Record<string, unknown>, relationships: StoredResource['relationships'] = {}, owner?: string): StoredResource => ({
  type,
  id,
  attributes,
  relationships,
  ...(owner ? { owner } : {}),
});

export interface BesturenOptions {
  /** The Loket's e-mail preference for the berichtencentrum (`wil-mail-ontvangen`, `mail-adres`). */
  mailPreference?: boolean;
  /** Seed the classification codes as skos:Concepts of their scheme too (the Loket's search reads them so). */
  classificationConcepts?: boolean;
  /**
   * The gebruiker's `foaf:member` link as the app's master-users-domain.lisp names it: `bestuurseenheden`
   * in the Loket and Lokaal Mandatenbeheer, `organizations` in Subsidiepunt (l.1-13).
   */
  memberLink?: 'bestuurseenheden' | 'organizations';
}

export function besturenFamily(options: BesturenOptions = {}): SeedFamily & { base: true } {
  return {
    name: 'besturen',
    base: true,
    seed({ world }) {
      const out: StoredResource[] = [];
      if (options.classificationConcepts) {
        out.push(record('concept-schemes', CLASSIFICATION_SCHEME_ID, { uri: CLASSIFICATION_SCHEME_URI, label: 'BestuurseenheidClassificatieCode' }));
      }
      for (const { id, label } of Object.values(CLASSIFICATIES)) {
        const uri = CLASSIFICATIE_BASE + id;
        out.push(record('bestuurseenheid-classificatie-codes', id, { uri, label }));
        // One URI, two rdf:types: a BestuurseenheidClassificatieCode and a skos:Concept of its scheme.
        if (options.classificationConcepts) {
          out.push(record('concepts', id, { uri, label }, { 'top-concept-schemes': [CLASSIFICATION_SCHEME_ID], 'concept-schemes': [CLASSIFICATION_SCHEME_ID] }));
        }
      }
      for (const territory of world.territories) {
        out.push(record('werkingsgebieden', territory.id, { uri: `http://data.lblod.info/id/werkingsgebieden/${territory.id}`, naam: territory.naam, niveau: territory.niveau }));
      }
      for (const bestuur of world.besturen) {
        const classificatie = bestuur.kind === 'agentschap' ? null : CLASSIFICATIES[bestuur.kind].id;
        out.push(
          record(
            'bestuurseenheden',
            bestuur.id,
            {
              uri: BESTUURSEENHEID_BASE + bestuur.id,
              naam: bestuur.naam,
              ...(bestuur.alternativeNames ? { 'alternatieve-naam': [...bestuur.alternativeNames] } : {}),
              ...(options.mailPreference ? { 'mail-adres': bestuur.mail, 'wil-mail-ontvangen': bestuur.kind === 'gemeente' } : {}),
            },
            { classificatie, werkingsgebied: bestuur.werkingsgebied?.id ?? null, provincie: bestuur.provincie?.id ?? null },
          ),
        );
      }
      for (const user of world.users) {
        out.push(record('gebruikers', user.id, { voornaam: user.voornaam, achternaam: user.achternaam }, { account: [user.accountId], [options.memberLink ?? 'bestuurseenheden']: [user.bestuurId] }));
        out.push(record('accounts', user.accountId, { provider: 'https://github.com/lblod/acmidm-login-service' }));
      }
      return out;
    },
  };
}

type Related = (record: StoredResource, name: string) => StoredResource[];

/**
 * The bestuur whose graph a record sits in, for the links these domains share: a bestuurseenheid
 * is its own; a user belongs to its bestuur, an account to its user's; a record with an
 * `organization` (a submission) to that one.
 */
export function bestuurOf(record: StoredResource, related: Related): string | undefined {
  if (record.type === 'bestuurseenheden') return record.id;
  if (record.type === 'gebruikers') return (related(record, 'bestuurseenheden')[0] ?? related(record, 'organizations')[0])?.id;
  if (record.type === 'accounts') {
    const user = related(record, 'gebruiker')[0];
    return user ? bestuurOf(user, related) : undefined;
  }
  const organization = record.relationships['organization'];
  return typeof organization === 'string' ? organization : undefined;
}
