/**
 * What the generated part of the catalogue is made of: services of the Flemish government FOR
 * local governments (subsidy calls, reporting duties, permits, ABB procedures), each with the
 * agency that offers it (an IPDCOrganisaties code), its IPDC type and themes, and the kinds of
 * bestuur it is relevant for. Names and descriptions are written after the real IPDC catalogue
 * (see well-known-services.ts and the Loket's dev test data,
 * `config/dev-migrations/20260212162000-add-enriched-test-data.sparql`); they are not copies.
 */
import { CLASSIFICATIES } from '../../../world.js';
import { MORE_CLASSIFICATIONS } from './ipdc-codelists.js';

const more = (label: string) => MORE_CLASSIFICATIONS.find((code) => code.label === label)!.id;

/** The kinds of bestuur a service can be relevant for, with their classification code ids. */
export const UNITS = {
  gemeente: CLASSIFICATIES.gemeente.id,
  ocmw: CLASSIFICATIES.ocmw.id,
  provincie: CLASSIFICATIES.provincie.id,
  politiezone: CLASSIFICATIES.politiezone.id,
  hulpverleningszone: CLASSIFICATIES.hulpverleningszone.id,
  agb: CLASSIFICATIES.agb.id,
  samenwerkingsverband: CLASSIFICATIES.samenwerkingsverband.id,
  eredienst: CLASSIFICATIES.eredienst.id,
  district: more('District'),
  apb: more('Autonoom provinciebedrijf'),
  bestuurEredienst: more('Bestuur van de eredienst'),
  ocmwVereniging: more('OCMW vereniging'),
  welzijnsvereniging: more('Welzijnsvereniging'),
  representatiefOrgaan: more('Representatief orgaan'),
} as const;

export type UnitKey = keyof typeof UNITS;

const LOKAAL: UnitKey[] = ['gemeente', 'ocmw'];
const BREED: UnitKey[] = ['gemeente', 'ocmw', 'provincie', 'agb', 'apb'];
const GEMEENTE: UnitKey[] = ['gemeente'];
const GEMEENTE_PROVINCIE: UnitKey[] = ['gemeente', 'provincie'];
const ZONES: UnitKey[] = ['politiezone', 'hulpverleningszone'];
const EREDIENST: UnitKey[] = ['eredienst', 'bestuurEredienst', 'representatiefOrgaan'];
const VERENIGINGEN: UnitKey[] = ['samenwerkingsverband', 'ocmwVereniging', 'welzijnsvereniging'];

export interface ServiceTemplate {
  name: string;
  /** IPDC Type code. */
  type: 'FinancieelVoordeel' | 'Bewijs' | 'Toelating' | 'AdviesBegeleiding' | 'InfrastructuurMateriaal' | 'Voorwerp' | 'FinancieleVerplichting';
  /** IPDC Thema codes. */
  themes: string[];
  /** OVO code of the agency. */
  authority: string;
  units: UnitKey[];
  /** The opening paragraph (plain text; the seed wraps it). */
  about: string;
}

const ABB = 'OVO001835';
const VEKA = 'OVO000090';
const OMGEVING = 'OVO003323';
const MOW = 'OVO000096';
const AWV = 'OVO000098';
const SPORT = 'OVO000070';
const CJM = 'OVO000067';
const ERFGOED = 'OVO000104';
const WSE = 'OVO000076';
const DIGITAAL = 'OVO002949';
const VMM = 'OVO000092';
const VLM = 'OVO000094';
const VLAIO = 'OVO000039';
const AUDIT = 'OVO001832';
const DBRC = 'OVO001831';
const ADVO = 'OVO000001';
const JUSTITIE = 'OVO049152';

