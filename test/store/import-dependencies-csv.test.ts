import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { call, openTestWorkspace, rejected } from './harness';

async function withServices(names: string[]): Promise<HandlerContext> {
  const ctx = openTestWorkspace();
  await call(ctx, 'import.servicesCsv', { text: ['name,kind', ...names.map((n) => `${n},integration`)].join('\n') });
  return ctx;
}

/** Dependencies as readable triples: "from → to (kind, strength)". */
async function edges(ctx: HandlerContext): Promise<string[]> {
  const { services, dependencies } = await call(ctx, 'catalog.get', {});
  const name = (id: number) => services.find((s) => s.id === id)?.name;
  return dependencies.map((d) => `${name(d.fromId)} → ${name(d.toId)} (${d.kind}, ${d.strength})`).sort();
}

describe('import.dependenciesCsv, from/to format', () => {
  it('creates dependencies with default kind and strength, and updates a pair named again', async () => {
    const ctx = await withServices(['Order Hub', 'ATP', 'Inventory Sync']);
    const first = await call(ctx, 'import.dependenciesCsv', { text: 'From,To,Kind,Strength\norder hub,ATP,,\nATP,Inventory Sync,event,soft\n' });
    expect(first.created).toEqual({ dependencies: 2 });
    expect(await edges(ctx)).toEqual(['ATP → Inventory Sync (event, soft)', 'Order Hub → ATP (sync-api, hard)']);
    const second = await call(ctx, 'import.dependenciesCsv', { text: 'from,to,kind,strength\nATP,Inventory Sync,event,hard\n' });
    expect(second).toMatchObject({ created: {}, updated: { dependencies: 1 } });
    expect(await edges(ctx)).toContain('ATP → Inventory Sync (event, hard)');
  });

  it('rejects unknown services, self-dependencies and bad kinds, writing nothing', async () => {
    const ctx = await withServices(['Order Hub', 'ATP']);
    const error = await rejected(ctx, 'import.dependenciesCsv', {
      text: 'from,to,kind\nOrder Hub,ATP,sync-api\nOrder Hub,Odrer Hub,\nATP,atp,\nATP,Order Hub,carrier pigeon\n',
    });
    expect(error.details.errors).toEqual([
      { line: 3, message: 'unknown service “Odrer Hub”; add it to the catalog first, or import with “create missing services”' },
      { line: 4, message: '“ATP” cannot depend on itself' },
      { line: 5, message: 'kind must be one of sync-api, event, batch, edi, database, network (got “carrier pigeon”)' },
    ]);
    expect(await edges(ctx)).toEqual([]);
  });
});

describe('import.dependenciesCsv, a plain call graph with createMissing', () => {
  const CALL_GRAPH = 'from,to\nOrder Hub,ATP\nATP,pricing-svc\nPRICING-SVC,tax-svc\nOrder Hub,Tax-Svc\n';

  it('creates the services the catalog lacks as unclassified, once each whatever the case, and lists them', async () => {
    const ctx = await withServices(['Order Hub', 'ATP']);
    const report = await call(ctx, 'import.dependenciesCsv', { text: CALL_GRAPH, createMissing: true });
    expect(report.unclassifiedCreated).toEqual(['pricing-svc', 'tax-svc']);
    expect(report.created).toEqual({ services: 2, dependencies: 4 });
    expect(await edges(ctx)).toEqual([
      'ATP → pricing-svc (sync-api, hard)', 'Order Hub → ATP (sync-api, hard)', 'Order Hub → tax-svc (sync-api, hard)', 'pricing-svc → tax-svc (sync-api, hard)',
    ]);
    const created = (await call(ctx, 'catalog.get', {})).services.find((s) => s.name === 'tax-svc');
    expect(created).toMatchObject({ kind: 'unclassified', tier: 3, hosting: 'cloud', description: 'Created by a dependencies import; set its kind, tier and owner.' });
    // One undo step takes the services and the dependencies back out together.
    await call(ctx, 'history.undo', {});
    expect((await call(ctx, 'catalog.get', {})).services.map((s) => s.name).sort()).toEqual(['ATP', 'Order Hub']);
  });

  it('without it (the default), the same file is refused and writes nothing', async () => {
    const ctx = await withServices(['Order Hub', 'ATP']);
    const error = await rejected(ctx, 'import.dependenciesCsv', { text: CALL_GRAPH });
    expect(error.details.errors.map((e) => e.line)).toEqual([3, 4, 4, 5]);
    expect(error.details.errors[0]!.message).toMatch(/unknown service “pricing-svc”/);
    expect((await call(ctx, 'catalog.get', {})).services).toHaveLength(2);
  });

  it('still refuses a row that is wrong for another reason, creating nothing', async () => {
    const ctx = await withServices(['Order Hub']);
    const error = await rejected(ctx, 'import.dependenciesCsv', { text: 'from,to,kind\nOrder Hub,new-one,carrier pigeon\n', createMissing: true });
    expect(error.details.errors).toEqual([{ line: 2, message: expect.stringMatching(/^kind must be one of/) }]);
    expect((await call(ctx, 'catalog.get', {})).services).toHaveLength(1);
  });
});

