import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { parseWorkspaceJson, validateWorkspace, workspaceToJson, WORKSPACE_FORMAT } from '../../shared/import/workspace-json';

const header = { format: WORKSPACE_FORMAT, schemaVersion: 1, exportedAt: '2025-01-01T00:00:00Z' };
const site = (id: number, name: string) => ({ id, name, region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
const service = (id: number, name: string, extra: object = {}) => ({ id, name, kind: 'wms', tier: 1, hosting: 'saas', ...extra });

describe('workspace JSON validation', () => {
  it('accepts its own export back, unchanged', () => {
    const demo = buildDemoWorkspace(new Date('2025-12-10T12:00:00Z'));
    const { data, errors } = parseWorkspaceJson(workspaceToJson(demo, new Date()));
    expect(errors).toEqual([]);
    expect(data).toEqual(demo);
  });

  it('fills model defaults for fields a hand-written file leaves out', () => {
    const { data } = validateWorkspace({ ...header, sites: [site(1, 'DC Reno')], services: [service(7, 'WMS', { siteIds: [1] })] });
    expect(data?.services[0]).toEqual({ id: 7, name: 'WMS', kind: 'wms', tier: 1, ownerTeam: '', hosting: 'saas', siteIds: [1], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '' });
    expect(data?.releases).toEqual([]);
  });

  it('reports duplicate ids and names, dangling references and self-references by path', () => {
    const { data, errors } = validateWorkspace({
      ...header,
      sites: [site(1, 'DC Reno'), site(1, 'dc reno')],
      services: [service(1, 'WMS', { siteIds: [1, 3] }), service(2, 'TMS', { processIds: [4] })],
      dependencies: [{ id: 1, fromId: 1, toId: 2, kind: 'sync-api', strength: 'hard' }, { id: 2, fromId: 1, toId: 2, kind: 'event', strength: 'soft' }],
      windows: [{ id: 1, name: 'Freeze', type: 'freeze', severity: 'hard', startLocal: '2025-11-20T00:00', endLocal: '2025-11-19T00:00', timeZone: 'site', scope: { serviceIds: [9] } }],
      releases: [{ id: 5, title: 'R', type: 'normal', status: 'draft', durationMinutes: 10, strategy: 'waves', dependsOn: [{ releaseId: 5, kind: 'finish-before' }], waves: [{ name: 'Pilot', siteIds: [2], soakMinutes: 0 }] }],
    });
    expect(data).toBeNull();
    expect(errors).toEqual([
      { path: 'windows[0].endLocal', message: 'End must be after start' },
      { path: 'sites[1].id', message: 'id 1 is used twice (also sites[0])' },
      { path: 'sites[1].name', message: 'the site name “dc reno” is used twice (also sites[0])' },
      { path: 'services[0].siteIds[1]', message: 'no site has id 3' },
      { path: 'services[1].processIds[0]', message: 'no business process has id 4' },
      { path: 'dependencies[1]', message: 'the same dependency as dependencies[0]' },
      { path: 'releases[0].waves[0].siteIds[0]', message: 'no site has id 2' },
      { path: 'releases[0].dependsOn[0]', message: 'a release cannot depend on itself' },
    ]);
  });

  it('says what a wrong value should have been', () => {
    const { errors } = validateWorkspace({ ...header, sites: [{ ...site(1, 'DC Reno'), kind: 'warehouse', timeZone: 'Mars/Olympus' }], services: 'none' });
    expect(errors).toEqual([
      { path: 'sites[0].timeZone', message: 'Not an IANA time zone (for example Europe/Berlin or America/Chicago)' },
      { path: 'sites[0].kind', message: 'must be one of dc, cross-dock, office, data-centre, cloud-region (got "warehouse")' },
      { path: 'services', message: 'must be a list' },
    ]);
  });

  it('an operations section: defaults filled in file order, history naming deleted releases and services kept, timelines checked', () => {
    const at = '2025-11-03T08:00:00.000Z';
    const who = { at, recordedAt: at, actor: 'Ana' };
    const operations = {
      runbooks: [{ id: 1, version: 1, updatedAt: at, title: 'Fail over', serviceIds: [7, 99], steps: [{ title: 'Promote the replica', expectedMinutes: 10 }] }],
      incidents: [{ id: 4, status: 'triage', declaredAt: at, declaredBy: 'Ana', title: 'WMS down', severity: 'SEV1', serviceIds: [7], releaseId: 55, roles: [{ role: 'Incident commander', name: 'Ana' }] }],
      events: [
        { id: 1, incidentId: 4, runId: null, ...who, type: 'status', from: null, to: 'triage', note: '' },
        { id: 2, incidentId: null, runId: null, ...who, type: 'note', text: 'Whose is this?' },
        { id: 3, incidentId: 4, runId: null, ...who, type: 'step', step: 0, outcome: 'done', note: '' },
      ],
    };
    const file = { ...header, services: [service(7, 'WMS')], operations };
    expect(validateWorkspace(file).errors).toEqual([
      { path: 'operations.events[1].incidentId', message: 'A timeline entry belongs to an incident or a run: give incidentId or runId' },
      { path: 'operations.events[2].runId', message: 'a step entry belongs to a run' },
    ]);
    const { data, errors } = validateWorkspace({ ...file, operations: { ...operations, events: operations.events.slice(0, 1) } });
    expect(errors).toEqual([]);
    // A runbook naming a deleted service and an incident naming a deleted release keep those ids.
    expect(data?.operations?.incidents[0]?.releaseId).toBe(55);
    expect(data?.operations?.runbooks[0]?.serviceIds).toEqual([7, 99]);
    expect(data?.operations?.runbooks[0]?.summary).toBe('');
    expect(Object.keys(data?.operations?.runbooks[0]?.steps[0] ?? {})).toEqual(['title', 'expectedMinutes', 'details', 'ownerRole', 'kind', 'after']);
    expect(data?.operations?.runs).toEqual([]);
  });
});
