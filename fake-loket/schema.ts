/**
 * The fake Loket's model of mu-cl-resources: each resource type is declared once with its
 * attributes and relationships, and stored records refer to related resources by id only.
 * As in mu-cl-resources, the JSON:API `type` equals the URL path segment (`/public-services`).
 */

/** How an attribute is stored and compared (filters, sort) and how it is serialised. */
export type AttributeKind =
  | 'string' // plain text; filter[x] is case-insensitive contains
  | 'number'
  | 'boolean'
  | 'date' // YYYY-MM-DD
  | 'datetime' // ISO 8601 with offset
  | 'language-string' // { content, language }
  | 'language-string-set' // [{ content, language }]
  | 'string-set' // string[]
  | 'url' // an IRI, served as its string
  | 'uri'; // `uri`: the RDF subject (served under `include-uri`)

export interface RelationshipDef {
  /** The related resource type (path segment), e.g. `bestuurseenheden`; '' when undefined. */
  type: string;
  /**
   * The domain names a target resource it never defines (`participation` on the Loket's
   * bestuurseenheid): mu-cl-resources fails on filter, sort and include through such a link.
   */
  undefinedTarget?: string;
  /** true for has-many. */
  many?: boolean;
  /**
   * The relationship is the other side of `<type>.<inverse>` (as mu-cl-resources' `:inverse t`):
   * it is not stored on this record but computed from the records that point here, and a write
   * through it updates those records.
   */
  inverse?: string;
}

export interface TypeDef {
  /** The `on-path`, and the JSON:API type. */
  type: string;
  /** The `define-resource` name. */
  name?: string;
  /** The superclass's path: listing it lists this type's records too. */
  parent?: string;
  /** `features '(include-uri)`: `attributes.uri` is served. Default true for hand-written types. */
  includeUri?: boolean;
  /**
   * `features '(no-pagination-defaults)`: a list without `page[...]` parameters is not paged (no
   * LIMIT), though its links are still built with the default size (`response-generation.lisp`
   * paginated-collection-response).
   */
  noPaginationDefaults?: boolean;
  /** `:resource-base`: new records get `<base><id>` as URI. */
  base?: string;
  attributes: Record<string, AttributeKind>;
  relationships: Record<string, RelationshipDef>;
  /** Attributes and relationships a POST must give and a PATCH may not remove (mu answers 422). */
  required?: string[];
}

/** A stored record. Attributes without a value are absent, never null (as the real server). */
export interface StoredResource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  /** Related ids: a string (or null) for has-one, an array for has-many. */
  relationships: Record<string, string | string[] | null>;
  /**
   * The bestuurseenheid whose graph holds the record, for types mu-authorization scopes per
   * bestuur (submissions, conversations, …). Never served.
   */
  owner?: string;
  /**
   * The allowed group whose per-bestuur graph holds it, where a type sits in several (an
   * attachment of a message is in the messaging graph, not the supervision one). Any, when absent.
   */
  graph?: string;
}

export interface LanguageString {
  content: string;
  language: string;
}
