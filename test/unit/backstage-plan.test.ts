import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planBackstage } from '../../shared/import/backstage';
import { parseEntityRef } from '../../shared/import/backstage-refs';
import type { Catalog } from '../../shared/model/catalog';

const FIXTURE = readFileSync(new URL('../fixtures/backstage/catalog-info.yaml', import.meta.url), 'utf8');
const EMPTY: Catalog = { sites: [], services: [], dependencies: [], processes: [] };

const component = (name: string, extra: string[] = []) =>
  ['apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', `  name: ${name}`, ...extra].join('\n');

describe('planBackstage', () => {
  it('maps the documented fixture to services, one process and dependencies', () => {
    const { plan, errors } = planBackstage([{ name: 'catalog-info.yaml', text: FIXTURE }], EMPTY);
    expect(errors).toEqual([]);
    expect(plan.processes).toEqual([{ name: 'Order fulfilment', description: 'Everything between a customer order and a shipped parcel.' }]);
    expect(plan.services.map((s) => [s.value.name, s.value.kind, s.value.tier, s.newProcessNames])).toEqual([
      ['Order Router', 'integration', 1, ['Order fulfilment']],
      ['inventory-sync', 'integration', 1, ['Order fulfilment']],
      ['Customer Portal', 'portal', 3, ['Order fulfilment']],
      ['Orders DB', 'database', 3, ['Order fulfilment']],
      ['inventory-ledger', 'database', 3, ['Order fulfilment']],
    ]);
  });

  it('lets annotations override kind, tier and hosting, and warns about types it cannot place', () => {
    const text = [
      component('wms-west', ['  annotations:', '    releasecockpit/kind: wms', '    releasecockpit/hosting: saas', '  tags: [tier-2]', 'spec:', '  type: service', '  owner: user:default/hannah']),
      component('shared-utils', ['spec:', '  type: library']),
    ].join('\n---\n');
    const { plan, errors } = planBackstage([{ name: 'wms.yaml', text }], EMPTY);
    expect(errors).toEqual([]);
    expect(plan.services[0]?.value).toMatchObject({ name: 'wms-west', kind: 'wms', tier: 2, hosting: 'saas', ownerTeam: 'hannah' });
    expect(plan.services[1]?.value.kind).toBe('unclassified');
    expect(plan.warnings).toEqual([expect.stringMatching(/^wms\.yaml line 13: shared-utils has type “library”/)]);
  });

  it('reports bad annotations, missing names, non-Backstage documents and YAML syntax errors with file and line', () => {
    const text = [
      component('a', ['  annotations:', '    releasecockpit/tier: "7"']),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  title: No name',
      'just: a config file',
    ].join('\n---\n');
    const { errors } = planBackstage([{ name: 'x.yaml', text }, { name: 'y.yaml', text: 'kind: [Component\n' }], EMPTY);
    expect(errors).toEqual([
      { file: 'x.yaml', line: 1, message: 'annotation releasecockpit/tier: tier must be 1, 2 or 3 (got “7”)' },
      { file: 'x.yaml', line: 8, message: 'metadata.name is missing' },
      { file: 'x.yaml', line: 13, message: 'apiVersion is missing; a Backstage descriptor starts with apiVersion: backstage.io/v1alpha1' },
      { file: 'x.yaml', line: 13, message: 'kind is missing (Component, System, Resource…)' },
      { file: 'x.yaml', line: 13, message: 'metadata.name is missing' },
      { file: 'y.yaml', line: 2, message: expect.stringMatching(/^the YAML cannot be read/) as string },
    ]);
  });

  it('points at the line of the broken dependsOn entry and rejects self-dependencies', () => {
    const text = component('order-router', ['spec:', '  type: service', '  dependsOn:', '    - component:order-router', '    - resource:default/nowhere-db']);
    const { errors } = planBackstage([{ name: 'c.yaml', text }], EMPTY);
    expect(errors).toEqual([
      { file: 'c.yaml', line: 8, message: 'order-router cannot depend on itself' },
      { file: 'c.yaml', line: 9, message: 'order-router depends on resource:default/nowhere-db, which is neither in these files nor in the catalog' },
    ]);
  });

  it('matches references case-insensitively and namespaces them like Backstage', () => {
    expect(parseEntityRef('Component:Default/Order-Router')).toEqual({ kind: 'component', namespace: 'default', name: 'Order-Router' });
    expect(parseEntityRef('warehouse-platform', { kind: 'group' })).toEqual({ kind: 'group', namespace: 'default', name: 'warehouse-platform' });
    const text = [component('a', ['spec:', '  dependsOn: [COMPONENT:DEFAULT/B]']), component('b')].join('\n---\n');
    const { plan, errors } = planBackstage([{ name: 'c.yaml', text }], EMPTY);
    expect(errors).toEqual([]);
    expect(plan.dependencies).toEqual([{ from: 'a', to: 'b', kind: 'sync-api', strength: 'hard', keepExisting: true }]);
  });
});
