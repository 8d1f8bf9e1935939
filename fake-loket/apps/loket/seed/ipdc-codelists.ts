/**
 * The code lists of the Loket's service catalogue, with the URIs and mu:uuids of the real app's
 * migrations (lblod/app-digitaal-loket v1.227.0, graph `http://mu.semte.ch/graphs/public`):
 *
 * - `config/migrations/2025/integration-new-loket/codelists/`:
 *   `20230627163552-type-codelist.ttl` (IPDC Type), `20230627161016-thema-codelist.ttl` (IPDC Thema),
 *   `20230627162036-doelgroep-codelist.ttl`, `20230628113208-uitvoerend-bestuursniveau.ttl`,
 *   `20230628112712-bevoegd-bestuursniveau.ttl`, and the app-internal filter schemes
 *   `20241106170000-add-type-filters-codelists.ttl` / `20241106180000-add-thema-filters-codelist.ttl`
 *   (top concepts whose `skos:narrower` are the IPDC concepts: the search filters on
 *   `type.broader.uuid` / `thematicAreas.broader.uuid`);
 * - `config/migrations/2026/20260410163354-flush-and-reingest-aanbieders.sparql`: IPDCOrganisaties
 *   (the "Aanbieder" filter; `competent-authority` of a service is one of these concepts);
 * - BestuurseenheidClassificatieCode codes beyond the ones every app seeds (`world.ts`), from
 *   `config/migrations/2018/20180320140700-bestuurseenheid-classificatie-code.ttl`,
 *   `2020/20200828101300-bestuurseenheid-classificatie-code.ttl` and
 *   `2022/20221207103559-representatiev-organen/20221207103558-add-new-RO-classification.ttl`.
 *
 * A concept `{ id, code, label }` gets the URI `<scheme base><code>`.
 */

export interface SeedConcept {
  id: string;
  code: string;
  label: string;
  /** For the top concepts of a filter scheme: the codes of the IPDC concepts it is `skos:narrower` of. */
  narrower?: readonly string[];
}

export interface SeedScheme {
  id: string;
  uri: string;
  label: string;
  /** Prefix of its concepts' URIs. */
  base: string;
  concepts: readonly SeedConcept[];
}

const IPDC = 'https://productencatalogus.data.vlaanderen.be/id';
const EXT = 'http://mu.semte.ch/vocabularies/ext';

export const IPDC_TYPE = {
  id: '2964e59b-9f58-4de2-8051-4cabfcb2ff0c',
  uri: `${IPDC}/conceptscheme/Type`,
  label: 'Type',
  base: `${IPDC}/concept/Type/`,
  concepts: [
    { id: '90f574c2-8571-4282-995d-d00f242a6285', code: 'FinancieleVerplichting', label: 'Financiële verplichting' },
    { id: '8092ad53-748a-433a-b509-8d446054f77d', code: 'Toelating', label: 'Toelating' },
    { id: '3776e6e3-c3a0-46b6-ac7d-a6d08c9ff799', code: 'Bewijs', label: 'Bewijs' },
    { id: 'dbace981-3ce2-4653-9eea-8655b0291e40', code: 'Voorwerp', label: 'Voorwerp' },
    { id: 'a0b6bf79-181f-4630-aa0f-9548e48ef7d5', code: 'AdviesBegeleiding', label: 'Advies en begeleiding' },
    { id: 'c229e5d8-2112-4f85-a222-1758373a8234', code: 'InfrastructuurMateriaal', label: 'Infrastructuur en materiaal' },
    { id: '513af53d-4898-4110-9dcc-b95e48d62dcd', code: 'FinancieelVoordeel', label: 'Financieel voordeel' },
  ],
} as const satisfies SeedScheme;

export const IPDC_THEMA = {
  id: '1301f00d-0f46-4ba1-8cdc-c5ccadcedf93',
  uri: `${IPDC}/conceptscheme/Thema`,
  label: 'Thema',
  base: `${IPDC}/concept/Thema/`,
  concepts: [
    { id: '6bafa98b-d7b5-4087-b46b-b94740f070e1', code: 'BurgerOverheid', label: 'Burger en Overheid' },
    { id: '194805e5-9062-4b5b-82bb-0fa4a372a10e', code: 'CultuurSportVrijeTijd', label: 'Cultuur, Sport en Vrije Tijd' },
    { id: '4d034ade-f5ff-4cca-8232-62a17940940a', code: 'EconomieWerk', label: 'Economie en Werk' },
    { id: '8d43e0fb-649d-49e7-b45d-2d9df6e602a8', code: 'MilieuEnergie', label: 'Milieu en Energie' },
    { id: '5c8dde4a-4f11-4c9e-b8fd-b588cff9d630', code: 'MobiliteitOpenbareWerken', label: 'Mobiliteit en Openbare Werken' },
    { id: 'ac3f669c-0f32-4d81-b36d-b44a93798ca2', code: 'OnderwijsWetenschap', label: 'Onderwijs en Wetenschap' },
    { id: '19b84618-7ebe-4b7f-9088-aa35a50002a6', code: 'WelzijnGezondheid', label: 'Welzijn en Gezondheid' },
    { id: '78c2f63d-9071-49fd-b362-551548a19dcd', code: 'BouwenWonen', label: 'Bouwen en Wonen' },
  ],
} as const satisfies SeedScheme;

