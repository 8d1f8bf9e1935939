import type { AttributeKind, RelationshipDef, StoredResource, TypeDef } from './schema.js';

export type Store = Map<string, Map<string, StoredResource>>;

/** The URI of a record: its stored `attributes.uri`, else one minted like the app's own. */
export function uriOf(record: StoredResource, def?: TypeDef): string {
  const stored = record.attributes['uri'];
  if (typeof stored === 'string') return stored;
  return def?.base ? `${def.base}${record.id}` : `http://data.lblod.info/id/${record.type}/${record.id}`;
}

/**
 * What one session may see and write, as mu-authorization decides it: records of graphs it is
 * not allowed are simply absent (never a 403), and so are the predicates of a record that sit in
 * another graph (a bestuurseenheid's e-mail preference sits in the messaging graph).
 */
export interface Scope {
  canSee(record: StoredResource): boolean;
  /** Attributes of this record the session cannot read. */
  hiddenAttributes(record: StoredResource): ReadonlySet<string>;
  /** Whether a write of `type` (and, when given, of this attribute or relationship of `record`) is kept. */
  canWrite(type: string, name?: string, record?: StoredResource): boolean;
  /** The bestuur whose graph a new record of `type` goes to; undefined for a shared graph. */
  ownerForNew(type: string): string | undefined;
}

/** The scope of the app's own code (seeding, tests editing the store): everything. */
export const EVERYTHING: Scope = {
  canSee: () => true,
  hiddenAttributes: () => new Set(),
  canWrite: () => true,
  ownerForNew: () => undefined,
};

/**
 * The in-memory triple store stand-in: records by type and id, the declared types (with their
 * superclasses), and relationship resolution (stored links and computed inverse links). A record
 * is stored under its most specific type; listing a type lists its subtypes' records too, as
 * mu-cl-resources does. `scoped(scope)` is the same store as one session sees it.
 */
export class Database {
  readonly store: Store = new Map();
  readonly types = new Map<string, TypeDef>();
  /** `type.rel` -> target id -> source ids, for inverse relationships; rebuilt lazily after writes. */
  private readonly inverseIndex = new Map<string, Map<string, string[]>>();
  /** type -> itself and every type that has it as an ancestor. */
  private readonly subtypeIndex = new Map<string, string[]>();
  readonly scope: Scope = EVERYTHING;

  /** Declares a type; a second declaration of the same type adds what the first lacks. */
  declare(def: TypeDef): void {
    const known = this.types.get(def.type);
    if (!known) {
      this.types.set(def.type, {
        ...def,
        attributes: { ...def.attributes },
        relationships: { ...def.relationships },
        ...(def.required ? { required: [...def.required] } : {}),
      });
    } else {
      known.attributes = { ...def.attributes, ...known.attributes };
      known.relationships = { ...def.relationships, ...known.relationships };
      if (def.required) known.required = [...new Set([...(known.required ?? []), ...def.required])];
    }
    if (!this.store.has(def.type)) this.store.set(def.type, new Map());
    this.subtypeIndex.clear();
  }

  /** The same records, as a session with `scope` sees them (shares the store and its indexes). */
  scoped(scope: Scope): Database {
    return Object.create(this, { scope: { value: scope } }) as Database;
  }

  /** `type` and every type below it. */
  subtypes(type: string): string[] {
    let found = this.subtypeIndex.get(type);
    if (found) return found;
    found = [...this.types.values()].filter((def) => this.isA(def.type, type)).map((def) => def.type);
    if (!found.includes(type)) found.unshift(type);
    this.subtypeIndex.set(type, found);
    return found;
  }

  /** Whether `type` is `ancestor` or one of its subtypes. */
  isA(type: string, ancestor: string): boolean {
    for (let current: string | undefined = type; current; current = this.types.get(current)?.parent) {
      if (current === ancestor) return true;
    }
    return false;
  }

  table(type: string): Map<string, StoredResource> {
    let table = this.store.get(type);
    if (!table) {
      table = new Map();
      this.store.set(type, table);
    }
    return table;
  }

  /** Every record of `type` and its subtypes that the scope sees. */
  *records(type: string): Iterable<StoredResource> {
    for (const subtype of this.subtypes(type)) {
      for (const record of this.store.get(subtype)?.values() ?? []) if (this.scope.canSee(record)) yield record;
    }
  }

  /** The record of `type` (or a subtype) with `id`, if the scope sees it. */
  get(type: string, id: string): StoredResource | undefined {
    for (const subtype of this.subtypes(type)) {
      const record = this.store.get(subtype)?.get(id);
      if (record) return this.scope.canSee(record) ? record : undefined;
    }
    return undefined;
  }

