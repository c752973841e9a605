import { affectedSites, WindowScopeIndex } from '../../../shared/engine/calendar/window-scope';
import { plannedInterval, releaseSiteIds } from '../../../shared/engine/conflicts/release-facts';
import type { CatalogLookup } from '../../../shared/engine/graph/catalog-lookup';
import type { Service } from '../../../shared/model/catalog';
import { SERVICE_KIND_LABELS } from '../../../shared/model/enums';
import type { PlanWindow, Release } from '../../../shared/model/plan';
import type { Grouping } from '../../state/calendar-view';

export interface Placed {
  releaseId: number;
  startMs: number;
  endMs: number;
}

/** Windows to shade behind a row, and the site zones 'site' windows are read in there. */
export interface Shade {
  windowIds: number[];
  siteZones: string[];
}

export interface GroupHeader {
  key: string;
  label: string;
  detail: string;
  count: number;
  collapsed: boolean;
}

/** The first lane of a group carries the group's label, so a one-release group takes one row. */
export type TimelineRow =
  | ({ kind: 'group' } & GroupHeader)
  | { kind: 'lane'; key: string; groupKey: string; header: GroupHeader | null; items: Placed[]; shade: Shade }
  | { kind: 'window'; key: string; windowId: number; windowIds: readonly number[]; siteZones: string[] };

export interface TimelineLayout {
  rows: TimelineRow[];
  /** Rows each release is drawn in (several when grouped by service and it touches several). */
  rowsOfRelease: Map<number, number[]>;
  /** Planned releases in reading order: group by group, lane by lane, by start. */
  order: number[];
  unplanned: Release[];
  /** Earliest start and latest end of the planned releases. */
  extent: { fromMs: number; toMs: number } | null;
}

export const WINDOWS_GROUP = 'group:windows';

interface Group {
  key: string;
  label: string;
  detail: string;
  sort: string;
  items: Placed[];
  siteZones: Set<string>;
  windowIds: Set<number>;
}

/** Greedy interval packing: each release goes into the first lane where it does not overlap. */
export function packLanes(items: Placed[]): Placed[][] {
  const sorted = [...items].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.releaseId - b.releaseId);
  const lanes: Placed[][] = [];
  const laneEnds: number[] = [];
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end <= item.startMs);
    if (lane < 0) {
      lane = lanes.length;
      lanes.push([]);
      laneEnds.push(0);
    }
    lanes[lane]!.push(item);
    laneEnds[lane] = item.endMs;
  }
  return lanes;
}

function serviceDetail(service: Service, lookup: CatalogLookup): string {
  const sites = service.siteIds.length === 0 ? 'no site' : service.siteIds.length === 1 ? (lookup.sites.get(service.siteIds[0]!)?.name ?? '1 site') : `${service.siteIds.length} sites`;
  return `Tier ${service.tier} · ${SERVICE_KIND_LABELS[service.kind]} · ${sites}`;
}

export interface LayoutInput {
  releases: readonly Release[];
  windows: readonly PlanWindow[];
  lookup: CatalogLookup;
  grouping: Grouping;
  collapsed: ReadonlySet<string>;
}

