import type { Hosting, ServiceKind, Tier } from '../model/enums';
import { ALL_DCS, CENTRAL, EAST, US_DCS, WEST } from './demo-sites';

export interface DemoService {
  name: string;
  kind: ServiceKind;
  tier: Tier;
  owner: string;
  hosting: Hosting;
  sites: string[];
  processes: string[];
  rto: number | null;
  rpo: number | null;
  description: string;
}

type Row = [name: string, kind: ServiceKind, tier: Tier, owner: string, hosting: Hosting, sites: string[], processes: string[], rtoRpo: [number | null, number | null], description: string];

const ORDER = 'Order capture';
const ATP = 'Order promising (ATP)';
const ALLOC = 'Inventory allocation';
const PPS = 'Pick-pack-ship';
const LABELS = 'Carrier labels';
const PLAN = 'Shipment planning';
const CONFIRM = 'Shipment confirmation';
const ASN = 'ASN receiving';
const REPL = 'Replenishment';
const RETURNS = 'Returns';
const INVOICE = 'Invoicing';

const wms = (region: string, sites: string[]): Row =>
  [`Manhattan WMS – ${region}`, 'wms', 1, 'Warehouse Systems', 'saas', sites, [PPS, ASN, RETURNS, ALLOC], [60, 15], `Manhattan Active WM tenant for the ${region.toLowerCase()} DCs: waves, tasks, packing, shipping.`];

