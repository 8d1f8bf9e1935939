import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

/** The texts of the loaded sections: they travel with the view chunk (view.ts). */
const nl = {
  naam: 'Naam',
  alternatieveNaam: 'Andere namen',
  classificatie: 'Type bestuur',
  werkingsgebied: 'Werkingsgebied',
  provincie: 'Provincie',
  legalName: 'Juridische naam',
  status: 'Status',
  kbo: 'KBO-nummer',
  ovo: 'OVO-nummer',
  unknown: 'Niet gekend',
  source: 'Bron: {source}',
  sourceRegister: '{app}, uit {register}',
  appLoket: 'Loket voor Lokale Besturen',
  appContactgegevens: 'Contactgegevens',
  appLmb: 'Lokaal Mandatenbeheer',
  registerOp: 'het Organisatieportaal',
  registerKbo: 'de Kruispuntbank van Ondernemingen',
  registerOvo: 'het organisatieregister van de Vlaamse overheid',
  registerAdressenregister: 'het Adressenregister',
  noBodies: 'Er zijn geen bestuursorganen gekend voor dit bestuur.',
  periodRange: 'Huidige periode: {start} tot {end}',
  periodFrom: 'Huidige periode: sinds {start}',
  periodNone: 'Geen periode gekend',
  mandatarissen: { zero: 'Geen huidige mandatarissen', one: '1 huidige mandataris', other: '{count} huidige mandatarissen' },
  countsSource: 'Aantal mandatarissen: bron {source}',
  preferenceOn: 'U ontvangt een e-mail bij nieuwe berichten, op {address}.',
  preferenceOnNoAddress: 'U ontvangt een e-mail bij nieuwe berichten, maar er is geen e-mailadres ingesteld.',
  preferenceOff: 'U ontvangt geen e-mail bij nieuwe berichten.',
  change: 'Wijzigen',
  correct: 'Is iets niet juist?',
  ownOnly: 'Deze gegevens zijn alleen zichtbaar voor uw eigen bestuur.',
  moduleContact: 'de contactgegevens',
  moduleIdentifiers: 'het KBO- en OVO-nummer',
  moduleMandates: 'het aantal mandatarissen',
  moduleBerichten: 'de meldingen van het berichtencentrum',
};

export type ViewMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type ViewMessages = Record<ViewMessageKey, Message>;

export const viewMessages = lazyCatalog(nl, {
  fr: () => import('./translations/view.fr.js'),
  de: () => import('./translations/view.de.js'),
  en: () => import('./translations/view.en.js'),
});
