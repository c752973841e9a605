import type * as z from 'zod';
import { MAX_IMPORT_ROWS } from './limits';
import type { ErrorList } from './row-errors';

/** A zod issue path the way the import report shows it: `releases[3].rollback.runbookId`. */
export const formatPath = (segments: PropertyKey[]) =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`)).join('');

export function valueAt(root: unknown, segments: PropertyKey[]): unknown {
  let value = root;
  for (const s of segments) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[s] : undefined;
  return value;
}

/** A list of a workspace file, or null after saying why it is not one (absent is an empty list). */
export function fileList(path: string, value: unknown, errors: ErrorList): unknown[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.atPath(path, 'must be a list');
    return null;
  }
  if (value.length > MAX_IMPORT_ROWS) {
    errors.atPath(path, `holds ${value.length.toLocaleString('en-US')} items; the limit is ${MAX_IMPORT_ROWS.toLocaleString('en-US')} per list`);
    return null;
  }
  return value;
}

export const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

/** Zod's generic messages, said the way a person would. Our schemas' own messages pass through. */
export function describeIssue(issue: z.core.$ZodIssue, item: unknown): string {
  const value = valueAt(item, issue.path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) return 'is missing';
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${shown(value)})`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')} (got ${shown(value)})`;
  return issue.message;
}

/** The ids of a raw list's items that have a usable one, so a reference is checked against every item that could be meant. */
export function rawIds(list: unknown, key = 'id'): Set<number> {
  return new Set((Array.isArray(list) ? (list as unknown[]) : [])
    .map((item) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined))
    .filter((id): id is number => Number.isInteger(id) && (id as number) > 0));
}
