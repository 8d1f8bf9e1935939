// Transcribed from lblod/app-subsidiepunt config/resources/slave-besluit-domain.lisp at v2.26.0-1-gb3cee9a (b3cee9ab, 2026-05-08).
// ";; this is a shared domain file, maintained in https://github.com/lblod/domain-files" (l.2).
// Link targets that no file of this app's domain.lisp defines (they stay undefined targets):
// published-resource, mandataris, uittreksel, agenda, notulen, besluitenlijst,
// mandaat, bestuursfunctie, rechtstreekse-verkiezing, bestuursfunctie-code.
// bestuurseenheid itself was moved to organisation.lisp ("RESHUFFLED", organisation.lisp:45).
import type { DomainFile } from '../../../domain.js';

export const slaveBesluitDomain: DomainFile = {
  source: 'lblod/app-subsidiepunt config/resources/slave-besluit-domain.lisp',
  resources: [
    {
      // slave-besluit-domain.lisp:3-22
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
        // FORMAT: the file writes `:int`, which mu-cl-resources has no method for (request-parsing.lisp
        // interpret-json-value-by-type falls through to the default `s-from-json`, exactly as for `:via`);
        // MuType has no 'int', so it is written 'via'.
        position: ['via', 'schema:position'],
      },
      hasMany: {
        referenties: ['agendapunt', 'dct:references'],
        publications: ['published-resource', 'prov:wasDerivedFrom'],
      },
      hasOne: {
        'vorige-agendapunt': ['agendapunt', 'besluit:aangebrachtNa'],
        behandeling: ['behandeling-van-agendapunt', 'dct:subject', 'inverse'],
      },
    },
    {
      // slave-besluit-domain.lisp:24-36
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
    {
      // slave-besluit-domain.lisp:38-61 (";;TODO how to relate to superclass 'Agent' for heeftAanwezige")
      name: 'behandeling-van-agendapunt',
      path: 'behandelingen-van-agendapunten',
      class: 'besluit:BehandelingVanAgendapunt',
      // sic: no trailing slash
      base: 'http://data.lblod.info/id/behandelingen-van-agendapunt',
      features: ['include-uri'],
      properties: {
        openbaar: ['boolean', 'besluit:openbaar'],
        gevolg: ['language-string', 'besluit:gevolg'],
        'afgeleid-uit': ['string', 'pav:derivedFrom'],
        // FORMAT: `:int` in the file, written 'via' (see agendapunt.position).
        position: ['via', 'schema:position'],
      },
      hasMany: {
        besluiten: ['besluit', 'prov:generated'],
        aanwezigen: ['mandataris', 'besluit:heeftAanwezige'],
        stemmingen: ['stemming', 'besluit:heeftStemming'],
      },
      hasOne: {
        'vorige-behandeling-van-agendapunt': ['behandeling-van-agendapunt', 'besluit:gebeurtNa'],
        onderwerp: ['agendapunt', 'dct:subject'],
        secretaris: ['mandataris', 'besluit:heeftSecretaris'],
        voorzitter: ['mandataris', 'besluit:heeftVoorzitter'],
      },
    },
    {
      // slave-besluit-domain.lisp:63-82
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
    {
      // slave-besluit-domain.lisp:84-94
      name: 'werkingsgebied',
      path: 'werkingsgebieden',
      class: 'prov:Location',
      base: 'http://data.lblod.info/id/werkingsgebieden/',
      features: ['include-uri'],
      properties: {
        naam: ['string', 'rdfs:label'],
        // the file writes `:string, (s-prefix …)` (comma, space): the same as `,(s-prefix …)`
        niveau: ['string', 'ext:werkingsgebiedNiveau'],
      },
      hasMany: {
        bestuurseenheid: ['bestuurseenheid', 'besluit:werkingsgebied', 'inverse'],
      },
    },
    {
      // slave-besluit-domain.lisp:96-102
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
    {
      // slave-besluit-domain.lisp:104-127
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
    {
      // slave-besluit-domain.lisp:129-137
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
    {
      // slave-besluit-domain.lisp:140-151 (";;TODO how to relate to superclass 'Rechtsgrond' …")
      name: 'rechtsgrond-besluit',
      path: 'rechtsgronden-besluit',
      class: 'eli:LegalResource',
      base: 'http://data.lblod.info/id/rechtsgronden-besluit/',
      features: ['include-uri'],
      properties: {
        buitenwerkingtreding: ['date', 'eli:date_no_longer_in_force'],
        inwerkingtreding: ['date', 'eli:first_date_entry_in_force'],
      },
      hasMany: {
        'rechtsgronden-artikel': ['rechtsgrond-artikel', 'eli:has_part'],
      },
      hasOne: {
        bestuursorgaan: ['bestuursorgaan', 'eli:passed_by'],
      },
    },
    {
      // slave-besluit-domain.lisp:153-162
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
    {
      // slave-besluit-domain.lisp:164-185
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
    {
      // slave-besluit-domain.lisp:187-216 (";;TODO how to relate to superclass 'Agent' for heeftAanwezige")
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
      hasMany: {
        'aanwezigen-bij-start': ['mandataris', 'besluit:heeftAanwezigeBijStart'],
        agendapunten: ['agendapunt', 'besluit:behandelt'],
        uittreksels: ['uittreksel', 'ext:uittreksel'],
        agendas: ['agenda', 'ext:agenda'],
      },
      hasOne: {
        bestuursorgaan: ['bestuursorgaan', 'besluit:isGehoudenDoor'],
        secretaris: ['mandataris', 'besluit:heeftSecretaris'],
        voorzitter: ['mandataris', 'besluit:heeftVoorzitter'],
        notulen: ['notulen', 'besluit:heeftNotulen'],
        besluitenlijst: ['besluitenlijst', 'ext:besluitenlijst'],
      },
    },
  ],
};