export const DOELGROEP = {
  id: 'f2a7c095-184c-4956-a2a8-feabb7ef4741',
  uri: `${IPDC}/conceptscheme/Doelgroep`,
  label: 'Doelgroep',
  base: `${IPDC}/concept/Doelgroep/`,
  concepts: [
    { id: '243480bf-c2f2-4200-8d76-58b779e39904', code: 'Burger', label: 'Burger' },
    { id: 'bcad861a-f971-4363-adc3-3811bf327f95', code: 'Onderneming', label: 'Onderneming' },
    { id: '98183fca-45dd-4141-a191-9a2cbdba85cb', code: 'Organisatie', label: 'Organisatie' },
    { id: 'bd1e7ba5-4b12-4cb5-a303-687277897ace', code: 'Vereniging', label: 'Vereniging' },
    { id: '01f7b215-3eb6-4997-8bb7-4c2b2ffcb138', code: 'LokaalBestuur', label: 'Lokaal bestuur' },
    { id: '093fd217-10db-4985-9fba-699a6b587d32', code: 'VlaamseOverheid', label: 'Vlaamse Overheid' },
  ],
} as const satisfies SeedScheme;

export const UITVOEREND_BESTUURSNIVEAU = {
  id: 'd9c5fa4c-54e6-4a4f-a400-6276e0d146cf',
  uri: `${IPDC}/conceptscheme/UitvoerendBestuursniveau`,
  label: 'Uitvoerend bestuursniveau',
  base: `${IPDC}/concept/UitvoerendBestuursniveau/`,
  concepts: [
    { id: '248216f5-c81b-4f57-9ac2-5bd38e03ec2d', code: 'Europees', label: 'Europese overheid' },
    { id: '6f33a017-3edb-45eb-9d15-91188e213ef0', code: 'Federaal', label: 'Federale overheid' },
    { id: '75e3398e-7a87-48eb-af5f-f0bc81a6a5a4', code: 'Vlaams', label: 'Vlaamse overheid' },
    { id: 'c021df61-7d8c-4ab3-9d16-3034c059e7d6', code: 'Provinciaal', label: 'Provinciale overheid' },
    { id: 'd300ae35-ec48-4879-af04-3fb5eab459bf', code: 'Lokaal', label: 'Lokale overheid' },
    { id: 'e3a61966-0c33-4070-b0ae-9046e9b54e4c', code: 'Derden', label: 'Derden' },
  ],
} as const satisfies SeedScheme;

export const BEVOEGD_BESTUURSNIVEAU = {
  id: 'f242e8d1-2b11-44dd-818e-ecd4ef9fa086',
  uri: `${IPDC}/conceptscheme/BevoegdBestuursniveau`,
  label: 'Bevoegd bestuursniveau',
  base: `${IPDC}/concept/BevoegdBestuursniveau/`,
  concepts: [
    { id: '7c19637e-a466-41cb-9d46-94259c255f9e', code: 'Europees', label: 'Europese overheid' },
    { id: '306098ed-3eca-4bce-8539-8ad8fe336195', code: 'Federaal', label: 'Federale overheid' },
    { id: '51e44e9f-de20-4992-9dcd-54547c1b5030', code: 'Vlaams', label: 'Vlaamse overheid' },
    { id: '3761b126-a38d-4c8c-ad23-7853238ea5f8', code: 'Provinciaal', label: 'Provinciale overheid' },
    { id: '3da40f8f-3978-4903-ab45-3fb1de2f1e0b', code: 'Lokaal', label: 'Lokale overheid' },
  ],
} as const satisfies SeedScheme;

/** A top concept of an app-internal filter scheme. */
export interface FilterConcept extends SeedConcept {
  narrower: readonly string[];
}

