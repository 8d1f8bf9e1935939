// Transcribed from lblod/app-digitaal-loket config/resources/master-files-domain.lisp at v1.227.0 (bb4942a6).
// `line N` comments give the line of each define-resource in that file.
import type { DomainFile } from '../../../domain.js';

export const masterFilesDomain: DomainFile = {
  source: 'lblod/app-digitaal-loket config/resources/master-files-domain.lisp',
  resources: [
    // line 1: (define-resource document-status () …)
    {
      name: 'document-status',
      path: 'document-statuses',
      class: 'ext:DocumentStatus',
      base: 'http://data.lblod.info/document-statuses/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        label: ['string', 'skos:prefLabel'],
      },
    },
    // line 8: (define-resource file () …)
    {
      name: 'file',
      path: 'files',
      class: 'nfo:FileDataObject',
      base: 'http://data.lblod.info/files/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        filename: ['string', 'nfo:fileName'],
        format: ['string', 'dct:format'],
        size: ['number', 'nfo:fileSize'],
        extension: ['string', 'dbpedia:fileExtension'],
        'download-url': ['url', 'nie:url'],
        created: ['datetime', 'dct:created'],
      },
      hasOne: {
        download: ['file', 'nie:dataSource', 'inverse'],
        'data-source': ['file-address', 'nie:dataSource'],
        'data-container': ['data-container', 'task:hasFile', 'inverse'],
        email: ['email', 'email:hasEmail'],
      },
    },
    // line 30: (define-resource file-address () …)
    {
      name: 'file-address',
      path: 'file-addresses',
      class: 'ext:FileAddress',
      base: 'http://data.lblod.info/file-addresses/',
      features: ['no-pagination-defaults', 'include-uri'],
      properties: {
        address: ['url', 'ext:fileAddress'],
      },
      hasOne: {
        'replicated-file': ['file', 'nie:dataSource', 'inverse'],
      },
    },
    // line 41: (define-resource remote-data-object () …)
    {
      name: 'remote-data-object',
      path: 'remote-data-objects',
      class: 'nfo:RemoteDataObject',
      base: 'http://data.lblod.info/id/remote-data-objects/',
      features: ['include-uri'],
      properties: {
        source: ['url', 'nie:url'],
        created: ['datetime', 'dct:created'],
        modified: ['datetime', 'dct:modified'],
        'request-header': ['url', 'rpioHttp:requestHeader'],
        status: ['url', 'adms:status'],
        comment: ['string', 'skos:comment'],
        creator: ['url', 'dct:creator'],
      },
      hasOne: {
        file: ['file', 'nie:dataSource', 'inverse'],
        'harvesting-collection': ['harvesting-collection', 'dct:hasPart', 'inverse'],
        'authentication-configuration': ['authentication-configuration', 'dgftSec:targetAuthenticationConfiguration'],
      },
    },
    // line 66: (define-resource authentication-configuration () …)
    {
      name: 'authentication-configuration',
      path: 'authentication-configurations',
      class: 'dgftSec:AuthenticationConfiguration',
      base: 'http://data.lblod.info/id/authentication-configurations/',
      features: ['include-uri'],
      hasOne: {
        credential: ['credential', 'dgftSec:secrets'],
        'security-scheme': ['security-scheme', 'dgftSec:securityConfiguration'],
      },
    },
    // line 80: (define-resource credential () …)
    {
      name: 'credential',
      path: 'credentials',
      class: 'dgftSec:Credentials',
      base: 'http://data.lblod.info/id/credentials/',
      features: ['include-uri'],
    },
    // line 87: (define-resource basic-authentication-credential (credential) …)
    {
      name: 'basic-authentication-credential',
      path: 'basic-authentication-credentials',
      class: 'dgftSec:BasicAuthenticationCredentials',
      base: 'http://data.lblod.info/id/basic-authentication-credentials/',
      parent: 'credential',
      features: ['include-uri'],
      properties: {
        username: ['string', 'meb:username'],
        password: ['string', 'muAccount:password'],
      },
    },
    // line 95: (define-resource oauth2-credential (credential) …)
    {
      name: 'oauth2-credential',
      path: 'oauth2-credentials',
      class: 'dgftSec:OAuth2Credentials',
      base: 'http://data.lblod.info/id/oauth-2-credentials/',
      parent: 'credential',
      features: ['include-uri'],
      properties: {
        'client-id': ['string', 'dgftOauth:clientId'],
        'client-secret': ['string', 'dgftOauth:clientSecret'],
      },
    },
    // line 107: (define-resource security-scheme () …)
    {
      name: 'security-scheme',
      path: 'security-schemes',
      class: 'wotSec:SecurityScheme',
      base: 'http://data.lblod.info/id/security-schemes/',
      features: ['include-uri'],
    },
    // line 114: (define-resource basic-security-scheme (security-scheme) …)
    {
      name: 'basic-security-scheme',
      path: 'basic-security-schemes',
      class: 'wotSec:BasicSecurityScheme',
      base: 'http://data.lblod.info/id/basic-security-schemes/',
      parent: 'security-scheme',
      features: ['include-uri'],
    },
    // line 120: (define-resource oauth2-security-scheme (security-scheme) …)
    {
      name: 'oauth2-security-scheme',
      path: 'oauth2-security-schemes',
      class: 'wotSec:OAuth2SecurityScheme',
      base: 'http://data.lblod.info/id/oauth2-security-schemes/',
      parent: 'security-scheme',
      features: ['include-uri'],
      properties: {
        token: ['string', 'wotSec:token'],
        flow: ['string', 'wotSec:flow'],
      },
    },
  ],
};
