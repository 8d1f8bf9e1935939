// Transcribed from lblod/app-digitaal-loket config/search/config.json at v1.227.0 (bb4942a6): its only index,
// `public-service` (types[0], lines 110-280), as built by mu-search v0.11.0 (image semtech/mu-search:0.11.0,
// docker-compose.yml:717; source mu-semtech/mu-search b883573 "Release v0.11.0").
import type { SearchFieldType, SearchIndex } from '../../app-spec.js';
import type { StoredResource } from '../../schema.js';

type Related = (record: StoredResource, name: string) => StoredResource[];

/**
 * mu-search `denumerate` (document_builder.rb:270-281): no value → null, one → the value itself, more → the array.
 */
function denumerate<T>(values: readonly T[]): T | T[] | null {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0] as T;
  return [...values];
}

function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A "simple" property (a plain predicate string in the config), `build_simple_property` (document_builder.rb:142-165):
 * numbers stay numbers, booleans booleans, dates and strings their lexical form. The values come from a CONSTRUCT
 * (document_builder.rb:101-110), so equal values appear once.
 */
function simple(record: StoredResource, attribute: string): unknown {
  const seen = new Set<string>();
  const values: unknown[] = [];
  for (const value of valuesOf(record.attributes[attribute])) {
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return denumerate(values);
}

/**
 * A `"type": "language-string"` property, `build_language_property` (document_builder.rb:167-187): one object mapping
 * each language tag to ALL its values (always an array), untagged values under `default`. It is wrapped in a
 * one-element list before `denumerate`, so it is always that object: `{}` when there are no values, never null.
 */
function languageString(record: StoredResource, attribute: string): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const value of valuesOf(record.attributes[attribute])) {
    const { content, language } = value as { content: string; language?: string };
    const key = language ? language : 'default';
    const list = (map[key] ??= []);
    if (!list.includes(content)) list.push(content);
  }
  return map;
}

/**
 * A property with `properties` (a nested object), `build_nested_object` (document_builder.rb:189-197): one document
 * per related resource, built from the sub-properties (config order, then the `uuid` that
 * `ensure_uuid_in_properties` appends at every level, index_definition.rb:87-95), merged with `uri` (the related
 * resource's URI). `denumerate`d: null, one object, or an array of objects.
 */
function nested(records: readonly StoredResource[], build: (record: StoredResource) => Record<string, unknown>): unknown {
  const seen = new Set<string>();
  const documents: Record<string, unknown>[] = [];
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    documents.push({ ...build(record), uri: record.attributes['uri'] });
  }
  return denumerate(documents);
}

/** `1000*365*24*60*60*1000L` in Painless: the int product wraps to 1 471 228 928 before the long multiplication. */
const THOUSAND_YEAR_MILLIS_AS_PAINLESS_COMPUTES_IT = 1_471_228_928_000;

/** `mu:uuid` as a simple property: the record's id. */
const uuidOf = (record: StoredResource) => record.id;

/**
 * The sub-document of the concept-valued properties with a `broader` (config.json:129-141, 142-154, 155-167, 168-180,
 * 181-193): `label` (skos:prefLabel), `broader` (via `^skos:narrower`, sub-property `label`), `uuid`. The `rdf_type`
 * of `broader` (skos:Concept) is not used when the document is built (v0.11 document_builder.rb only follows the path).
 */
function conceptWithBroader(concept: StoredResource, related: Related): Record<string, unknown> {
  return {
    label: simple(concept, 'label'),
    broader: nested(related(concept, 'broader'), (broader) => ({
      label: simple(broader, 'label'),
      uuid: uuidOf(broader),
    })),
    uuid: uuidOf(concept),
  };
}

/** The sub-document of `targetAudiences` and `relevantAdministrativeUnits` (config.json:194-205): `label`, `uuid`. */
function labelOnly(concept: StoredResource): Record<string, unknown> {
  return { label: simple(concept, 'label'), uuid: uuidOf(concept) };
}

/**
 * Every field a query may name, with its Elasticsearch mapping. Explicit mappings: config.json:207-278, plus
 * `uuid` and `uri` as keyword (mu-search index_manager.rb:327-329). The rest is ES dynamic mapping: a string becomes
 * `text` with a `<field>.keyword` keyword sub-field. Object paths (`name`, `type`, `thematicAreas`, `…broader`) are
 * not fields themselves.
 */
