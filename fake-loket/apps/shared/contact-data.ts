/**
 * The sites (vestigingen) of each bestuur of the world, with their address and contact points,
 * as one app-neutral description. The Contactgegevens app seeds them in its own names (`sites`,
 * `addresses`, `contact-points`: apps/contactgegevens/seed/), the Loket seeds the primary site's
 * contact points as the bestuurseenheid's `contactinfo` (`contact-punten`, `adressen`:
 * apps/loket/seed/profile.ts), so both apps tell the same story.
 *
 * Street addresses are those of the public buildings (as any municipal website lists them); the
 * telephone numbers, e-mail addresses and address register ids are made up.
 */
import type { WorldBestuur } from '../../world.js';

/** Site types (frontend-contactgegevens-loket `app/models/site.js` SITE_CODE; labels as the app's code list). */
export const SITE_TYPES = {
  maatschappelijkeZetel: { id: 'f1381723dec42c0b6ba6492e41d6f5dd', label: 'Maatschappelijke zetel' },
  hoofdgebouwErediensten: { id: 'dd0418307e7038c0c3809e3ec03a0932', label: 'Hoofdgebouw erediensten' },
  gemeentehuis: { id: '57e8e5498ca84056b8a87631a26c90af', label: 'Gemeentehuis' },
  andereVestiging: { id: 'dcc01338-842c-4fbd-ba68-3ca6f3af975c', label: 'Andere vestiging' },
  provinciehuis: { id: '15f2683c61b74541b27b64b4365806c7', label: 'Provinciehuis' },
  districthuis: { id: 'db13a289b78e42d19d8d1d269b61b18f', label: 'Districthuis' },
  hoofdcommissariaat: { id: '0ed15289-1f3d-4172-8c46-0506de5aa2a3', label: 'Hoofdcommissariaat' },
} as const;

export type SiteType = keyof typeof SITE_TYPES;

/** Organisation status codes (frontend-contactgegevens-loket `app/models/organization-status-code.js`). */
export const ORGANIZATION_STATUS = {
  actief: { id: '63cc561de9188d64ba5840a42ae8f0d6', label: 'Actief' },
  nietActief: { id: 'd02c4e12bf88d2fdf5123b07f29c9311', label: 'Niet actief' },
  inOprichting: { id: 'abf4fee82019f88cf122f986830621ab', label: 'In oprichting' },
} as const;

export interface ContactData {
  type: 'Primary' | 'Secondary';
  email?: string;
  telephone?: string;
  fax?: string;
  website?: string;
}

export interface AddressData {
  street: string;
  number: string;
  boxNumber?: string;
  postcode: string;
  municipality: string;
  province?: string;
  country: string;
  /** An Adressenregister address (`https://data.vlaanderen.be/id/adres/<id>`), when matched. */
  registerId?: number;
}

export interface SiteData {
  type: SiteType;
  /** `site-type-name`: the name of an "Andere vestiging". */
  name?: string;
  address: AddressData;
  contacts: ContactData[];
}

export interface BestuurContactData {
  status: keyof typeof ORGANIZATION_STATUS;
  primary?: SiteData;
  others: SiteData[];
}

export const ADDRESS_REGISTER_BASE = 'https://data.vlaanderen.be/id/adres/';

/** `<street> <number> <box>, <postcode> <municipality>, <country>` (frontend-contactgegevens-loket `combineFullAddress`). */
export function fullAddress(address: AddressData): string {
  const street = [address.street, address.number, address.boxNumber].filter(Boolean).join(' ');
  return [street, `${address.postcode} ${address.municipality}`, address.country].filter(Boolean).join(', ');
}

const OV = 'Oost-Vlaanderen';
const BE = 'België';

const at = (street: string, number: string, postcode: string, municipality: string, registerId?: number, province: string | undefined = OV): AddressData => ({
  street,
  number,
  postcode,
  municipality,
  ...(province ? { province } : {}),
  country: BE,
  ...(registerId ? { registerId } : {}),
});

const primary = (email: string, telephone: string, website?: string, fax?: string): ContactData => ({
  type: 'Primary',
  email,
  telephone,
  ...(website ? { website } : {}),
  ...(fax ? { fax } : {}),
});