describe('import.dependenciesCsv, ServiceNow cmdb_rel_ci export', () => {
  const EXPORT = [
    '"parent","type","child","sys_id"',
    '"Order Hub","Depends on::Used by","ATP","a1"',
    '"ATP","Uses::Used by","Inventory Sync","a2"',
    '"Inventory Sync","Runs on::Runs","k8s-prod-cluster-02","a3"',
    '"Inventory Sync","Sends data to::Receives data from","Inventory Ledger DB","a4"',
    '"Order Hub","Impacts::Impacted by","Legacy Promo Engine","a5"',
  ].join('\n');

  it('maps relationship types, creates missing services as unclassified and lists them', async () => {
    const ctx = await withServices(['Order Hub', 'ATP', 'Inventory Sync']);
    const report = await call(ctx, 'import.dependenciesCsv', { text: EXPORT });
    expect(report.unclassifiedCreated).toEqual(['k8s-prod-cluster-02', 'Inventory Ledger DB', 'Legacy Promo Engine']);
    expect(report.created).toEqual({ services: 3, dependencies: 5 });
    expect(report.warnings).toEqual([expect.stringMatching(/^Relationship type “Impacts::Impacted by” is not one Release Cockpit knows \(line 6\)/)]);
    expect(await edges(ctx)).toEqual([
      'ATP → Inventory Sync (sync-api, soft)',
      'Inventory Sync → Inventory Ledger DB (event, soft)',
      'Inventory Sync → k8s-prod-cluster-02 (network, hard)',
      'Order Hub → ATP (sync-api, hard)',
      'Order Hub → Legacy Promo Engine (sync-api, hard)',
    ]);
    const created = (await call(ctx, 'catalog.get', {})).services.find((s) => s.name === 'k8s-prod-cluster-02');
    expect(created).toMatchObject({ kind: 'unclassified', tier: 3, hosting: 'cloud' });
  });

  it('accepts dot-walked headers (parent.name, type.name, child.name)', async () => {
    const ctx = await withServices(['Order Hub', 'ATP']);
    await call(ctx, 'import.dependenciesCsv', { text: 'parent.name,type.name,child.name\nOrder Hub,Connects to::Connected by,ATP\n' });
    expect(await edges(ctx)).toEqual(['Order Hub → ATP (network, hard)']);
  });

  it('rejects sys_ids instead of names and self-relationships', async () => {
    const ctx = await withServices(['Order Hub']);
    const error = await rejected(ctx, 'import.dependenciesCsv', {
      text: 'parent,type,child\n0a52d3dcd7011200f2d224837e6103f2,Depends on::Used by,Order Hub\nOrder Hub,Depends on::Used by,ORDER HUB\n',
    });
    expect(error.details.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'parent “0a52d3dcd7011200f2d224837e6103f2” is a ServiceNow sys_id, not a name; export the list with display values'],
      [3, '“Order Hub” cannot depend on itself'],
    ]);
    expect((await call(ctx, 'catalog.get', {})).services).toHaveLength(1);
  });

  it('undoes the whole import, created services included, in one step', async () => {
    const ctx = await withServices(['Order Hub', 'ATP', 'Inventory Sync']);
    await call(ctx, 'import.dependenciesCsv', { text: EXPORT });
    await call(ctx, 'history.undo', {});
    const catalog = await call(ctx, 'catalog.get', {});
    expect(catalog.dependencies).toEqual([]);
    expect(catalog.services.map((s) => s.name).sort()).toEqual(['ATP', 'Inventory Sync', 'Order Hub']);
  });

  it('says which header it expected when neither format matches', async () => {
    const ctx = openTestWorkspace();
    const error = await rejected(ctx, 'import.dependenciesCsv', { text: 'source_ci,target_ci\na,b\n' });
    expect(error.details.errors).toEqual([{ line: 1, message: 'the header must name from and to columns, or parent, type and child (a ServiceNow cmdb_rel_ci export)' }]);
  });
});
