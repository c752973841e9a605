import type { DependencyKind, Strength } from '../model/enums';

/** [depends-from, depends-on, kind, strength]: the first fails (hard) or degrades (soft) when the second does. */
export type DemoDependency = [from: string, to: string, kind: DependencyKind, strength: Strength];

const HUB = 'Order Orchestration Hub';
const ATP = 'Order Promising (ATP) Service';
const SYNC = 'Inventory Sync Service';
const BUS = 'Integration Event Bus (Kafka)';
const CPI = 'SAP Integration Suite (CPI)';
const ERP = 'SAP S/4HANA Cloud (ERP)';
const IDP = 'Identity Provider (Okta SSO)';
const TRANSIT = 'Cloud Transit & VPN';
const ROUTER = 'Shipment Event Router';
const TMS = 'Blue Yonder TMS';
const LABELS = 'UPS/FedEx Label Service';
const EDI = 'EDI Translator (X12/EDIFACT)';
const WMS = ['Manhattan WMS – West', 'Manhattan WMS – Central', 'Manhattan WMS – East'];

/** Links every WMS tenant shares, written once. */
const perWms = (make: (wms: string) => DemoDependency[]) => WMS.flatMap(make);

// The story of the brief runs along ATP → Inventory Sync → WMS: a slow sync starves order promising.
// Hub → WMS → Shipment Event Router → Hub and ERP ⇄ CPI are cycles, as real integration graphs have.
export const DEMO_DEPENDENCIES: DemoDependency[] = [
  ['Customer Order Portal (B2B)', 'API Gateway', 'sync-api', 'hard'],
  ['Customer Order Portal (B2B)', IDP, 'sync-api', 'hard'],
  ['Customer Order Portal (B2B)', 'Pricing & Promotions Service', 'sync-api', 'soft'],
  ['Customer Order Portal (B2B)', 'Returns Authorization Service', 'sync-api', 'soft'],
  ['API Gateway', HUB, 'sync-api', 'hard'],
  ['API Gateway', ATP, 'sync-api', 'hard'],
  ['API Gateway', IDP, 'sync-api', 'hard'],
  ['API Gateway', TRANSIT, 'network', 'hard'],
  [HUB, 'Orders DB (PostgreSQL)', 'database', 'hard'],
  [HUB, ATP, 'sync-api', 'hard'],
  [HUB, BUS, 'event', 'hard'],
  [HUB, CPI, 'sync-api', 'hard'],
  [HUB, 'Pricing & Promotions Service', 'sync-api', 'soft'],
  [HUB, 'Tax Engine (Avalara)', 'sync-api', 'soft'],
  [HUB, TMS, 'sync-api', 'soft'],
  [HUB, 'Notification Service (SendGrid)', 'event', 'soft'],
  ...WMS.map((w): DemoDependency => [HUB, w, 'sync-api', 'hard']),
  [ATP, 'Inventory Ledger DB', 'database', 'hard'],
  [ATP, SYNC, 'event', 'hard'],
  [ATP, 'Orders DB (PostgreSQL)', 'database', 'hard'],
  [ATP, TMS, 'sync-api', 'soft'],
  [SYNC, BUS, 'event', 'hard'],
  [SYNC, 'Inventory Ledger DB', 'database', 'hard'],
  [SYNC, CPI, 'sync-api', 'hard'],
  [SYNC, 'Integration Message Store', 'database', 'soft'],
  [SYNC, 'Item Master Sync', 'sync-api', 'soft'],
  ...WMS.map((w): DemoDependency => [SYNC, w, 'event', 'hard']),
  [CPI, ERP, 'sync-api', 'hard'],
  [CPI, BUS, 'event', 'hard'],
  [ERP, CPI, 'event', 'soft'],
  [ERP, IDP, 'sync-api', 'hard'],
  [ERP, 'Tax Engine (Avalara)', 'sync-api', 'hard'],
  ['Group Reporting & Close', ERP, 'batch', 'hard'],
  ...perWms((w) => [
    [w, 'SD-WAN (DC links)', 'network', 'hard'],
    [w, IDP, 'sync-api', 'hard'],
    [w, ROUTER, 'event', 'soft'],
    [w, 'Item Master Sync', 'batch', 'soft'],
    ['RF Handheld Fleet (Zebra)', w, 'sync-api', 'hard'],
    ['Labor Management (LMS)', w, 'event', 'soft'],
    ['WMS Reporting Replica', w, 'batch', 'hard'],
  ]),
  ['Manhattan WMS – West', LABELS, 'sync-api', 'hard'],
  ['Manhattan WMS – Central', LABELS, 'sync-api', 'hard'],
  ['Manhattan WMS – Central', 'Estafeta & Paquetexpress Connector', 'sync-api', 'hard'],
  ['Manhattan WMS – East', LABELS, 'sync-api', 'hard'],
  ['Manhattan WMS – East', 'Canada Post & Purolator Connector', 'sync-api', 'hard'],
  ['Conveyor & Sorter Controls (PLC Gateway)', 'Manhattan WMS – West', 'sync-api', 'hard'],
  ['Conveyor & Sorter Controls (PLC Gateway)', 'Manhattan WMS – Central', 'sync-api', 'hard'],
  ['Conveyor & Sorter Controls (PLC Gateway)', 'Manhattan WMS – East', 'sync-api', 'hard'],
  ['Conveyor & Sorter Controls (PLC Gateway)', 'DC Wireless & RF Network', 'network', 'hard'],
  ['RF Handheld Fleet (Zebra)', 'DC Wireless & RF Network', 'network', 'hard'],
  ['Label Print Servers', 'DC Wireless & RF Network', 'network', 'hard'],
  [LABELS, 'Label Print Servers', 'sync-api', 'hard'],
  [LABELS, TRANSIT, 'network', 'hard'],
  ['Canada Post & Purolator Connector', TRANSIT, 'network', 'hard'],
  ['Estafeta & Paquetexpress Connector', TRANSIT, 'network', 'hard'],
  ['Labor Management (LMS)', IDP, 'sync-api', 'hard'],
  [TMS, 'LTL Rating & Tendering', 'sync-api', 'hard'],
  [TMS, CPI, 'batch', 'soft'],
  [TMS, ROUTER, 'event', 'soft'],
  ['Dock Appointment Scheduler', TMS, 'sync-api', 'hard'],
  ['Yard Check-in Kiosks', 'Dock Appointment Scheduler', 'sync-api', 'hard'],
  ['Yard Check-in Kiosks', 'SD-WAN (DC links)', 'network', 'hard'],
  ['Freight Audit & Pay', TMS, 'batch', 'hard'],
  ['Freight Audit & Pay', ERP, 'batch', 'soft'],
  ['Carrier Self-Service Portal', 'Dock Appointment Scheduler', 'sync-api', 'hard'],
  ['Carrier Self-Service Portal', IDP, 'sync-api', 'hard'],
  ['Supplier Portal', CPI, 'sync-api', 'hard'],
  ['Supplier Portal', IDP, 'sync-api', 'hard'],
  ['Supplier Portal', BUS, 'event', 'soft'],
  ['Supplier Portal', 'Dock Appointment Scheduler', 'sync-api', 'soft'],
  [EDI, 'EDI Gateway (AS2)', 'edi', 'hard'],
  [EDI, HUB, 'event', 'hard'],
  [EDI, CPI, 'sync-api', 'hard'],
  [EDI, 'Integration Message Store', 'database', 'hard'],
  ['EDI Gateway (AS2)', 'VAN Mailbox (Retail Partners)', 'edi', 'soft'],
  ['EDI Gateway (AS2)', TRANSIT, 'network', 'hard'],
  [ROUTER, BUS, 'event', 'hard'],
  [ROUTER, HUB, 'event', 'hard'],
  [ROUTER, EDI, 'event', 'soft'],
  [ROUTER, CPI, 'event', 'hard'],
  [ROUTER, 'Notification Service (SendGrid)', 'event', 'soft'],
  [BUS, TRANSIT, 'network', 'hard'],
  [BUS, 'Integration Message Store', 'database', 'soft'],
  ['Item Master Sync', CPI, 'batch', 'hard'],
  ['Item Master Sync', BUS, 'event', 'hard'],
  ['Pricing & Promotions Service', CPI, 'sync-api', 'hard'],
  ['Returns Authorization Service', HUB, 'sync-api', 'hard'],
  ['Returns Authorization Service', LABELS, 'sync-api', 'soft'],
  ['Supply Chain Data Lake', BUS, 'event', 'soft'],
  ['Supply Chain Data Lake', 'WMS Reporting Replica', 'database', 'soft'],
  ['Supply Chain Data Lake', ERP, 'batch', 'soft'],
  ['Fulfilment KPI Dashboards', 'Supply Chain Data Lake', 'database', 'hard'],
  ['Demand Forecasting', 'Supply Chain Data Lake', 'batch', 'hard'],
  ['Demand Forecasting', CPI, 'batch', 'soft'],
  ['Slotting Optimizer', 'WMS Reporting Replica', 'database', 'hard'],
  ['ServiceNow ITSM', IDP, 'sync-api', 'soft'],
];
