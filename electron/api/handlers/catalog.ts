import { AppError } from '../../../shared/api/result';
import type { ParsedInput } from '../../../shared/api/contract';
import { getDependency, findDependency, listDependencies } from '../../store/repos/dependencies';
import { getProcess, listProcesses } from '../../store/repos/processes';
import { getService, listServices } from '../../store/repos/services';
import { getSite, listSites } from '../../store/repos/sites';
import { listReleases } from '../../store/repos/releases';
import { listWindows } from '../../store/repos/windows';
import { record } from '../record';
import type { HandlerContext } from '../context';
import { requireExisting, requireIds, requireUniqueName, serviceName, throwIfIssues } from './catalog-checks';
import { deleteProcess, deleteService, deleteSite } from './catalog-deletes';

function checkServiceLinks(ctx: HandlerContext, input: { siteIds: number[]; processIds: number[] }): void {
  throwIfIssues([
    ...requireIds(ctx.db, 'sites', input.siteIds, 'siteIds'),
    ...requireIds(ctx.db, 'business_processes', input.processIds, 'processIds'),
  ]);
}

function checkDependency(ctx: HandlerContext, input: { fromId: number; toId: number }, exceptId?: number): void {
  throwIfIssues([...requireIds(ctx.db, 'services', [input.fromId], 'fromId'), ...requireIds(ctx.db, 'services', [input.toId], 'toId')]);
  const existing = findDependency(ctx.db, input.fromId, input.toId);
  if (existing && existing.id !== exceptId) {
    throw new AppError('DUPLICATE', `${serviceName(ctx.db, input.fromId)} already depends on ${serviceName(ctx.db, input.toId)}. Edit that dependency instead.`, { id: existing.id });
  }
}

export const catalogHandlers = {
  'catalog.get': (_: ParsedInput<'catalog.get'>, ctx: HandlerContext) => ({
    sites: listSites(ctx.db),
    services: listServices(ctx.db),
    dependencies: listDependencies(ctx.db),
    processes: listProcesses(ctx.db),
  }),
  'plan.get': (_: ParsedInput<'plan.get'>, ctx: HandlerContext) => ({ windows: listWindows(ctx.db), releases: listReleases(ctx.db) }),

  'site.create': (input: ParsedInput<'site.create'>, ctx: HandlerContext) => {
    requireUniqueName(ctx.db, 'sites', input.name);
    const id = record(ctx, `Add site ${input.name}`, (rec) => rec.put('site', input));
    return requireExisting(getSite(ctx.db, id), 'site', id);
  },
  'site.update': (input: ParsedInput<'site.update'>, ctx: HandlerContext) => {
    requireExisting(getSite(ctx.db, input.id), 'site', input.id);
    requireUniqueName(ctx.db, 'sites', input.name, input.id);
    record(ctx, `Edit site ${input.name}`, (rec) => rec.put('site', input));
    return requireExisting(getSite(ctx.db, input.id), 'site', input.id);
  },
  'site.delete': (input: ParsedInput<'site.delete'>, ctx: HandlerContext) => deleteSite(ctx, input.id, input.force),

  'service.create': (input: ParsedInput<'service.create'>, ctx: HandlerContext) => {
    requireUniqueName(ctx.db, 'services', input.name);
    checkServiceLinks(ctx, input);
    const id = record(ctx, `Add service ${input.name}`, (rec) => rec.put('service', input));
    return requireExisting(getService(ctx.db, id), 'service', id);
  },
  'service.update': (input: ParsedInput<'service.update'>, ctx: HandlerContext) => {
    requireExisting(getService(ctx.db, input.id), 'service', input.id);
    requireUniqueName(ctx.db, 'services', input.name, input.id);
    checkServiceLinks(ctx, input);
    record(ctx, `Edit service ${input.name}`, (rec) => rec.put('service', input));
    return requireExisting(getService(ctx.db, input.id), 'service', input.id);
  },
  'service.delete': (input: ParsedInput<'service.delete'>, ctx: HandlerContext) => deleteService(ctx, input.id, input.force),

  'dependency.create': (input: ParsedInput<'dependency.create'>, ctx: HandlerContext) => {
    checkDependency(ctx, input);
    const label = `Add dependency ${serviceName(ctx.db, input.fromId)} → ${serviceName(ctx.db, input.toId)}`;
    const id = record(ctx, label, (rec) => rec.put('dependency', input));
    return requireExisting(getDependency(ctx.db, id), 'dependency', id);
  },
  'dependency.update': (input: ParsedInput<'dependency.update'>, ctx: HandlerContext) => {
    requireExisting(getDependency(ctx.db, input.id), 'dependency', input.id);
    checkDependency(ctx, input, input.id);
    const label = `Edit dependency ${serviceName(ctx.db, input.fromId)} → ${serviceName(ctx.db, input.toId)}`;
    record(ctx, label, (rec) => rec.put('dependency', input));
    return requireExisting(getDependency(ctx.db, input.id), 'dependency', input.id);
  },
  'dependency.delete': (input: ParsedInput<'dependency.delete'>, ctx: HandlerContext) => {
    const dep = requireExisting(getDependency(ctx.db, input.id), 'dependency', input.id);
    const label = `Delete dependency ${serviceName(ctx.db, dep.fromId)} → ${serviceName(ctx.db, dep.toId)}`;
    record(ctx, label, (rec) => rec.remove('dependency', dep.id));
    return { id: dep.id, alsoRemoved: [] };
  },

  'process.create': (input: ParsedInput<'process.create'>, ctx: HandlerContext) => {
    requireUniqueName(ctx.db, 'business_processes', input.name);
    const id = record(ctx, `Add business process ${input.name}`, (rec) => rec.put('process', input));
    return requireExisting(getProcess(ctx.db, id), 'business process', id);
  },
  'process.update': (input: ParsedInput<'process.update'>, ctx: HandlerContext) => {
    requireExisting(getProcess(ctx.db, input.id), 'business process', input.id);
    requireUniqueName(ctx.db, 'business_processes', input.name, input.id);
    record(ctx, `Edit business process ${input.name}`, (rec) => rec.put('process', input));
    return requireExisting(getProcess(ctx.db, input.id), 'business process', input.id);
  },
  'process.delete': (input: ParsedInput<'process.delete'>, ctx: HandlerContext) => deleteProcess(ctx, input.id, input.force),
};

