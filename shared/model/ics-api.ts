import * as z from 'zod';
import { importText } from '../import/import-text';
import { SEVERITIES, WINDOW_TYPES, windowScope } from './plan';

import { ICS_ITEMS, ICS_TIME_MODES } from './plan-enums';

export { ICS_ITEMS, ICS_TIME_MODES };

export type IcsItem = (typeof ICS_ITEMS)[number];
export type IcsTimeMode = (typeof ICS_TIME_MODES)[number];

export const icsExportInput = z.object({
  items: z.array(z.enum(ICS_ITEMS)).min(1, 'Choose at least one kind of item to export').default(['freezes', 'releases']),
  timeMode: z.enum(ICS_TIME_MODES).default('zones'),
});

const everywhere = { all: true, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] };

export const icsImportInput = z.object({
  text: importText,
  fileName: z.string().trim().max(260).optional(),
  severity: z.enum(SEVERITIES).default('soft'),
  type: z.enum(WINDOW_TYPES).default('freeze'),
  scope: windowScope
    .default(everywhere)
    .refine((s) => s.all || s.regions.length + s.siteIds.length + s.serviceIds.length + s.tiers.length + s.kinds.length > 0, 'Choose where the imported windows apply'),
});

export type IcsExportInput = z.output<typeof icsExportInput>;
export type IcsImportInput = z.output<typeof icsImportInput>;

export interface IcsExport {
  fileName: string;
  text: string;
  /** VEVENTs written. */
  events: number;
}