const fields: Record<string, SearchFieldType> = {
  // config.json:209-222: name.nl is text (analyzer rebuilt_dutch) with sub-field raw (keyword, normalizer names).
  // Only `nl` is listed: the IPDC instance snapshots the index is built from carry Dutch titles and descriptions
  // (the fake seeds `nl` only). A value in another language would add dynamic `name.<lang>` (text) +
  // `name.<lang>.keyword`, and untagged values `name.default` + `name.default.keyword`.
  'name.nl': 'text',
  'name.nl.raw': 'keyword',
  // config.json:223-230: description.nl is text (rebuilt_dutch), no sub-field.
  'description.nl': 'text',
  // config.json:231-248
  startDate: 'date',
  endDate: 'date',
  dateCreated: 'date',
  dateModified: 'date',
  datePublished: 'date',
  isArchived: 'boolean',
  // config.json:129-141; explicit `type.label` and `type.broader.label` keyword (249-254)
  'type.label': 'keyword',
  'type.uuid': 'text',
  'type.uuid.keyword': 'keyword',
  'type.uri': 'text',
  'type.uri.keyword': 'keyword',
  'type.broader.label': 'keyword',
  'type.broader.uuid': 'text',
  'type.broader.uuid.keyword': 'keyword',
  'type.broader.uri': 'text',
  'type.broader.uri.keyword': 'keyword',
  // config.json:142-154; explicit `thematicAreas.label` and `thematicAreas.broader.label` keyword (255-260)
  'thematicAreas.label': 'keyword',
  'thematicAreas.uuid': 'text',
  'thematicAreas.uuid.keyword': 'keyword',
  'thematicAreas.uri': 'text',
  'thematicAreas.uri.keyword': 'keyword',
  'thematicAreas.broader.label': 'keyword',
  'thematicAreas.broader.uuid': 'text',
  'thematicAreas.broader.uuid.keyword': 'keyword',
  'thematicAreas.broader.uri': 'text',
  'thematicAreas.broader.uri.keyword': 'keyword',
  // config.json:155-167; no explicit mapping: all dynamic
  'competentAuthority.label': 'text',
  'competentAuthority.label.keyword': 'keyword',
  'competentAuthority.uuid': 'text',
  'competentAuthority.uuid.keyword': 'keyword',
  'competentAuthority.uri': 'text',
  'competentAuthority.uri.keyword': 'keyword',
  'competentAuthority.broader.label': 'text',
  'competentAuthority.broader.label.keyword': 'keyword',
  'competentAuthority.broader.uuid': 'text',
  'competentAuthority.broader.uuid.keyword': 'keyword',
  'competentAuthority.broader.uri': 'text',
  'competentAuthority.broader.uri.keyword': 'keyword',
  // config.json:168-180; explicit `competentAuthorityLevels.label` and `.broader.label` keyword (261-266)
  'competentAuthorityLevels.label': 'keyword',
  'competentAuthorityLevels.uuid': 'text',
  'competentAuthorityLevels.uuid.keyword': 'keyword',
  'competentAuthorityLevels.uri': 'text',
  'competentAuthorityLevels.uri.keyword': 'keyword',
  'competentAuthorityLevels.broader.label': 'keyword',
  'competentAuthorityLevels.broader.uuid': 'text',
  'competentAuthorityLevels.broader.uuid.keyword': 'keyword',
  'competentAuthorityLevels.broader.uri': 'text',
  'competentAuthorityLevels.broader.uri.keyword': 'keyword',
  // config.json:181-193; no explicit mapping: all dynamic
  'executingAuthorityLevels.label': 'text',
  'executingAuthorityLevels.label.keyword': 'keyword',
  'executingAuthorityLevels.uuid': 'text',
  'executingAuthorityLevels.uuid.keyword': 'keyword',
  'executingAuthorityLevels.uri': 'text',
  'executingAuthorityLevels.uri.keyword': 'keyword',
  'executingAuthorityLevels.broader.label': 'text',
  'executingAuthorityLevels.broader.label.keyword': 'keyword',
  'executingAuthorityLevels.broader.uuid': 'text',
  'executingAuthorityLevels.broader.uuid.keyword': 'keyword',
  'executingAuthorityLevels.broader.uri': 'text',
  'executingAuthorityLevels.broader.uri.keyword': 'keyword',
  // config.json:194-199; no explicit mapping: all dynamic
  'targetAudiences.label': 'text',
  'targetAudiences.label.keyword': 'keyword',
  'targetAudiences.uuid': 'text',
  'targetAudiences.uuid.keyword': 'keyword',
  'targetAudiences.uri': 'text',
  'targetAudiences.uri.keyword': 'keyword',
  // config.json:200-205; explicit `relevantAdministrativeUnits.label` keyword (267-269)
  'relevantAdministrativeUnits.label': 'keyword',
  'relevantAdministrativeUnits.uuid': 'text',
  'relevantAdministrativeUnits.uuid.keyword': 'keyword',
  'relevantAdministrativeUnits.uri': 'text',
  'relevantAdministrativeUnits.uri.keyword': 'keyword',
  // mu-search index_manager.rb:327-329: top-level `uuid` and `uri` are keyword. `uuid` is in every document
  // (index_definition.rb:87-88). A top-level `uri` is in NO real _source (v0.11 builds it from the properties only):
  // a query naming the field `uri` (`filter[:term:uri]`, `sort[uri]`) matches nothing / sorts nothing in the real
  // index, although `document()` below ends with `uri` (see there).
  uuid: 'keyword',
  uri: 'keyword',
  // ES metadata field: the document id, i.e. the snapshot's URI (index_builder.rb:59-63, insert_document(index,
  // document_uri, document)). `filter[:uri:]=a,b` becomes `:terms:_id` (elastic_query_builder.rb:157); each hit's
  // `attributes.uri` is `_id` (jsonapi.rb:39). In `document()` it is the trailing `uri`.
  _id: 'keyword',
  // config.json:271-277: runtime field, computed at query time and not in _source (see `runtime` below).
  filterEndDate: 'date',
};

