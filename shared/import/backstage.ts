import type { BusinessProcess, Catalog, Service } from '../model/catalog';
import { type BackstageEntity, readBackstageFiles } from './backstage-entities';
import { planBackstageDependencies, type Resolved } from './backstage-dependencies';
import { ANNOTATIONS, mapService } from './backstage-mapping';
import { parseEntityRef, refKey } from './backstage-refs';
import { defaultHosting } from './field-values';
import { emptyPlan, type ImportPlan, type PlanResult } from './import-plan';
import { NameIndex, nameKey } from './name-index';
import { plural } from '../text/plural';
import { ErrorList, quoted } from './row-errors';
import { MAX_NAME_CHARS } from './limits';

const SERVICE_KINDS = new Set(['component', 'resource']);
const IMPORTED_KINDS = new Set(['component', 'resource', 'system']);

/** `order-fulfilment` → "Order fulfilment", for processes named only by a system reference. */
const humanise = (slug: string) => {
  const words = slug.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

class ProcessResolver {
  private readonly existing: NameIndex<BusinessProcess>;
  private readonly systems = new Map<string, string>();
  private readonly created = new NameIndex<{ name: string }>();

  constructor(processes: BusinessProcess[], private readonly plan: ImportPlan) {
    this.existing = new NameIndex(processes);
  }

  /** A System entity becomes a business process, matched to an existing one by name or slug. */
  addSystem(entity: BackstageEntity): void {
    const name = this.ensure(entity.title ?? humanise(entity.name), entity.name, entity.description);
    this.systems.set(refKey('system', entity.namespace, entity.name), name);
  }

  /** The process a `spec.system` reference stands for; created when neither the files nor the catalog have it. */
  forSystemRef(ref: string, namespace: string): { id: number } | { newName: string } {
    const parsed = parseEntityRef(ref, { kind: 'system', namespace });
    const name = parsed ? (this.systems.get(refKey('system', parsed.namespace, parsed.name)) ?? this.ensure(humanise(parsed.name), parsed.name, '')) : this.ensure(ref, ref, '');
    const existing = this.existing.get(name);
    return existing ? { id: existing.id } : { newName: name };
  }

  private ensure(name: string, slug: string, description: string): string {
    const found = this.existing.find(name) ?? this.existing.find(slug) ?? this.created.find(name);
    if (found) return found.name;
    this.created.add({ name });
    this.plan.processes.push({ name: name.slice(0, MAX_NAME_CHARS), description: description.slice(0, 2000) });
    return name;
  }
}

function skippedWarning(skipped: Map<string, number>): string | null {
  if (skipped.size === 0) return null;
  const label = (kind: string) => (kind === 'api' ? 'API' : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`);
  const parts = [...skipped].map(([kind, n]) => `${n} ${label(kind)}`);
  return `Skipped ${parts.join(', ')} ${skipped.size === 1 && [...skipped.values()][0] === 1 ? 'entity' : 'entities'}: Release Cockpit imports Components, Resources (as services) and Systems (as business processes).`;
}

function planService(entity: BackstageEntity, existing: Service | undefined, processes: ProcessResolver, plan: ImportPlan, errors: ErrorList): Service['kind'] | null {
  const problems: string[] = [];
  const mapped = mapService(entity, problems);
  const name = existing?.name ?? entity.title ?? entity.name;
  if (name.length > MAX_NAME_CHARS) problems.push(`the service name ${quoted(name)} is longer than ${MAX_NAME_CHARS} characters`);
  for (const p of problems) errors.at(entity.line, p, entity.file);
  if (problems.length) return null;
  if (!mapped.kindKnown && !existing) {
    plan.warnings.push(`${entity.file} line ${entity.line}: ${entity.name} has type ${quoted(entity.type || '(none)')}, which says nothing about what it is; imported as unclassified. Add the annotation ${ANNOTATIONS.kind} to say.`);
  }
  const link = entity.system ? processes.forSystemRef(entity.system, entity.namespace) : null;
  const processIds = [...(existing?.processIds ?? []), ...(link && 'id' in link ? [link.id] : [])];
  const kind = mapped.kindKnown || !existing ? mapped.kind : existing.kind;
  plan.services.push({
    existingId: existing?.id ?? null,
    newProcessNames: link && 'newName' in link ? [link.newName] : [],
    value: {
      name,
      kind,
      tier: mapped.tierKnown || !existing ? mapped.tier : existing.tier,
      ownerTeam: mapped.ownerTeam || existing?.ownerTeam || '',
      hosting: mapped.hosting ?? existing?.hosting ?? defaultHosting(kind),
      siteIds: existing?.siteIds ?? [],
      processIds: [...new Set(processIds)],
      rtoMinutes: existing?.rtoMinutes ?? null,
      rpoMinutes: existing?.rpoMinutes ?? null,
      description: (entity.description || existing?.description || '').slice(0, 2000),
    },
  });
  return kind;
}

/**
 * Plans a Backstage import. Components and Resources become services (title, else name; matched
 * to the catalog by name or slug), Systems become business processes that their components
 * support, dependsOn/dependencyOf and consumesApis→providesApis become hard dependencies.
 */
export function planBackstage(files: { name: string; text: string }[], catalog: Catalog): PlanResult {
  const errors = new ErrorList();
  const plan = emptyPlan();
  const entities = readBackstageFiles(files, errors);
  const skipped = new Map<string, number>();
  const byKey = new Map<string, BackstageEntity>();
  for (const e of entities) {
    if (!IMPORTED_KINDS.has(e.kind)) {
      skipped.set(e.kind, (skipped.get(e.kind) ?? 0) + 1);
      continue;
    }
    const key = refKey(e.kind, e.namespace, e.name);
    const twin = byKey.get(key);
    if (twin) errors.at(e.line, `${key} is already described in ${twin.file} line ${twin.line}`, e.file);
    else byKey.set(key, e);
  }
  const processes = new ProcessResolver(catalog.processes, plan);
  for (const e of byKey.values()) if (e.kind === 'system') processes.addSystem(e);

  const resolved: Resolved = { services: new Map(), catalog: new NameIndex(catalog.services) };
  const taken = new Map<string, BackstageEntity>();
  for (const [key, e] of byKey) {
    if (!SERVICE_KINDS.has(e.kind)) continue;
    const existing = resolved.catalog.find(e.title ?? e.name) ?? resolved.catalog.find(e.name);
    const name = existing?.name ?? e.title ?? e.name;
    const clash = taken.get(nameKey(name));
    if (clash) {
      errors.at(e.line, `${e.name} and ${clash.name} (${clash.file} line ${clash.line}) would both become the service ${quoted(name)}; give one a different metadata.title`, e.file);
      continue;
    }
    taken.set(nameKey(name), e);
    // Registered even when the entity has problems, so references to it do not report twice.
    const kind = planService(e, existing, processes, plan, errors) ?? 'unclassified';
    resolved.services.set(key, { name, entity: e, kind });
  }
  planBackstageDependencies(resolved, plan, errors);
  const warning = skippedWarning(skipped);
  if (warning) plan.warnings.unshift(warning);
  if (entities.length === 0 && errors.size === 0) errors.at(1, `no Backstage entities found in ${plural(files.length, 'file')}`, files[0]?.name);
  return { plan, errors: errors.sorted() };
}