  /** A record of any type with `id`, seen or not (mu: an id of another type is a server error). */
  anyWithId(id: string): StoredResource | undefined {
    for (const table of this.store.values()) {
      const record = table.get(id);
      if (record) return record;
    }
    return undefined;
  }

  put(record: StoredResource): void {
    this.table(record.type).set(record.id, record);
    this.changed();
  }

  remove(type: string, id: string): boolean {
    let removed = false;
    for (const subtype of this.subtypes(type)) removed = this.store.get(subtype)?.delete(id) || removed;
    if (removed) this.changed();
    return removed;
  }

  /** Forget derived indexes; call after any direct edit of records. */
  changed(): void {
    this.inverseIndex.clear();
  }

  attributeKind(type: string, name: string): AttributeKind | undefined {
    if (name === 'uri') return 'uri';
    const attributes = this.types.get(type)?.attributes;
    return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  }

  relationship(type: string, name: string): RelationshipDef | undefined {
    const relationships = this.types.get(type)?.relationships;
    return relationships && Object.hasOwn(relationships, name) ? relationships[name] : undefined;
  }

  /** The stored value of an attribute, or undefined where the scope does not see it. */
  attribute(record: StoredResource, name: string): unknown {
    return this.scope.hiddenAttributes(record).has(name) ? undefined : record.attributes[name];
  }

  /** Ids of the records `record.rel` points at, in stored order, that the scope sees. */
  relatedIds(record: StoredResource, name: string): string[] {
    return this.related(record, name).map((related) => related.id);
  }

  related(record: StoredResource, name: string): StoredResource[] {
    const def = this.relationship(record.type, name);
    if (!def || !def.type) return [];
    const out: StoredResource[] = [];
    for (const id of this.storedIds(record, name, def)) {
      const found = this.get(def.type, id);
      if (found) out.push(found);
    }
    return out;
  }

  private storedIds(record: StoredResource, name: string, def: RelationshipDef): string[] {
    if (def.inverse) return this.inverseSources(def.type, def.inverse).get(record.id) ?? [];
    const value = record.relationships[name];
    if (Array.isArray(value)) return value;
    return typeof value === 'string' ? [value] : [];
  }

  private inverseSources(sourceType: string, name: string): Map<string, string[]> {
    const key = `${sourceType}.${name}`;
    let index = this.inverseIndex.get(key);
    if (index) return index;
    index = new Map();
    for (const subtype of this.subtypes(sourceType)) {
      for (const source of this.store.get(subtype)?.values() ?? []) {
        const value = source.relationships[name];
        const targets = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        for (const target of targets) {
          const list = index.get(target);
          if (list) list.push(source.id);
          else index.set(target, [source.id]);
        }
      }
    }
    this.inverseIndex.set(key, index);
    return index;
  }

  /** Points `record.rel` at `ids`; through an inverse relationship the other side is rewritten. */
  link(record: StoredResource, name: string, ids: string[]): void {
    const def = this.relationship(record.type, name);
    if (!def) return;
    if (!def.inverse) {
      record.relationships[name] = def.many ? [...ids] : (ids[0] ?? null);
      this.changed();
      return;
    }
    const before = new Set(this.storedIds(record, name, def));
    const after = new Set(ids);
    const backMany = this.relationship(def.type, def.inverse)?.many ?? false;
    for (const id of before) {
      if (after.has(id)) continue;
      const other = this.anyWithId(id);
      if (!other) continue;
      const value = other.relationships[def.inverse];
      other.relationships[def.inverse] = backMany && Array.isArray(value) ? value.filter((v) => v !== record.id) : null;
    }
    for (const id of after) {
      if (before.has(id)) continue;
      const other = this.anyWithId(id);
      if (!other) continue;
      const value = other.relationships[def.inverse];
      other.relationships[def.inverse] = backMany ? [...(Array.isArray(value) ? value : []), record.id] : record.id;
    }
    this.changed();
  }

  /** Removes every stored link to `id` (mu deletes the triples on both sides). */
  unlinkEverywhere(type: string, id: string): void {
    for (const [otherType, table] of this.store) {
      const def = this.types.get(otherType);
      if (!def) continue;
      const names = Object.entries(def.relationships)
        .filter(([, rel]) => rel.type && this.isA(type, rel.type) && !rel.inverse)
        .map(([name]) => name);
      if (names.length === 0) continue;
      for (const other of table.values()) {
        for (const name of names) {
          const value = other.relationships[name];
          if (Array.isArray(value)) {
            if (value.includes(id)) other.relationships[name] = value.filter((v) => v !== id);
          } else if (value === id) other.relationships[name] = null;
        }
      }
    }
    this.changed();
  }
}
