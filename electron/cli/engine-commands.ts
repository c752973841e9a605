import { handlers } from '../api/handler-table';
import { callApi, consoleIo, findByName, jsonOption, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
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
  return withWorkspace(values, io, async (session) => {
    const catalog = await callApi(session, 'catalog.get', {}, io, handlers);
    if (!catalog) return 1;
    const service = findByName(catalog.services, name, 'service', io);
    if (!service) return 1;
    const radius = await callApi(session, 'service.blastRadius', { serviceIds: [service.id], direction: values.upstream ? 'upstream' : 'downstream', ...(depth !== undefined ? { maxDepth: depth } : {}) }, io, handlers);
    if (!radius) return 1;
    const result = {
      service: service.name,
      impacted: radius.impacted.map((s) => ({ service: s.name, hops: s.hops, strength: s.strength })),
      sites: radius.sites.map((s) => s.name),
      processes: radius.processes.map((p) => p.name),
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
  });
}

/** `conflicts`: every conflict of the plan, with its evidence. */
export async function runConflicts(values: Values, _positionals: string[], io: Io): Promise<number> {
  return withWorkspace(values, io, async (session) => {
    const [plan, found] = [await callApi(session, 'plan.get', {}, io, handlers), await callApi(session, 'plan.conflicts', {}, io, handlers)];
    if (!plan || !found) return 1;
    const titles = new Map(plan.releases.map((r) => [r.id, r.title]));
    const conflicts = found.map((c) => ({
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
  });
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
