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
  | 'language-string-set' // [{ content, language }]
  | 'string-set' // string[]
  | 'uri'; // `uri`: the RDF subject, present on every resource

export interface RelationshipDef {
  /** The related resource type (path segment), e.g. `bestuurseenheden`. */
  type: string;
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
  type: string;
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
}

export interface LanguageString {
  content: string;
  language: string;
}
