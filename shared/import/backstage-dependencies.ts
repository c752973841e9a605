import type { Service } from '../model/catalog';
import type { DependencyKind } from '../model/enums';
import type { BackstageEntity, RefAt } from './backstage-entities';
import { formatRef, parseEntityRef, refKey } from './backstage-refs';
import type { ImportPlan } from './import-plan';
import { type NameIndex, nameKey } from './name-index';
import { type ErrorList, quoted } from './row-errors';

/** What each imported Component or Resource became (by entity key), and the catalog to fall back on. */
export interface Resolved {
  services: Map<string, { name: string; entity: BackstageEntity; kind: Service['kind'] }>;
  catalog: NameIndex<Service>;
}

interface Target { name: string; kind: DependencyKind }

/**
 * Finds the service a dependsOn reference points at: an entity in the files first, then a catalog
 * service by name or slug. A reference without a kind may be a Component or a Resource.
 */
function resolveTarget(ref: RefAt, from: BackstageEntity, resolved: Resolved, errors: ErrorList, plan: ImportPlan): Target | null {
  const parsed = parseEntityRef(ref.ref, { namespace: from.namespace });
  if (!parsed) {
    errors.at(ref.line, `${quoted(ref.ref)} is not an entity reference (expected kind:namespace/name, e.g. resource:default/orders-db)`, from.file);
    return null;
  }
  if (parsed.kind !== undefined && parsed.kind !== 'component' && parsed.kind !== 'resource') {
    plan.warnings.push(`${from.file} line ${ref.line}: ${from.name} depends on ${ref.ref}; only Components and Resources become services, so that link was skipped.`);
    return null;
  }
  const kinds = parsed.kind ? [parsed.kind] : ['component', 'resource'];
  for (const kind of kinds) {
    const hit = resolved.services.get(refKey(kind, parsed.namespace, parsed.name));
    if (hit) {
      const isDatabase = hit.kind === 'database' || (hit.entity.kind === 'resource' && hit.entity.type === 'database');
      return { name: hit.name, kind: isDatabase ? 'database' : 'sync-api' };
    }
  }
  const known = resolved.catalog.find(parsed.name);
  if (known) return { name: known.name, kind: known.kind === 'database' ? 'database' : 'sync-api' };
  errors.at(ref.line, `${from.name} depends on ${formatRef(parsed)}, which is neither in these files nor in the catalog`, from.file);
  return null;
}

/** API refs each component provides, so a consumer can be linked to the component behind the API. */
function apiProviders(resolved: Resolved): Map<string, { name: string }[]> {
  const providers = new Map<string, { name: string }[]>();
  for (const s of resolved.services.values()) {
    for (const api of s.entity.providesApis) {
      const parsed = parseEntityRef(api.ref, { kind: 'api', namespace: s.entity.namespace });
      if (!parsed) continue;
      const key = refKey('api', parsed.namespace, parsed.name);
      providers.set(key, [...(providers.get(key) ?? []), { name: s.name }]);
    }
  }
  return providers;
}

/**
 * Every dependency the files declare: dependsOn (this → target), dependencyOf (target → this)
 * and consumesApis (this → the component that provides the API). All hard, since Backstage has
 * no notion of degrading; a pair already in the catalog keeps its own kind and strength.
 */
export function planBackstageDependencies(resolved: Resolved, plan: ImportPlan, errors: ErrorList): void {
  const pairs = new Map<string, ImportPlan['dependencies'][number]>();
  const add = (from: string, to: string, kind: DependencyKind, entity: BackstageEntity, line: number) => {
    if (nameKey(from) === nameKey(to)) {
      errors.at(line, `${entity.name} cannot depend on itself`, entity.file);
      return;
    }
    const key = `${nameKey(from)}\u0000${nameKey(to)}`;
    if (!pairs.has(key)) pairs.set(key, { from, to, kind, strength: 'hard', keepExisting: true });
  };
  const providers = apiProviders(resolved);
  for (const self of resolved.services.values()) {
    const e = self.entity;
    for (const ref of e.dependsOn) {
      const target = resolveTarget(ref, e, resolved, errors, plan);
      if (target) add(self.name, target.name, target.kind, e, ref.line);
    }
    for (const ref of e.dependencyOf) {
      const dependent = resolveTarget(ref, e, resolved, errors, plan);
      if (dependent) add(dependent.name, self.name, self.kind === 'database' ? 'database' : 'sync-api', e, ref.line);
    }
    for (const ref of e.consumesApis) {
      const parsed = parseEntityRef(ref.ref, { kind: 'api', namespace: e.namespace });
      const found = parsed ? providers.get(refKey('api', parsed.namespace, parsed.name)) : undefined;
      if (!found) {
        plan.warnings.push(`${e.file} line ${ref.line}: ${e.name} consumes ${ref.ref}, but no imported component provides it; no dependency was added.`);
        continue;
      }
      for (const p of found) if (nameKey(p.name) !== nameKey(self.name)) add(self.name, p.name, 'sync-api', e, ref.line);
    }
  }
  plan.dependencies.push(...pairs.values());
}
