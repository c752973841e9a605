import { existsSync } from 'node:fs';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/result';
import type { Release } from '../../shared/model/plan';
import { dispatch } from '../api/dispatch';
import type { HandlerTable } from '../api/handler-table';
import { openSession, type Session } from '../host/session';
import { resolveWorkspacePath } from '../host/workspace-location';

/** Where a command writes: the console in the CLI, arrays in tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

export type Values = Record<string, string | boolean | undefined>;

export const workspaceOption = { workspace: { type: 'string' as const } };
export const jsonOption = { json: { type: 'boolean' as const } };
/** `--as NAME`: the profile a command acts as, over RELEASE_COCKPIT_AS. A declaration, not a login. */
export const actorOption = { as: { type: 'string' as const } };

/** The profile named by --as, when the command takes it and it was given; otherwise the session's own rule (RELEASE_COCKPIT_AS, else the OS user). */
const actorOf = (values: Values): string | undefined => (typeof values.as === 'string' && values.as.trim() !== '' ? values.as.trim() : undefined);

/** Opens an existing workspace (never creates or seeds one); null after telling the user why. */
export function openExisting(values: Values, io: Io): Session | null {
  const file = resolveWorkspacePath(values.workspace as string | undefined);
  if (!existsSync(file)) {
    io.err(`No workspace at ${file}. Create one with: release-cockpit demo --workspace FILE`);
    return null;
  }
  const actor = actorOf(values);
  return openSession(file, { seedNew: false, ...(actor ? { actor } : {}) });
}

/** Runs a command against an existing workspace and closes it afterwards, whatever happens; exit 1 when there is none. */
export async function withWorkspace(values: Values, io: Io, work: (session: Session) => Promise<number>): Promise<number> {
  const session = openExisting(values, io);
  if (!session) return 1;
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

/** Parses --at / --now style instants; undefined text means `fallback`. NaN when malformed. */
export function parseInstant(text: string | boolean | undefined, fallback: number): number {
  if (typeof text !== 'string') return fallback;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : Number.NaN;
}

/** Names closest to `wanted`: substring matches first, then by edit distance. */
export function closeMatches(wanted: string, names: readonly string[], count = 5): string[] {
  const w = wanted.trim().toLowerCase();
  const scored = names.map((name) => {
    const n = name.toLowerCase();
    return { name, score: n.includes(w) || w.includes(n) ? -1 : editDistance(w, n) };
  });
  return scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, count).map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** Finds a record by name, case-insensitively; null after listing close matches. */
export function findByName<T extends { name: string }>(list: readonly T[], name: string, what: string, io: Io): T | null {
  const found = list.find((item) => item.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (found) return found;
  const close = closeMatches(name, list.map((item) => item.name));
  io.err(`No ${what} named "${name}".${close.length ? ` Close matches: ${close.map((n) => `"${n}"`).join(', ')}.` : ''}`);
  return null;
}

/** Finds a release by id (`12` or `#12`), else by its exact title (case-insensitively when none matches exactly); null after saying why. */
export function findRelease(releases: readonly Release[], wanted: string, io: Io): Release | null {
  const text = wanted.trim();
  const asId = /^#?\d+$/.test(text) ? Number(text.replace(/^#/, '')) : null;
  const byId = asId === null ? undefined : releases.find((r) => r.id === asId);
  if (byId) return byId;
  const exact = releases.filter((r) => r.title.trim() === text);
  const matches = exact.length > 0 ? exact : releases.filter((r) => r.title.trim().toLowerCase() === text.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    io.err(`${matches.length} releases are titled "${text}"; name one by its id:`);
    for (const r of [...matches].sort((a, b) => a.id - b.id)) io.err(`  ${`#${r.id}`.padEnd(6)}  ${r.status.padEnd(11)}  ${r.plannedStart ?? 'no planned start'}  ${r.title}`);
    return null;
  }
  const close = closeMatches(text, [...new Set(releases.map((r) => r.title))]);
  io.err(`No release ${asId !== null ? `#${asId} and none ` : ''}titled "${text}".${close.length ? ` Close matches: ${close.map((t) => `"${t}"`).join(', ')}.` : ''}`);
  return null;
}

/**
 * One call through the handler table, as the app makes it; null after printing why it failed. A command
 * that must start fast passes a slice of the table (the gate), so it never loads the rest.
 */
export async function callApi<M extends Method>(session: Session, method: M, input: Input<M>, io: Io, table: Pick<HandlerTable, M>): Promise<Output<M> | null> {
  const answer = await tryApi(session, method, input, io, table);
  return answer.ok ? answer.value : null;
}

/**
 * callApi for a command whose exit code depends on how the call failed (a governance rule's REFUSED
 * is not bad input): the value, or the error code after printing the handler's message on stderr.
 */
export async function tryApi<M extends Method>(session: Session, method: M, input: Input<M>, io: Io, table: Pick<HandlerTable, M>): Promise<{ ok: true; value: Output<M> } | { ok: false; code: ErrorCode }> {
  const result = await dispatch(table, session.ctx, method, input);
  if (result.ok) return { ok: true, value: result.value as Output<M> };
  io.err(result.error.message);
  for (const issue of result.error.issues ?? []) if (!result.error.message.includes(issue.message)) io.err(`  ${issue.path}: ${issue.message}`);
  return { ok: false, code: result.error.code };
}
