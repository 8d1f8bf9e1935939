/**
 * The Loket's own modules as IPDC publishes them for local governments, transcribed from
 * lblod/app-digitaal-loket `config/migrations/2025/20251211112553-new-loket-import-well-known-products-or-services.sparql`
 * (the `@nl` values; graph `http://mu.semte.ch/graphs/ipdc/ldes-data`). Their URIs are
 * `https://ipdc.vlaanderen.be/id/instantie/<instance>`, the ones the ipdc-bookmarks service
 * bookmarks for a new user's roles (lblod/ipdc-bookmarks-service `config/bookmarkdefaults.js`).
 *
 * Not in the migration, added here so that the demo's default bookmarks also show in a search
 * (the real page filters on both): `units` (icr:isRelevantForAdministrativeUnit, our choice per
 * module) and `date-published` (the seed sets it to `dateModified`).
 */
import type { UnitKey } from './services-vocabulary.js';

export interface WellKnownService {
  instance: string;
  id: string;
  productId: string;
  name: string;
  description: string;
  additionalDescription?: string;
  exceptions?: string;
  dateCreated: string;
  dateModified: string;
  /** Code of an IPDC Type concept. */
  type: string;
  /** Codes of IPDC Thema concepts. */
  themes: string[];
  /** OVO code of an IPDCOrganisaties concept. */
  authority: string;
  units: UnitKey[];
  procedures: { title: string; description: string; websites: { title: string; url: string }[] }[];
  websites: { title: string; url: string }[];
}

