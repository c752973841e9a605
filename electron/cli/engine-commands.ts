import { detectConflicts } from '../../shared/engine/conflicts';
import { blastRadius, buildDependencyIndex } from '../../shared/engine/graph';
import { loadPlanningInput } from '../store/load-planning-input';
import { consoleIo, findByName, jsonOption, openExisting, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

/** `blast-radius SERVICE`: who breaks (or, upstream, what it needs) when SERVICE changes or fails. */
export async function runBlastRadius(values: Values, positionals: string[], io: Io): Promise<number> {
  const name = positionals.join(' ').trim();
  if (!name) {
    io.err('Name the service. Usage: release-cockpit blast-radius SERVICE --workspace FILE');
    return 2;
  }
  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1)) {
    io.err('--depth must be a whole number of hops, 1 or more.');
    return 2;
  }
  const session = openExisting(values, io);
  if (!session) return 1;
  try {
    const { catalog } = loadPlanningInput(session.ctx.db);
    const service = findByName(catalog.services, name, 'service', io);
    if (!service) return 1;
    const index = buildDependencyIndex(catalog);
    const radius = blastRadius(index, [service.id], { direction: values.upstream ? 'upstream' : 'downstream', ...(depth !== undefined ? { maxDepth: depth } : {}) });
    const serviceName = (id: number) => index.lookup.services.get(id)?.name ?? `#${id}`;
    const siteName = (id: number) => index.lookup.sites.get(id)?.name ?? `#${id}`;
    const processName = new Map(catalog.processes.map((p) => [p.id, p.name]));
    const result = {
      service: service.name,
      impacted: radius.impacted.map((s) => ({ service: serviceName(s.serviceId), hops: s.hops, strength: s.strength })),
      sites: radius.sites.map((s) => siteName(s.id)),
      processes: radius.processes.map((p) => processName.get(p.id) ?? `#${p.id}`),
      score: radius.score,
    };
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    const verb = values.upstream ? 'needs' : 'is needed by';
    io.out(`${service.name} ${verb} ${result.impacted.length} service(s); impact score ${result.score}.`);
    for (const s of result.impacted) io.out(`  ${s.hops} hop(s)  ${s.strength.padEnd(4)}  ${s.service}`);
    io.out(`Sites (${result.sites.length}): ${result.sites.join(', ') || 'none'}`);
    io.out(`Business processes (${result.processes.length}): ${result.processes.join(', ') || 'none'}`);
    return 0;
  } finally {
    session.close();
  }
}

/** `conflicts`: every conflict of the plan, with its evidence. */
export async function runConflicts(values: Values, _positionals: string[], io: Io): Promise<number> {
  const session = openExisting(values, io);
  if (!session) return 1;
  try {
    const input = loadPlanningInput(session.ctx.db);
    const titles = new Map(input.plan.releases.map((r) => [r.id, r.title]));
    const conflicts = detectConflicts(input).map((c) => ({
      id: c.id,
      type: c.type,
      severity: c.severity,
      releases: c.releaseIds.map((id) => titles.get(id) ?? `#${id}`),
      releaseIds: c.releaseIds,
      message: c.message,
      evidence: c.evidence,
    }));
    if (values.json) io.out(JSON.stringify(conflicts, null, 2));
    else {
      const blocking = conflicts.filter((c) => c.severity === 'blocking').length;
      io.out(`${conflicts.length} conflict(s): ${blocking} blocking, ${conflicts.length - blocking} warning(s).`);
      for (const c of conflicts) io.out(`[${c.severity}] ${c.type}: ${c.message}`);
    }
    return 0;
  } finally {
    session.close();
  }
}

export const blastRadiusCommand: Command = {
  usage: 'blast-radius SERVICE --workspace FILE [--upstream] [--depth N] [--json]',
  summary: 'Services, sites and business processes hit when SERVICE changes or fails (--upstream: what it needs).',
  options: { ...workspaceOption, ...jsonOption, upstream: { type: 'boolean' }, depth: { type: 'string' } },
  run: (values, positionals) => runBlastRadius(values, positionals, consoleIo),
};

export const conflictsCommand: Command = {
  usage: 'conflicts --workspace FILE [--json]',
  summary: 'Every conflict in the plan (freezes, windows, overlaps, capacity, order, policy) with its evidence.',
  options: { ...workspaceOption, ...jsonOption },
  run: (values, positionals) => runConflicts(values, positionals, consoleIo),
};
