/**
 * What the bestuur profile shows, as plain data: each value with the app (and, where the data
 * names one, the register) it comes from. Mapped from three apps' JSON:API answers by
 * `loket.ts`, `contactgegevens.ts` and `mandates.ts` beside this file.
 */

/** The app a value is read from. */
export type SourceApp = 'loket' | 'contactgegevens' | 'lmb';

/**
 * The register behind a value: the Organisatieportaal (which feeds the besturen to every app of
 * the Loket family), the KBO, the Flemish organisation register (OVO numbers), the address register.
 */
export type Register = 'op' | 'kbo' | 'ovo' | 'adressenregister';

export interface Source {
  app: SourceApp;
  register?: Register;
}

/** The bestuurseenheid as the Loket has it (`organisation.lisp`). */
export interface Bestuur {
  id: string;
  /** The JSON:API type it was served as (`bestuurseenheden`, or a subclass path such as `worship-services`). */
  type: string;
  uri?: string;
  naam?: string;
  alternatieveNamen: string[];
  classificatie?: string;
  werkingsgebied?: { naam: string; niveau?: string };
  provincie?: string;
  /** `wil-mail-ontvangen` / `mail-adres`: absent unless the session may read them (berichten role). */
  wilMailOntvangen?: boolean;
  mailAdres?: string;
}

/** The bestuur as the Contactgegevens app has it (`domain.json` administrative-unit). */
export interface Organisation {
  legalName?: string;
  status?: string;
  /** KBO and OVO numbers: only visible with the Contactgegevens role, in the bestuur's own graph. */
  kbo?: string;
  ovo?: string;
  primarySiteId?: string;
}

export interface Address {
  full?: string;
  street?: string;
  number?: string;
  box?: string;
  postcode?: string;
  municipality?: string;
  province?: string;
  country?: string;
  /** `address-register-uri` / `adres-register-uri`, only when it is an http(s) URL. */
  registerUri?: string;
}

export interface ContactPoint {
  id: string;
  /** `Primary` or `Secondary` (the apps' `type` / contactType values), or whatever the data says. */
  type?: string;
  email?: string;
  telephone?: string;
  fax?: string;
  /** Only http(s). */
  website?: string;
  address?: Address;
}

/** A site (vestiging) with its address and contact points; the Loket's contact points are one "site" each. */
export interface Site {
  id: string;
  primary: boolean;
  /** The site type's label (Gemeentehuis, Andere vestiging …). */
  typeLabel?: string;
  /** The name of an "Andere vestiging". */
  name?: string;
  address?: Address;
  contacts: ContactPoint[];
  source: Source;
}

/** A body with the body in time that is current (or the latest that started). */
export interface Body {
  id: string;
  naam?: string;
  classificatie?: string;
  current?: BodyInTime;
  periods: number;
}

export interface BodyInTime {
  id: string;
  /** `YYYY-MM-DD`. */
  start?: string;
  end?: string;
}
