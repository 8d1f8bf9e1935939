import type { ContactsMessages } from '../contacts.messages.js';

export default {
  address: 'Adresse',
  email: 'E-mail',
  telephone: 'Téléphone',
  fax: 'Fax',
  website: 'Site web',
  primarySite: 'Établissement principal',
  contactPrimary: 'Contact principal',
  contactSecondary: 'Contact secondaire',
  contactOther: 'Contact',
  noContacts: "Aucune coordonnée n'est connue pour cette administration.",
  mapLink: 'Voir sur la carte',
} satisfies ContactsMessages;
