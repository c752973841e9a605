import type { RunbookInput, RunbookStep } from '../model/ops';

type Step = Partial<RunbookStep> & Pick<RunbookStep, 'title'>;
const step = (s: Step): RunbookStep => ({ details: '', ownerRole: '', expectedMinutes: 5, kind: 'technical', after: null, ...s });

interface DemoRunbook {
  title: string;
  summary: string;
  services: string[];
  steps: Step[];
}

/** Recovery templates for the demo distributor: technical steps and the business-continuity steps that go with them. */
export const DEMO_RUNBOOKS: DemoRunbook[] = [
  {
    title: 'ERP integration rollback',
    summary: 'Roll back a failed change to the SAP Integration Suite flows between S/4HANA and the fulfilment services, then drain what queued meanwhile.',
    services: ['SAP Integration Suite (CPI)', 'SAP S/4HANA Cloud (ERP)'],
    steps: [
      { title: 'Freeze further deployments to CPI', ownerRole: 'Release manager', expectedMinutes: 2, details: 'Set the **CPI transport** route to read-only and tell the release channel.' },
      { title: 'Undeploy the changed iFlows and redeploy the previous version', ownerRole: 'Integration engineer', expectedMinutes: 15, details: 'In *Monitor → Manage Integration Content*, restore the version tagged in the release record.' },
      { title: 'Replay failed messages from the Integration Message Store', ownerRole: 'Integration engineer', expectedMinutes: 20, after: 2 },
      { title: 'Tell DC shift leads that orders created in the last hour may arrive late', ownerRole: 'Communications liaison', expectedMinutes: 5, kind: 'business' },
      { title: 'Reconcile open sales orders between S/4HANA and the Order Orchestration Hub', ownerRole: 'ERP analyst', expectedMinutes: 30, after: 3 },
    ],
  },
  {
    title: 'WMS failover to the secondary region',
    summary: 'Move a Manhattan WMS region to its secondary cloud region when the primary is down or degraded, keeping the DC floor picking.',
    services: ['Manhattan WMS – Central', 'Manhattan WMS – East', 'Manhattan WMS – West'],
    steps: [
      { title: 'Confirm the primary region is down (health checks, vendor status page)', ownerRole: 'Incident commander', expectedMinutes: 5 },
      { title: 'Tell DC shift leads to hold new wave releases', ownerRole: 'Communications liaison', expectedMinutes: 3, kind: 'business', details: 'Picking of already released waves continues on RF; no new waves until step 5.' },
      { title: 'Promote the secondary database replica', ownerRole: 'DBA', expectedMinutes: 10, after: 1 },
      { title: 'Switch the WMS DNS and the SD-WAN routes to the secondary region', ownerRole: 'Network engineer', expectedMinutes: 10, after: 3 },
      { title: 'Re-enable wave release and confirm RF handhelds reconnect', ownerRole: 'DC operations lead', expectedMinutes: 10, kind: 'business', after: 4 },
      { title: 'Reconcile tasks completed during the switch against the inventory ledger', ownerRole: 'Inventory control', expectedMinutes: 30, after: 5 },
    ],
  },
  {
    title: 'Carrier-label degraded mode',
    summary: 'Keep shipping when the carrier label service fails: manual labels at the pack stations, reprints once it is back.',
    services: ['UPS/FedEx Label Service', 'Label Print Servers'],
    steps: [
      { title: 'Tell DC Columbus and the other affected DCs to switch to manual carrier labels', ownerRole: 'Communications liaison', expectedMinutes: 5, kind: 'business', details: 'Pre-printed label stock is in the pack-station cabinets; log tracking numbers on the paper manifest.' },
      { title: 'Flip the label service to the SOAP fallback endpoint', ownerRole: 'Integration engineer', expectedMinutes: 10 },
      { title: 'Hold carrier pickup cut-off by 60 minutes with UPS and FedEx', ownerRole: 'Transportation lead', expectedMinutes: 10, kind: 'business' },
      { title: 'Back-load manual tracking numbers into the TMS', ownerRole: 'Transportation analyst', expectedMinutes: 30, after: 2 },
      { title: 'Reprint compliant labels for open cartons', ownerRole: 'DC operations lead', expectedMinutes: 20, kind: 'business', after: 2 },
    ],
  },
  {
    title: 'EDI replay after an outage',
    summary: 'Recover inbound and outbound EDI (850, 856, 810) after the AS2 gateway or translator was down, without duplicates at trading partners.',
    services: ['EDI Gateway (AS2)', 'EDI Translator (X12/EDIFACT)', 'VAN Mailbox (Retail Partners)'],
    steps: [
      { title: 'List the interchanges received and sent during the outage window', ownerRole: 'EDI analyst', expectedMinutes: 15 },
      { title: 'Tell the top retail partners that ASNs are delayed', ownerRole: 'Communications liaison', expectedMinutes: 10, kind: 'business' },
      { title: 'Replay inbound 850s from the VAN mailbox in order', ownerRole: 'EDI analyst', expectedMinutes: 20, after: 1 },
      { title: 'Resend outbound 856s with their original control numbers', ownerRole: 'EDI analyst', expectedMinutes: 20, after: 3, details: 'Never renumber: partners de-duplicate on ISA13.' },
      { title: 'Confirm 997 acknowledgements for every resent interchange', ownerRole: 'EDI analyst', expectedMinutes: 15, after: 4 },
    ],
  },
  {
    title: 'Inventory-sync reconciliation',
    summary: 'After inventory sync was delayed or lost events, bring ERP, WMS and the inventory ledger back into agreement before order promising trusts them again.',
    services: ['Inventory Sync Service', 'Inventory Ledger DB', 'Order Promising (ATP) Service'],
    steps: [
      { title: 'Switch order promising to conservative (safety-stock) mode', ownerRole: 'Order management lead', expectedMinutes: 5, kind: 'business' },
      { title: 'Pause the inventory sync consumers', ownerRole: 'Integration engineer', expectedMinutes: 5 },
      { title: 'Compare on-hand by SKU and DC between WMS and the ledger', ownerRole: 'Inventory control', expectedMinutes: 30, after: 2 },
      { title: 'Post correcting adjustments for the differences', ownerRole: 'Inventory control', expectedMinutes: 30, after: 3 },
      { title: 'Resume sync consumers from the last committed offset', ownerRole: 'Integration engineer', expectedMinutes: 10, after: 4 },
      { title: 'Return order promising to normal mode', ownerRole: 'Order management lead', expectedMinutes: 5, kind: 'business', after: 5 },
    ],
  },
];

/** Demo releases whose rollback plan points to a template, by title. */
export const DEMO_ROLLBACK_RUNBOOKS: Record<string, string> = {
  'UPS/FedEx Label Service – FedEx Ship API (REST) cutover': 'Carrier-label degraded mode',
  'Manhattan WMS 2025.2 quarterly upgrade': 'WMS failover to the secondary region',
  'S/4HANA – new pricing condition types': 'ERP integration rollback',
};

/** The templates as runbook input, with service names turned into ids (names not in the catalog dropped). */
export function demoRunbooks(serviceId: (name: string) => number | undefined): RunbookInput[] {
  return DEMO_RUNBOOKS.map((r) => ({
    title: r.title,
    summary: r.summary,
    serviceIds: r.services.map(serviceId).filter((id): id is number => id !== undefined),
    steps: r.steps.map(step),
  }));
}
