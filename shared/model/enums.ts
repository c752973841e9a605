// Vocabulary of the catalog, in the order a change manager would expect to see it in pickers.
export const SITE_KINDS = ['dc', 'cross-dock', 'office', 'data-centre', 'cloud-region'] as const;
export const SERVICE_KINDS = [
  'erp', 'wms', 'tms', 'integration', 'edi', 'carrier', 'portal', 'analytics', 'database', 'network', 'saas', 'edge', 'unclassified',
] as const;
export const HOSTINGS = ['cloud', 'saas', 'on-prem', 'edge'] as const;
export const DEPENDENCY_KINDS = ['sync-api', 'event', 'batch', 'edi', 'database', 'network'] as const;
export const STRENGTHS = ['hard', 'soft'] as const;
export const TIERS = [1, 2, 3] as const;

export type SiteKind = (typeof SITE_KINDS)[number];
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export type Hosting = (typeof HOSTINGS)[number];
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];
export type Strength = (typeof STRENGTHS)[number];
export type Tier = (typeof TIERS)[number];

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  dc: 'Distribution centre',
  'cross-dock': 'Cross-dock',
  office: 'Office',
  'data-centre': 'Data centre',
  'cloud-region': 'Cloud region',
};

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  erp: 'ERP',
  wms: 'WMS',
  tms: 'TMS',
  integration: 'Integration',
  edi: 'EDI',
  carrier: 'Carrier labels',
  portal: 'Portal',
  analytics: 'Analytics',
  database: 'Database',
  network: 'Network',
  saas: 'SaaS',
  edge: 'Edge',
  unclassified: 'Unclassified',
};

export const DEPENDENCY_KIND_LABELS: Record<DependencyKind, string> = {
  'sync-api': 'Sync API',
  event: 'Event',
  batch: 'Batch / file',
  edi: 'EDI',
  database: 'Database',
  network: 'Network',
};