export const search: SearchIndex[] = [
  {
    source: 'lblod/app-digitaal-loket config/search/config.json',
    type: 'public-service', // config.json:111; the `type` of every hit (jsonapi.rb:36-41)
    path: 'public-services', // config.json:112 on_path → GET /public-services/search (dispatcher.ex:643)
    // config.json:113 rdf_type ipdc:InstancePublicServiceSnapshot = the `public-service` resource (ipdc.lisp:1-2)
    resource: 'public-services',
    // eager_indexing_groups (config.json:97-108) is [public, public-r]. public-r needs is_authenticated() (a session
    // group and a role, authorization config.ex:219-222) and is the only group that reads the IPDC ldes graph
    // (config.ex:233-248). A signed-in session's other groups are all in ignored_allowed_groups (config.json:9-96), so
    // every signed-in session searches this [public, public-r] index. Without a session the groups are [public]
    // (clean is ignored): an index built for [public] alone, which sees no public services → count 0.
    audience: 'session',
    fields,
    // document_builder.rb:57-138: one key per configured property, in config order (config.json:114-205), then
    // `uuid` (index_definition.rb:87-88): that is the real _source. The trailing `uri` is NOT in the real _source;
    // it is the ES `_id` (the subject URI), which jsonapi.rb:39 merges last into each hit's attributes
    // (`result["_source"].merge({ uri: result["_id"] })`). So this object is exactly a hit's `attributes`.
    document(record: StoredResource, related: Related): Record<string, unknown> {
      return {
        name: languageString(record, 'name'), // config.json:115-118 dct:title, language-string
        description: languageString(record, 'description'), // :119-122 dct:description, language-string
        startDate: simple(record, 'start-date'), // :123 schema:startDate
        endDate: simple(record, 'end-date'), // :124 schema:endDate
        dateCreated: simple(record, 'date-created'), // :125 schema:dateCreated
        dateModified: simple(record, 'date-modified'), // :126 schema:dateModified
        datePublished: simple(record, 'date-published'), // :127 https://schema.org/datePublished
        isArchived: simple(record, 'is-archived'), // :128 ipdc:isArchived
        type: nested(related(record, 'type'), (c) => conceptWithBroader(c, related)), // :129-141 dct:type
        thematicAreas: nested(related(record, 'thematic-areas'), (c) => conceptWithBroader(c, related)), // :142-154 m8g:thematicArea
        competentAuthority: nested(related(record, 'competent-authority'), (c) => conceptWithBroader(c, related)), // :155-167 m8g:hasCompetentAuthority
        competentAuthorityLevels: nested(related(record, 'competent-authority-levels'), (c) => conceptWithBroader(c, related)), // :168-180 ipdc:competentAuthorityLevel
        executingAuthorityLevels: nested(related(record, 'executing-authority-levels'), (c) => conceptWithBroader(c, related)), // :181-193 ipdc:executingAuthorityLevel
        targetAudiences: nested(related(record, 'target-audiences'), labelOnly), // :194-199 ipdc:targetAudience
        relevantAdministrativeUnits: nested(related(record, 'relevant-administrative-units'), labelOnly), // :200-205 icr:isRelevantForAdministrativeUnit
        uuid: uuidOf(record), // mu:uuid, added by ensure_uuid_in_properties
        uri: record.attributes['uri'], // `_id`, not _source (see above)
      };
    },
    runtime: {
      // config.json:272-277, Painless: `if (doc['endDate'].size() > 0) { emit(doc['endDate'].value…toEpochMilli()); }
      // else { long thousandYearMillis = 1000*365*24*60*60*1000L; emit(System.currentTimeMillis() + thousandYearMillis); }`.
      // doc values are sorted, so `.value` is the earliest endDate. `1000*365*24*60*60` is int arithmetic and wraps
      // (31 536 000 000 mod 2^32 = 1 471 228 928) before `*1000L`: the fallback is now + 1 471 228 928 000 ms
      // (about 46.6 years), not 1000 years.
      filterEndDate: (document: Record<string, unknown>, now: Date) => {
        const ends = valuesOf(document['endDate'])
          .map((value) => Date.parse(String(value)))
          .filter((ms) => !Number.isNaN(ms));
        const ms = ends.length > 0 ? Math.min(...ends) : now.getTime() + THOUSAND_YEAR_MILLIS_AS_PAINLESS_COMPUTES_IT;
        return new Date(ms).toISOString();
      },
    },
  },
];
