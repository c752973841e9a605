import type { WindowInput } from '../model/plan';
import { currentPeakYear, daysToWeekday, localDaysFrom, localStamp } from './demo-time';

/** A window whose scope names sites and services; the builder turns names into ids. */
export type DemoWindow = Omit<WindowInput, 'scope'> & {
  scope: Partial<Omit<WindowInput['scope'], 'siteIds' | 'serviceIds'>> & { sites?: string[]; services?: string[] };
};

export function demoWindows(now: Date): DemoWindow[] {
  const peak = currentPeakYear(now);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // A recurring window starts on a day its rule matches, or calendars would show a stray first occurrence.
  const sunday = daysToWeekday(now, 0);
  const tuesday = daysToWeekday(now, 2);
  const saturday = daysToWeekday(now, 6);
  return [
    {
      name: 'Peak-season freeze', type: 'freeze', severity: 'hard', timeZone: 'site', recurrence: 'FREQ=YEARLY',
      startLocal: localStamp(peak, 11, 20, 0, 0), endLocal: localStamp(peak + 1, 1, 5, 23, 59),
      scope: { all: true },
      reason: 'Black Friday to post-holiday returns: 40% of annual volume ships in these seven weeks. No change without a CAB-approved emergency.',
    },
    {
      name: 'Month-end close (ERP)', type: 'freeze', severity: 'soft', timeZone: 'America/Chicago', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-2',
      startLocal: localStamp(year, month, lastDay - 1, 0, 0), endLocal: localStamp(year, month + 1, 3, 18, 0),
      scope: { kinds: ['erp'], services: ['SAP Integration Suite (CPI)', 'Tax Engine (Avalara)', 'Freight Audit & Pay'] },
      reason: 'Finance closes the books in S/4HANA; changes to billing and posting paths need an exception signed by the controller.',
    },
    {
      name: 'Physical inventory count – DC Dallas', type: 'freeze', severity: 'hard', timeZone: 'site', recurrence: null,
      startLocal: localDaysFrom(now, 18, 18, 0), endLocal: localDaysFrom(now, 20, 6, 0),
      scope: { sites: ['DC Dallas'], kinds: ['wms', 'edge', 'network', 'integration'] },
      reason: 'Wall-to-wall count for the auditors: stock must not move in the systems while it is counted.',
    },
    {
      name: 'DC Sunday maintenance', type: 'maintenance', severity: 'soft', timeZone: 'site', recurrence: 'FREQ=WEEKLY;BYDAY=SU',
      startLocal: localDaysFrom(now, sunday, 2, 0), endLocal: localDaysFrom(now, sunday, 6, 0),
      scope: { kinds: ['wms', 'edge', 'network', 'carrier'] },
      reason: 'The only hours every DC is dark: no picking, no trucks at the doors.',
    },
    {
      name: 'Cloud integration change window', type: 'maintenance', severity: 'soft', timeZone: 'America/New_York', recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
      startLocal: localDaysFrom(now, tuesday, 21, 0), endLocal: localDaysFrom(now, tuesday, 23, 30),
      scope: { kinds: ['integration', 'database', 'edi', 'portal'] },
      reason: 'After the East-coast cut-off and before the West-coast night waves peak.',
    },
    {
      name: 'SAP S/4HANA Cloud vendor maintenance', type: 'maintenance', severity: 'soft', timeZone: 'UTC', recurrence: 'FREQ=WEEKLY;BYDAY=SA',
      startLocal: localDaysFrom(now, saturday, 22, 0), endLocal: localDaysFrom(now, saturday + 1, 2, 0),
      scope: { services: ['SAP S/4HANA Cloud (ERP)', 'SAP Integration Suite (CPI)'] },
      reason: 'SAP’s weekly maintenance slot for the tenant; our own ERP changes ride along.',
    },
  ];
}
