import type { AttributeKind, RelationshipDef, StoredResource, TypeDef } from './schema.js';

export type Store = Map<string, Map<string, StoredResource>>;

/** The URI of a record: its stored `attributes.uri`, else one minted like the Loket's own. */
export function uriOf(record: StoredResource): string {
  const stored = record.attributes['uri'];
  return typeof stored === 'string' ? stored : `http://data.lblod.info/id/${record.type}/${record.id}`;
}

/**
 * The in-memory triple store stand-in: records by type and id, the declared types, and relationship
 * resolution (stored links and computed inverse links).
 */
export class Database {
  readonly store: Store = new Map();
  readonly types = new Map<string, TypeDef>();
  /** `type.rel` -> target id -> source ids, for inverse relationships; rebuilt lazily after writes. */
  private readonly inverseIndex = new Map<string, Map<string, string[]>>();

  /** Declares a type; a second declaration of the same type adds what the first lacks. */
  declare(def: TypeDef): void {
    const known = this.types.get(def.type);
    if (!known) {
      this.types.set(def.type, {
        type: def.type,
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
  }

  table(type: string): Map<string, StoredResource> {
    let table = this.store.get(type);
    if (!table) {
      table = new Map();
      this.store.set(type, table);
    }
    return table;
  }

  get(type: string, id: string): StoredResource | undefined {
    return this.store.get(type)?.get(id);
  }

  put(record: StoredResource): void {
    this.table(record.type).set(record.id, record);
    this.changed();
  }

  remove(type: string, id: string): boolean {
    const removed = this.store.get(type)?.delete(id) ?? false;
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

  /** Ids of the records `record.rel` points at, in stored order. */
  relatedIds(record: StoredResource, name: string): string[] {
    const def = this.relationship(record.type, name);
    if (!def) return [];
    if (def.inverse) return this.inverseSources(def.type, def.inverse).get(record.id) ?? [];
    const value = record.relationships[name];
    if (Array.isArray(value)) return value;
    return typeof value === 'string' ? [value] : [];
  }

  related(record: StoredResource, name: string): StoredResource[] {
    const def = this.relationship(record.type, name);
    if (!def) return [];
    const table = this.store.get(def.type);
    if (!table) return [];
    const out: StoredResource[] = [];
    for (const id of this.relatedIds(record, name)) {
      const found = table.get(id);
      if (found) out.push(found);
    }
    return out;
  }

  private inverseSources(sourceType: string, name: string): Map<string, string[]> {
    const key = `${sourceType}.${name}`;
    let index = this.inverseIndex.get(key);
    if (index) return index;
    index = new Map();
    for (const source of this.store.get(sourceType)?.values() ?? []) {
      const value = source.relationships[name];
      const targets = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const target of targets) {
        const list = index.get(target);
        if (list) list.push(source.id);
        else index.set(target, [source.id]);
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
    const before = new Set(this.relatedIds(record, name));
    const after = new Set(ids);
    const backMany = this.relationship(def.type, def.inverse)?.many ?? false;
    for (const id of before) {
      if (after.has(id)) continue;
      const other = this.get(def.type, id);
      if (!other) continue;
      const value = other.relationships[def.inverse];
      other.relationships[def.inverse] = backMany && Array.isArray(value) ? value.filter((v) => v !== record.id) : null;
    }
    for (const id of after) {
      if (before.has(id)) continue;
      const other = this.get(def.type, id);
      if (!other) continue;
      const value = other.relationships[def.inverse];
      other.relationships[def.inverse] = backMany ? [...(Array.isArray(value) ? value : []), record.id] : record.id;
    }
    this.changed();
  }

  /** Removes every stored link to `type/id` (mu deletes the triples on both sides). */
  unlinkEverywhere(type: string, id: string): void {
    for (const [otherType, table] of this.store) {
      const def = this.types.get(otherType);
      if (!def) continue;
      const names = Object.entries(def.relationships)
        .filter(([, rel]) => rel.type === type && !rel.inverse)
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
