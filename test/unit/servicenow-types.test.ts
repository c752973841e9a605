import { describe, expect, it } from 'vitest';
import { lookupRelationship } from '../../shared/import/servicenow-types';

describe('ServiceNow relationship types', () => {
  it.each([
    ['Depends on::Used by', 'sync-api', 'hard'],
    ['Uses::Used by', 'sync-api', 'soft'],
    ['Runs on::Runs', 'network', 'hard'],
    ['Hosted on::Hosts', 'network', 'hard'],
    ['Connects to::Connected by', 'network', 'hard'],
    ['Sends data to::Receives data from', 'event', 'soft'],
    ['Receives data from::Sends data to', 'event', 'hard'],
    ['Cluster of::Cluster', 'network', 'soft'],
    ['Stored on::Stores', 'database', 'hard'],
  ])('%s → %s, %s', (type, kind, strength) => {
    expect(lookupRelationship(type)).toMatchObject({ kind, strength });
  });

  it('matches regardless of case, spacing or a missing child side', () => {
    expect(lookupRelationship('  DEPENDS   ON :: used by')).toMatchObject({ kind: 'sync-api', strength: 'hard' });
    expect(lookupRelationship('runs on')).toMatchObject({ kind: 'network' });
  });

  it('knows nothing of other types, so the importer can warn', () => {
    expect(lookupRelationship('Impacts::Impacted by')).toBeUndefined();
    expect(lookupRelationship('')).toBeUndefined();
  });
});
