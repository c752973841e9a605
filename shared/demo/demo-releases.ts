import type { ReleaseInput } from '../model/plan';
import { daysToWeekday, instantDaysFrom } from './demo-time';
import { storyReleases } from './demo-story';

/** A release naming its services, sites and prerequisite releases; the builder turns names into ids. */
export type DemoRelease = Omit<ReleaseInput, 'services' | 'waves' | 'dependsOn'> & {
  key: string;
  services: [name: string, how: ReleaseInput['services'][number]['how']][];
  waves: { name: string; sites: string[]; soakMinutes: number }[];
  dependsOn: [key: string, kind: ReleaseInput['dependsOn'][number]['kind']][];
};

type Defaults = 'train' | 'requester' | 'approvers' | 'waves' | 'dependsOn' | 'outcome' | 'plannedStart';
const release = (r: Omit<DemoRelease, Defaults> & Partial<Pick<DemoRelease, Defaults>>): DemoRelease => ({
  train: '', requester: '', approvers: [], waves: [], dependsOn: [], outcome: null, plannedStart: null, ...r,
});

const PILOT = 'DC Phoenix';
const wmsWaves = [
  { name: 'Pilot – DC Phoenix', sites: [PILOT], soakMinutes: 2880 },
  { name: 'Wave 2 – West & Central', sites: ['DC Reno', 'DC Dallas', 'DC Joliet'], soakMinutes: 1440 },
  { name: 'Wave 3 – East & international', sites: ['DC Columbus', 'DC Allentown', 'DC Mississauga', 'DC Monterrey'], soakMinutes: 0 },
];