/** The branches of the first gemeente: enough sites for the "many contact points" state. */
const AALST_BRANCHES: [string, string, string, string, string][] = [
  ['Stadsbibliotheek', 'Graanmarkt', '10', 'bibliotheek@aalst.be', '+32 53 73 23 00'],
  ['Sportdienst', 'Zwembadlaan', '2', 'sport@aalst.be', '+32 53 73 28 30'],
  ['Dienst Toerisme', 'Grote Markt', '3', 'toerisme@aalst.be', '+32 53 73 22 70'],
  ['Cultuurcentrum De Werf', 'Molenstraat', '51', 'ccdewerf@aalst.be', '+32 53 73 28 12'],
  ['Recyclagepark', 'Sint-Jobstraat', '7', 'recyclagepark@aalst.be', '+32 53 73 25 40'],
];

/** Contact data by the world's bestuur names (`kind:name`); a bestuur missing here has none. */
function dataFor(bestuur: WorldBestuur): BestuurContactData | undefined {
  switch (`${bestuur.kind}:${bestuur.name}`) {
    case 'gemeente:Aalst':
      return {
        status: 'actief',
        primary: {
          type: 'gemeentehuis',
          address: at('Werfplein', '1', '9300', 'Aalst', 20468417),
          contacts: [
            primary('info@aalst.be', '+32 53 73 22 11', 'https://www.aalst.be', '+32 53 73 22 10'),
            { type: 'Secondary', email: 'onthaal@aalst.be', telephone: '+32 53 73 22 12' },
          ],
        },
        others: AALST_BRANCHES.map(([name, street, number, email, telephone], index) => ({
          type: 'andereVestiging',
          name,
          address: at(street, number, '9300', 'Aalst', 20468500 + index),
          contacts: [primary(email, telephone, 'https://www.aalst.be')],
        })),
      };
    case 'ocmw:Aalst':
      return {
        status: 'actief',
        primary: {
          type: 'maatschappelijkeZetel',
          address: at('Gasthuisstraat', '40', '9300', 'Aalst', 20469102),
          contacts: [primary('ocmw@aalst.be', '+32 53 76 56 11', 'https://www.aalst.be/ocmw')],
        },
        others: [],
      };
    case 'gemeente:Berlare':
      return {
        status: 'actief',
        primary: {
          type: 'gemeentehuis',
          address: at('Dorp', '39', '9290', 'Berlare', 3122871),
          contacts: [primary('info@berlare.be', '+32 9 326 56 56', 'https://www.berlare.be')],
        },
        others: [],
      };
    case 'gemeente:Wichelen':
      return {
        status: 'actief',
        // Not (yet) matched with the address register: no map link.
        primary: { type: 'gemeentehuis', address: at('Oudenaardsesteenweg', '18', '9260', 'Wichelen'), contacts: [primary('info@wichelen.be', '+32 52 43 05 00')] },
        others: [],
      };
    case 'provincie:Oost-Vlaanderen':
      return {
        status: 'actief',
        primary: {
          type: 'provinciehuis',
          address: at('Gouvernementstraat', '1', '9000', 'Gent', 1021455),
          contacts: [primary('info@oost-vlaanderen.be', '+32 9 267 80 00', 'https://www.oost-vlaanderen.be')],
        },
        others: [],
      };
    case 'politiezone:Regio Puyenbroeck':
      return {
        status: 'actief',
        primary: { type: 'hoofdcommissariaat', address: at('Kerkstraat', '10', '9290', 'Berlare', 3122790), contacts: [primary('info@politieregiopuyenbroeck.be', '+32 9 348 36 36')] },
        others: [],
      };
    case 'agb:AGB Aalst':
      return {
        status: 'inOprichting',
        primary: { type: 'maatschappelijkeZetel', address: at('Werfplein', '1', '9300', 'Aalst', 20468417), contacts: [primary('agb@aalst.be', '+32 53 73 22 11')] },
        others: [],
      };
    case 'eredienst:Centraal Kerkbestuur Aalst':
      return {
        status: 'actief',
        primary: { type: 'hoofdgebouwErediensten', address: at('Kattestraat', '12', '9300', 'Aalst'), contacts: [primary('ckb.aalst@kerknet.be', '+32 53 21 31 11')] },
        others: [],
      };
    case 'agentschap:Agentschap Binnenlands Bestuur':
      return {
        status: 'actief',
        primary: {
          type: 'maatschappelijkeZetel',
          address: at('Havenlaan', '88', '1000', 'Brussel', 4156211, undefined),
          contacts: [primary('binnenland@vlaanderen.be', '+32 2 553 40 00', 'https://www.vlaanderen.be/agentschap-binnenlands-bestuur')],
        },
        others: [],
      };
    default:
      // OCMW Berlare, Hulpverleningszone Oost, Verko: known to the Organisatieportaal, no contact data yet.
      return undefined;
  }
}

export function contactDataOf(bestuur: WorldBestuur): BestuurContactData | undefined {
  return dataFor(bestuur);
}