export const WELL_KNOWN_SERVICES: readonly WellKnownService[] = [
  {
    instance: "c708b803-a820-4426-9b90-cca045fef042",
    id: "73406880-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58601",
    name: "Registratie en beheer van Contact- en organisatiegegevens (CLB)",
    description: "<p>Lokale besturen kunnen hun contact- en organisatiegegevens, zoals gekend bij Agentschap Binnenlands Bestuur, raadplegen en beheren.</p><p>De gegevens die in deze toepassing worden bijgehouden, stromen door naar andere toepassingen van de Vlaamse overheid, waardoor u de gegevens maar één keer dient in te geven of te wijzigen, en anderen steeds de meest recente gegevens van uw bestuur kunnen oppikken en weergeven.</p>",
    dateCreated: "2025-07-08T12:32:13Z",
    dateModified: "2025-09-08T15:18:44Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "agb", "apb", "politiezone", "hulpverleningszone", "samenwerkingsverband", "eredienst", "bestuurEredienst"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Website Contactapp Contact- en Organisatiegegevens Lokale Besturen", "url": "https://contactgegevens.lokaalbestuur.vlaanderen.be"}]}],
    websites: [],
  },
  {
    instance: "1a49a2bd-65e2-48b5-87d7-3b98c70293cb",
    id: "7a08dbc0-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58029",
    name: "Digitale Rapportering voor Beleids- en beheerscyclus (BBC-DR)",
    description: "<p>Past uw bestuur de beleids- en beheerscyclus (BBC) toe? Dan moet u daarvan de digitale rapportering bezorgen aan de Vlaamse Regering. Dit kan via de <a href=\"https://www.vlaanderen.be/lokaal-bestuur/organisatie-en-werking/loket-voor-lokale-besturen/beleids-en-beheerscyclus-digitale-rapportering-bbc-dr\">BBC-DR</a> applicatie.</p>",
    additionalDescription: "<p>Daarnaast moet u per kwartaal aan de Vlaamse overheid ook rapporteren over de verrichte transacties van dat kwartaal. Ook dat gebeurt via het aanleveren van een Digitale Rapportering m.b.t. het kwartaal.</p>",
    exceptions: "<p>Doe de inzending van de beleidsrapporten (de stukken behandeld door de raad) in het kader van het bestuurlijk toezicht altijd via de Toezicht-app.</p>",
    dateCreated: "2025-06-16T14:47:35Z",
    dateModified: "2025-09-08T13:44:20Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "agb", "apb", "ocmwVereniging", "welzijnsvereniging"],
    procedures: [{"title": "Procedure", "description": "<p>Gebruik het loket van het juiste bestuur. Elk bestuur heeft een eigen loket. Bezorg de digitale rapportering of de beleidsrapporten (en de raadsbesluiten) van het AGB of het APB dus niet via het loket van het gemeentebestuur of de provincie.</p><p>Doe de aanlevering van de digitale rapportering steeds via de BBC-DR-app. Bij elk beleidsrapport hoort een digitale rapportering, dit is altijd een duo: het XML-bestand en het XBRL-bestand:</p><p>Het beleidsrapport is pas uitvoerbaar als de Vlaamse Regering in het bezit is van de Digitale Rapportering. Ook in het kader van de Planlastvermindering is de Digitale Rapportering essentieel, omdat de toekenning en de evaluatie van subsidies door diverse Vlaamse administraties daarvan afhankelijk is. </p>", "websites": [{"title": "Loket voor lokale besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be/"}]}],
    websites: [{"title": "Handleiding BBC-DR", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/modules/bbc-dr"}],
  },
  {
    instance: "28e23f5f-2a28-4170-a914-b4da82a876ba",
    id: "420ffb30-9edd-11f0-88d2-4dbc5f2a791c",
    productId: "58039",
    name: "Registratie van personeelsaantallen (Personeelsbeheer)",
    description: "<p>Elk jaar moeten lokale besturen hun personeelsaantallen doorgeven aan de toezichthoudende overheid. Dit kunt u doen via de applicatie Personeelsbeheer. </p>",
    dateCreated: "2025-06-17T08:32:33Z",
    dateModified: "2025-07-23T08:41:16Z",
    type: "Bewijs",
    themes: [],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "agb"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Loket voor lokale besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be/"}]}],
    websites: [{"title": "Handleiding Personeelsbeheer", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/modules/personeelsbeheer"}],
  },
  {
    instance: "88deb4a9-dd7b-41a6-9019-f629fe9db8df",
    id: "6d5f9620-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58594",
    name: "Raadplegen en registreren van processen (Open Proces Huis)",
    description: "<p>Lokale besturen voeren in hun dagelijkse werking heel wat verschillende processen en procedures uit. Voor veel van die processen bestaan procesbeschrijvingen, -diagrammen en werkinstructies die vastzitten in de toepassing die gebruikt wordt om het proces (deels) digitaal of automatisch uit te voeren. Met het Open Proces Huis worden de beschrijving en informatie over al die processen eenvoudig en efficiënt gedeeld.</p>",
    dateCreated: "2025-07-08T11:57:29Z",
    dateModified: "2025-09-08T15:08:07Z",
    type: "AdviesBegeleiding",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "E-loket Open Proces Huis (Lokale Besturen - ABB)", "url": "https://openproceshuis.vlaanderen.be​"}]}],
    websites: [{"title": "Handleiding Open Proces Huis", "url": "https://abb-vlaanderen.gitbook.io/informatie-oph"}],
  },
  {
    instance: "a3f1a473-caf3-4b4b-8109-96e52bcc2ba8",
    id: "4fab1ae0-9edd-11f0-88d2-4dbc5f2a791c",
    productId: "58037",
    name: "Registratie en beheer van lokale mandaten (Lokaal Mandatenbeheer)",
    description: "<p>Het Decreet Lokaal Bestuur bepaalt dat informatie over de lokale mandaten publiek beschikbaar moet zijn. U kunt uw lokale mandaten beschikbaar maken door deze via de applicatie Lokaal Mandatenbeheer te registreren en up-to-date te houden.</p>",
    additionalDescription: "<p>Via de applicatie Lokaal Mandatenbeheer kunt u:</p><ul><li>mandaten, mandatarissen en organen van standaard bestuursorganen opzoeken en beheren </li><li>mandaten, mandatarissen en organen van zelf gedefinieerde organen opzoeken en beheren </li><li>aanpassingen aan mandaten op de volgende zitting van een orgaan beschikbaar maken in een notuleringspakket</li><li>de installatievergadering voorbereiden</li></ul>",
    dateCreated: "2025-06-17T08:24:00Z",
    dateModified: "2025-06-17T08:30:08Z",
    type: "Bewijs",
    themes: [],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "district"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Lokaal Mandatenbeheer", "url": "https://mandatenbeheer.lokaalbestuur.vlaanderen.be/"}]}],
    websites: [{"title": "Webtoepassing Mandatendatabank", "url": "https://mandaten.lokaalbestuur.vlaanderen.be"}, {"title": "Lokaal Mandatenbeheer", "url": "https://mandatenbeheer.lokaalbestuur.vlaanderen.be/"}],
  },
  {
    instance: "af3eedec-0a54-4af2-b210-de34ec53c8ed",
    id: "711f3630-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58599",
    name: "Registratie van erkenningen (verenigingen)",
    description: "<p>Als lokaal bestuur heeft u toegang nodig tot de gegevens van verenigingen. Via de toepassing “Verenigingen” kunt u de volgende gegevens raadplegen: contactgegevens, locaties en vertegenwoordigers. Daarnaast kunt u ook een overzicht van de erkenningen raadplegen. Als de erkenning van de vereniging nog niet is toegevoegd, kunt u hier meteen een erkenning toevoegen.</p>",
    additionalDescription: "<ul><li>U kunt een vereniging vragen om onjuiste of onvolledige data te wijzigen.</li><li>U kunt de gegevens downloaden om die te hergebruiken in uw eigen toepassingen.</li><li>U kunt het erkenningsbesluit van een vereniging toevoegen aan de module.</li></ul>",
    dateCreated: "2025-07-08T12:21:42Z",
    dateModified: "2025-09-08T15:12:00Z",
    type: "Bewijs",
    themes: ["CultuurSportVrijeTijd"],
    authority: "OVO001835",
    units: ["gemeente"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "ABB - Verenigingen-app - login", "url": "https://verenigingen.lokaalbestuur.vlaanderen.be/login"}]}],
    websites: [{"title": "ABB - Verenigingen-app - login", "url": "https://verenigingen.lokaalbestuur.vlaanderen.be/login"}],
  },
  {
    instance: "8db92966-3691-4422-b14c-583531969950",
    id: "79f3cd20-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58756",
    name: "Uitoefenen van bestuurlijk toezicht van Eredienstmandaten en -bedienaren (Organisaties Erediensten)",
    description: "<p>Als toezichthoudende overheid kunt u positie- en contactinformatie opvragen en raadplegen over bedienaren en mandaten van eredienstbesturen die beschikbaar zijn voor u.</p>",
    dateCreated: "2025-07-18T14:37:38Z",
    dateModified: "2025-09-08T15:47:01Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "provincie", "representatiefOrgaan"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Organisaties Erediensten", "url": "https://organisaties.lokaalbestuur.lblod.info/"}]}],
    websites: [{"title": "Handleiding Organisaties erediensten", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/erediensten/eredienst-organisaties"}],
  },
  {
    instance: "2319d258-af4b-460a-ab3d-cfd4e0c1037b",
    id: "79f63e20-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58755",
    name: "Uitoefenen van bestuurlijk toezicht van Eredienstbesluiten (Databank Erediensten)",
    description: "<p>Er is een ruim algemeen toezicht en een beperkt financieel toezicht op de besturen van de eredienst. Dat vertaalt zich in toezicht op de notulen, verkiezingen, rekeningen, budgetten en meerjarenplannen.​​​​​</p><p>Als toezichthoudende gemeente of provincie moet je de inzendingen van (centrale) besturen van de eredienst, gemeente- en provincie-overheid en representatief orgaan kunnen opvragen en nakijken. Alle besluiten en documenten die elektronisch ingediend worden via het Loket voor Lokale Besturen (of via ReligioPoint) kunnen via deze weg opgevraagd en nagekeken worden.</p>",
    dateCreated: "2025-07-18T14:19:59Z",
    dateModified: "2025-09-08T15:45:17Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "provincie", "representatiefOrgaan"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Databank Erediensten - Aanmelden", "url": "https://databankerediensten.lokaalbestuur.vlaanderen.be"}]}],
    websites: [],
  },
  {
    instance: "654c6fe2-d7b6-425f-8996-93f9367e71f9",
    id: "6ed19cb0-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58754",
    name: "Registratie van leidinggevenden (Leidinggevendenbeheer)",
    description: "<p>Om een overzicht te hebben van de personeelsleden die verantwoordelijk zijn voor de digitale communicatie met de Vlaamse overheid, is het lokaal bestuur verplicht om de de contactgegevens van de leidinggevende ambtenaren door te geven.</p><p>Via de applicatie Leidinggevendenbeheer kunt u niet enkel de contactgegevens registreren en beheren, maar kunt u ook aanstellingsperiodes toevoegen, en gegevens van de leidinggevenden aanpassen.</p>",
    additionalDescription: "<p>In overeenstemming met de bepalingen uit het DLB maken we de gegevens publiek op de <a href=\"https://leidinggevenden.lokaalbestuur.vlaanderen.be\">leidinggevendendatabank</a>. Het rijksregisternummer blijft onzichtbaar.</p>",
    dateCreated: "2025-07-18T13:34:01Z",
    dateModified: "2025-09-08T15:42:16Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "agb", "apb", "welzijnsvereniging", "samenwerkingsverband"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Loket Lokale Besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be/login"}]}],
    websites: [{"title": "Leidinggevendendatabank", "url": "https://leidinggevenden.lokaalbestuur.vlaanderen.be"}],
  },
  {
    instance: "18169e36-b935-4e1c-bf9a-60f387b5d2ed",
    id: "79f04ab0-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58757",
    name: "Registratie van eredienstmandaten (Mandatenbeheer Erediensten)",
    description: "<p>Registratie van eredienstmandaten (Mandatenbeheer Erediensten)</p>",
    additionalDescription: "<p>Elke erkende lokale geloofsgemeenschap heeft een bestuur van de eredienst. Elke bestuursorgaan van een bestuur van de eredienst heeft drie specifieke mandaten: voorzitter, secretaris en penningmeester. </p>",
    dateCreated: "2025-07-18T14:47:19Z",
    dateModified: "2025-09-08T15:48:07Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["eredienst", "bestuurEredienst"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Loket Lokale Besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be/login"}]}],
    websites: [{"title": "Handleiding mandatenbeheer erediensten", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/erediensten/mandatenbeheer"}],
  },
  {
    instance: "2703645b-b650-4674-bb03-5fcef8082662",
    id: "ea3793f0-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58007",
    name: "Elektronisch indienen van meldingsplichtige documenten (Toezicht)",
    description: "<p>Als lokaal bestuur bent u decretaal verplicht bepaalde stukken of documenten (elektronisch) aan de toezichthoudende overheid te bezorgen of de publicatie ervan te melden. De digitale applicatie Toezicht zorgt dat u op een makkelijke en efficiënte wijze aan deze verplichting kan voldoen.</p>",
    additionalDescription: "<ul><li>Gemeente- en provinciebesturen kunnen via deze weg volgende besluiten toesturen: advies bij jaarrekening eredienstbestuur, besluit over budget(wijziging) eredienstbestuur, besluit over meerjarenplan(aanpassing) eredienstbestuur en schorsing beslissing (centrale) besturen van de eredienst.</li><li>BBC-plichtige besturen kunnen via deze weg extra informatie (naast de meldingsplichtige beleidsrapporten) toesturen aan de toezichthoudende overheid. Hiervoor voorzien we het type besluit ‘Andere opgevraagde documenten BBC – beleidsrapporten’.</li><li>Politie- en hulpverleningszones kunnen via deze weg hun besluitenlijsten bezorgen aan de toezichthoudende overheid. De meldingsplicht is niet van toepassing op deze besturen.</li><li>(centrale) besturen van de eredienst dienen via deze weg volgende documenten in: budget/budgetwijziging, eindrekening, jaarrekening, meerjarenplan(aanpassing), notulen en besluit handhaven (het handhaven van een geschorste beslissing). Wanneer het bestuur documenten oplaadt in het Loket voor Lokale Besturen zijn deze automatisch zichtbaar voor de andere actoren naar wie het bestuur vroeger inzendingen per post moest doen (gemeente of provincie, representatief orgaan). U hoeft dus slechts 1 keer de documenten op te laden. </li></ul>",
    exceptions: "<p>De andere digitale communicatie tussen de lokale besturen en de toezichthoudende overheid in kader van het bestuurlijk toezicht (bv opvraging door de toezichthoudende overheid, bezorgen van vernietigingsbesluit,…) gebeurt via het Berichtencentrum.</p>",
    dateCreated: "2025-06-16T07:57:51Z",
    dateModified: "2025-08-21T07:58:56Z",
    type: "Bewijs",
    themes: [],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie", "district", "agb", "apb", "politiezone", "hulpverleningszone", "samenwerkingsverband", "eredienst", "bestuurEredienst"],
    procedures: [{"title": "Procedure", "description": "<p>Dien uw meldingsplichtige documenten in via de Toezicht-app van Loket Lokale Besturen.</p>", "websites": [{"title": "Loket voor Lokale Besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be"}]}],
    websites: [{"title": "Loket voor Lokale Besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be"}, {"title": "E-loket Databank Toezicht", "url": "https://besluiten.abb.vlaanderen.be"}, {"title": "Loket voor lokale besturen - Handleiding Toezicht", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/modules/toezicht"}],
  },
  {
    instance: "2ce1466c-76bf-4254-b138-24b54b172e8a",
    id: "79ed1660-9edc-11f0-88d2-4dbc5f2a791c",
    productId: "58758",
    name: "Registratie van bedienaren van erediensten (Bedienarenbeheer)",
    description: "<p>Registratie van bedienaren van erediensten (Bedienarenbeheer)</p>",
    dateCreated: "2025-07-18T14:49:08Z",
    dateModified: "2025-09-08T16:03:08Z",
    type: "Bewijs",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["representatiefOrgaan"],
    procedures: [{"title": "Procedure", "description": "Procedure", "websites": [{"title": "Loket Lokale Besturen", "url": "https://loket.lokaalbestuur.vlaanderen.be/login"}]}],
    websites: [{"title": "Handleiding bedienarenbeheer", "url": "https://abb-vlaanderen.gitbook.io/handleiding-loket/erediensten/bedienarenbeheer"}],
  },
  {
    instance: "ebda2792-9908-4523-900d-b922b002b746",
    id: "3cac9630-9edd-11f0-88d2-4dbc5f2a791c",
    productId: "58593",
    name: "Registratie van lokale dienstverlening (Lokale Producten- en Dienstencatalogus - LPDC)",
    description: "<p>Als lokaal bestuur staat u in voor een hele waaier aan dienstverlening naar de burger, de vereniging en de ondernemer. Om deze informatie breed (publiek) beschikbaar te maken en in te zetten via verschillende kanalen, kunt u uw dienstverlening registreren via de Lokale Producten- en Dienstencatalogus (LPDC).<br> </p>",
    additionalDescription: "<p>De Lokale Producten- en Dienstencatalogus (LPDC) is gekoppeld aan de Interbestuurlijke Producten- en Dienstencatalogus (IPDC). IPDC verzamelt alle publieke producten en diensten van alle bestuursniveaus / overheden, en stelt deze beschikbaar voor tal van digitale toepassingen binnen en buiten de Vlaamse overheid.</p><p>Via LPDC kunnen lokale besturen de informatie over hun lokale producten en diensten toevoegen aan IPDC, en zo hun lokale informatie delen met anderen. Gebruik LPDC als u uw lokale dienstverleningsaanbod wil tonen in:</p><ul><li>Verenigingsloket</li><li>Rechtenverkenner</li><li>Mijn Burgerprofiel</li><li>Subsidieregister</li><li>Premiezoeker</li><li>…</li></ul><p>Via LPDC kunt u als lokaal bestuur bovendien voldoen aan de <a href=\"https://www.vlaanderen.be/lokaal-bestuur/digitale-transformatie/single-digital-gateway/informatieverplichting-single-digital-gateway-sdg\">Europese Single Digital Gateway-verordening</a></p>",
    exceptions: "<p>U kan er als bestuur ook voor kiezen om een integratie met LPDC op te zetten vanuit uw eigen systeem. Via de integratie wordt de nodige informatie vanuit het lokale systeem gedeeld met LPDC (en IPDC). Zo hoeft u uw dienstverleningsaanbod niet zelf in te geven in LPDC.</p>",
    dateCreated: "2025-07-08T11:38:00Z",
    dateModified: "2025-07-09T07:28:31Z",
    type: "AdviesBegeleiding",
    themes: ["BurgerOverheid"],
    authority: "OVO001835",
    units: ["gemeente", "ocmw", "provincie"],
    procedures: [{"title": "Procedure", "description": "<ul><li><strong>Toegangsrecht</strong>: De lokale beheerder van uw lokaal bestuur kan u dat toegangsrecht geven. Weet u niet wie uw lokale beheerder is, meldt u dan met bv. Itsme aan bij “<a href=\"https://mijnprofiel-gebruikersbeheer.vlaanderen.be/user/\">Mijn Profiel van het gebruikersbeheer van de Vlaamse overheid</a>”. </li><li><strong>Log in</strong> bij de Lokale Producten- en Dienstencatalogus<ul><li><a href=\"https://abb-vlaanderen.gitbook.io/informatie-lpdc/handleiding-lpdc-module-in-loket-lokale-besturen/product-of-dienst-toevoegen\">Voeg uw lokale dienstverleningsinformatie toe</a>. Dit kan op basis van generieke productfiches (concepten) of op basis van een blanco fiche.</li><li>Wanneer u uw productfiches verzendt, komen ze terecht in de <a href=\"https://www.vlaanderen.be/datavindplaats/catalogus/interbestuurlijke-producten-en-diensten-catalogus\">Interbestuurlijke Producten en Dienstencatalogus (IPDC)</a>. Daarmee worden ze publiek beschikbaar, en kunnen ze opgepikt worden door diverse digitale toepassingen.</li></ul></li></ul><p>Afhankelijk van de ingevulde velden van de productfiches en de parameters die door de hergebruiktoepassingen gebruikt worden, wordt uw informatie opgepikt en in verschillende toepassingen gebruikt / getoond.</p>", "websites": [{"title": "Lokale Producten en Dienstencatalogus (LPDC)", "url": "https://lpdc.lokaalbestuur.vlaanderen.be/login"}]}],
    websites: [],
  },
];
