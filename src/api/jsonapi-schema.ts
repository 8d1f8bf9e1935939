import { LoketError } from './errors.js';

/**
 * The structure of a JSON:API document as mu-cl-resources sends it, checked at the edge. Only
 * structure is strict here (what the reader walks: data, identifiers, included, relationships);
 * attribute values are checked one by one when read, see ResourceView. Other members such as
 * `links` pass through untyped.
 *
 * Departure from DESIGN's "a small schema validator": this was valibot (looseObject, array,
 * optional, custom), ~3.7 KB minified / ~1.4 KB min+gzip in every widget bundle for a check that
 * needs five rules. The hand-written rules below check the same shape (the hostile-document tests
 * in test/api/document.test.ts are unchanged) at ~0.5 KB minified; measured with esbuild on a
 * stub widget, 17.0 → 15.8 KB min+gzip.
 */

export interface ResourceIdentifier {
  type: string;
  id: string;
  [key: string]: unknown;
}

type Members = Record<string, unknown>;

export interface JsonApiRelationship {
  data?: ResourceIdentifier | ResourceIdentifier[] | null;
  [key: string]: unknown;
}

export interface JsonApiResource extends ResourceIdentifier {
  attributes?: Members;
  relationships?: Record<string, JsonApiRelationship>;
}

export interface JsonApiDocument {
  data: JsonApiResource | JsonApiResource[] | null;
  included?: JsonApiResource[];
  links?: Members;
  meta?: Members;
  /** The Loket's login service puts the session's relationships beside `data`. */
  relationships?: Record<string, JsonApiRelationship>;
  [key: string]: unknown;
}

/** A JSON object: not null, not an array. */
export function isRecord(input: unknown): input is Members {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** A rule answers where the input goes wrong: undefined when it is fine, '' at the input itself. */
type Rule = (input: unknown) => string | undefined;

const within = (key: string | number, where: string | undefined) =>
  where === undefined ? undefined : where ? `${key}.${where}` : `${key}`;

/** The path of the first entry the rule refuses. */
function firstWrong(entries: Iterable<[string | number, unknown]>, rule: Rule): string | undefined {
  for (const [key, value] of entries) {
    const where = within(key, rule(value));
    if (where !== undefined) return where;
  }
  return undefined;
}

const nonEmpty: Rule = (input) => (typeof input === 'string' && input !== '' ? undefined : '');
const members: Rule = (input) => (isRecord(input) ? undefined : '');
const optional = (rule: Rule): Rule => (input) => (input === undefined ? undefined : rule(input));
const list = (rule: Rule): Rule => (input) => (Array.isArray(input) ? firstWrong(input.entries(), rule) : '');
/** `null`, one item or a list of them: the shape of `data` in JSON:API. */
const oneOrMany = (rule: Rule): Rule => (input) => (input === null ? undefined : Array.isArray(input) ? list(rule)(input) : rule(input));
/** Named members checked by their rule; other members pass. */
const object =
  (shape: Record<string, Rule>): Rule =>
  (input) => {
    if (!isRecord(input)) return '';
    for (const [key, rule] of Object.entries(shape)) {
      const where = within(key, rule(input[key]));
      if (where !== undefined) return where;
    }
    return undefined;
  };

const identifier = object({ type: nonEmpty, id: nonEmpty });
const relationship = object({ data: optional(oneOrMany(identifier)) });
const relationships: Rule = (input) => (isRecord(input) ? firstWrong(Object.entries(input), relationship) : '');
const resource = object({ type: nonEmpty, id: nonEmpty, attributes: optional(members), relationships: optional(relationships) });
const documentShape = object({
  data: oneOrMany(resource),
  included: optional(list(resource)),
  links: optional(members),
  meta: optional(members),
  relationships: optional(relationships),
});

/** Validates a parsed body; a document of the wrong shape becomes a 'bad-response' error. */
export function parseDocument(json: unknown, context: { method?: string; url?: string } = {}): JsonApiDocument {
  const where = documentShape(json);
  if (where === undefined) return json as JsonApiDocument;
  throw new LoketError('bad-response', { ...context, message: `Bad document shape at ${where || 'its root'}` });
}

/** JSON text → validated document; bodies that are not JSON are 'bad-response' too. */
export function parseDocumentText(text: string, context: { method?: string; url?: string } = {}): JsonApiDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new LoketError('bad-response', { ...context, cause, message: 'Body is not JSON' });
  }
  return parseDocument(json, context);
}