/** Groups and lanes of the timeline. Pure, so it is unit-tested and memoised on its inputs. */
export function layoutTimeline({ releases, windows, lookup, grouping, collapsed }: LayoutInput): TimelineLayout {
  const scopes = new WindowScopeIndex(windows);
  const groups = new Map<string, Group>();
  const unplanned: Release[] = [];
  let extent: TimelineLayout['extent'] = null;

  const groupFor = (key: string, make: () => Omit<Group, 'key' | 'items' | 'siteZones' | 'windowIds'>): Group => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, items: [], siteZones: new Set(), windowIds: new Set(), ...make() }));
    return group;
  };
  const addWindows = (group: Group, service: Service | undefined, siteIds: readonly number[]) => {
    for (const id of scopes.everywhere) group.windowIds.add(id);
    if (service) for (const id of scopes.serviceMatches(service)) group.windowIds.add(id);
    for (const siteId of siteIds) {
      const site = lookup.sites.get(siteId);
      if (!site) continue;
      group.siteZones.add(site.timeZone);
      for (const id of scopes.siteMatches(site)) group.windowIds.add(id);
    }
    if (siteIds.length === 0) group.siteZones.add('UTC');
  };

  for (const release of releases) {
    const interval = plannedInterval(release);
    if (!interval) {
      unplanned.push(release);
      continue;
    }
    extent = extent ? { fromMs: Math.min(extent.fromMs, interval.startMs), toMs: Math.max(extent.toMs, interval.endMs) } : { fromMs: interval.startMs, toMs: interval.endMs };
    const placed: Placed = { releaseId: release.id, ...interval };
    const siteIds = releaseSiteIds(release, lookup);
    if (grouping === 'service') {
      const serviceIds = [...new Set(release.services.map((s) => s.serviceId))].filter((id) => lookup.services.has(id));
      if (serviceIds.length === 0) {
        const group = groupFor('service:none', () => ({ label: 'No service named', detail: 'Releases that touch no catalog service', sort: '~' }));
        group.items.push(placed);
        addWindows(group, undefined, siteIds);
      }
      for (const serviceId of serviceIds) {
        const service = lookup.services.get(serviceId)!;
        const group = groupFor(`service:${serviceId}`, () => ({ label: service.name, detail: serviceDetail(service, lookup), sort: `${service.tier}${service.name.toLowerCase()}` }));
        group.items.push(placed);
        addWindows(group, service, service.siteIds);
      }
    } else if (grouping === 'site') {
      const known = siteIds.filter((id) => lookup.sites.has(id));
      const services = release.services.map((s) => lookup.services.get(s.serviceId)).filter((s): s is Service => !!s);
      if (known.length === 0) {
        const group = groupFor('site:none', () => ({ label: 'No site', detail: 'Cloud-wide or unassigned changes, times in UTC', sort: '~' }));
        group.items.push(placed);
        for (const service of services) addWindows(group, service, []);
      }
      for (const siteId of known) {
        const site = lookup.sites.get(siteId)!;
        const group = groupFor(`site:${siteId}`, () => ({ label: site.name, detail: `${site.region} · ${site.timeZone}`, sort: site.name.toLowerCase() }));
        group.items.push(placed);
        for (const service of services) addWindows(group, service, [siteId]);
        if (services.length === 0) addWindows(group, undefined, [siteId]);
      }
    } else {
      const train = release.train.trim();
      const group = groupFor(`train:${train.toLowerCase()}`, () => ({ label: train || 'No release train', detail: train ? 'Release train' : 'Releases not on a train', sort: train ? train.toLowerCase() : '~' }));
      group.items.push(placed);
      const services = release.services.map((s) => lookup.services.get(s.serviceId)).filter((s): s is Service => !!s);
      for (const service of services) addWindows(group, service, siteIds);
      if (services.length === 0) addWindows(group, undefined, siteIds);
    }
  }

  const rows: TimelineRow[] = [];
  const rowsOfRelease = new Map<number, number[]>();
  const order: number[] = [];
  const seen = new Set<number>();

  if (windows.length > 0) {
    const open = !collapsed.has(WINDOWS_GROUP);
    rows.push({ kind: 'group', key: WINDOWS_GROUP, label: 'Freeze and maintenance windows', detail: 'Each window on its own row', count: windows.length, collapsed: !open });
    if (open) {
      const sorted = [...windows].sort((a, b) => (a.type === b.type ? a.name.localeCompare(b.name) : a.type === 'freeze' ? -1 : 1));
      for (const window of sorted) {
        const zones = window.timeZone === 'site' ? siteZonesOf(window, lookup) : [window.timeZone];
        rows.push({ kind: 'window', key: `window:${window.id}`, windowId: window.id, windowIds: [window.id], siteZones: zones });
      }
    }
  }

  for (const group of [...groups.values()].sort((a, b) => a.sort.localeCompare(b.sort))) {
    const isCollapsed = collapsed.has(group.key);
    const header: GroupHeader = { key: group.key, label: group.label, detail: group.detail, count: group.items.length, collapsed: isCollapsed };
    const shade: Shade = { windowIds: [...group.windowIds], siteZones: [...group.siteZones] };
    const lanes = packLanes(group.items);
    const inOrder = lanes.flat().sort((a, b) => a.startMs - b.startMs);
    if (isCollapsed) {
      rows.push({ kind: 'lane', key: `${group.key}:lane:0`, groupKey: group.key, header, items: [], shade });
      continue;
    }
    for (const item of inOrder) {
      if (seen.has(item.releaseId)) continue;
      seen.add(item.releaseId);
      order.push(item.releaseId);
    }
    lanes.forEach((items, i) => {
      const rowIndex = rows.length;
      rows.push({ kind: 'lane', key: `${group.key}:lane:${i}`, groupKey: group.key, header: i === 0 ? header : null, items, shade });
      for (const item of items) {
        const list = rowsOfRelease.get(item.releaseId);
        if (list) list.push(rowIndex);
        else rowsOfRelease.set(item.releaseId, [rowIndex]);
      }
    });
  }
  return { rows, rowsOfRelease, order, unplanned, extent };
}

function siteZonesOf(window: PlanWindow, lookup: CatalogLookup): string[] {
  const zones = new Set(affectedSites(window, lookup).map((site) => site.timeZone));
  return zones.size > 0 ? [...zones] : ['UTC'];
}
