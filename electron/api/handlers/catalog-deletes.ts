import type { Deleted } from '../../../shared/api/contract';
import { writeRevision } from './release-lifecycle';
import { AppError } from '../../../shared/api/result';
import { plural } from '../../../shared/text/plural';
import { record } from '../record';
import { dependenciesOf } from '../../store/repos/dependencies';
import { getProcess } from '../../store/repos/processes';
import { getRelease, releaseIdsTouching } from '../../store/repos/releases';
import { getService, listServices } from '../../store/repos/services';
import { getSite } from '../../store/repos/sites';
import { listWindows } from '../../store/repos/windows';
import { listReleases } from '../../store/repos/releases';
import type { HandlerContext } from '../context';
import { requireExisting, serviceName } from './catalog-checks';

const listNames = (names: string[], max = 6) => (names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`);

/**
 * Deleting a service others depend on asks first: without `force` it fails with DEPENDENTS_EXIST
 * and the list of what would break. With `force`, its dependencies and release links go with it,
 * all recorded so one undo brings everything back.
 */
export function deleteService(ctx: HandlerContext, id: number, force: boolean): Deleted {
  const service = requireExisting(getService(ctx.db, id), 'service', id);
  const deps = dependenciesOf(ctx.db, id);
  const dependents = deps.filter((d) => d.toId === id);
  const releases = releaseIdsTouching(ctx.db, id).map((rid) => getRelease(ctx.db, rid)).filter((r) => r !== null);
  if (!force && (dependents.length > 0 || releases.length > 0)) {
    const parts: string[] = [];
    if (dependents.length) {
      const names = dependents.map((d) => `${serviceName(ctx.db, d.fromId)} (${d.strength})`);
      parts.push(`${plural(dependents.length, 'service')} depend on ${service.name}: ${listNames(names)}. Hard dependents would fail, soft ones degrade.`);
    }
    if (releases.length) parts.push(`${plural(releases.length, 'release')} change it: ${listNames(releases.map((r) => r.title))}.`);
    throw new AppError('DEPENDENTS_EXIST', `${parts.join(' ')} Delete anyway to remove those links too.`, {
      dependents: dependents.map((d) => ({ id: d.fromId, name: serviceName(ctx.db, d.fromId), strength: d.strength, kind: d.kind })),
      releases: releases.map((r) => ({ id: r.id, title: r.title })),
    });
  }
  const alsoRemoved = deps.map((d) => `dependency ${serviceName(ctx.db, d.fromId)} → ${serviceName(ctx.db, d.toId)}`);
  record(ctx, `Delete service ${service.name}`, (rec) => {
    for (const d of deps) rec.remove('dependency', d.id);
    for (const r of releases) {
      // What was approved loses a service: its approvals are withdrawn as for any such edit.
      writeRevision(ctx, rec, r, { ...r, services: r.services.filter((s) => s.serviceId !== id) });
      alsoRemoved.push(`${service.name} from release ${r.title}`);
    }
    rec.remove('service', id);
  });
  return { id, alsoRemoved };
}

export function deleteSite(ctx: HandlerContext, id: number, force: boolean): Deleted {
  const site = requireExisting(getSite(ctx.db, id), 'site', id);
  const services = listServices(ctx.db).filter((s) => s.siteIds.includes(id));
  const windows = listWindows(ctx.db).filter((w) => w.scope.siteIds.includes(id));
  const releases = listReleases(ctx.db).filter((r) => r.waves.some((w) => w.siteIds.includes(id)));
  if (!force && services.length + windows.length + releases.length > 0) {
    const parts = [
      services.length ? `${plural(services.length, 'service')} serve ${site.name}: ${listNames(services.map((s) => s.name))}.` : '',
      windows.length ? `${plural(windows.length, 'window')} are scoped to it.` : '',
      releases.length ? `${plural(releases.length, 'release')} roll out to it in a wave.` : '',
    ].filter(Boolean);
    throw new AppError('DEPENDENTS_EXIST', `${parts.join(' ')} Delete anyway to remove the site from them.`, {
      services: services.map((s) => ({ id: s.id, name: s.name })),
    });
  }
  record(ctx, `Delete site ${site.name}`, (rec) => {
    for (const s of services) rec.put('service', { ...s, siteIds: s.siteIds.filter((x) => x !== id) });
    for (const w of windows) rec.put('window', { ...w, scope: { ...w.scope, siteIds: w.scope.siteIds.filter((x) => x !== id) } });
    for (const r of releases) writeRevision(ctx, rec, r, { ...r, waves: r.waves.map((w) => ({ ...w, siteIds: w.siteIds.filter((x) => x !== id) })) });
    rec.remove('site', id);
  });
  return { id, alsoRemoved: services.map((s) => `${site.name} from ${s.name}`) };
}

export function deleteProcess(ctx: HandlerContext, id: number, force: boolean): Deleted {
  const process = requireExisting(getProcess(ctx.db, id), 'business process', id);
  const services = listServices(ctx.db).filter((s) => s.processIds.includes(id));
  if (!force && services.length > 0) {
    throw new AppError('DEPENDENTS_EXIST', `${plural(services.length, 'service')} support ${process.name}: ${listNames(services.map((s) => s.name))}. Delete anyway to unlink them.`, {
      services: services.map((s) => ({ id: s.id, name: s.name })),
    });
  }
  record(ctx, `Delete business process ${process.name}`, (rec) => {
    for (const s of services) rec.put('service', { ...s, processIds: s.processIds.filter((x) => x !== id) });
    rec.remove('process', id);
  });
  return { id, alsoRemoved: services.map((s) => `${process.name} from ${s.name}`) };
}
