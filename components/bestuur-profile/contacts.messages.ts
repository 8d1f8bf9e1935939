import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

/** The contact section's own strings: they travel with its chunk (contacts-view.ts). */
const nl = {
  address: 'Adres',
  email: 'E-mail',
  telephone: 'Telefoon',
  fax: 'Fax',
  website: 'Website',
  primarySite: 'Primaire vestiging',
  contactPrimary: 'Primair contact',
  contactSecondary: 'Secundair contact',
  contactOther: 'Contact',
  noContacts: 'Er zijn geen contactgegevens gekend voor dit bestuur.',
  mapLink: 'Bekijk op de kaart',
};

export type ContactsMessageKey = keyof typeof nl;
export type ContactsMessages = Record<ContactsMessageKey, Message>;

export const contactsMessages = lazyCatalog(nl, {
  fr: () => import('./translations/contacts.fr.js'),
  de: () => import('./translations/contacts.de.js'),
  en: () => import('./translations/contacts.en.js'),
});
