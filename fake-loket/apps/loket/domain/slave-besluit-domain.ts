// Transcribed from lblod/app-digitaal-loket config/resources/slave-besluit-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const slaveBesluitDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/slave-besluit-domain.lisp',
  resources: [
    // line 3: (define-resource agendapunt () …)
    {
      name: 'agendapunt',
      path: 'agendapunten',
      class: 'besluit:Agendapunt',
      base: 'http://data.lblod.info/id/agendapunten/',
      features: ['include-uri'],
      properties: {
        beschrijving: ['string', 'dct:description'],
        'gepland-openbaar': ['boolean', 'besluit:geplandOpenbaar'],
        'heeft-ontwerpbesluit': ['url', 'besluit:heeftOntwerpbesluit'],
        titel: ['string', 'dct:title'],
        type: ['uri-set', 'besluit:Agendapunt.type'],
        // FORMAT: the file writes `:position :int` (line 10). mu-cl-resources has no :int type, so its generic
        // fallbacks apply (a JSON value is stored via s-from-json; a filter value stays a string). 'number' is the nearest MuType.
        position: ['via', 'schema:position'], // written `:int`, no mu-cl-resources type: read as `:via` (values as stored)
      },
      hasOne: {
        'vorige-agendapunt': ['agendapunt', 'besluit:aangebrachtNa'],
        behandeling: ['behandeling-van-agendapunt', 'dct:subject', 'inverse'],
      },
      hasMany: {
        referenties: ['agendapunt', 'dct:references'],
        publications: ['published-resource', 'prov:wasDerivedFrom'],
      },
    },
    // line 24: (define-resource artikel () …)
    {
      name: 'artikel',
      path: 'artikels',
      class: 'besluit:Artikel',
      base: 'http://data.lblod.info/id/artikels/',
      features: ['include-uri'],
      properties: {
        nummer: ['string', 'eli:number'],
        inhoud: ['string', 'prov:value'],
        taal: ['url', 'eli:language'],
        titel: ['string', 'eli:title'],
        page: ['url', 'foaf:page'],
        score: ['float', 'nao:score'],
      },
      hasOne: {
        realisatie: ['rechtsgrond-artikel', 'eli:realizes'],
      },
    },
    // line 39: (define-resource behandeling-van-agendapunt () …)
    {
      name: 'behandeling-van-agendapunt',
      path: 'behandelingen-van-agendapunten',
      class: 'besluit:BehandelingVanAgendapunt',
      base: 'http://data.lblod.info/id/behandelingen-van-agendapunt',
      features: ['include-uri'],
      properties: {
        openbaar: ['boolean', 'besluit:openbaar'],
        gevolg: ['language-string', 'besluit:gevolg'],
        'afgeleid-uit': ['string', 'pav:derivedFrom'],
        // FORMAT: the file writes `:position :int` (line 44). mu-cl-resources has no :int type, so its generic
        // fallbacks apply (a JSON value is stored via s-from-json; a filter value stays a string). 'number' is the nearest MuType.
        position: ['via', 'schema:position'], // written `:int`, no mu-cl-resources type: read as `:via` (values as stored)
      },
      hasOne: {
        'vorige-behandeling-van-agendapunt': ['behandeling-van-agendapunt', 'besluit:gebeurtNa'],
        onderwerp: ['agendapunt', 'dct:subject'],
        secretaris: ['mandataris', 'besluit:heeftSecretaris'],
        voorzitter: ['mandataris', 'besluit:heeftVoorzitter'],
      },
      hasMany: {
        besluiten: ['besluit', 'prov:generated'],
        aanwezigen: ['mandataris', 'besluit:heeftAanwezige'],
        stemmingen: ['stemming', 'besluit:heeftStemming'],
      },
    },
    // line 63: (define-resource besluit () …)
    {
      name: 'besluit',
      path: 'besluiten',
      class: 'besluit:Besluit',
      base: 'http://data.lblod.info/id/besluiten/',
      features: ['include-uri'],
      properties: {
        beschrijving: ['string', 'eli:description'],
        citeeropschrift: ['string', 'eli:title_short'],
        motivering: ['language-string', 'besluit:motivering'],
        publicatiedatum: ['date', 'eli:date_publication'],
        inhoud: ['string', 'prov:value'],
        taal: ['url', 'eli:language'],
        titel: ['string', 'eli:title'],
        score: ['float', 'nao:score'],
      },
      hasOne: {
        realisatie: ['rechtsgrond-besluit', 'eli:realizes'],
        'volgend-uit-behandeling-van-agendapunt': ['behandeling-van-agendapunt', 'prov:generated', 'inverse'],
      },
      hasMany: {
        publications: ['published-resource', 'prov:wasDerivedFrom'],
      },
    },
    // line 84: (define-resource werkingsgebied () …)
    {
      name: 'werkingsgebied',
      path: 'werkingsgebieden',
      class: 'prov:Location',
      base: 'http://data.lblod.info/id/werkingsgebieden/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'rdfs:label'],
        niveau: ['string', 'ext:werkingsgebiedNiveau'],
      },
      hasMany: {
        bestuurseenheid: ['bestuurseenheid', 'besluit:werkingsgebied', 'inverse'],
      },
    },
    // line 96: (define-resource bestuurseenheid-classificatie-code () …)
    {
      name: 'bestuurseenheid-classificatie-code',
      path: 'bestuurseenheid-classificatie-codes',
      class: 'ext:BestuurseenheidClassificatieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        'scope-note': ['string', 'skos:scopeNote'],
      },
    },
    // line 104: (define-resource bestuursorgaan () …)
    {
      name: 'bestuursorgaan',
      path: 'bestuursorganen',
      class: 'besluit:Bestuursorgaan',
      base: 'http://data.lblod.info/id/bestuursorganen/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'skos:prefLabel'],
        'binding-einde': ['date', 'mandaat:bindingEinde'],
        'binding-start': ['date', 'mandaat:bindingStart'],
      },
      hasOne: {
        bestuurseenheid: ['bestuurseenheid', 'besluit:bestuurt'],
        classificatie: ['bestuursorgaan-classificatie-code', 'besluit:classificatie'],
        'is-tijdsspecialisatie-van': ['bestuursorgaan', 'mandaat:isTijdspecialisatieVan'],
        'wordt-samengesteld-door': ['rechtstreekse-verkiezing', 'mandaat:steltSamen', 'inverse'],
      },
      hasMany: {
        'heeft-tijdsspecialisaties': ['bestuursorgaan', 'mandaat:isTijdspecialisatieVan', 'inverse'],
        bevat: ['mandaat', 'org:hasPost'],
        'bevat-bestuursfunctie': ['bestuursfunctie', 'lblodlg:heeftBestuursfunctie'],
      },
    },
    // line 129: (define-resource bestuursorgaan-classificatie-code () …)
    {
      name: 'bestuursorgaan-classificatie-code',
      path: 'bestuursorgaan-classificatie-codes',
      class: 'ext:BestuursorgaanClassificatieCode',
      base: 'http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
        'scope-note': ['string', 'skos:scopeNote'],
      },
      hasMany: {
        'standaard-type': ['bestuursfunctie-code', 'ext:hasDefaultType'],
      },
    },
    // line 141: (define-resource rechtsgrond-besluit () …)
    {
      name: 'rechtsgrond-besluit',
      path: 'rechtsgronden-besluit',
      class: 'eli:LegalResource',
      base: 'http://data.lblod.info/id/rechtsgronden-besluit/',
      features: ['include-uri'],
      properties: {
        buitenwerkingtreding: ['date', 'eli:date_no_longer_in_force'],
        inwerkingtreding: ['date', 'eli:first_date_entry_in_force'],
      },
      hasOne: {
        bestuursorgaan: ['bestuursorgaan', 'eli:passed_by'],
      },
      hasMany: {
        'rechtsgronden-artikel': ['rechtsgrond-artikel', 'eli:has_part'],
      },
    },
    // line 153: (define-resource rechtsgrond-artikel () …)
    {
      name: 'rechtsgrond-artikel',
      path: 'rechtsgronden-artikel',
      class: 'eli:LegalResourceSubdivision',
      base: 'http://data.lblod.info/id/rechtsgronden-artikel/',
      features: ['include-uri'],
      properties: {
        buitenwerkingtreding: ['date', 'eli:date_no_longer_in_force'],
        inwerkingtreding: ['date', 'eli:first_date_entry_in_force'],
      },
      hasOne: {
        'rechtsgrond-besluit': ['rechtsgrond-besluit', 'eli:has_part', 'inverse'],
      },
    },
    // line 164: (define-resource stemming () …)
    {
      name: 'stemming',
      path: 'stemmingen',
      class: 'besluit:Stemming',
      base: 'http://data.lblod.info/id/stemmingen/',
      features: ['include-uri'],
      properties: {
        'aantal-onthouders': ['number', 'besluit:aantalOnthouders'],
        'aantal-tegenstanders': ['number', 'besluit:aantalTegenstanders'],
        'aantal-voorstanders': ['number', 'besluit:aantalVoorstanders'],
        geheim: ['boolean', 'besluit:geheim'],
        title: ['string', 'dct:title'],
        gevolg: ['language-string', 'besluit:gevolg'],
        onderwerp: ['language-string', 'besluit:onderwerp'],
      },
      hasMany: {
        aanwezigen: ['mandataris', 'besluit:heeftAanwezige'],
        onthouders: ['mandataris', 'besluit:heeftOnthouder'],
        stemmers: ['mandataris', 'besluit:heeftStemmer'],
        tegenstanders: ['mandataris', 'besluit:heeftTegenstander'],
        voorstanders: ['mandataris', 'besluit:heeftVoorstander'],
      },
    },
    // line 188: (define-resource zitting () …)
    {
      name: 'zitting',
      path: 'zittingen',
      class: 'besluit:Zitting',
      base: 'http://data.lblod.info/id/zittingen/',
      features: ['include-uri'],
      properties: {
        'geplande-start': ['datetime', 'besluit:geplandeStart'],
        'gestart-op-tijdstip': ['datetime', 'prov:startedAtTime'],
        'geeindigd-op-tijdstip': ['datetime', 'prov:endedAtTime'],
        'op-locatie': ['url', 'prov:atLocation'],
      },
      hasOne: {
        bestuursorgaan: ['bestuursorgaan', 'besluit:isGehoudenDoor'],
        secretaris: ['mandataris', 'besluit:heeftSecretaris'],
        voorzitter: ['mandataris', 'besluit:heeftVoorzitter'],
        notulen: ['notulen', 'besluit:heeftNotulen'],
        besluitenlijst: ['besluitenlijst', 'ext:besluitenlijst'],
      },
      hasMany: {
        'aanwezigen-bij-start': ['mandataris', 'besluit:heeftAanwezigeBijStart'],
        agendapunten: ['agendapunt', 'besluit:behandelt'],
        uittreksels: ['uittreksel', 'ext:uittreksel'],
        agendas: ['agenda', 'ext:agenda'],
      },
    },
    // line 218: (read-domain-file "slave-publicatie-gn-domain.lisp"): loads that file from here as well; it is not
    // transcribed (see index.ts).
  ],
};
