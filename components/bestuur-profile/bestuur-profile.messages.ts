import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

/** The section titles, which the profile shows while the rest loads; the sections' texts come with the view chunk (view.messages.ts). */
const nl = {
  sectionCore: 'Kerngegevens',
  sectionContact: 'Contactgegevens',
  sectionBodies: 'Bestuursorganen',
  sectionPreference: 'Meldingen van het berichtencentrum',
};

export type ProfileMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type ProfileMessages = Record<ProfileMessageKey, Message>;

export const profileMessages = lazyCatalog(nl, {
  fr: () => import('./translations/bestuur-profile.fr.js'),
  de: () => import('./translations/bestuur-profile.de.js'),
  en: () => import('./translations/bestuur-profile.en.js'),
});
