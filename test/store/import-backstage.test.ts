import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, openTestWorkspace, rejected } from './harness';

const FIXTURE = readFileSync(new URL('../fixtures/backstage/catalog-info.yaml', import.meta.url), 'utf8');
const file = { name: 'catalog-info.yaml', text: FIXTURE };

describe('import.backstage', () => {
  it('imports components and resources as services, the system as a process, dependsOn as dependencies', async () => {
    const ctx = openTestWorkspace();
    const report = await call(ctx, 'import.backstage', { files: [file] });
    expect(report.created).toEqual({ 'business processes': 1, services: 5, dependencies: 4 });
    expect(report.warnings).toEqual([expect.stringMatching(/^Skipped 1 API, 1 Group entities/)]);

    const { services, dependencies, processes } = await call(ctx, 'catalog.get', {});
    const byName = (n: string) => services.find((s) => s.name === n);
    expect(processes.map((p) => p.name)).toEqual(['Order fulfilment']);
    expect(byName('Order Router')).toMatchObject({ kind: 'integration', tier: 1, ownerTeam: 'order-platform', hosting: 'cloud', processIds: [processes[0]?.id] });
    expect(byName('inventory-sync')).toMatchObject({ kind: 'integration', tier: 1, ownerTeam: 'integration-engineering' });
    expect(byName('Orders DB')).toMatchObject({ kind: 'database', tier: 3, description: 'Orders and order lines.' });
    expect(byName('Customer Portal')).toMatchObject({ kind: 'portal' });

    const name = (id: number) => services.find((s) => s.id === id)?.name;
    expect(dependencies.map((d) => `${name(d.fromId)} → ${name(d.toId)} ${d.kind} ${d.strength}`).sort()).toEqual([
      'Customer Portal → Order Router sync-api hard',
      'Order Router → Orders DB database hard',
      'Order Router → inventory-sync sync-api hard',
      'inventory-sync → inventory-ledger database hard',
    ]);
  });

  it('updates services already in the catalog, matched by name or slug, and keeps curated dependencies', async () => {
    const ctx = openTestWorkspace();
    await call(ctx, 'process.create', { name: 'Order Fulfilment', description: 'curated' });
    await call(ctx, 'import.servicesCsv', { text: 'name,kind,tier,hosting,rto_minutes\nInventory Sync,integration,2,cloud,30\nOrder Router,integration,2,saas,15\n' });
    await call(ctx, 'import.dependenciesCsv', { text: 'from,to,kind,strength\nOrder Router,Inventory Sync,event,soft\n' });
    const report = await call(ctx, 'import.backstage', { files: [file] });
    expect(report.created).toEqual({ services: 3, dependencies: 3 });
    expect(report.updated).toEqual({ services: 2 });
    const { services, dependencies, processes } = await call(ctx, 'catalog.get', {});
    expect(processes).toHaveLength(1);
    expect(services.find((s) => s.name === 'Inventory Sync')).toMatchObject({ tier: 1, rtoMinutes: 30, processIds: [processes[0]?.id] });
    expect(services.find((s) => s.name === 'Order Router')).toMatchObject({ hosting: 'saas', ownerTeam: 'order-platform' });
    expect(dependencies.filter((d) => d.kind === 'event')).toHaveLength(1);
    expect(services.some((s) => s.name === 'inventory-sync')).toBe(false);
  });

  it('rejects a dependsOn reference that is neither in the files nor in the catalog, with file and line', async () => {
    const ctx = openTestWorkspace();
    const broken = { name: 'orders/catalog-info.yaml', text: FIXTURE.replace("'component:inventory-sync'", "'component:inventory-synk'") };
    const error = await rejected(ctx, 'import.backstage', { files: [broken] });
    expect(error.details).toEqual({
      kind: 'backstage',
      errors: [{ file: 'orders/catalog-info.yaml', line: 35, message: 'order-router depends on component:default/inventory-synk, which is neither in these files nor in the catalog' }],
    });
    expect(error.message).toMatch(/^1 entity has a problem; nothing was imported/);
    expect((await call(ctx, 'catalog.get', {})).services).toEqual([]);
  });

  it('resolves references across several files and against the catalog', async () => {
    const ctx = openTestWorkspace();
    await call(ctx, 'import.servicesCsv', { text: 'name,kind\nSAP S/4HANA Cloud (ERP),erp\n' });
    const billing = [
      'apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: billing-adapter', 'spec:', '  type: service',
      '  owner: finance-systems', '  dependsOn:', '    - component:order-router', '    - component:sap-s-4hana-cloud-erp',
    ].join('\n');
    await call(ctx, 'import.backstage', { files: [file, { name: 'billing.yaml', text: billing }] });
    const { services, dependencies } = await call(ctx, 'catalog.get', {});
    const adapter = services.find((s) => s.name === 'billing-adapter');
    const targets = dependencies.filter((d) => d.fromId === adapter?.id).map((d) => services.find((s) => s.id === d.toId)?.name).sort();
    expect(targets).toEqual(['Order Router', 'SAP S/4HANA Cloud (ERP)']);
  });

  it('is one undo step', async () => {
    const ctx = openTestWorkspace();
    await call(ctx, 'import.backstage', { files: [file] });
    await call(ctx, 'history.undo', {});
    const catalog = await call(ctx, 'catalog.get', {});
    expect([catalog.services, catalog.dependencies, catalog.processes]).toEqual([[], [], []]);
  });
});
