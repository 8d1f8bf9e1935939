import { Database } from './database.js';
import type { SeedContext, SeedFamily } from './family.js';
import { createRandom } from './random.js';
import { coreFamily } from './seed/core.js';
import { ADMIN_ROLE, FAMILY_WRITE_ROLES } from './engine/session.js';

/** A stable 32-bit hash, so each family draws from its own stream and adding one moves no other. */
export function hashName(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash >>> 0;
}

export interface SeededDatabase {
  db: Database;
  /** The role needed to write each declared type. */
  writeRoles: Map<string, string>;
}

/** Declares every family's types, then seeds the core family first and the others in order. */
export function seedDatabase(families: SeedFamily[], seed: number, now: Date, size: SeedContext['size']): SeededDatabase {
  const db = new Database();
  const writeRoles = new Map<string, string>();
  const all = [coreFamily, ...families.filter((family) => family.name !== coreFamily.name)];
  for (const family of all) {
    const role = family.writeRole ?? FAMILY_WRITE_ROLES[family.name] ?? ADMIN_ROLE;
    for (const def of family.types) {
      db.declare(def);
      if (!writeRoles.has(def.type)) writeRoles.set(def.type, role);
    }
  }
  const context: SeedContext = { random: createRandom(seed), now, size, besturen: [], store: db.store };
  for (const family of all) {
    const records = family.seed({ ...context, random: createRandom((seed ^ hashName(family.name)) >>> 0) });
    for (const record of records) db.table(record.type).set(record.id, record);
    if (family === coreFamily) context.besturen = [...db.table('bestuurseenheden').values()];
  }
  db.changed();
  return { db, writeRoles };
}