/** Releases around now, in every status, including an expand → migrate → contract schema chain. */
export function demoReleases(now: Date): DemoRelease[] {
  const sunday = daysToWeekday(now, 0) || 7;
  return [
    ...storyReleases(now),
    release({
      key: 'expand', title: 'Orders DB: add promise_source column (expand)', type: 'normal', status: 'done', train: 'Integration weekly',
      plannedStart: instantDaysFrom(now, -12, 2, 0), durationMinutes: 45, strategy: 'big-bang', requester: 'Liam Chen', approvers: ['Priya Raman'],
      services: [['Orders DB (PostgreSQL)', 'schema']],
      rollback: { steps: ['ALTER TABLE order_lines DROP COLUMN promise_source', 'Confirm replication lag < 5 s'], expectedMinutes: 15, tested: true },
      outcome: 'Done in 22 minutes; column added nullable, no lock waits.',
    }),
    release({
      key: 'dual-write', title: 'Order Promising 3.0 – write promise_source', type: 'normal', status: 'approved', train: 'Integration weekly',
      plannedStart: instantDaysFrom(now, 4, 2, 0), durationMinutes: 90, strategy: 'canary', requester: 'Liam Chen', approvers: ['Priya Raman', 'Aisha Bello'],
      services: [['Order Promising (ATP) Service', 'code'], ['Order Orchestration Hub', 'config']], dependsOn: [['expand', 'finish-before']],
      rollback: { steps: ['Shift canary traffic back to 2.14', 'Disable flag atp.promiseSource.write'], expectedMinutes: 10, tested: true },
    }),
    release({
      key: 'read-switch', title: 'Order Orchestration Hub 7.2 – read promise_source', type: 'normal', status: 'scheduled', train: 'Integration weekly',
      plannedStart: instantDaysFrom(now, 9, 2, 0), durationMinutes: 60, strategy: 'feature-flag', requester: 'Liam Chen', approvers: ['Priya Raman'],
      services: [['Order Orchestration Hub', 'code']], dependsOn: [['dual-write', 'finish-before']],
      rollback: { steps: ['Turn off flag hub.readPromiseSource'], expectedMinutes: 5, tested: true },
    }),
    release({
      key: 'contract', title: 'Orders DB: drop legacy promise_flag (contract)', type: 'normal', status: 'submitted', train: 'Integration weekly',
      plannedStart: instantDaysFrom(now, 25, 2, 0), durationMinutes: 45, strategy: 'big-bang', requester: 'Liam Chen', approvers: ['Priya Raman'],
      services: [['Orders DB (PostgreSQL)', 'schema']], dependsOn: [['read-switch', 'finish-before']],
      rollback: { steps: ['Restore the column from the pre-change snapshot', 'Re-run backfill job promise_flag_restore'], expectedMinutes: 120, tested: false },
    }),
    release({
      key: 'wms-upgrade', title: 'Manhattan WMS 2025.2 quarterly upgrade', type: 'normal', status: 'scheduled', train: 'WMS quarterly',
      plannedStart: instantDaysFrom(now, sunday + 7, 9, 0), durationMinutes: 240, strategy: 'waves', requester: 'Hannah Kowalski',
      approvers: ['Marcus Delgado', 'Priya Raman'], waves: wmsWaves,
      services: [['Manhattan WMS – West', 'code'], ['Manhattan WMS – Central', 'code'], ['Manhattan WMS – East', 'code'], ['RF Handheld Fleet (Zebra)', 'config']],
      rollback: { steps: ['Ask Manhattan to revert the tenant to 2025.1', 'Re-push RF app profile 2025.1', 'Reconcile open tasks with the cycle-count report'], expectedMinutes: 90, tested: true },
    }),
    release({
      key: 'fedex-rest', title: 'UPS/FedEx Label Service – FedEx Ship API (REST) cutover', type: 'normal', status: 'in-progress',
      plannedStart: instantDaysFrom(now, -1, 3, 0), durationMinutes: 2880, strategy: 'feature-flag', requester: 'Diego Fuentes', approvers: ['Priya Raman', 'Marcus Delgado'],
      services: [['UPS/FedEx Label Service', 'code']],
      rollback: { steps: ['Flip carrier.fedex.api back to SOAP', 'Reprint labels for open cartons'], expectedMinutes: 10, tested: true },
    }),
    release({
      key: 'as2-cert', title: 'EDI Gateway: AS2 certificate rotation', type: 'standard', status: 'done',
      plannedStart: instantDaysFrom(now, -30, 14, 0), durationMinutes: 60, strategy: 'big-bang', requester: 'Samantha Okafor', approvers: ['Aisha Bello'],
      services: [['EDI Gateway (AS2)', 'config']],
      rollback: { steps: ['Re-activate the previous certificate'], expectedMinutes: 10, tested: true },
      outcome: 'All 340 partners exchanged MDNs on the new certificate within two hours.',
    }),
    release({
      key: 'tms-vendor', title: 'Blue Yonder TMS 2025.3 vendor release', type: 'normal', status: 'approved', train: 'Vendor SaaS',
      plannedStart: instantDaysFrom(now, 12, 5, 0), durationMinutes: 180, strategy: 'big-bang', requester: 'Diego Fuentes', approvers: ['Priya Raman'],
      services: [['Blue Yonder TMS', 'code'], ['Dock Appointment Scheduler', 'config']],
      rollback: { steps: ['Vendor restores the tenant snapshot', 'Re-tender loads created during the window'], expectedMinutes: 240, tested: false },
    }),
    release({
      key: 'supplier-asn', title: 'Supplier Portal – ASN self-service', type: 'normal', status: 'draft', durationMinutes: 120, strategy: 'feature-flag',
      requester: 'Rachel Goldberg', services: [['Supplier Portal', 'code'], ['EDI Translator (X12/EDIFACT)', 'config']],
      rollback: { steps: ['Hide the ASN form behind flag portal.asn'], expectedMinutes: 5, tested: false },
    }),
    release({
      key: 'sdwan-fw', title: 'SD-WAN router firmware 17.9 (DC edge)', type: 'normal', status: 'failed',
      plannedStart: instantDaysFrom(now, -9, 9, 0), durationMinutes: 180, strategy: 'waves', requester: 'Samantha Okafor', approvers: ['Marcus Delgado'],
      services: [['SD-WAN (DC links)', 'infra']], waves: [{ name: 'Pilot – DC Phoenix', sites: [PILOT], soakMinutes: 1440 }, { name: 'All other DCs', sites: ['DC Reno', 'DC Dallas', 'DC Joliet', 'DC Columbus', 'DC Allentown', 'DC Mississauga', 'DC Monterrey'], soakMinutes: 0 }],
      rollback: { steps: ['Boot the routers from the 17.6 partition'], expectedMinutes: 30, tested: true },
      outcome: 'Pilot router at DC Phoenix lost its BGP session after reboot; label printing stopped for 25 minutes. Wave 2 halted, pilot reverted by hand. Vendor case open.',
    }),
    release({
      key: 'portal-checkout', title: 'Customer Order Portal – checkout redesign', type: 'normal', status: 'cancelled', durationMinutes: 120, strategy: 'canary',
      plannedStart: instantDaysFrom(now, -20, 3, 0), requester: 'Rachel Goldberg', approvers: ['Priya Raman'], services: [['Customer Order Portal (B2B)', 'code']],
      rollback: { steps: ['Route all traffic to the old checkout'], expectedMinutes: 5, tested: true },
      outcome: 'Cancelled by Digital Channels: superseded by next year’s portal re-platform.',
    }),
    release({
      // Requested and approved by the same person: the cockpit should flag it.
      key: 'kafka', title: 'Integration Event Bus – Kafka 3.7 broker upgrade', type: 'normal', status: 'submitted', train: 'Integration weekly',
      plannedStart: instantDaysFrom(now, 20, 2, 0), durationMinutes: 240, strategy: 'blue-green', requester: 'Kenji Watanabe', approvers: ['Kenji Watanabe'],
      services: [['Integration Event Bus (Kafka)', 'infra']],
      rollback: { steps: ['Point producers and consumers back at the blue cluster', 'Replay from mirrored offsets'], expectedMinutes: 45, tested: true },
    }),
    release({
      key: 'erp-pricing', title: 'S/4HANA – new pricing condition types', type: 'standard', status: 'scheduled', train: 'ERP monthly',
      plannedStart: instantDaysFrom(now, 6, 23, 0), durationMinutes: 60, strategy: 'big-bang', requester: 'Owen McAllister', approvers: ['Claire Dubois'],
      services: [['SAP S/4HANA Cloud (ERP)', 'config']],
      rollback: { steps: ['Deactivate condition types ZPR7 and ZPR8 in the pricing procedure'], expectedMinutes: 20, tested: true },
    }),
    release({
      key: 'pricing-svc', title: 'Pricing & Promotions 2.8 – read new condition types', type: 'normal', status: 'approved', train: 'ERP monthly',
      plannedStart: instantDaysFrom(now, 6, 23, 30), durationMinutes: 45, strategy: 'canary', requester: 'Liam Chen', approvers: ['Owen McAllister'],
      services: [['Pricing & Promotions Service', 'code']], dependsOn: [['erp-pricing', 'same-window']],
      rollback: { steps: ['Roll the canary back to 2.7'], expectedMinutes: 10, tested: true },
    }),
    release({
      key: 'rf-os', title: 'RF handheld OS update – Android 13 (Zebra)', type: 'normal', status: 'scheduled', train: 'DC devices',
      plannedStart: instantDaysFrom(now, sunday, 9, 0), durationMinutes: 240, strategy: 'waves', requester: 'Tomás Herrera', approvers: ['Marcus Delgado'],
      services: [['RF Handheld Fleet (Zebra)', 'infra']], waves: wmsWaves,
      rollback: { steps: ['Push the Android 11 image from MDM', 'Spare-pool swap for any device that fails to boot'], expectedMinutes: 120, tested: true },
    }),
  ];
}
