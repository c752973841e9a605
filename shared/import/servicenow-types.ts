import type { DependencyKind, Strength } from '../model/enums';

export interface RelationshipMapping {
  kind: DependencyKind;
  strength: Strength;
  /** Why this reading, shown in the import documentation and tests. */
  why: string;
}

/**
 * ServiceNow cmdb_rel_ci relationship types, read as "parent depends on child". Keyed by the
 * parent-side descriptor (the text before "::"), lower case. Anything else is imported as a hard
 * sync-API dependency with a warning, because a missed hard dependency hides blast radius while
 * an over-stated one only asks for a second look.
 */
export const SERVICENOW_TYPES: Record<string, RelationshipMapping> = {
  'depends on': { kind: 'sync-api', strength: 'hard', why: 'Depends on::Used by: the parent fails without the child' },
  uses: { kind: 'sync-api', strength: 'soft', why: 'Uses::Used by: the parent calls the child but can degrade' },
  consumes: { kind: 'sync-api', strength: 'hard', why: 'Consumes::Consumed by: the parent needs what the child serves' },
  contains: { kind: 'sync-api', strength: 'hard', why: 'Contains::Contained by: a parent application is made of its children' },
  'runs on': { kind: 'network', strength: 'hard', why: 'Runs on::Runs: infrastructure under the parent' },
  'hosted on': { kind: 'network', strength: 'hard', why: 'Hosted on::Hosts: infrastructure under the parent' },
  'virtualized by': { kind: 'network', strength: 'hard', why: 'Virtualized by::Virtualizes: infrastructure under the parent' },
  'powered by': { kind: 'network', strength: 'hard', why: 'Powered by::Powers: infrastructure under the parent' },
  'connects to': { kind: 'network', strength: 'hard', why: 'Connects to::Connected by: a network path the parent needs' },
  'ip connection': { kind: 'network', strength: 'hard', why: 'IP Connection::IP Connection: a network path' },
  'cluster of': { kind: 'network', strength: 'soft', why: 'Cluster of::Cluster: one member down degrades the cluster' },
  'member of': { kind: 'network', strength: 'soft', why: 'Members::Member of: pool membership, redundant by design' },
  'sends data to': { kind: 'event', strength: 'soft', why: 'Sends data to::Receives data from: the sender queues while the receiver is down' },
  'receives data from': { kind: 'event', strength: 'hard', why: 'Receives data from::Sends data to: the receiver works on stale data without the sender' },
  'exchanges data with': { kind: 'batch', strength: 'soft', why: 'Exchanges data with: periodic file or message exchange' },
  'stored on': { kind: 'database', strength: 'hard', why: 'Stored on::Stores: the parent keeps its data there' },
};

export const DEFAULT_RELATIONSHIP: RelationshipMapping = { kind: 'sync-api', strength: 'hard', why: 'unknown relationship type' };

/** "Depends on::Used by", "depends on", " DEPENDS ON :: used by " all find the same entry. */
export function lookupRelationship(type: string): RelationshipMapping | undefined {
  const parentSide = (type.split('::')[0] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return SERVICENOW_TYPES[parentSide];
}
