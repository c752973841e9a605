import type { ProcessInput, SiteInput } from '../model/catalog';

/** The demo distributor: industrial and MRO supplies, eight DCs across the US, Canada and Mexico. */
export const DEMO_COMPANY = 'Bluestem Supply Co.';

export const DEMO_SITES: SiteInput[] = [
  { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' },
  { name: 'DC Phoenix', region: 'West', timeZone: 'America/Phoenix', kind: 'dc' },
  { name: 'DC Dallas', region: 'Central', timeZone: 'America/Chicago', kind: 'dc' },
  { name: 'DC Joliet', region: 'Central', timeZone: 'America/Chicago', kind: 'dc' },
  { name: 'DC Columbus', region: 'East', timeZone: 'America/New_York', kind: 'dc' },
  { name: 'DC Allentown', region: 'East', timeZone: 'America/New_York', kind: 'dc' },
  { name: 'DC Mississauga', region: 'Canada', timeZone: 'America/Toronto', kind: 'dc' },
  { name: 'DC Monterrey', region: 'Mexico', timeZone: 'America/Monterrey', kind: 'dc' },
  { name: 'HQ Kansas City', region: 'Central', timeZone: 'America/Chicago', kind: 'office' },
  { name: 'Cloud us-east-2', region: 'Cloud', timeZone: 'America/New_York', kind: 'cloud-region' },
];

/** Site groups the WMS instances and rollout waves follow. */
export const WEST = ['DC Reno', 'DC Phoenix'];
export const CENTRAL = ['DC Dallas', 'DC Joliet', 'DC Monterrey'];
export const EAST = ['DC Columbus', 'DC Allentown', 'DC Mississauga'];
export const ALL_DCS = [...WEST, ...CENTRAL, ...EAST];
export const US_DCS = ALL_DCS.filter((dc) => dc !== 'DC Mississauga' && dc !== 'DC Monterrey');

export const DEMO_PROCESSES: ProcessInput[] = [
  { name: 'Order capture', description: 'Orders arrive by EDI 850, the B2B portal and inside sales, and land in the order hub and the ERP.' },
  { name: 'Order promising (ATP)', description: 'A ship date and source DC promised at order entry, from live stock and carrier transit times.' },
  { name: 'Inventory allocation', description: 'Reserving stock in the right DC for each order line, and releasing waves to the WMS.' },
  { name: 'Pick-pack-ship', description: 'Picking, packing and loading in the DC, on RF handhelds, conveyors and sorters.' },
  { name: 'Carrier labels', description: 'Parcel and LTL labels and manifests, printed at the pack station.' },
  { name: 'Shipment planning', description: 'Load building, carrier selection and dock appointments.' },
  { name: 'Shipment confirmation', description: 'Goods issue, ASN (EDI 856) to customers and tracking e-mails.' },
  { name: 'ASN receiving', description: 'Supplier ASNs, dock check-in and put-away of inbound stock.' },
  { name: 'Replenishment', description: 'Forecast-driven purchase orders and DC-to-DC transfers.' },
  { name: 'Returns', description: 'Return authorisations, receipt, inspection and credit.' },
  { name: 'Invoicing', description: 'Billing after goods issue, tax, EDI 810 invoices and freight audit.' },
];
