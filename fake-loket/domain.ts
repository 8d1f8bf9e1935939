/**
 * A real app's mu-cl-resources domain, transcribed: one `DomainResource` per `define-resource` (or
 * per resource of a `domain.json`), with the names, types, predicates and targets exactly as the
 * domain file writes them, so a reviewer can diff a module in `fake-loket/apps/<app>/domain/` against
 * the real file line by line. `compileDomain` turns the transcription into the engine's `TypeDef`s:
 * it resolves resource names to paths, flattens superclasses and pairs inverse links by predicate.
 */
import type { AttributeKind, RelationshipDef, TypeDef } from './schema.js';

/** A mu-cl-resources attribute type as the domain file writes it (`:string`, `:url`, …). */
export type MuType =
  | 'string'
  | 'number'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'g-year'
  | 'url'
  | 'uri'
  | 'uri-set'
  | 'string-set'
  | 'language-string'
  | 'language-string-set'
  /** `(:provider :via ,(s-prefix …))`: the type slot left out; values come back as stored strings. */
  | 'via';

/** `(:name :type ,(s-prefix "pred"))`, optionally `:required`. */
export type Property = readonly [type: MuType, predicate: string] | readonly [type: MuType, predicate: string, flag: 'required'];

/** `(target :via ,(s-prefix "pred") :as "name")`, optionally `:inverse t`. `target` is a resource NAME. */
export type Link = readonly [target: string, predicate: string] | readonly [target: string, predicate: string, flag: 'inverse'];

export interface DomainResource {
  /** The `define-resource` name (`bestuurseenheid`); links refer to resources by this name. */
  name: string;
  /** `:on-path`: the URL segment and the JSON:API `type`. */
  path: string;
  /** `:class`, prefixed as the file writes it (`besluit:Bestuurseenheid`). */
  class: string;
  /** `:resource-base`. */
  base?: string;
  /** The superclass, by name: `(define-resource worship-service (worship-administrative-unit) …)`. */
  parent?: string;
  features?: readonly ('include-uri' | 'no-pagination-defaults')[];
  properties?: Readonly<Record<string, Property>>;
  hasOne?: Readonly<Record<string, Link>>;
  hasMany?: Readonly<Record<string, Link>>;
}

/** One transcribed domain file: where it comes from, and its resources in file order. */
export interface DomainFile {
  /** Repository and path, e.g. `lblod/app-digitaal-loket config/resources/ipdc.lisp`. */
  source: string;
  resources: readonly DomainResource[];
}

const KIND: Record<MuType, AttributeKind> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  time: 'string',
  'g-year': 'string',
  url: 'url',
  uri: 'url',
  'uri-set': 'string-set',
  'string-set': 'string-set',
  'language-string': 'language-string',
  'language-string-set': 'language-string-set',
  via: 'string',
};

interface FlatLink {
  name: string;
  target: string;
  predicate: string;
  inverse: boolean;
  many: boolean;
}

/**
 * The engine's types for a whole app, in the read order of its `domain.lisp`. A later resource of
 * the same name replaces an earlier one, as a later `define-resource` does.
 */
export function compileDomain(files: readonly DomainFile[]): TypeDef[] {
  const byName = new Map<string, DomainResource>();
  for (const file of files) for (const resource of file.resources) byName.set(resource.name, resource);

  const chain = (resource: DomainResource): DomainResource[] => {
    const out: DomainResource[] = [];
    for (let current: DomainResource | undefined = resource; current; current = current.parent ? byName.get(current.parent) : undefined) {
      if (out.includes(current)) throw new Error(`Superclass cycle at ${current.name}`);
      out.push(current);
    }
    return out;
  };
  const ancestorsOrSelf = (name: string) => {
    const resource = byName.get(name);
    return resource ? chain(resource).map((r) => r.name) : [name];
  };
  const linksOf = (resource: DomainResource): FlatLink[] =>
    chain(resource)
      .reverse()
      .flatMap((r) => [
        ...Object.entries(r.hasOne ?? {}).map(([name, link]) => flatLink(name, link, false)),
        ...Object.entries(r.hasMany ?? {}).map(([name, link]) => flatLink(name, link, true)),
      ]);

  const defs: TypeDef[] = [];
  for (const resource of byName.values()) {
    const attributes: Record<string, AttributeKind> = {};
    const required: string[] = [];
    for (const r of chain(resource).reverse()) {
      for (const [name, property] of Object.entries(r.properties ?? {})) {
        attributes[name] = KIND[property[0]];
        if (property[2] === 'required') required.push(name);
      }
    }
    const relationships: Record<string, RelationshipDef> = {};
    for (const link of linksOf(resource)) {
      const target = byName.get(link.target);
      const def: RelationshipDef = target ? { type: target.path, many: link.many } : { type: '', many: link.many, undefinedTarget: link.target };
      if (link.inverse && target) {
        // `:inverse t`: the triple points from the target to us. Where the target (or a superclass)
        // declares that predicate forward towards us, the link is stored there and computed here.
        const ours = ancestorsOrSelf(resource.name);
        const forward = linksOf(target).find((other) => !other.inverse && other.predicate === link.predicate && ours.includes(other.target));
        if (forward) def.inverse = forward.name;
      }
      relationships[link.name] = def;
    }
    const features = chain(resource).find((r) => r.features)?.features ?? [];
    defs.push({
      type: resource.path,
      name: resource.name,
      ...(resource.parent ? { parent: byName.get(resource.parent)?.path ?? resource.parent } : {}),
      includeUri: features.includes('include-uri'),
      ...(features.includes('no-pagination-defaults') ? { noPaginationDefaults: true } : {}),
      ...(resource.base ? { base: resource.base } : {}),
      attributes,
      relationships,
      ...(required.length ? { required } : {}),
    });
  }
  return defs;
}

function flatLink(name: string, link: Link, many: boolean): FlatLink {
  return { name, target: link[0], predicate: link[1], inverse: link[2] === 'inverse', many };
}