/** `http://mu.semte.ch/vocabularies/ext/conceptscheme/Type` (frontend-loket config/constants.js SERVICE_TYPE_FILTER). */
export const TYPE_FILTER = {
  id: 'e5669754-3780-4ab0-b813-5a594d44c0f1',
  uri: `${EXT}/conceptscheme/Type`,
  label: 'Type',
  base: `${EXT}/concept/`,
  concepts: [
    { id: 'f6dc2b52-7793-4beb-bd06-3a8e882d83bb', code: 'AdviesBegeleiding', label: 'Advies en begeleiding', narrower: ['AdviesBegeleiding'] },
    { id: '5e345907-3ab8-450d-b7e1-c97cf1f6ac9f', code: 'Steunmaatregelen', label: 'Steunmaatregelen', narrower: ['FinancieelVoordeel'] },
    { id: '8d597b37-c6f7-45dd-9de1-c7236e93469c', code: 'Vergunningen', label: 'Vergunningen', narrower: ['Toelating'] },
    { id: 'ecb3bdf7-3d61-436c-83d3-a8f31a08239c', code: 'InfrastructuurMateriaal', label: 'Infrastructuur en materiaal', narrower: ['InfrastructuurMateriaal', 'Voorwerp'] },
    { id: 'b96816ef-4b57-4df3-97b1-c5a76cdf757a', code: 'Documenten', label: 'Documenten', narrower: ['Bewijs'] },
    { id: 'fe289e31-dc4b-4726-a656-97f4396641e0', code: 'Belastingen', label: 'Belastingen', narrower: ['FinancieleVerplichting'] },
  ],
} as const satisfies SeedScheme & { concepts: readonly FilterConcept[] };

/**
 * `http://mu.semte.ch/vocabularies/ext/conceptscheme/Thema` (THEME_FILTER). Six of its fourteen top
 * concepts narrow no IPDC theme, so choosing one of them finds nothing, on the real page too.
 * (The migration names `extConcept:OnderwijsWetenschap` as top concept but defines `extConcept:Onderwijs`.)
 */
export const THEMA_FILTER = {
  id: 'cdfdddfd-8d3a-48dd-8013-27f37430ecb5',
  uri: `${EXT}/conceptscheme/Thema`,
  label: 'Thema',
  base: `${EXT}/concept/`,
  concepts: [
    { id: '258ffe35-96b4-4ad1-bd2b-e948bb95adc5', code: 'BurgerOverheid', label: 'Burger en Overheid', narrower: ['BurgerOverheid'] },
    { id: 'd22905f1-283a-414b-96a3-625136f0e7ce', code: 'WerkenOndernemen', label: 'Werken en Ondernemen', narrower: ['EconomieWerk'] },
    { id: 'dbc31be1-94b1-48a2-8ac9-924acde8994f', code: 'Welzijn', label: 'Welzijn', narrower: ['WelzijnGezondheid'] },
    { id: '5d564190-0e03-44f8-be73-8c3a70ad4443', code: 'BouwenWonen', label: 'Bouwen en Wonen', narrower: ['BouwenWonen'] },
    { id: 'f3e332f4-62ad-446f-bf37-e982c69de8e1', code: 'Mobiliteit', label: 'Mobiliteit', narrower: ['MobiliteitOpenbareWerken'] },
    { id: '84d91754-0512-48f7-b783-f5a842122016', code: 'Omgeving', label: 'Omgeving', narrower: ['MilieuEnergie'] },
    { id: 'd6fe7cc4-cc3e-4650-a05f-f0209bc68ef5', code: 'VrijeTijd', label: 'Vrije Tijd', narrower: ['CultuurSportVrijeTijd'] },
    { id: '803a7566-e55b-4ae2-b2ee-4edcc953c3e1', code: 'Onderwijs', label: 'Onderwijs', narrower: ['OnderwijsWetenschap'] },
    { id: 'b866f1f7-eb66-4ef9-8a69-9edf0a85ef08', code: 'Landbouw', label: 'Landbouw', narrower: [] },
    { id: '57268c8a-7eb5-45f5-a45b-2d3201c488bf', code: 'GemeenteBestuur', label: 'Gemeente en Bestuur', narrower: [] },
    { id: 'c501cbf3-cb9d-457d-b20d-a3452c7ecdc6', code: 'OnderzoekInnovatie', label: 'Onderzoek en Innovatie', narrower: [] },
    { id: 'ca55e663-89ec-4578-86c9-93ccbd1c2d3d', code: 'Jeugd', label: 'Jeugd', narrower: [] },
    { id: 'ef04b97b-6c16-4e62-a862-1748b9c7337e', code: 'Veiligheid', label: 'Veiligheid', narrower: [] },
    { id: '85c9d29f-c407-446e-a4cf-4cba4a357802', code: 'EuropaInternationaal', label: 'Europa en internationaal', narrower: [] },
  ],
} as const satisfies SeedScheme & { concepts: readonly FilterConcept[] };

