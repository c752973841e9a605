import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from './helpers';

async function smallCatalog() {
  const w = memoryWorkspace();
  const reno = await w.ok('site.create', { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
  const promising = await w.ok('process.create', { name: 'Order promising' });
  const erp = await w.ok('service.create', { name: 'Cloud ERP', kind: 'erp', tier: 1, hosting: 'saas', siteIds: [reno.id], processIds: [promising.id] });
  const sync = await w.ok('service.create', { name: 'Inventory Sync', kind: 'integration', tier: 1, hosting: 'cloud' });
  const wms = await w.ok('service.create', { name: 'WMS West', kind: 'wms', tier: 1, hosting: 'cloud', siteIds: [reno.id] });
  const d1 = await w.ok('dependency.create', { fromId: sync.id, toId: erp.id, kind: 'sync-api', strength: 'hard' });
  const d2 = await w.ok('dependency.create', { fromId: wms.id, toId: sync.id, kind: 'event', strength: 'soft' });
  return { ...w, reno, promising, erp, sync, wms, d1, d2 };
}

describe('catalog edits through the handler table', () => {
  it('creates services with their sites and processes and reads them back', async () => {
    const w = await smallCatalog();
    const catalog = await w.ok('catalog.get', {});
    const erp = catalog.services.find((s) => s.name === 'Cloud ERP');
    expect(erp).toMatchObject({ tier: 1, kind: 'erp', siteIds: [w.reno.id], processIds: [w.promising.id] });
    expect(catalog.dependencies).toHaveLength(2);
  });

  it('rejects bad input with field-level issues in plain words', async () => {
    const w = memoryWorkspace();
    const result = await w.call('site.create', { name: '', region: 'West', timeZone: 'Mars/Olympus', kind: 'dc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['name', 'timeZone']);
    expect(result.error.message).toMatch(/Time zone: Not an IANA time zone/);
  });

  it('refuses duplicate names case-insensitively and links to missing sites', async () => {
    const w = await smallCatalog();
    const dup = await w.call('service.create', { name: 'cloud erp', kind: 'erp', tier: 2, hosting: 'saas' });
    expect(dup.ok ? null : dup.error.code).toBe('DUPLICATE');
    const dangling = await w.call('service.create', { name: 'New', kind: 'erp', tier: 2, hosting: 'saas', siteIds: [999] });
    expect(dangling.ok ? null : dangling.error.issues?.[0]?.path).toBe('siteIds');
  });

  it('refuses a second dependency between the same pair and a self-dependency', async () => {
    const w = await smallCatalog();
    const again = await w.call('dependency.create', { fromId: w.sync.id, toId: w.erp.id, kind: 'event', strength: 'soft' });
    expect(again.ok ? null : again.error.message).toMatch(/Inventory Sync already depends on Cloud ERP/);
    const self = await w.call('dependency.create', { fromId: w.erp.id, toId: w.erp.id, kind: 'event', strength: 'soft' });
    expect(self.ok ? null : self.error.message).toMatch(/cannot depend on itself/);
  });

  it('asks before deleting a service others depend on, naming what breaks', async () => {
    const w = await smallCatalog();
    const first = await w.call('service.delete', { id: w.erp.id });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('DEPENDENTS_EXIST');
    expect(first.error.message).toContain('Inventory Sync (hard)');
    expect((await w.ok('catalog.get', {})).services).toHaveLength(3);

    const forced = await w.ok('service.delete', { id: w.erp.id, force: true });
    expect(forced.alsoRemoved).toEqual(['dependency Inventory Sync → Cloud ERP']);
    const after = await w.ok('catalog.get', {});
    expect(after.services.map((s) => s.name)).not.toContain('Cloud ERP');
    expect(after.dependencies).toHaveLength(1);
  });

  it('deletes a service nobody depends on without asking', async () => {
    const w = await smallCatalog();
    const result = await w.ok('service.delete', { id: w.wms.id });
    expect(result.alsoRemoved).toEqual(['dependency WMS West → Inventory Sync']);
  });

  it('undoes a forced delete in one step, dependencies and links included, and redoes it', async () => {
    const w = await smallCatalog();
    const before = await w.ok('catalog.get', {});
    await w.ok('service.delete', { id: w.erp.id, force: true });
    const state = await w.ok('history.state', {});
    expect(state.undoLabel).toBe('Delete service Cloud ERP');
    await w.ok('history.undo', {});
    expect(await w.ok('catalog.get', {})).toEqual(before);
    const redo = await w.ok('history.state', {});
    expect(redo).toMatchObject({ canRedo: true, redoLabel: 'Delete service Cloud ERP' });
    await w.ok('history.redo', {});
    expect((await w.ok('catalog.get', {})).services).toHaveLength(2);
  });

  it('undoes edits in reverse order and a new edit clears the redo branch', async () => {
    const w = await smallCatalog();
    await w.ok('service.update', { ...w.erp, tier: 2 });
    await w.ok('service.update', { ...w.erp, tier: 3, ownerTeam: 'Finance IT' });
    await w.ok('history.undo', {});
    expect((await w.ok('catalog.get', {})).services.find((s) => s.id === w.erp.id)?.tier).toBe(2);
    await w.ok('history.undo', {});
    expect((await w.ok('catalog.get', {})).services.find((s) => s.id === w.erp.id)?.tier).toBe(1);
    await w.ok('service.update', { ...w.erp, description: 'New branch' });
    expect((await w.ok('history.state', {})).canRedo).toBe(false);
    const redo = await w.call('history.redo', {});
    expect(redo.ok ? null : redo.error.code).toBe('NOTHING_TO_UNDO');
  });

  it('records every write in the audit log with who, what, before and after', async () => {
    const w = await smallCatalog();
    await w.ok('service.update', { ...w.erp, tier: 2 });
    const [last] = await w.ok('audit.list', { limit: 1 });
    expect(last).toMatchObject({ actor: 'test', action: 'update', entity: 'service', entityId: w.erp.id });
    expect((last?.before as { tier: number }).tier).toBe(1);
    expect((last?.after as { tier: number }).tier).toBe(2);
    await w.ok('history.undo', {});
    const [undo] = await w.ok('audit.list', { limit: 1 });
    expect(undo?.action).toBe('undo');
  });

  it('unlinks a deleted site from the services that served it, after asking', async () => {
    const w = await smallCatalog();
    const ask = await w.call('site.delete', { id: w.reno.id });
    expect(ask.ok ? null : ask.error.message).toMatch(/2 services serve DC Reno/);
    await w.ok('site.delete', { id: w.reno.id, force: true });
    const catalog = await w.ok('catalog.get', {});
    expect(catalog.services.every((s) => s.siteIds.length === 0)).toBe(true);
    await w.ok('history.undo', {});
    expect((await w.ok('catalog.get', {})).services.find((s) => s.id === w.wms.id)?.siteIds).toEqual([w.reno.id]);
  });

  it('reports an unknown method and a stale id in words', async () => {
    const w = memoryWorkspace();
    const unknown = await w.call('nope' as 'catalog.get', {});
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_METHOD');
    const stale = await w.call('service.update', { id: 42, name: 'X', kind: 'erp', tier: 1, hosting: 'saas' });
    expect(stale.ok ? null : stale.error.message).toMatch(/no longer exists/);
  });

  it('never reuses a deleted service’s id, so each id’s audit trail belongs to one service', async () => {
    const w = await smallCatalog();
    await w.ok('service.delete', { id: w.wms.id });
    const next = await w.ok('service.create', { name: 'Yard System', kind: 'wms', tier: 2, hosting: 'cloud' });
    expect(next.id).not.toBe(w.wms.id);
    const trail = await w.ok('audit.list', { limit: 50, entity: 'service', entityId: next.id });
    expect(trail.map((e) => e.summary)).toEqual(['Created service Yard System']);
  });
});
