import type { ContactsMessages } from '../contacts.messages.js';

export default {
  address: 'Adresse',
  email: 'E-Mail',
  telephone: 'Telefon',
  fax: 'Fax',
  website: 'Website',
  primarySite: 'Hauptniederlassung',
  contactPrimary: 'Hauptkontakt',
  contactSecondary: 'Zweiter Kontakt',
  contactOther: 'Kontakt',
  noContacts: 'Für diese Behörde sind keine Kontaktdaten bekannt.',
  mapLink: 'Auf der Karte ansehen',
} satisfies ContactsMessages;
