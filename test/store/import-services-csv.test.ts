import { describe, expect, it } from 'vitest';
import { call, openTestWorkspace, rejected, seedBasics } from './harness';

const CSV = [
  'Name,Kind,Tier,Owner,Hosting,Sites,Processes,RTO_minutes,RPO minutes,Description',
  'Order Orchestration Hub,integration,1,Order Platform,cloud,DC Reno;DC Dallas,Order capture,30,5,Routes order lines',
  'Manhattan WMS – West,wms,1,Warehouse Systems,saas,DC Reno,Pick-pack-ship,60,15,',
  'Fulfilment KPI Dashboards,analytics,,,,,,,,',
].join('\n');

describe('import.servicesCsv', () => {
  it('creates services with their sites, processes and defaults', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    const report = await call(ctx, 'import.servicesCsv', { text: CSV });
    expect(report.created).toEqual({ services: 3 });
    const { services, sites, processes } = await call(ctx, 'catalog.get', {});
    const hub = services.find((s) => s.name === 'Order Orchestration Hub');
    expect(hub).toMatchObject({ kind: 'integration', tier: 1, ownerTeam: 'Order Platform', hosting: 'cloud', rtoMinutes: 30, rpoMinutes: 5 });
    expect(hub?.siteIds.map((id) => sites.find((s) => s.id === id)?.name).sort()).toEqual(['DC Dallas', 'DC Reno']);
    expect(hub?.processIds.map((id) => processes.find((p) => p.id === id)?.name)).toEqual(['Order capture']);
    expect(services.find((s) => s.name === 'Fulfilment KPI Dashboards')).toMatchObject({ tier: 3, hosting: 'cloud', siteIds: [], rtoMinutes: null });
  });

  it('updates existing services by name, case-insensitively, keeping what the row leaves blank', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    await call(ctx, 'import.servicesCsv', { text: CSV });
    const report = await call(ctx, 'import.servicesCsv', { text: 'name,tier,owner_team\norder orchestration hub,2,Order Platform EU\n' });
    expect(report.updated).toEqual({ services: 1 });
    const rejectedNew = await rejected(ctx, 'import.servicesCsv', { text: 'name\nSlotting Optimizer\n' });
    expect(rejectedNew.details.errors[0]).toMatchObject({ line: 2 });
    expect(rejectedNew.details.errors[0]?.message).toMatch(/kind is required for a new service/);
    const hub = (await call(ctx, 'catalog.get', {})).services.find((s) => s.name.toLowerCase() === 'order orchestration hub');
    expect(hub).toMatchObject({ tier: 2, ownerTeam: 'Order Platform EU', kind: 'integration', rtoMinutes: 30, description: 'Routes order lines' });
    expect(hub?.siteIds).toHaveLength(2);
  });

  it('rejects the whole file when one row is bad, naming the line and the reason', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    const text = [
      'name,kind,tier,sites',
      'Inventory Sync Service,integration,1,DC Reno',
      'EDI Gateway (AS2),edi,2,',
      'Labor Management,wms,5,DC Boise',
    ].join('\n');
    const error = await rejected(ctx, 'import.servicesCsv', { text });
    expect(error.message).toBe('1 row has a problem; nothing was imported. Fix the row listed and import the file again.');
    expect(error.details.kind).toBe('services-csv');
    expect(error.details.errors).toEqual([
      { line: 4, message: 'tier must be 1, 2 or 3 (got “5”)' },
      { line: 4, message: 'unknown site “DC Boise”' },
    ]);
    expect((await call(ctx, 'catalog.get', {})).services).toEqual([]);
    expect((await call(ctx, 'history.state', {})).undoLabel).toBe('Add business process Pick-pack-ship');
  });

  it('keeps line numbers right after a quoted description that spans lines', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    const text = [
      'name,kind,description',
      'Order Orchestration Hub,integration,"Routes order lines.',
      'Owned by the Order Platform team,',
      'with ""quotes"" and commas."',
      'Broken Service,mainframe,',
    ].join('\r\n');
    const error = await rejected(ctx, 'import.servicesCsv', { text });
    expect(error.details.errors).toEqual([{ line: 5, message: expect.stringContaining('kind must be one of erp, wms') as string }]);
    await call(ctx, 'import.servicesCsv', { text: text.replace('mainframe', 'edge') });
    const hub = (await call(ctx, 'catalog.get', {})).services.find((s) => s.name === 'Order Orchestration Hub');
    expect(hub?.description).toBe('Routes order lines.\r\nOwned by the Order Platform team,\r\nwith "quotes" and commas.');
  });

  it('reports every bad row, a missing name column and duplicate rows', async () => {
    const ctx = openTestWorkspace();
    expect((await rejected(ctx, 'import.servicesCsv', { text: 'service kind\nx' })).details.errors[0]?.message).toMatch(/must have a name column/);
    const error = await rejected(ctx, 'import.servicesCsv', { text: 'name,kind,rto_minutes\nA,erp,ten\nA,erp,10\n,erp,\nB,erp,1,extra\n' });
    expect(error.details.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(error.details.errors.map((e) => e.message)).toEqual([
      'rto_minutes must be a whole number of minutes (got “ten”)',
      'service “A” is already on line 2; keep one row per service',
      'name is empty; every row needs the service name',
      'this row has 4 values but the header has 3 columns (a value containing a comma needs quotes)',
    ]);
    expect(error.message).toMatch(/^4 rows have problems; nothing was imported/);
  });

  it('is one undo step', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    await call(ctx, 'import.servicesCsv', { text: CSV });
    expect((await call(ctx, 'history.state', {})).undoLabel).toBe('Import services from CSV');
    await call(ctx, 'history.undo', {});
    expect((await call(ctx, 'catalog.get', {})).services).toEqual([]);
    await call(ctx, 'history.redo', {});
    expect((await call(ctx, 'catalog.get', {})).services).toHaveLength(3);
  });

  it('exports services as CSV that imports back unchanged', async () => {
    const ctx = openTestWorkspace();
    await seedBasics(ctx);
    await call(ctx, 'import.servicesCsv', { text: CSV });
    await call(ctx, 'import.servicesCsv', { text: 'name,description\nFulfilment KPI Dashboards,"=HYPERLINK(""x""), on the wall"\n' });
    const before = await call(ctx, 'catalog.get', {});
    const exported = await call(ctx, 'export.servicesCsv', {});
    expect(exported.fileName).toMatch(/^services-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.text.split('\r\n')[0]).toBe('name,kind,tier,owner_team,hosting,sites,processes,rto_minutes,rpo_minutes,description');
    expect(exported.text).toContain('"\'=HYPERLINK(""x""), on the wall"');
    const report = await call(ctx, 'import.servicesCsv', { text: exported.text });
    expect(report.updated).toEqual({});
    expect(report.warnings).toContain('Everything in the file already matches the catalog; nothing was changed.');
    expect(await call(ctx, 'catalog.get', {})).toEqual(before);
  });
});