export const TEMPLATES: readonly ServiceTemplate[] = [
  // Subsidy calls (Steunmaatregelen)
  { name: 'Subsidie voor lokale klimaatprojecten', type: 'FinancieelVoordeel', themes: ['MilieuEnergie'], authority: VEKA, units: LOKAAL, about: 'Met het Lokaal Energie- en Klimaatpact ondersteunt de Vlaamse overheid lokale besturen die investeren in energiebesparing, hernieuwbare energie en klimaatadaptatie.' },
  { name: 'Projectoproep Ontharding', type: 'FinancieelVoordeel', themes: ['MilieuEnergie', 'BouwenWonen'], authority: OMGEVING, units: GEMEENTE_PROVINCIE, about: 'Lokale besturen die verharde oppervlakte opbreken en vergroenen, kunnen een projectsubsidie krijgen voor de studie en de uitvoering van onthardingsprojecten.' },
  { name: 'Subsidie voor fietsinfrastructuur (Fietsfonds)', type: 'FinancieelVoordeel', themes: ['MobiliteitOpenbareWerken'], authority: MOW, units: GEMEENTE_PROVINCIE, about: 'Via het Fietsfonds betalen de Vlaamse overheid en de provincies samen mee aan fietspaden en fietssnelwegen op het bovenlokaal functioneel fietsroutenetwerk.' },
  { name: 'Subsidie voor sportinfrastructuur', type: 'FinancieelVoordeel', themes: ['CultuurSportVrijeTijd'], authority: SPORT, units: ['gemeente', 'agb'], about: 'Gemeenten en autonome gemeentebedrijven kunnen een subsidie aanvragen voor de bouw of renovatie van bovenlokale sportinfrastructuur.' },
  { name: 'Impulssubsidie voor jeugdwerkinfrastructuur', type: 'FinancieelVoordeel', themes: ['CultuurSportVrijeTijd'], authority: CJM, units: GEMEENTE, about: 'De impulssubsidie helpt gemeenten om lokalen voor het jeugdwerk veilig, duurzaam en toegankelijk te maken.' },
  { name: 'Erfgoedpremie voor beschermd onroerend erfgoed', type: 'FinancieelVoordeel', themes: ['CultuurSportVrijeTijd', 'BouwenWonen'], authority: ERFGOED, units: [...GEMEENTE_PROVINCIE, 'bestuurEredienst', 'eredienst'], about: 'Eigenaars van beschermd erfgoed, ook lokale besturen en besturen van de eredienst, krijgen een premie voor restauratie- en onderhoudswerken volgens een goedgekeurd beheersplan.' },
  { name: 'Projectsubsidie Armoedebestrijding', type: 'FinancieelVoordeel', themes: ['WelzijnGezondheid'], authority: ABB, units: LOKAAL, about: 'Lokale besturen die met partners uit het middenveld armoede aanpakken, kunnen een projectsubsidie krijgen voor vernieuwende acties rond wonen, werk en gezondheid.' },
  { name: 'Subsidie voor lokale diensteneconomie', type: 'FinancieelVoordeel', themes: ['EconomieWerk'], authority: WSE, units: LOKAAL, about: 'De Vlaamse overheid ondersteunt lokale besturen die werkgelegenheid creëren voor mensen met een grote afstand tot de arbeidsmarkt.' },
  { name: 'Subsidie voor de digitale transformatie van lokale besturen', type: 'FinancieelVoordeel', themes: ['BurgerOverheid'], authority: DIGITAAL, units: [...BREED, ...ZONES], about: 'Lokale besturen die samen digitale oplossingen bouwen of invoeren, kunnen een subsidie krijgen uit het relanceplan Vlaamse Veerkracht.' },
  { name: 'Subsidie voor landinrichtingsprojecten', type: 'FinancieelVoordeel', themes: ['MilieuEnergie'], authority: VLM, units: GEMEENTE_PROVINCIE, about: 'De Vlaamse Landmaatschappij betaalt mee aan de inrichting van open ruimte, natuur en waterlopen in projecten van gemeenten en provincies.' },
  { name: 'Subsidie voor gemeentelijke rioleringsprojecten', type: 'FinancieelVoordeel', themes: ['MilieuEnergie'], authority: VMM, units: GEMEENTE, about: 'Gemeenten krijgen een subsidie voor de aanleg en verbetering van rioleringen die opgenomen zijn in het gemeentelijk investeringsprogramma.' },
  { name: 'Subsidie voor kernversterking en lokale economie', type: 'FinancieelVoordeel', themes: ['EconomieWerk'], authority: VLAIO, units: GEMEENTE, about: 'Gemeenten die hun handelskernen versterken met een samenhangend plan, kunnen een subsidie krijgen voor een kernmanager en voor concrete acties.' },
  { name: 'Fusiebonus bij een vrijwillige samenvoeging van gemeenten', type: 'FinancieelVoordeel', themes: ['BurgerOverheid'], authority: ABB, units: LOKAAL, about: 'Gemeenten die vrijwillig samengaan, krijgen een schuldovername en een financiële ondersteuning voor de voorbereiding van de fusie.' },
  { name: 'Projectoproep Pride-evenementen', type: 'FinancieelVoordeel', themes: ['CultuurSportVrijeTijd', 'BurgerOverheid'], authority: ABB, units: GEMEENTE, about: 'Lokale besturen die een Pride-evenement organiseren of ondersteunen, kunnen een projectsubsidie krijgen voor activiteiten die de zichtbaarheid van lgbti+ personen vergroten.' },
  { name: 'Financiële tussenkomst Lokaal Bouwshiftfonds', type: 'FinancieelVoordeel', themes: ['BouwenWonen'], authority: OMGEVING, units: GEMEENTE, about: 'Gemeenten die planschadevergoedingen betalen omdat ze harde bestemmingen herbestemmen, krijgen een tussenkomst uit het Lokaal Bouwshiftfonds.' },
  { name: 'Subsidie voor schoolomgevingen en verkeersveiligheid', type: 'FinancieelVoordeel', themes: ['MobiliteitOpenbareWerken', 'OnderwijsWetenschap'], authority: AWV, units: GEMEENTE, about: 'Gemeenten die schoolomgevingen veiliger inrichten, kunnen een subsidie krijgen voor de studie en de aanleg van de werken.' },
  { name: 'Subsidie voor het lokaal integratiebeleid', type: 'FinancieelVoordeel', themes: ['WelzijnGezondheid', 'BurgerOverheid'], authority: ABB, units: LOKAAL, about: 'Lokale besturen krijgen middelen om nieuwkomers te helpen hun weg te vinden in de samenleving, met aandacht voor taal, werk en ontmoeting.' },
  { name: 'Subsidie voor lokale kinderopvang en buitenschoolse opvang', type: 'FinancieelVoordeel', themes: ['WelzijnGezondheid', 'OnderwijsWetenschap'], authority: ADVO, units: LOKAAL, about: 'Lokale besturen die de regie van de buitenschoolse opvang opnemen, krijgen een subsidie voor coördinatie en voor extra opvangplaatsen.' },
  { name: 'Subsidie voor bibliotheken en cultuurcentra', type: 'FinancieelVoordeel', themes: ['CultuurSportVrijeTijd'], authority: CJM, units: GEMEENTE, about: 'Gemeenten die samenwerken rond bibliotheekwerking en cultuur, kunnen een projectsubsidie krijgen voor bovenlokale initiatieven.' },
  { name: 'Subsidie voor de renovatie van gemeentelijke gebouwen', type: 'FinancieelVoordeel', themes: ['BouwenWonen', 'MilieuEnergie'], authority: VEKA, units: BREED, about: 'Lokale besturen die hun gebouwen energiezuinig renoveren, kunnen een subsidie krijgen voor isolatie, ventilatie en duurzame verwarming.' },
  { name: 'Subsidie voor brandweervoertuigen en -materiaal', type: 'FinancieelVoordeel', themes: ['BurgerOverheid'], authority: ADVO, units: ['hulpverleningszone'], about: 'Hulpverleningszones kunnen een tussenkomst krijgen voor de aankoop van interventievoertuigen en beschermend materiaal.' },
  { name: 'Subsidie voor lokale preventieprojecten rond veiligheid', type: 'FinancieelVoordeel', themes: ['BurgerOverheid', 'WelzijnGezondheid'], authority: JUSTITIE, units: ['gemeente', 'politiezone'], about: 'Lokale besturen en politiezones die samen werken aan de preventie van criminaliteit en overlast, kunnen een projectsubsidie krijgen.' },
  // Reporting duties (Documenten)
  { name: 'Rapportering Beleids- en beheerscyclus (BBC)', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: [...BREED, 'ocmwVereniging', 'welzijnsvereniging'], about: 'Lokale besturen bezorgen hun meerjarenplan, de aanpassingen ervan en de jaarrekening digitaal aan de Vlaamse overheid, samen met de bijhorende rapporten.' },
  { name: 'Indienen van de jaarrekening', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: [...BREED, ...EREDIENST], about: 'Na de vaststelling door de raad bezorgt het bestuur de jaarrekening aan de toezichthoudende overheid, die ze goedkeurt of er opmerkingen over maakt.' },
  { name: 'Indienen van het meerjarenplan en de aanpassingen ervan', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: [...BREED, ...EREDIENST], about: 'Het meerjarenplan en elke aanpassing ervan worden na de vaststelling bezorgd aan de toezichthoudende overheid en aan het Agentschap Binnenlands Bestuur.' },
  { name: 'Rapportering over het Lokaal Energie- en Klimaatpact', type: 'Bewijs', themes: ['MilieuEnergie'], authority: VEKA, units: GEMEENTE, about: 'Gemeenten die het Lokaal Energie- en Klimaatpact ondertekenden, rapporteren jaarlijks over hun voortgang op de werven van het pact.' },
  { name: 'Melding van besluiten aan de toezichthoudende overheid', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: [...BREED, ...ZONES, ...VERENIGINGEN], about: 'Lokale besturen melden bepaalde besluiten van hun organen aan de toezichthoudende overheid, die ze kan schorsen of vernietigen.' },
  { name: 'Rapportering over integriteit en organisatiebeheersing', type: 'Bewijs', themes: ['BurgerOverheid'], authority: AUDIT, units: BREED, about: 'Lokale besturen rapporteren over hun systeem van organisatiebeheersing en over de maatregelen die ze nemen om integriteit te bevorderen.' },
  { name: 'Aanlevering van gegevens voor de Gemeente- en Stadsmonitor', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: GEMEENTE, about: 'Gemeenten leveren gegevens aan voor de Gemeente- en Stadsmonitor, die een beeld geeft van de leefkwaliteit en de werking van het bestuur.' },
  { name: 'Jaarlijkse rapportering van de personeelsinzet', type: 'Bewijs', themes: ['EconomieWerk'], authority: ABB, units: [...BREED, ...ZONES], about: 'Elk jaar geven lokale besturen hun personeelsaantallen en de personeelsinzet per beleidsdomein door aan de Vlaamse overheid.' },
  { name: 'Rapportering over het gebruik van het Gemeentefonds', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: GEMEENTE, about: 'Gemeenten verantwoorden de middelen die ze uit het Gemeentefonds ontvangen in hun beleidsrapporten.' },
  // ABB procedures (Documenten, Advies en begeleiding)
  { name: 'Melding van een openbaar onderzoek', type: 'Bewijs', themes: ['BouwenWonen'], authority: OMGEVING, units: GEMEENTE_PROVINCIE, about: 'Een lokaal bestuur dat een openbaar onderzoek organiseert over een ruimtelijk uitvoeringsplan of een omgevingsvergunning, meldt de start en de termijn ervan.' },
  { name: 'Aanvraag erkenning erediensten', type: 'Toelating', themes: ['BurgerOverheid'], authority: ABB, units: [...EREDIENST, 'gemeente', 'provincie'], about: 'Een geloofsgemeenschap die erkend wil worden, dient een aanvraag in; de gemeente en de provincie geven advies voor de Vlaamse Regering beslist.' },
  { name: 'Goedkeuring van een intergemeentelijk samenwerkingsverband', type: 'Toelating', themes: ['BurgerOverheid'], authority: ABB, units: [...LOKAAL, ...VERENIGINGEN], about: 'De oprichting van een dienstverlenende of opdrachthoudende vereniging en de wijziging van haar statuten worden ter goedkeuring voorgelegd aan de Vlaamse Regering.' },
  { name: 'Advies en begeleiding bij een vrijwillige fusie van gemeenten', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: ABB, units: LOKAAL, about: 'Het Agentschap Binnenlands Bestuur begeleidt gemeenten die een fusie overwegen, van de eerste verkenning tot de installatie van de nieuwe raad.' },
  { name: 'Klacht bij de toezichthoudende overheid', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: ABB, units: [...BREED, ...EREDIENST], about: 'Wie meent dat een besluit van een lokaal bestuur onwettig is, kan een klacht indienen bij de toezichthoudende overheid; het bestuur wordt om een toelichting gevraagd.' },
  { name: 'Aanvraag van een audit door Audit Vlaanderen', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: AUDIT, units: [...BREED, ...ZONES], about: 'Lokale besturen kunnen Audit Vlaanderen vragen hun processen, hun organisatiebeheersing of een specifiek dossier te onderzoeken.' },
  { name: 'Begeleiding bij informatieveiligheid en privacy', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: DIGITAAL, units: [...BREED, ...ZONES], about: 'Digitaal Vlaanderen helpt lokale besturen hun informatieveiligheid en de verwerking van persoonsgegevens in orde te brengen.' },
  { name: 'Registratie van de lokale verkiezingsuitslagen', type: 'Bewijs', themes: ['BurgerOverheid'], authority: ABB, units: ['gemeente', 'provincie', 'district'], about: 'Na de lokale en provinciale verkiezingen bezorgen de hoofdbureaus de uitslagen en de processen-verbaal van de stemopneming.' },
  { name: 'Beroep bij de Raad voor Verkiezingsbetwistingen', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: DBRC, units: ['gemeente', 'provincie', 'district'], about: 'Tegen de uitslag van lokale verkiezingen en tegen de geloofsbrieven van verkozenen kan beroep worden ingesteld bij de Raad voor Verkiezingsbetwistingen.' },
  { name: 'Advies over het huishoudelijk reglement van de gemeenteraad', type: 'AdviesBegeleiding', themes: ['BurgerOverheid'], authority: ABB, units: ['gemeente', 'ocmw', 'district'], about: 'Het Agentschap Binnenlands Bestuur geeft advies over de werking van de raden en over de regels in het huishoudelijk reglement.' },
  // Permits (Vergunningen)
  { name: 'Vergunning voor werken langs gewestwegen', type: 'Toelating', themes: ['MobiliteitOpenbareWerken'], authority: AWV, units: GEMEENTE_PROVINCIE, about: 'Wie werken uitvoert op of langs een gewestweg, zoals nutsleidingen of een nieuwe aansluiting, heeft een domeinvergunning nodig van het Agentschap Wegen en Verkeer.' },
  { name: 'Omgevingsvergunning voor projecten van gemeentelijk belang', type: 'Toelating', themes: ['BouwenWonen'], authority: OMGEVING, units: GEMEENTE_PROVINCIE, about: 'Voor handelingen van algemeen belang, zoals een school of een zwembad, vraagt het lokaal bestuur een omgevingsvergunning aan via het Omgevingsloket.' },
  { name: 'Machtiging voor gegevensdeling via MAGDA', type: 'Toelating', themes: ['BurgerOverheid'], authority: DIGITAAL, units: [...BREED, ...ZONES], about: 'Lokale besturen die authentieke gegevens willen raadplegen via het MAGDA-platform, hebben een machtiging en een protocol nodig.' },
  { name: 'Toelating voor trajectcontrole op gemeentewegen', type: 'Toelating', themes: ['MobiliteitOpenbareWerken', 'BurgerOverheid'], authority: AWV, units: ['gemeente', 'politiezone'], about: 'Gemeenten en politiezones die trajectcontroles plaatsen op gemeentewegen, stemmen de locatie en de koppeling met het netwerk af met het Agentschap Wegen en Verkeer.' },
  { name: 'Erkenning als lokaal dienstencentrum', type: 'Toelating', themes: ['WelzijnGezondheid'], authority: ADVO, units: ['ocmw', 'gemeente', 'welzijnsvereniging'], about: 'Een lokaal dienstencentrum dat voldoet aan de erkenningsvoorwaarden, krijgt een erkenning en een subsidie voor zijn werking.' },
  { name: 'Afwijking op de regels van de overheidsopdrachten voor samenaankoop', type: 'Toelating', themes: ['EconomieWerk'], authority: ADVO, units: BREED, about: 'Lokale besturen die aankopen via een aankoopcentrale van de Vlaamse overheid, sluiten aan met een besluit van het bevoegde orgaan.' },
  // Infrastructure and materials
  { name: 'Ontlenen van materiaal bij de Vlaamse uitleendienst', type: 'InfrastructuurMateriaal', themes: ['CultuurSportVrijeTijd'], authority: SPORT, units: [...LOKAAL, 'agb'], about: 'Lokale besturen ontlenen sport- en spelmateriaal, podia en tenten bij de uitleendienst van Sport Vlaanderen voor hun evenementen.' },
  { name: 'Gebruik van het Vlaams dienstenplatform voor lokale besturen', type: 'InfrastructuurMateriaal', themes: ['BurgerOverheid'], authority: DIGITAAL, units: [...BREED, ...ZONES], about: 'Lokale besturen gebruiken bouwstenen van Digitaal Vlaanderen, zoals het e-loket, de berichtenbox en de authenticatiedienst, voor hun eigen digitale dienstverlening.' },
  { name: 'Toegang tot het Omgevingsloket voor lokale besturen', type: 'Voorwerp', themes: ['BouwenWonen'], authority: OMGEVING, units: GEMEENTE_PROVINCIE, about: 'Gemeentelijke en provinciale diensten behandelen omgevingsvergunningsaanvragen in het Omgevingsloket, waarvoor ze toegangsrechten aanvragen.' },
  { name: 'Meetinstrumenten voor de waterkwaliteit', type: 'Voorwerp', themes: ['MilieuEnergie'], authority: VMM, units: GEMEENTE, about: 'Gemeenten kunnen meetapparatuur ontlenen om de kwaliteit van oppervlaktewater en de werking van overstorten op te volgen.' },
  // Taxes and levies (Belastingen)
  { name: 'Aangifte van de heffing op leegstand en verwaarlozing', type: 'FinancieleVerplichting', themes: ['BouwenWonen'], authority: OMGEVING, units: GEMEENTE, about: 'Gemeenten die een leegstandsheffing innen, houden een register bij en bezorgen de gegevens over belaste gebouwen aan de Vlaamse overheid.' },
  { name: 'Opcentiemen op de onroerende voorheffing', type: 'FinancieleVerplichting', themes: ['BouwenWonen', 'BurgerOverheid'], authority: ABB, units: GEMEENTE_PROVINCIE, about: 'Gemeenten en provincies leggen het aantal opcentiemen op de onroerende voorheffing vast en bezorgen het besluit tijdig aan de Vlaamse Belastingdienst.' },
  { name: 'Bijdrage aan de financiering van de hulpverleningszone', type: 'FinancieleVerplichting', themes: ['BurgerOverheid'], authority: ADVO, units: ['gemeente', 'hulpverleningszone'], about: 'Gemeenten betalen een jaarlijkse dotatie aan hun hulpverleningszone, vastgelegd in de verdeelsleutel van de zoneraad.' },
];

