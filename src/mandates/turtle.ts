/**
 * The `contentTtl` LMB's forms post to the form-content service: N-Triples (valid Turtle), as
 * the FE builds it (FE utils/build-new-mandataris-source-ttl.js, components/person/selector.js).
 * Values are escaped; an IRI that is not one is refused before anything is sent.
 */
export const NS = {
  rdfType: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  uuid: 'http://mu.semte.ch/vocabularies/core/uuid',
  mandaat: 'http://data.vlaanderen.be/ns/mandaat#',
  org: 'http://www.w3.org/ns/org#',
  lmb: 'http://lblod.data.gift/vocabularies/lmb/',
  person: 'http://www.w3.org/ns/person#',
  persoon: 'http://data.vlaanderen.be/ns/persoon#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  ext: 'http://mu.semte.ch/vocabularies/ext/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type TtlObject = { iri: string } | { literal: string; datatype?: string };

function term(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^<>"{}|^`\\\s]*$/i.test(value)) throw new RangeError(`Not an IRI: ${value}`);
  return `<${value}>`;
}

function literal(value: string, datatype?: string): string {
  const escaped = value.replace(/[\\"\n\r\t]/g, (char) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char]!);
  return `"${escaped}"${datatype ? `^^${term(datatype)}` : ''}`;
}

/** Collects triples; `toString()` is the document. */
export class Triples {
  readonly #lines: string[] = [];

  add(subject: string, predicate: string, object: TtlObject | undefined): this {
    if (object === undefined) return this;
    const value = 'iri' in object ? term(object.iri) : literal(object.literal, object.datatype);
    this.#lines.push(`${term(subject)} ${term(predicate)} ${value} .`);
    return this;
  }

  toString(): string {
    return `${this.#lines.join('\n')}\n`;
  }
}

export const iri = (value: string | undefined): TtlObject | undefined => (value ? { iri: value } : undefined);
export const text = (value: string | undefined): TtlObject | undefined => (value ? { literal: value } : undefined);
export const dateTime = (value: string | undefined): TtlObject | undefined => (value ? { literal: value, datatype: `${NS.xsd}dateTime` } : undefined);
export const date = (value: string | undefined): TtlObject | undefined => (value ? { literal: value, datatype: `${NS.xsd}date` } : undefined);