/** `https://productencatalogus.data.vlaanderen.be/id/conceptscheme/IPDCOrganisaties` (COMPETENT_AUTHORITY_FILTER). */
export const IPDC_ORGANISATIES = {
  id: '031a43d7-cf0d-417c-9e22-6dee7e23c17e',
  uri: `${IPDC}/conceptscheme/IPDCOrganisaties`,
  label: 'Organisaties',
  base: 'https://data.vlaanderen.be/id/organisatie/',
  concepts: [
    { id: 'bb5e10ff-9375-4027-a889-e604a0ded63c', code: 'OVO000001', label: 'Administratieve diensten van de Vlaamse overheid' },
    { id: 'f4372885-0146-4a26-8a47-f8fc44e4fe21', code: 'OVO000039', label: 'VLAIO (Agentschap Innoveren en Ondernemen)' },
    { id: '44eafd17-3219-409a-a45d-9f61cbe93cdd', code: 'OVO000067', label: 'Departement Cultuur, Jeugd en Media' },
    { id: '12c04145-9db8-4b67-afef-71b3d245164f', code: 'OVO000070', label: 'Sport Vlaanderen' },
    { id: 'dd24bb0f-021a-49d5-98c4-3959be13bbcb', code: 'OVO000076', label: 'Departement Werk en Sociale Economie' },
    { id: '87cad6c3-0600-4ff7-bf59-e448b9bfedfb', code: 'OVO000090', label: 'Vlaams Energie- en Klimaatagentschap' },
    { id: 'ea378521-8165-4ebc-abd2-17981213558f', code: 'OVO000092', label: 'Vlaamse Milieumaatschappij' },
    { id: '8235bd56-bc5d-4c60-b4cd-1796812874d0', code: 'OVO000094', label: 'Vlaamse Landmaatschappij' },
    { id: '5fa02239-d2f3-4a59-aa15-cf0320d4b6ed', code: 'OVO000096', label: 'Departement Mobiliteit en Openbare Werken' },
    { id: 'bfa5a43c-e8f6-400f-ae8b-c3e1bdfa98a7', code: 'OVO000098', label: 'Agentschap Wegen en Verkeer' },
    { id: '578c9a70-a6af-478f-ac9a-af2a277e010d', code: 'OVO000104', label: 'Onroerend Erfgoed' },
    { id: '706463ee-f89a-4e0b-8bf3-69faf542de32', code: 'OVO001831', label: 'Dienst van de Bestuursrechtscolleges' },
    { id: 'bf216089-bc87-4220-b170-8b7244ea496e', code: 'OVO001832', label: 'Audit Vlaanderen' },
    { id: 'eadd7fba-9fa0-485f-9fea-1e28f4b17d5f', code: 'OVO001835', label: 'Agentschap Binnenlands Bestuur' },
    { id: '7735dc9d-5207-4567-95e7-4378ec6731eb', code: 'OVO002949', label: 'Agentschap Digitaal Vlaanderen' },
    { id: 'd07024de-e9c7-4067-9d34-b134d7f758ce', code: 'OVO003323', label: 'Departement Omgeving' },
    { id: 'f10efe01-ffb7-4ae9-a112-a54427dd325d', code: 'OVO004067', label: 'Federale Overheidsdienst Mobiliteit en Vervoer' },
    { id: '5e97fcf5-72e0-4a9c-96fa-24b349c7cca9', code: 'OVO049152', label: 'Agentschap Justitie en Handhaving' },
  ],
} as const satisfies SeedScheme;

/**
 * Real BestuurseenheidClassificatieCode codes that no bestuur of the fake world has, so the
 * "Doelgroep" filter lists more than the world's own kinds (each is a `skos:Concept` too).
 */
export const MORE_CLASSIFICATIONS: readonly SeedConcept[] = [
  { id: '5ab0e9b8a3b2ca7c5e000003', code: '5ab0e9b8a3b2ca7c5e000003', label: 'District' },
  { id: '80310756-ce0a-4a1b-9b8e-7c01b6cc7a2d', code: '80310756-ce0a-4a1b-9b8e-7c01b6cc7a2d', label: 'Autonoom provinciebedrijf' },
  { id: '66ec74fd-8cfc-4e16-99c6-350b35012e86', code: '66ec74fd-8cfc-4e16-99c6-350b35012e86', label: 'Bestuur van de eredienst' },
  { id: 'cc4e2d67-603b-4784-9b61-e50bac1ec089', code: 'cc4e2d67-603b-4784-9b61-e50bac1ec089', label: 'OCMW vereniging' },
  { id: 'e8294b73-87c9-4fa2-9441-1937350763c9', code: 'e8294b73-87c9-4fa2-9441-1937350763c9', label: 'Welzijnsvereniging' },
  { id: '36372fad-0358-499c-a4e3-f412d2eae213', code: '36372fad-0358-499c-a4e3-f412d2eae213', label: 'Representatief orgaan' },
];

/** The id of a concept of `scheme` by its code. */
export function conceptId(scheme: SeedScheme, code: string): string {
  const found = scheme.concepts.find((concept) => concept.code === code);
  if (!found) throw new Error(`No ${code} in ${scheme.uri}`);
  return found.id;
}
