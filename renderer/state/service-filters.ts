import { create } from 'zustand';
import type { Service } from '../../shared/model/catalog';
import { SERVICE_KIND_LABELS, type Hosting, type ServiceKind } from '../../shared/model/enums';
import type { CatalogIndex } from './catalog-index';

export type ServiceSortKey = 'name' | 'kind' | 'tier' | 'ownerTeam' | 'hosting' | 'sites' | 'dependsOn' | 'usedBy' | 'rto';
export interface Sort<K extends string> {
  key: K;
  dir: 'asc' | 'desc';
}

export interface ServiceFilters {
  query: string;
  kind: ServiceKind | '';
  tier: '' | '1' | '2' | '3';
  hosting: Hosting | '';
  siteId: number | null;
  sort: Sort<ServiceSortKey>;
}

const DEFAULTS: ServiceFilters = { query: '', kind: '', tier: '', hosting: '', siteId: null, sort: { key: 'name', dir: 'asc' } };

interface ServiceFilterStore extends ServiceFilters {
  set(patch: Partial<ServiceFilters>): void;
  sortBy(key: ServiceSortKey): void;
  clear(): void;
}

export const useServiceFilters = create<ServiceFilterStore>()((set) => ({
  ...DEFAULTS,
  set: (patch) => set(patch),
  sortBy: (key) => set((s) => ({ sort: { key, dir: s.sort.key === key && s.sort.dir === 'asc' ? 'desc' : 'asc' } })),
  clear: () => set({ query: '', kind: '', tier: '', hosting: '', siteId: null }),
}));

export const filtersActive = (f: ServiceFilters) => f.query.trim() !== '' || f.kind !== '' || f.tier !== '' || f.hosting !== '' || f.siteId !== null;

export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Compare = (a: Service, b: Service) => number;
const byCount = (map: Map<number, unknown[]>): Compare => (a, b) => (map.get(a.id)?.length ?? 0) - (map.get(b.id)?.length ?? 0);
/** Services without an RTO sort after every service that has one, whichever the direction. */
const rtoKey = (v: number | null, dir: number) => (v === null ? Number.MAX_SAFE_INTEGER * dir : v);

function comparator(key: ServiceSortKey, index: CatalogIndex, dir = 1): Compare {
  switch (key) {
    case 'name': return (a, b) => (index.nameRank.get(a.id) ?? 0) - (index.nameRank.get(b.id) ?? 0);
    case 'kind': return (a, b) => collator.compare(SERVICE_KIND_LABELS[a.kind], SERVICE_KIND_LABELS[b.kind]);
    case 'tier': return (a, b) => a.tier - b.tier;
    case 'ownerTeam': return (a, b) => collator.compare(a.ownerTeam, b.ownerTeam);
    case 'hosting': return (a, b) => collator.compare(a.hosting, b.hosting);
    case 'sites': return (a, b) => a.siteIds.length - b.siteIds.length;
    case 'dependsOn': return byCount(index.depsOut);
    case 'usedBy': return byCount(index.depsIn);
    case 'rto': return (a, b) => rtoKey(a.rtoMinutes, dir) - rtoKey(b.rtoMinutes, dir) || rtoKey(a.rpoMinutes, dir) - rtoKey(b.rpoMinutes, dir);
  }
}

/** The rows the Services table shows: filtered, then sorted (ties broken by name). */
export function visibleServices(services: Service[], index: CatalogIndex, f: ServiceFilters): Service[] {
  const q = f.query.trim().toLowerCase();
  const tier = f.tier === '' ? null : Number(f.tier);
  const rows = services.filter(
    (s) =>
      (f.kind === '' || s.kind === f.kind) &&
      (tier === null || s.tier === tier) &&
      (f.hosting === '' || s.hosting === f.hosting) &&
      (f.siteId === null || s.siteIds.includes(f.siteId)) &&
      (q === '' || (index.searchText.get(s.id) ?? '').includes(q)),
  );
  const dir = f.sort.dir === 'asc' ? 1 : -1;
  const compare = comparator(f.sort.key, index, dir);
  const byName = comparator('name', index);
  return rows.sort((a, b) => dir * compare(a, b) || byName(a, b));
}
