import type { ContactsMessages } from '../contacts.messages.js';

export default {
  address: 'Address',
  email: 'Email',
  telephone: 'Telephone',
  fax: 'Fax',
  website: 'Website',
  primarySite: 'Main site',
  contactPrimary: 'Main contact',
  contactSecondary: 'Second contact',
  contactOther: 'Contact',
  noContacts: 'No contact details are known for this authority.',
  mapLink: 'View on the map',
} satisfies ContactsMessages;
