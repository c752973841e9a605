import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../renderer/state/apply-changes';
import type { Change } from '../../shared/api/changes';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';

const demo = buildDemoWorkspace(new Date('2026-11-22T09:00:00Z'));
const catalog = { sites: demo.sites, services: demo.services, dependencies: demo.dependencies, processes: demo.processes };
const plan = { windows: demo.windows, releases: demo.releases };
const ops = { runbooks: [], incidents: [], runs: [], events: [], actionItems: [] };

describe('the page applies a change set to its copy of the workspace', () => {
  it('a release edit changes that release alone and says no rebuild is needed', () => {
    const release = demo.releases[0]!;
    const after = { ...release, plannedStart: '2026-12-01T10:00:00.000Z' };
    const out = applyChanges(catalog, plan, demo.exceptions, ops, { profiles: [], approvals: [], policies: [] }, [{ entity: 'release', id: release.id, before: release, after }]);
    expect(out.catalog).toBe(catalog);
    expect(out.plan.windows).toBe(plan.windows);
    expect(out.plan.releases.find((r) => r.id === release.id)).toEqual(after);
    expect(out.plan.releases.map((r) => r.id)).toEqual(plan.releases.map((r) => r.id));
    expect({ catalog: out.catalogChanged, windows: out.windowsChanged, exceptions: out.exceptionsChanged }).toEqual({ catalog: false, windows: false, exceptions: false });
    expect(out.releases).toEqual([after]);
  });

  it('creations go to the end, deletions leave, and only the last change to an entity counts', () => {
    const site = demo.sites[0]!;
    const created = { id: 9001, name: 'DC Boise', region: 'West', timeZone: 'America/Boise', kind: 'dc' as const };
    const changes: Change[] = [
      { entity: 'site', id: created.id, before: null, after: created },
      { entity: 'site', id: created.id, before: created, after: { ...created, name: 'DC Boise North' } },
      { entity: 'release', id: demo.releases[1]!.id, before: demo.releases[1]!, after: null },
    ];
    const out = applyChanges(catalog, plan, demo.exceptions, ops, { profiles: [], approvals: [], policies: [] }, changes);
    expect(out.catalog.sites.at(-1)).toEqual({ ...created, name: 'DC Boise North' });
    expect(out.catalog.sites[0]).toBe(site);
    expect(out.catalogChanged).toBe(true);
    expect(out.removedReleaseIds).toEqual([demo.releases[1]!.id]);
    expect(out.plan.releases).toHaveLength(plan.releases.length - 1);
  });

  it('a window keeps its calendar links out of the page, and a window change asks for a rebuild', () => {
    const window = demo.windows[0]!;
    const out = applyChanges(catalog, plan, demo.exceptions, ops, { profiles: [], approvals: [], policies: [] }, [{ entity: 'window', id: window.id, before: window, after: { ...window, name: 'Peak', icsUids: ['x@y'] } as typeof window }]);
    expect(out.plan.windows.find((w) => w.id === window.id)).toEqual({ ...window, name: 'Peak' });
    expect(out.windowsChanged).toBe(true);
  });
});
