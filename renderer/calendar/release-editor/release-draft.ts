import { formatLocal, parseLocal } from '../../../shared/engine/calendar/wall-clock';
import { instantToWall, wallToInstant } from '../../../shared/engine/calendar/zone-offsets';
import type { CHANGE_HOWS, Release, ReleaseInput, RELEASE_DEPENDENCY_KINDS } from '../../../shared/model/plan';

/**
 * The release editor's draft: what the form shows, as typed (numbers stay text until saved, the
 * start is a date and a time in a chosen zone), and the conversion to the API's release input.
 */
export type ChangeHow = (typeof CHANGE_HOWS)[number];
export type DependencyKind = (typeof RELEASE_DEPENDENCY_KINDS)[number];

export interface WaveDraft {
  /** Stable React key: waves move up and down. */
  key: number;
  name: string;
  siteIds: number[];
  soak: string;
}

export interface StepDraft {
  key: number;
  text: string;
}

export interface ReleaseDraft {
  title: string;
  type: ReleaseInput['type'];
  /** For a standard change: which of its tier's pre-approved kinds it is ('' when none is chosen). */
  standardKind: string;
  train: string;
  requester: string;
  unplanned: boolean;
  startDate: string;
  startTime: string;
  /** The zone the start is typed in: 'UTC' or a site's IANA zone. */
  zone: string;
  hours: string;
  minutes: string;
  strategy: ReleaseInput['strategy'];
  services: { serviceId: number; how: ChangeHow }[];
  waves: WaveDraft[];
  steps: StepDraft[];
  rollbackMinutes: string;
  tested: boolean;
  /** The runbook to run when the release is rolled back, or null. */
  rollbackRunbookId: number | null;
  dependsOn: { releaseId: number; kind: DependencyKind }[];
  outcome: string;
}

/** Field path (as the API names it, e.g. "waves.1.name") -> message. */
export type Problems = Record<string, string>;

/** A new release gets this id in previews: no stored release has it, and messages drop it. */
export const NEW_RELEASE_ID = 2_147_483_647;
const DEFAULT_DURATION = 60;
const MAX_DURATION = 60 * 24 * 60;

let keySeq = 0;
export const nextKey = () => ++keySeq;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const WHOLE = /^\d+$/;

/** An instant shown as a date and a time in a zone. */
export function splitStart(iso: string, zone: string): { date: string; time: string } | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const local = formatLocal(instantToWall(ms, zone));
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** A date and a time in a zone as epoch ms, or null when either is not filled in. */
export function startInstant(date: string, time: string, zone: string): number | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  try {
    return wallToInstant(parseLocal(`${date}T${time}`), zone);
  } catch {
    return null;
  }
}

/** ISO text with Z, to the minute: what the API stores. */
export const isoUtc = (ms: number) => new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00Z');

export function toDraft(release: Release | null, zone: string, plannedStart?: string, serviceIds?: readonly number[]): ReleaseDraft {
  const start = release ? release.plannedStart : (plannedStart ?? null);
  const split = start ? splitStart(start, zone) : null;
  const duration = release?.durationMinutes ?? DEFAULT_DURATION;
  return {
    title: release?.title ?? '',
    type: release?.type ?? 'normal',
    standardKind: release?.standardKind ?? '',
    train: release?.train ?? '',
    requester: release?.requester ?? '',
    unplanned: release ? release.plannedStart === null : false,
    startDate: split?.date ?? '',
    startTime: split?.time ?? '02:00',
    zone,
    hours: String(Math.floor(duration / 60)),
    minutes: String(duration % 60),
    strategy: release?.strategy ?? 'big-bang',
    services: release ? release.services.map((s) => ({ ...s })) : [...new Set(serviceIds ?? [])].map((serviceId) => ({ serviceId, how: 'code' as const })),
    waves: (release?.waves ?? []).map((w) => ({ key: nextKey(), name: w.name, siteIds: [...w.siteIds], soak: String(w.soakMinutes) })),
    steps: (release?.rollback.steps ?? []).map((text) => ({ key: nextKey(), text })),
    rollbackMinutes: String(release?.rollback.expectedMinutes ?? 0),
    tested: release?.rollback.tested ?? false,
    rollbackRunbookId: release?.rollback.runbookId ?? null,
    dependsOn: release ? release.dependsOn.map((d) => ({ ...d })) : [],
    outcome: release?.outcome ?? '',
  };
}

