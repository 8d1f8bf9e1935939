import * as v from 'valibot';
import { LoketError } from './errors.js';

/**
 * The structure of a JSON:API document as mu-cl-resources sends it, checked at the edge. Only
 * structure is strict here (what the reader walks: data, identifiers, included, relationships);
 * attribute values are checked one by one when read, see ResourceView.
 */

const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** valibot's record also takes arrays; a JSON:API member map never is one. */
function recordOf<T extends v.GenericSchema>(values: T) {
  return v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'Expected an object'),
    v.record(v.string(), values),
  );
}

const identifierSchema = v.looseObject({ type: nonEmpty, id: nonEmpty });

const relationshipSchema = v.looseObject({
  data: v.optional(v.union([v.null(), identifierSchema, v.array(identifierSchema)])),
  links: v.optional(v.unknown()),
});

const relationshipsSchema = recordOf(relationshipSchema);

const resourceSchema = v.looseObject({
  type: nonEmpty,
  id: nonEmpty,
  attributes: v.optional(recordOf(v.unknown())),
  relationships: v.optional(relationshipsSchema),
  links: v.optional(v.unknown()),
});

const documentSchema = v.looseObject({
  data: v.union([v.null(), resourceSchema, v.array(resourceSchema)]),
  included: v.optional(v.array(resourceSchema)),
  links: v.optional(recordOf(v.unknown())),
  meta: v.optional(recordOf(v.unknown())),
  // The Loket's login service puts the session's relationships beside `data`.
  relationships: v.optional(relationshipsSchema),
});

export type ResourceIdentifier = v.InferOutput<typeof identifierSchema>;
export type JsonApiRelationship = v.InferOutput<typeof relationshipSchema>;
export type JsonApiResource = v.InferOutput<typeof resourceSchema>;
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
