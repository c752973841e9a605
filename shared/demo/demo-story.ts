import { instantDaysFrom, lastPeakYear } from './demo-time';
import type { DemoRelease } from './demo-releases';

/**
 * The brief's story: during last peak, a "minor" Inventory Sync update slowed delta publishing,
 * Order Promising served stale stock, and order promising and shipment planning broke at five
 * DCs until it was rolled back. The emergency fix followed two days later.
 */
export function storyReleases(now: Date): DemoRelease[] {
  const dec3 = new Date(Date.UTC(lastPeakYear(now), 11, 3));
  return [
    {
      key: 'sync-mapping', title: 'Inventory Sync 4.12.1 – item attribute mapping (minor)', type: 'standard', status: 'rolled-back', train: 'Integration weekly',
      plannedStart: instantDaysFrom(dec3, 0, 16, 0), durationMinutes: 30, strategy: 'big-bang', requester: 'Aisha Bello', approvers: ['Priya Raman'],
      services: [['Inventory Sync Service', 'code'], ['Item Master Sync', 'config']], waves: [], dependsOn: [],
      rollback: { steps: ['Redeploy Inventory Sync 4.12.0', 'Replay the inventory-delta topic from the last good offset', 'Confirm ATP stock age < 5 minutes at every DC'], expectedMinutes: 45, tested: false },
      outcome: 'Rolled back after 3 h 40 min. The new attribute lookup slowed delta publishing from 2 to 35 minutes under peak volume; ATP promised stale stock at DC Dallas, DC Joliet, DC Columbus, DC Allentown and DC Mississauga (1,870 order lines over-promised) and Blue Yonder re-planned 212 loads. Approved as a standard change; CAB now requires a load test for tier-1 integration changes in freeze.',
    },
    {
      key: 'sync-hotfix', title: 'Inventory Sync 4.12.2 – indexed attribute lookup and lag alarm', type: 'emergency', status: 'done', train: '',
      plannedStart: instantDaysFrom(dec3, 2, 8, 0), durationMinutes: 60, strategy: 'canary', requester: 'Aisha Bello', approvers: ['Priya Raman', 'Marcus Delgado'],
      services: [['Inventory Sync Service', 'code']], waves: [], dependsOn: [['sync-mapping', 'finish-before']],
      rollback: { steps: ['Redeploy Inventory Sync 4.12.0'], expectedMinutes: 20, tested: true },
      outcome: 'Canary at 10% for an hour under peak load, delta lag held under 90 seconds; fully rolled out.',
    },
  ];
}
