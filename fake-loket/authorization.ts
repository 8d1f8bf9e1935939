/**
 * mu-authorization as the fake plays it. A session is granted the allowed groups whose audience
 * it meets. A record sits in a shared graph, or (when it has an `owner`) in the graphs of that
 * bestuur; it is visible when a granted group reads its type in a graph it sits in. Predicates
 * granted apart (`path#attr`) sit in their own group's graph (for a per-bestuur group: the graph
 * of the bestuur the record belongs to) and are hidden unless that group is granted. Nothing is
 * ever refused with 403: what is not granted is absent from reads and dropped from writes.
 */
import type { AccessGroup, Audience, Authorization } from './app-spec.js';
import type { Database, Scope } from './database.js';
import type { Session } from './engine/session.js';
import type { StoredResource } from './schema.js';

export function meetsAudience(session: Session | null, audience: Audience): boolean {
  if (audience === 'public') return true;
  if (!session) return false;
  if (audience === 'group') return !!session.groupId;
  if (audience === 'session') return !!session.groupId && session.roles.length > 0;
  const roles = typeof audience.role === 'string' ? [audience.role] : audience.role;
  return roles.some((role) => session.roles.includes(role));
}

interface Grants {
  shared: Set<string>;
  bestuur: Set<string>;
  /** `group name|type` for per-bestuur grants, for records that name their graph. */
  byGroup: Set<string>;
}

function collect(groups: readonly AccessGroup[], pick: (group: AccessGroup) => readonly string[] | undefined): Grants {
  const grants: Grants = { shared: new Set(), bestuur: new Set(), byGroup: new Set() };
  for (const group of groups) {
    for (const entry of pick(group) ?? []) {
      grants[group.scope].add(entry);
      if (group.scope === 'bestuur') grants.byGroup.add(`${group.name}|${entry}`);
    }
  }
  return grants;
}

/** Every `type#attr` some group of the app grants apart: those predicates live outside the type's graph. */
function separatePredicates(authorization: Authorization): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const group of authorization.groups) {
    for (const entry of [...group.read, ...(group.write ?? [])]) {
      const [type, attribute] = entry.split('#');
      if (!type || !attribute) continue;
      const set = out.get(type) ?? new Set<string>();
      set.add(attribute);
      out.set(type, set);
    }
  }
  return out;
}

/**
 * The scope of one session. `ownerOf` gives the bestuur a record belongs to for predicates
 * granted per bestuur (a bestuurseenheid belongs to itself).
 */
export function scopeFor(
  db: Database,
  authorization: Authorization,
  session: Session | null,
  ownerOf: (record: StoredResource) => string | undefined,
): Scope {
  const granted = authorization.groups.filter((group) => meetsAudience(session, group.audience));
  const read = collect(granted, (group) => group.read);
  const write = collect(granted, (group) => group.write);
  const apart = separatePredicates(authorization);
  const group = session?.groupId;
  const lineage = (type: string) => ancestry(db, type);
  const grantsType = (grants: Grants, scope: keyof Grants, type: string) => lineage(type).some((t) => grants[scope].has(t));
  const isApart = (type: string, name: string) => lineage(type).some((t) => apart.get(t)?.has(name));
  const grantsPart = (grants: Grants, type: string, name: string, owner: string | undefined) =>
    lineage(type).some((t) => grants.shared.has(`${t}#${name}`) || (!!group && owner === group && grants.bestuur.has(`${t}#${name}`)));
  return {
    canSee(record) {
      if (record.owner === undefined) return grantsType(read, 'shared', record.type);
      if (!group || record.owner !== group) return false;
      if (record.graph) return lineage(record.type).some((t) => read.byGroup.has(`${record.graph}|${t}`));
      return grantsType(read, 'bestuur', record.type);
    },
    hiddenAttributes(record) {
      const hidden = new Set<string>();
      for (const t of lineage(record.type)) {
        for (const name of apart.get(t) ?? []) if (!grantsPart(read, record.type, name, ownerOf(record))) hidden.add(name);
      }
      return hidden;
    },
    canWrite(type, name, record) {
      if (name !== undefined && isApart(type, name)) return grantsPart(write, type, name, record ? ownerOf(record) : group);
      return grantsType(write, 'shared', type) || (!!group && grantsType(write, 'bestuur', type));
    },
    ownerForNew(type) {
      return group && !grantsType(write, 'shared', type) && grantsType(write, 'bestuur', type) ? group : undefined;
    },
  };
}

function ancestry(db: Database, type: string): string[] {
  const out: string[] = [];
  for (let current: string | undefined = type; current; current = db.types.get(current)?.parent) out.push(current);
  return out;
}
