import { SERVICE_KINDS, type Hosting, type ServiceKind, type Tier } from '../model/enums';
import { parseHosting, parseServiceKind, parseTier, type Parsed } from './field-values';
import type { BackstageEntity } from './backstage-entities';
import { parseEntityRef } from './backstage-refs';

/**
 * spec.type → our service kind. Backstage's well-known types come first (service, website,
 * library for Components; database and friends for Resources); a type that already names one of
 * our kinds (`wms`, `edi`…) is taken as is. Anything else becomes unclassified, with a warning.
 */
export const BACKSTAGE_TYPE_KINDS: Record<string, ServiceKind> = {
  service: 'integration', website: 'portal', 'web-app': 'portal', frontend: 'portal', 'mobile-app': 'portal',
  library: 'unclassified', 'api-gateway': 'integration', worker: 'integration', 'data-pipeline': 'analytics', pipeline: 'analytics',
  etl: 'analytics', dashboard: 'analytics', 'data-warehouse': 'analytics',
  database: 'database', postgres: 'database', postgresql: 'database', mysql: 'database', 'sql-server': 'database', rds: 'database',
  dynamodb: 'database', redis: 'database', cache: 'database', 's3-bucket': 'database', storage: 'database',
  queue: 'integration', topic: 'integration', 'kafka-topic': 'integration', 'message-broker': 'integration', 'event-bus': 'integration',
  network: 'network', vpn: 'network', 'load-balancer': 'network', dns: 'network', firewall: 'network', cdn: 'network',
  'saas-app': 'saas', 'iot-gateway': 'edge', device: 'edge', printer: 'edge',
  ...Object.fromEntries(SERVICE_KINDS.map((k) => [k, k])),
};

/** Annotations a team can put on its descriptor to say what Backstage cannot. */
export const ANNOTATIONS = { kind: 'releasecockpit/kind', tier: 'releasecockpit/tier', hosting: 'releasecockpit/hosting' } as const;

export interface MappedService {
  kind: ServiceKind;
  /** False when the kind is a guess (unclassified); an existing service then keeps its own. */
  kindKnown: boolean;
  tier: Tier;
  tierKnown: boolean;
  hosting: Hosting | undefined;
  ownerTeam: string;
}

function fromAnnotation<T>(entity: BackstageEntity, key: string, parse: (raw: string) => Parsed<T>, problems: string[]): T | undefined {
  const raw = entity.annotations[key];
  if (raw === undefined) return undefined;
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  problems.push(`annotation ${key}: ${parsed.message}`);
  return undefined;
}

/** `group:default/warehouse-platform` → "warehouse-platform"; the owner team is the group's name. */
export function ownerTeamOf(owner: string | undefined): string {
  if (!owner) return '';
  return parseEntityRef(owner, { kind: 'group' })?.name ?? owner;
}

export function mapService(entity: BackstageEntity, problems: string[]): MappedService {
  const annotatedKind = fromAnnotation(entity, ANNOTATIONS.kind, parseServiceKind, problems);
  const typeKind = BACKSTAGE_TYPE_KINDS[entity.type];
  const kind = annotatedKind ?? typeKind ?? 'unclassified';
  const tagTier = entity.tags.map((t) => /^tier-?([123])$/.exec(t)?.[1]).find((t) => t !== undefined);
  const annotatedTier = fromAnnotation(entity, ANNOTATIONS.tier, parseTier, problems);
  const tier = annotatedTier ?? (tagTier ? (Number(tagTier) as Tier) : undefined);
  return {
    kind,
    kindKnown: kind !== 'unclassified' || annotatedKind !== undefined,
    tier: tier ?? 3,
    tierKnown: tier !== undefined,
    hosting: fromAnnotation(entity, ANNOTATIONS.hosting, parseHosting, problems),
    ownerTeam: ownerTeamOf(entity.owner).slice(0, 80),
  };
}
