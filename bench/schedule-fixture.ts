import { Random } from '../shared/engine/rcpsp/random';
import type { BlockedInterval, Precedence, ScheduleProblem, ScheduleRelease, SlotInterval } from '../shared/engine/schedule';

export interface ScheduleFixtureOptions {
  releases?: number;
  seed?: number;
  sites?: number;
  services?: number;
  teams?: number;
  /** Horizon in weeks from Monday 2025-09-01 00:00 UTC. */
  weeks?: number;
}

const SLOT_MINUTES = 30;
const SLOTS_PER_DAY = 48;
const SLOTS_PER_HOUR = 2;
const HORIZON_START_MS = Date.UTC(2025, 8, 1);

/** Weekly maintenance patterns as [weekday (0 = Monday), start hour, length in hours]. */
const WEEKLY_PATTERNS: [number, number, number][][] = [
  [[1, 22, 6], [3, 22, 6]], // Tue and Thu nights
  [[5, 20, 12]], // Saturday night
  [[6, 2, 4], [2, 1, 5]], // Sunday and Wednesday early morning
  [[0, 21, 7], [4, 21, 7]], // Monday and Friday evenings
];

function weeklyWindows(pattern: [number, number, number][], weeks: number): SlotInterval[] {
  const windows: SlotInterval[] = [];
  for (let week = 0; week < weeks; week++) {
    for (const [weekday, hour, hours] of pattern) {
      const start = (week * 7 + weekday) * SLOTS_PER_DAY + hour * SLOTS_PER_HOUR;
      windows.push({ start, end: start + hours * SLOTS_PER_HOUR });
    }
  }
  return windows.sort((a, b) => a.start - b.start);
}

/** Sorted, merged (touching or overlapping intervals join, labels too). */
function merge(intervals: BlockedInterval[]): BlockedInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: BlockedInterval[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && b.start <= last.end) {
      last.end = Math.max(last.end, b.end);
      if (!last.label.includes(b.label)) last.label = `${last.label} + ${b.label}`;
    } else out.push({ ...b });
  }
  return out;
}

const day = (d: number): number => d * SLOTS_PER_DAY;

/**
 * A distributor's half year of change: ~40 sites, a 10k-service catalogue with a few hot
 * services, teams, weekly maintenance windows per service family, a hard peak-season freeze
 * for tiers 1-2 (soft for tier 3, with some exceptions), a quarter-close freeze on ERP work,
 * stock-count days per site, expand/contract chains and random precedences, a few pins.
 */
export function generateScheduleProblem(options: ScheduleFixtureOptions = {}): ScheduleProblem {
  const random = new Random(options.seed ?? 7);
  const count = options.releases ?? 1000;
  const siteCount = options.sites ?? 40;
  const serviceCount = options.services ?? 10_000;
  const teamCount = options.teams ?? 60;
  const weeks = options.weeks ?? 26;
  const horizonSlots = weeks * 7 * SLOTS_PER_DAY;
  const pick = (n: number): number => random.int(n);
  // Skewed service choice: half the touches go to the 200 hot services (ERP, WMS core...).
  const service = (): number => (random.next() < 0.5 ? pick(200) : pick(serviceCount));
  const serviceTier = (s: number): 1 | 2 | 3 => (s < 60 ? 1 : s < 200 ? 2 : ([1, 2, 2, 3, 3][s % 5] as 1 | 2 | 3));
  const windowsByFamily = WEEKLY_PATTERNS.map((p) => weeklyWindows(p, weeks));
  const stockCount = Array.from({ length: siteCount }, () => day(7 + pick(weeks * 7 - 14)));
  const peak: [number, number] = [day(84), day(126)]; // 24 Nov - 5 Jan

  const releases: ScheduleRelease[] = [];
  for (let r = 0; r < count; r++) {
    const services = [...new Set(Array.from({ length: 1 + pick(3) }, service))];
    const tier = Math.min(...services.map(serviceTier)) as 1 | 2 | 3;
    const sites = [...new Set(Array.from({ length: 1 + pick(4) }, () => pick(siteCount)))];
    const family = services[0]! % WEEKLY_PATTERNS.length;
    const useWindows = random.next() < 0.6;
    const maxHours = useWindows ? Math.min(...WEEKLY_PATTERNS[family]!.map((w) => w[2])) : 8;
    const durationSlots = SLOTS_PER_HOUR * (1 + pick(maxHours)) - (random.next() < 0.3 ? 1 : 0);
    const earliestSlot = day(pick(70)) + pick(SLOTS_PER_DAY);
    const blocked: BlockedInterval[] = [];
    if (tier < 3 || random.next() < 0.7) {
      blocked.push({ start: peak[0], end: peak[1], label: tier < 3 ? "hard freeze 'Peak season'" : "soft freeze 'Peak season' (no exception)" });
    }
    if (services.some((s) => s % 10 === 0)) blocked.push({ start: day(27), end: day(31), label: "soft freeze 'Quarter close' (no exception)" });
    for (const site of sites) blocked.push({ start: stockCount[site]!, end: stockCount[site]! + day(1), label: `hard freeze 'Stock count at DC ${site + 1}'` });
    const release: ScheduleRelease = {
      id: `CR-${1000 + r}`,
      durationSlots,
      earliestSlot,
      services,
      sites,
      teams: [services[0]! % teamCount],
      tier,
      blocked: merge(blocked),
    };
    if (useWindows) release.within = windowsByFamily[family];
    if (random.next() < 0.15) release.deadlineSlot = earliestSlot + day(10 + pick(50));
    releases.push(release);
  }
  // A few releases are already running.
  for (let k = 0; k < Math.min(10, count); k++) {
    const r = releases[pick(count)]!;
    r.pinnedSlot = pick(SLOTS_PER_DAY * 2);
    r.earliestSlot = 0;
  }

  const precedences: Precedence[] = [];
  const edge = (kind: Precedence['kind'], from: number, to: number): void => {
    if (from !== to) precedences.push({ kind, from, to });
  };
  // Expand / migrate / contract chains, then random edges from lower to higher index (acyclic).
  for (let k = 0; k < count / 20; k++) {
    const a = pick(count - 2);
    edge('finish-before', a, a + 1);
    edge('finish-before', a + 1, a + 2);
  }
  for (let k = 0; k < count / 8; k++) {
    const a = pick(count - 1);
    const b = a + 1 + pick(Math.min(50, count - a - 1));
    edge(random.next() < 0.75 ? 'finish-before' : 'start-after', a, b);
  }
  for (let k = 0; k < count / 40; k++) {
    const a = pick(count);
    const b = pick(count);
    if (releases[a]!.pinnedSlot !== undefined || releases[b]!.pinnedSlot !== undefined) continue;
    // Partners usually share a calendar (same service family); a few are misconfigured.
    if (random.next() < 0.75) {
      releases[b]!.within = releases[a]!.within;
      releases[b]!.durationSlots = Math.min(releases[b]!.durationSlots, releases[a]!.durationSlots);
    }
    edge('same-window', a, b);
  }
  return {
    slotMinutes: SLOT_MINUTES,
    horizonStartMs: HORIZON_START_MS,
    horizonSlots,
    serviceCount,
    siteCapacity: Array.from({ length: siteCount }, () => 2 + pick(3)),
    teamCapacity: Array.from({ length: teamCount }, () => 1 + pick(3)),
    releases,
    precedences,
    labels: {
      sites: Array.from({ length: siteCount }, (_, i) => `DC ${i + 1}`),
      teams: Array.from({ length: teamCount }, (_, i) => `Team ${i + 1}`),
    },
  };
}
