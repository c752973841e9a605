import * as z from 'zod';
import { DEPENDENCY_KINDS, HOSTINGS, SERVICE_KINDS, SITE_KINDS, STRENGTHS } from './enums';
import { isIanaTimeZone } from './time-zones';
import { MAX_NAME_CHARS } from '../import/limits';

const name = z.string().trim().min(1, 'Name is required').max(MAX_NAME_CHARS, `Name is longer than ${MAX_NAME_CHARS} characters`);
const id = z.number().int().positive();
const minutes = z.number().int('Use whole minutes').min(0, 'Cannot be negative').max(525_600, 'More than a year');

export const siteInput = z.object({
  name,
  region: z.string().trim().min(1, 'Region is required').max(60),
  timeZone: z.string().trim().refine(isIanaTimeZone, 'Not an IANA time zone (for example Europe/Berlin or America/Chicago)'),
  kind: z.enum(SITE_KINDS),
});

export const serviceInput = z.object({
  name,
  kind: z.enum(SERVICE_KINDS),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Tier must be 1, 2 or 3' }),
  ownerTeam: z.string().trim().max(80).default(''),
  hosting: z.enum(HOSTINGS),
  siteIds: z.array(id).default([]),
  processIds: z.array(id).default([]),
  rtoMinutes: minutes.nullable().default(null),
  rpoMinutes: minutes.nullable().default(null),
  description: z.string().trim().max(2000).default(''),
});

export const dependencyFields = z.object({
  fromId: id,
  toId: id,
  kind: z.enum(DEPENDENCY_KINDS),
  strength: z.enum(STRENGTHS),
});
const notSelf = (d: { fromId: number; toId: number }) => d.fromId !== d.toId;
const notSelfMessage = { message: 'A service cannot depend on itself', path: ['toId'] };
export const dependencyInput = dependencyFields.refine(notSelf, notSelfMessage);
export const dependencyUpdate = dependencyFields.extend({ id }).refine(notSelf, notSelfMessage);

export const processInput = z.object({
  name,
  description: z.string().trim().max(2000).default(''),
});

export type SiteInput = z.output<typeof siteInput>;
export type ServiceInput = z.output<typeof serviceInput>;
export type DependencyInput = z.output<typeof dependencyInput>;
export type ProcessInput = z.output<typeof processInput>;

export type Site = SiteInput & { id: number };
export type Service = ServiceInput & { id: number };
export type Dependency = DependencyInput & { id: number };
export type BusinessProcess = ProcessInput & { id: number };

export interface Catalog {
  sites: Site[];
  services: Service[];
  dependencies: Dependency[];
  processes: BusinessProcess[];
}
