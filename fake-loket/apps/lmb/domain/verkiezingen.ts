// Transcribed from lblod/app-lokaal-mandatenbeheer config/resources/verkiezingen.lisp at 1e320810 (2026-07-16).
import type { DomainFile } from '../../../domain.js';

export const verkiezingen: DomainFile = {
  source: 'lblod/app-lokaal-mandatenbeheer config/resources/verkiezingen.lisp',
  resources: [
    {
      // verkiezingen.lisp:2-12 (no properties)
      name: 'installatievergadering',
      path: 'installatievergaderingen',
      class: 'lmb:Installatievergadering',
      base: 'http://data.lblod.info/id/installatievergaderingen/',
      features: ['include-uri'],
      hasOne: {
        status: ['installatievergadering-status', 'lmb:hasStatus'],
        bestuurseenheid: ['bestuurseenheid', 'lmb:heeftBestuurseenheid'],
        bestuursperiode: ['bestuursperiode', 'lmb:heeftBestuursperiode'],
      },
    },
    {
      // verkiezingen.lisp:14-19
      name: 'installatievergadering-status',
      path: 'installatievergadering-statussen',
      class: 'lmb:InstallatievergaderingStatus',
      base: 'http://data.lblod.info/id/concept/InstallatievergaderingStatus/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // verkiezingen.lisp:22-33
      name: 'rechtstreekse-verkiezing',
      path: 'rechtstreekse-verkiezingen',
      class: 'mandaat:RechtstreekseVerkiezing',
      base: 'http://data.lblod.info/id/rechtstreekse-verkiezingen/',
      features: ['include-uri'],
      properties: {
        datum: ['date', 'mandaat:datum'],
        geldigheid: ['date', 'dct:valid'],
      },
      hasMany: {
        'bestuursorganen-in-tijd': ['bestuursorgaan', 'mandaat:steltSamen'],
        kandidatenlijsten: ['kandidatenlijst', 'mandaat:behoortTot', 'inverse'],
      },
    },
    {
      // verkiezingen.lisp:35-53
      name: 'kandidatenlijst',
      path: 'kandidatenlijsten',
      class: 'mandaat:Kandidatenlijst',
      base: 'http://data.lblod.info/id/kandidatenlijsten/',
      features: ['include-uri'],
      properties: {
        lijstnaam: ['string', 'skos:prefLabel'],
        lijstnummer: ['number', 'mandaat:lijstnr'],
      },
      hasOne: {
        lijsttype: ['lijsttype', 'mandaat:lijsttype'],
        verkiezing: ['rechtstreekse-verkiezing', 'mandaat:behoortTot'],
      },
      hasMany: {
        kandidaten: ['persoon', 'mandaat:heeftKandidaat'],
        resultaten: ['verkiezingsresultaat', 'mandaat:isResultaatVoor', 'inverse'],
        'resulterende-fracties': ['fractie', 'ext:geproduceerdDoor', 'inverse'],
      },
    },
    {
      // verkiezingen.lisp:55-60
      name: 'lijsttype',
      path: 'lijsttypes',
      class: 'ext:KandidatenlijstLijsttype',
      base: 'http://data.vlaanderen.be/id/concept/KandidatenlijstLijsttype/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    {
      // verkiezingen.lisp:62-74
      name: 'verkiezingsresultaat',
      path: 'verkiezingsresultaten',
      class: 'mandaat:Verkiezingsresultaat',
      base: 'http://data.lblod.info/id/verkiezingsresultaten/',
      features: ['include-uri'],
      properties: {
        'aantal-naamstemmen': ['number', 'mandaat:aantalNaamstemmen'],
        'plaats-rangorde': ['number', 'mandaat:plaatsRangorde'],
      },
      hasOne: {
        persoon: ['persoon', 'mandaat:isResultaatVan'],
        kandidatenlijst: ['kandidatenlijst', 'mandaat:isResultaatVoor'],
        gevolg: ['verkiezingsresultaat-gevolg-code', 'mandaat:gevolg'],
      },
    },
    {
      // verkiezingen.lisp:76-81
      name: 'verkiezingsresultaat-gevolg-code',
      path: 'verkiezingsresultaat-gevolg-codes',
      class: 'ext:VerkiezingsresultaatGevolgCode',
      base: 'http://data.vlaanderen.be/id/concept/VerkiezingsresultaatGevolgCode/',
      features: ['include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
  ],
};
