import type { Site } from '../../shared/model/catalog';
import { expandCalendar, formatLocal, instantToWall, isoMinute, windowAppliesTo } from '../../shared/engine/calendar';
import { isActiveStatus, plannedInterval } from '../../shared/engine/conflicts';
import { loadPlanningInput } from '../store/load-planning-input';
import { consoleIo, findByName, jsonOption, openExisting, parseInstant, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

export const GATE_ALLOWED = 0;
export const GATE_BLOCKED = 3;
export const GATE_NEEDS_EXCEPTION = 4;

const CHANGE_MINUTES = 60;

interface GateReason {
  severity: 'hard' | 'soft' | 'blocking' | 'note';
  kind: 'freeze' | 'release-overlap' | 'outside-maintenance';
  message: string;
}

const local = (ms: number, zone: string) => `${formatLocal(instantToWall(ms, zone)).replace('T', ' ')} ${zone}`;

/**
 * `gate`: would a one-hour change to SERVICE (at SITE) starting AT be allowed? For CI/CD:
 * exit 0 allowed, 3 blocked (hard freeze, or the service is being changed by another release then),
 * 4 only a soft freeze stands in the way (an approved exception would allow it), 1 unknown name.
 */
export async function runGate(values: Values, _positionals: string[], io: Io): Promise<number> {
  if (typeof values.service !== 'string' || !values.service.trim()) {
    io.err('Name the service. Usage: release-cockpit gate --service NAME [--site NAME] [--at ISO-TIME] --workspace FILE');
    return 2;
  }
  const at = parseInstant(values.at, Date.now());
  if (Number.isNaN(at)) {
    io.err(`--at must be an ISO time with an offset, for example 2025-11-03T09:00Z (got "${String(values.at)}").`);
    return 2;
  }
  const session = openExisting(values, io);
  if (!session) return 1;
  try {
    const { catalog, plan } = loadPlanningInput(session.ctx.db);
    const service = findByName(catalog.services, values.service, 'service', io);
    if (!service) return 1;
    let sites: Array<Site | null>;
    if (typeof values.site === 'string') {
      const site = findByName(catalog.sites, values.site, 'site', io);
      if (!site) return 1;
      sites = [site];
    } else {
      const served = catalog.sites.filter((s) => service.siteIds.includes(s.id));
      sites = served.length ? served : [null];
    }
    const end = at + CHANGE_MINUTES * 60_000;
    const calendar = expandCalendar(plan);
    const reasons: GateReason[] = [];

    for (const window of plan.windows) {
      const where = sites.filter((site) => windowAppliesTo(window, service, site));
      if (where.length === 0) continue;
      const hits = new Map<string, string[]>();
      let held = false;
      for (const site of where) {
        const zone = calendar.zoneFor(window, site?.timeZone ?? null);
        if (window.type === 'maintenance') {
          if (calendar.holds(window.id, zone, at, end)) held = true;
          continue;
        }
        const occurrence = calendar.occurrencesBetween(window.id, zone, at, end)[0];
        if (!occurrence) continue;
        // Sites sharing a zone (or a fixed-zone window) share one occurrence: say it once.
        const span = `${local(occurrence.startMs, zone)} to ${local(occurrence.endMs, zone)}`;
        hits.set(span, [...(hits.get(span) ?? []), site?.name ?? 'no site (UTC)']);
      }
      if (window.type === 'maintenance') {
        if (!held) reasons.push({ severity: 'note', kind: 'outside-maintenance', message: `Outside maintenance window "${window.name}" (a warning, not a block).` });
        continue;
      }
      if (hits.size === 0) continue;
      const spans = [...hits].map(([span, names]) => `${span} local time (${names.join(', ')})`);
      const what = window.severity === 'hard' ? 'Hard freeze' : 'Soft freeze';
      const rule = window.severity === 'hard' ? 'no change is allowed' : 'a change needs an approved exception';
      reasons.push({ severity: window.severity, kind: 'freeze', message: `${what} "${window.name}" (${rule}): ${spans.join('; ')}.` });
    }

    for (const release of plan.releases) {
      if (!isActiveStatus(release.status) || !['in-progress', 'scheduled', 'approved'].includes(release.status)) continue;
      if (!release.services.some((s) => s.serviceId === service.id)) continue;
      const interval = plannedInterval(release);
      const running = release.status === 'in-progress' && (!interval || interval.endMs > at);
      if (!running && !(interval && interval.startMs < end && at < interval.endMs)) continue;
      const when = interval ? ` (${isoMinute(interval.startMs)} to ${isoMinute(interval.endMs)})` : '';
      reasons.push({ severity: 'blocking', kind: 'release-overlap', message: `${service.name} is being changed by "${release.title}" (#${release.id}, ${release.status})${when}.` });
    }

    const blocked = reasons.some((r) => r.severity === 'hard' || r.severity === 'blocking');
    const soft = reasons.some((r) => r.severity === 'soft');
    const code = blocked ? GATE_BLOCKED : soft ? GATE_NEEDS_EXCEPTION : GATE_ALLOWED;
    const verdict = code === GATE_ALLOWED ? 'allowed' : code === GATE_BLOCKED ? 'blocked' : 'needs-exception';
    const scope = { service: service.name, sites: sites.map((s) => s?.name ?? null), at: isoMinute(at), end: isoMinute(end) };
    if (values.json) io.out(JSON.stringify({ verdict, exitCode: code, ...scope, reasons }, null, 2));
    else {
      const place = sites[0] === null ? '' : ` at ${scope.sites.join(', ')}`;
      io.out(`${verdict}: a ${CHANGE_MINUTES}-minute change to ${service.name}${place} from ${scope.at}`);
      for (const r of reasons) io.out(`  - [${r.severity}] ${r.message}`);
    }
    return code;
  } finally {
    session.close();
  }
}

export const gateCommand: Command = {
  usage: 'gate --service NAME [--site NAME] [--at ISO-TIME] --workspace FILE [--json]',
  summary: 'CI/CD gate for a 1-hour change: exit 0 allowed, 3 blocked (hard freeze or clashing release), 4 soft freeze (needs an exception).',
  options: { ...workspaceOption, ...jsonOption, service: { type: 'string' }, site: { type: 'string' }, at: { type: 'string' } },
  run: (values, positionals) => runGate(values, positionals, consoleIo),
};
