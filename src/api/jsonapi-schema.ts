import * as v from 'valibot';
import { LoketError } from './errors.js';

/**
 * The structure of a JSON:API document as mu-cl-resources sends it, checked at the edge. Only
 * structure is strict here (what the reader walks: data, identifiers, included, relationships);
 * attribute values are checked one by one when read, see ResourceView. Built from the few
 * valibot parts that cost little bundle (looseObject, array, optional, custom); other members
 * such as `links` pass through untyped.
 */

export interface ResourceIdentifier {
  type: string;
  id: string;
  [key: string]: unknown;
}

type Members = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isRecord(input: unknown): input is Members {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

const nonEmpty = v.custom<string>((input) => typeof input === 'string' && input !== '', 'Expected a non-empty string');

/** A JSON:API member map (attributes, links, meta): an object, never an array. */
const members = v.custom<Members>(isRecord, 'Expected an object');

const identifierSchema = v.looseObject({ type: nonEmpty, id: nonEmpty });

/** `null`, one item or a list of them: the shape of `data` in JSON:API. */
function oneOrMany<T>(item: v.GenericSchema<unknown, T>, message: string) {
  return v.custom<T | T[] | null>(
    (input) => input === null || (Array.isArray(input) ? input : [input]).every((entry) => v.is(item, entry)),
    message,
  );
}

const relationshipSchema = v.looseObject({
  data: v.optional(oneOrMany(identifierSchema, 'Expected resource linkage')),
});

export type JsonApiRelationship = v.InferOutput<typeof relationshipSchema>;

const relationshipsSchema = v.custom<Record<string, JsonApiRelationship>>(
  (input) => isRecord(input) && Object.values(input).every((entry) => v.is(relationshipSchema, entry)),
  'Expected relationships',
);

const resourceSchema = v.looseObject({
  type: nonEmpty,
  id: nonEmpty,
  attributes: v.optional(members),
  relationships: v.optional(relationshipsSchema),
});

export type JsonApiResource = v.InferOutput<typeof resourceSchema>;

const documentSchema = v.looseObject({
  data: oneOrMany(resourceSchema, 'Expected a resource, a list of them or null'),
  included: v.optional(v.array(resourceSchema)),
  links: v.optional(members),
  meta: v.optional(members),
  // The Loket's login service puts the session's relationships beside `data`.
  relationships: v.optional(relationshipsSchema),
});

export type JsonApiDocument = v.InferOutput<typeof documentSchema>;
/** Validates a parsed body; a document of the wrong shape becomes a 'bad-response' error. */
export function parseDocument(json: unknown, context: { method?: string; url?: string } = {}): JsonApiDocument {
  const result = v.safeParse(documentSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue.path?.map((item) => String(item.key)).join('.') || 'document';
  throw new LoketError('bad-response', {
    ...context,
    message: `Loket answered a document of the wrong shape at ${where}: ${issue.message}`,
  });
}

/** JSON text → validated document; bodies that are not JSON are 'bad-response' too. */
export function parseDocumentText(text: string, context: { method?: string; url?: string } = {}): JsonApiDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LoketError('bad-response', { ...context, cause, message: 'Loket answered a body that is not JSON' });
  }
  return parseDocument(json, context);
}