/** Everything but the React keys, to tell whether anything was changed. */
export function draftSignature(draft: ReleaseDraft): string {
  // The zone only changes how the start reads: the same moment in another zone is no change.
  const at = startInstant(draft.startDate, draft.startTime, draft.zone);
  const start = at === null ? { startDate: draft.startDate, startTime: draft.startTime, zone: draft.zone } : { startDate: at, startTime: '', zone: '' };
  return JSON.stringify({ ...draft, ...start, waves: draft.waves.map(({ key: _k, ...w }) => w), steps: draft.steps.map((s) => s.text) });
}

function wholeOrZero(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  return WHOLE.test(t) ? Number(t) : null;
}

export interface DraftResult {
  /** What Save sends; numbers that do not parse fall back so the live preview still works. */
  input: ReleaseInput;
  /** What stops a save, by field path. */
  problems: Problems;
}

/**
 * The draft as API input plus what is wrong with it. The title is left to the API (its message
 * comes back per field); here go the checks the form's own shape needs: dates, whole numbers.
 * `original` is the release as stored now: its status and approvers go back unchanged, because a
 * save is an edit, never a lifecycle move (those are release.transition and release.approve).
 */
export function fromDraft(draft: ReleaseDraft, original: Release | null, initial: ReleaseDraft): DraftResult {
  const problems: Problems = {};

  let plannedStart: string | null = null;
  if (!draft.unplanned) {
    const sameAsStored = original?.plannedStart && draft.startDate === initial.startDate && draft.startTime === initial.startTime && draft.zone === initial.zone;
    const ms = startInstant(draft.startDate, draft.startTime, draft.zone);
    if (sameAsStored) plannedStart = original.plannedStart;
    else if (ms !== null) plannedStart = isoUtc(ms);
    else if (!DATE.test(draft.startDate)) problems.plannedStart = 'Choose a start date, or tick “Not planned yet”.';
    else problems.plannedStart = 'Choose a start time.';
  }

  const hours = wholeOrZero(draft.hours);
  const minutes = wholeOrZero(draft.minutes);
  let durationMinutes = original?.durationMinutes ?? DEFAULT_DURATION;
  if (hours === null || minutes === null) problems.durationMinutes = 'Use whole hours and minutes.';
  else if (hours * 60 + minutes < 1) problems.durationMinutes = 'A release lasts at least one minute.';
  else if (hours * 60 + minutes > MAX_DURATION) problems.durationMinutes = 'A release lasts at most 60 days.';
  else durationMinutes = hours * 60 + minutes;

  const waves = draft.waves.map((wave, i) => {
    const soak = wholeOrZero(wave.soak);
    if (!wave.name.trim()) problems[`waves.${i}.name`] = 'Name the wave.';
    if (wave.siteIds.length === 0) problems[`waves.${i}.siteIds`] = 'Choose at least one site.';
    if (soak === null) problems[`waves.${i}.soakMinutes`] = 'Use whole minutes (0 for none).';
    return { name: wave.name.trim(), siteIds: wave.siteIds, soakMinutes: soak ?? 0 };
  });

  const expected = wholeOrZero(draft.rollbackMinutes);
  if (expected === null) problems['rollback.expectedMinutes'] = 'Use whole minutes.';

  const kind = draft.standardKind.trim();
  if (draft.type === 'standard' && !kind) problems.standardKind = 'Choose which pre-approved kind of change this is, or make it a normal change.';
  // A kind is kept only on a standard change; an untouched release keeps what it stored.
  const standardKind = draft.type === 'standard' ? kind || null : original?.type === draft.type ? (original.standardKind ?? null) : null;

  const outcome = draft.outcome.trim();
  const input: ReleaseInput = {
    title: draft.title,
    type: draft.type,
    status: original?.status ?? 'draft',
    standardKind,
    train: draft.train.trim(),
    plannedStart,
    durationMinutes,
    strategy: draft.strategy,
    requester: draft.requester.trim(),
    approvers: original ? [...original.approvers] : [],
    services: draft.services,
    waves,
    rollback: { steps: draft.steps.map((s) => s.text.trim()).filter(Boolean), expectedMinutes: expected ?? 0, tested: draft.tested, runbookId: draft.rollbackRunbookId },
    dependsOn: draft.dependsOn,
    outcome: outcome === '' ? null : outcome,
  };
  return { input, problems };
}

/** Moves item `from` to `to` in a copy of the list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(Math.max(0, Math.min(copy.length, to)), 0, item);
  return copy;
}
