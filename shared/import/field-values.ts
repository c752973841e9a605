import {
  DEPENDENCY_KINDS, DEPENDENCY_KIND_LABELS, HOSTINGS, SERVICE_KINDS, SERVICE_KIND_LABELS, STRENGTHS,
  type DependencyKind, type Hosting, type ServiceKind, type Strength, type Tier,
} from '../model/enums';
import { quoted } from './row-errors';

/** A cell turned into a model value, or the sentence that says why it could not be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const squash = (s: string) => s.trim().toLowerCase().replace(/[\s_/-]+/g, ' ').trim();

function fromVocabulary<T extends string>(
  field: string, raw: string, values: readonly T[], labels: Partial<Record<T, string>>, synonyms: Record<string, T>,
): Parsed<T> {
  const key = squash(raw);
  for (const v of values) if (squash(v) === key || squash(labels[v] ?? '') === key) return ok(v);
  const synonym = synonyms[key];
  if (synonym) return ok(synonym);
  return fail(`${field} must be one of ${values.join(', ')} (got ${quoted(raw)})`);
}

const KIND_SYNONYMS: Record<string, ServiceKind> = {
  'warehouse management': 'wms', 'transport management': 'tms', 'transportation management': 'tms', carrier: 'carrier',
  'carrier label': 'carrier', labels: 'carrier', ipaas: 'integration', middleware: 'integration', api: 'integration',
  db: 'database', bi: 'analytics', reporting: 'analytics', iot: 'edge', plc: 'edge',
};

export const parseServiceKind = (raw: string) =>
  fromVocabulary('kind', raw, SERVICE_KINDS, SERVICE_KIND_LABELS, KIND_SYNONYMS);

export function parseTier(raw: string): Parsed<Tier> {
  const m = /^\s*(?:tier\s*|t)?([123])\s*$/i.exec(raw);
  return m ? ok(Number(m[1]) as Tier) : fail(`tier must be 1, 2 or 3 (got ${quoted(raw)})`);
}

const HOSTING_SYNONYMS: Record<string, Hosting> = {
  'on prem': 'on-prem', onprem: 'on-prem', 'on premises': 'on-prem', 'on premise': 'on-prem', datacenter: 'on-prem',
  'data centre': 'on-prem', 'data center': 'on-prem', aws: 'cloud', azure: 'cloud', gcp: 'cloud', 'public cloud': 'cloud',
};
export const parseHosting = (raw: string) => fromVocabulary('hosting', raw, HOSTINGS, {}, HOSTING_SYNONYMS);

/** New services without a hosting column get the one their kind almost always has. */
export function defaultHosting(kind: ServiceKind): Hosting {
  if (kind === 'saas') return 'saas';
  if (kind === 'edge') return 'edge';
  if (kind === 'network') return 'on-prem';
  return 'cloud';
}

export function parseMinutes(field: string, raw: string): Parsed<number> {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
    return fail(`${field} must be a whole number of minutes (got ${quoted(raw)})`);
  }
  return value > 525_600 ? fail(`${field} is more than a year of minutes (got ${quoted(raw)})`) : ok(value);
}

const DEPENDENCY_KIND_SYNONYMS: Record<string, DependencyKind> = {
  api: 'sync-api', sync: 'sync-api', rest: 'sync-api', http: 'sync-api', soap: 'sync-api', grpc: 'sync-api',
  events: 'event', async: 'event', queue: 'event', kafka: 'event', message: 'event',
  file: 'batch', sftp: 'batch', etl: 'batch', db: 'database', sql: 'database', net: 'network', vpn: 'network',
};
export const parseDependencyKind = (raw: string) =>
  fromVocabulary('kind', raw, DEPENDENCY_KINDS, DEPENDENCY_KIND_LABELS, DEPENDENCY_KIND_SYNONYMS);

export const parseStrength = (raw: string): Parsed<Strength> =>
  fromVocabulary('strength', raw, STRENGTHS, {}, { critical: 'hard', required: 'hard', degraded: 'soft', optional: 'soft' });

/** "DC Reno; DC Dallas" → ["DC Reno", "DC Dallas"]; blanks between separators are ignored. */
export const splitList = (raw: string) => raw.split(';').map((s) => s.trim()).filter((s) => s !== '');