/** Words after a name that keep generated names unique at 10,000 services: calls, years, regions. */
export const QUALIFIERS = [
  '',
  '2026',
  'oproep voorjaar 2026',
  'oproep najaar 2025',
  'Vlaamse Rand',
  'centrumsteden',
  'kleine gemeenten',
  'tweede oproep',
  'pilootproject',
  'provincie Limburg',
  'provincie Antwerpen',
  'provincie Oost-Vlaanderen',
  'provincie West-Vlaanderen',
  'provincie Vlaams-Brabant',
  'werkjaar 2025',
  'overgangsregeling',
  'vereenvoudigde procedure',
  'voor samenwerkingsverbanden',
  'voor nieuwe besturen na de verkiezingen',
  'aanvullende middelen',
  'grensoverschrijdende projecten',
  'Europese cofinanciering',
  'herstelplan Vlaamse Veerkracht',
  'noodsituaties',
  'kustgemeenten',
  'plattelandsgemeenten',
  'digitaal loket',
  'met begeleiding van een expert',
  'jaarlijkse cyclus',
  'tussentijdse rapportering',
];

/** Second paragraphs, one per service, so a search on common words finds many. */
export const CONTEXTS = [
  'Het bestuur dient de aanvraag in via het Loket voor Lokale Besturen; de aanvraag wordt binnen zestig dagen beoordeeld.',
  'De ondersteuning geldt voor projecten die in de lopende legislatuur starten en uiterlijk na drie jaar zijn afgerond.',
  'Het Agentschap Binnenlands Bestuur bezorgt de besturen een handleiding en organiseert infosessies voor de medewerkers.',
  'Een bestuur kan de aanvraag samen met andere besturen indienen, bijvoorbeeld in een intergemeentelijk samenwerkingsverband.',
  'De gegevens worden eenmalig opgevraagd en gedeeld met de andere diensten van de Vlaamse overheid die ze nodig hebben.',
  'Het besluit van het bevoegde orgaan van het bestuur wordt als bijlage toegevoegd aan de aanvraag.',
];

export const STEPS = [
  'Bereid het dossier voor met de sjablonen op vlaanderen.be.',
  'Laat het bevoegde orgaan een besluit nemen.',
  'Dien het dossier in via het e-loket.',
  'U ontvangt een ontvangstbevestiging per e-mail.',
  'De administratie onderzoekt of het dossier volledig is.',
  'U ontvangt de beslissing binnen de wettelijke termijn.',
  'Rapporteer over de besteding van de middelen.',
];