// Tier 1 is what stops fulfilment: warehouse execution, order orchestration, ERP integration.
const ROWS: Row[] = [
  ['SAP S/4HANA Cloud (ERP)', 'erp', 1, 'ERP Platform', 'saas', ALL_DCS, [ORDER, ALLOC, REPL, INVOICE], [240, 15], 'System of record for sales orders, stock valuation, purchasing and billing.'],
  ['SAP Integration Suite (CPI)', 'integration', 1, 'ERP Platform', 'saas', ALL_DCS, [ORDER, ALLOC, REPL, INVOICE], [60, 5], 'iFlows between S/4HANA and the integration layer (IDocs, OData, events).'],
  ['Group Reporting & Close', 'erp', 3, 'Finance Systems', 'saas', [], [INVOICE], [1440, 240], 'Consolidation and month-end close on top of S/4HANA.'],
  ['Order Orchestration Hub', 'integration', 1, 'Order Platform', 'cloud', ALL_DCS, [ORDER, ATP, ALLOC, CONFIRM], [30, 5], 'Routes every order line to a DC, releases it to the WMS and tracks it to delivery.'],
  ['Order Promising (ATP) Service', 'integration', 1, 'Order Platform', 'cloud', ALL_DCS, [ATP, ORDER], [30, 5], 'Promises ship dates from DC stock and carrier transit times in under 200 ms.'],
  ['Inventory Sync Service', 'integration', 1, 'Integration Engineering', 'cloud', ALL_DCS, [ATP, ALLOC, REPL], [30, 5], 'Publishes WMS on-hand deltas to the ledger, ATP and S/4HANA every two minutes.'],
  ['Pricing & Promotions Service', 'integration', 2, 'Order Platform', 'cloud', [], [ORDER], [120, 30], 'Customer contract prices and promotions, cached from S/4HANA condition records.'],
  ['Item Master Sync', 'integration', 2, 'Integration Engineering', 'cloud', ALL_DCS, [REPL, ASN], [240, 60], 'Items, units of measure and dimensions from S/4HANA to the WMS tenants.'],
  ['Shipment Event Router', 'integration', 2, 'Integration Engineering', 'cloud', ALL_DCS, [CONFIRM, INVOICE], [60, 15], 'Fans ship confirmations out to the order hub, the ERP, EDI and customer e-mail.'],
  ['Integration Event Bus (Kafka)', 'integration', 1, 'Platform Engineering', 'cloud', ALL_DCS, [ATP, ALLOC, CONFIRM], [30, 0], 'Managed Kafka cluster carrying inventory, order and shipment events.'],
  ['API Gateway', 'integration', 1, 'Platform Engineering', 'cloud', [], [ORDER, ATP], [30, 0], 'Front door for the portal, partners and mobile apps.'],
  ['Returns Authorization Service', 'integration', 3, 'Order Platform', 'cloud', [], [RETURNS], [480, 60], 'RMA numbers, return labels and credit requests.'],
  wms('West', WEST),
  wms('Central', CENTRAL),
  wms('East', EAST),
  ['Labor Management (LMS)', 'wms', 2, 'Warehouse Systems', 'saas', ALL_DCS, [PPS], [480, 60], 'Engineered labour standards and associate performance per DC.'],
  ['Slotting Optimizer', 'wms', 3, 'Warehouse Systems', 'cloud', ALL_DCS, [REPL], [1440, 1440], 'Weekly re-slotting proposals from pick history.'],
  ['Blue Yonder TMS', 'tms', 2, 'Transportation Systems', 'saas', ALL_DCS, [PLAN, LABELS], [240, 30], 'SaaS TMS: load building, carrier selection, tendering.'],
  ['Dock Appointment Scheduler', 'tms', 2, 'Transportation Systems', 'saas', ALL_DCS, [ASN, PLAN], [240, 60], 'Inbound and outbound dock appointments for carriers and suppliers.'],
  ['Freight Audit & Pay', 'tms', 3, 'Finance Systems', 'saas', [], [INVOICE], [2880, 240], 'Carrier invoice matching and payment runs.'],
  ['EDI Gateway (AS2)', 'edi', 2, 'B2B / EDI', 'cloud', [], [ORDER, ASN, INVOICE], [120, 15], 'AS2 and SFTP endpoints for 340 trading partners.'],
  ['EDI Translator (X12/EDIFACT)', 'edi', 2, 'B2B / EDI', 'cloud', [], [ORDER, ASN, CONFIRM, INVOICE], [120, 15], 'Maps 850, 855, 856 and 810 documents to and from internal events.'],
  ['VAN Mailbox (Retail Partners)', 'edi', 3, 'B2B / EDI', 'saas', [], [ORDER, INVOICE], [480, 60], 'Value-added network mailbox for partners without AS2.'],
  ['UPS/FedEx Label Service', 'carrier', 1, 'Transportation Systems', 'cloud', US_DCS, [LABELS, PPS], [30, 5], 'Parcel rating, labels and manifests for UPS and FedEx at the US DCs.'],
  ['LTL Rating & Tendering', 'carrier', 2, 'Transportation Systems', 'cloud', ALL_DCS, [PLAN], [240, 60], 'LTL rates, BOLs and electronic tenders (EDI 204/990).'],
  ['Canada Post & Purolator Connector', 'carrier', 2, 'Transportation Systems', 'cloud', ['DC Mississauga'], [LABELS], [120, 15], 'Labels and manifests for Canadian parcel carriers.'],
  ['Estafeta & Paquetexpress Connector', 'carrier', 2, 'Transportation Systems', 'cloud', ['DC Monterrey'], [LABELS], [120, 15], 'Labels and waybills for Mexican parcel carriers.'],
  ['Customer Order Portal (B2B)', 'portal', 2, 'Digital Channels', 'cloud', [], [ORDER, ATP, RETURNS], [120, 15], 'Self-service ordering, order status and returns for business customers.'],
  ['Supplier Portal', 'portal', 2, 'Digital Channels', 'cloud', [], [ASN, REPL], [240, 60], 'PO acknowledgements, ASNs and dock bookings for suppliers without EDI.'],
  ['Carrier Self-Service Portal', 'portal', 3, 'Transportation Systems', 'cloud', [], [PLAN], [1440, 240], 'Carriers confirm tenders and book dock slots.'],
  ['Supply Chain Data Lake', 'analytics', 3, 'Data & Analytics', 'cloud', [], [REPL], [1440, 240], 'Lakehouse of order, stock and shipment history.'],
  ['Fulfilment KPI Dashboards', 'analytics', 3, 'Data & Analytics', 'saas', ALL_DCS, [PPS, CONFIRM], [1440, 1440], 'On-time-in-full, dock-to-stock and change failure dashboards.'],
  ['Demand Forecasting', 'analytics', 2, 'Data & Analytics', 'cloud', [], [REPL], [1440, 1440], 'Weekly SKU-by-DC forecasts feeding replenishment.'],
  ['Orders DB (PostgreSQL)', 'database', 1, 'Order Platform', 'cloud', [], [ORDER, ATP], [15, 0], 'Order hub and ATP state; multi-AZ PostgreSQL.'],
  ['Inventory Ledger DB', 'database', 1, 'Integration Engineering', 'cloud', [], [ATP, ALLOC], [15, 0], 'Available-to-promise stock per SKU and DC.'],
  ['Integration Message Store', 'database', 2, 'Integration Engineering', 'cloud', [], [CONFIRM], [60, 5], 'Replayable copies of every integration message for 30 days.'],
  ['WMS Reporting Replica', 'database', 3, 'Warehouse Systems', 'cloud', [], [], [1440, 60], 'Nightly replica of the three WMS tenants for reporting.'],
  ['SD-WAN (DC links)', 'network', 1, 'Network Operations', 'on-prem', ALL_DCS, [PPS, LABELS, ASN], [30, null], 'Dual-carrier SD-WAN linking every DC to the cloud.'],
  ['DC Wireless & RF Network', 'network', 1, 'Network Operations', 'on-prem', ALL_DCS, [PPS, ASN], [30, null], 'Wi-Fi for handhelds, printers and conveyor controls inside the DCs.'],
  ['Cloud Transit & VPN', 'network', 1, 'Network Operations', 'cloud', [], [ORDER, ATP, LABELS], [30, null], 'Transit gateway, partner VPNs and carrier API egress.'],
  ['Identity Provider (Okta SSO)', 'saas', 1, 'Identity & Security', 'saas', ALL_DCS, [ORDER, PPS], [60, null], 'Single sign-on for staff, customers and suppliers.'],
  ['Tax Engine (Avalara)', 'saas', 2, 'Finance Systems', 'saas', [], [ORDER, INVOICE], [240, null], 'Sales tax, GST/HST and IVA calculation.'],
  ['ServiceNow ITSM', 'saas', 3, 'Platform Engineering', 'saas', [], [], [480, 60], 'Incidents, changes and the CMDB of record.'],
  ['Notification Service (SendGrid)', 'saas', 3, 'Digital Channels', 'saas', [], [CONFIRM], [480, null], 'Order, shipment and delay e-mails to customers.'],
  ['RF Handheld Fleet (Zebra)', 'edge', 1, 'DC Operations Technology', 'edge', ALL_DCS, [PPS, ASN], [60, null], '1,900 Zebra handhelds running the WMS mobile app.'],
  ['Label Print Servers', 'edge', 1, 'DC Operations Technology', 'edge', ALL_DCS, [LABELS, PPS], [30, null], 'Print servers and Zebra printers at every pack station.'],
  ['Conveyor & Sorter Controls (PLC Gateway)', 'edge', 1, 'DC Operations Technology', 'edge', ['DC Reno', 'DC Dallas', 'DC Columbus', 'DC Allentown'], [PPS], [30, null], 'Gateway between the WMS and the conveyor and sorter PLCs.'],
  ['Yard Check-in Kiosks', 'edge', 3, 'DC Operations Technology', 'edge', ALL_DCS, [ASN, PLAN], [480, null], 'Driver check-in kiosks at the gate.'],
];

export const DEMO_SERVICES: DemoService[] = ROWS.map(([name, kind, tier, owner, hosting, sites, processes, [rto, rpo], description]) => ({
  name, kind, tier, owner, hosting, sites, processes, rto, rpo, description,
}));
