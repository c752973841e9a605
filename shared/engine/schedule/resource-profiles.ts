import type { CompiledSchedule } from './compiled-schedule';

/** Above this many counters the profile would need hundreds of megabytes: refuse clearly instead. */
const MAX_PROFILE_CELLS = 200_000_000;

/**
 * Occupancy of every binding resource row in every slot, plus the two tier-1 risk counters.
 * Booking is symmetric (sign -1 undoes), so a pass resets by unbooking what it booked.
 */
export class ResourceProfiles {
  /** load[row * horizon + t]: releases using the row in slot t. */
  readonly load: Uint16Array;
  /** Tier-1 releases running in each slot. */
  readonly tier1Running: Uint16Array;
  /** tier1Starts[site * dayCount + day]: tier-1 releases starting that day at that site. */
  readonly tier1Starts: Uint16Array;

  constructor(private readonly c: CompiledSchedule) {
    const cells = c.rowCount * c.horizon;
    if (cells > MAX_PROFILE_CELLS) {
      throw new Error(`Schedule problem too large: ${c.rowCount} shared resources × ${c.horizon} slots; use longer slots or a shorter horizon`);
    }
    this.load = new Uint16Array(cells);
    this.tier1Running = new Uint16Array(c.horizon);
    this.tier1Starts = new Uint16Array(c.siteCount * c.dayCount);
  }

  book(j: number, s: number, sign: 1 | -1): void {
    const { c, load } = this;
    const H = c.horizon;
    const end = s + c.duration[j]!;
    for (let u = c.uses.start[j]!; u < c.uses.start[j + 1]!; u++) {
      const base = c.uses.list[u]! * H;
      for (let t = base + s; t < base + end; t++) load[t]! += sign;
    }
    if (c.tier[j] !== 1) return;
    for (let t = s; t < end; t++) this.tier1Running[t]! += sign;
    const day = Math.floor(s / c.slotsPerDay);
    for (let e = c.sites.start[j]!; e < c.sites.start[j + 1]!; e++) this.tier1Starts[c.sites.list[e]! * c.dayCount + day]! += sign;
  }

  /**
   * -1 if all of j's rows (only `onlyRow` if >= 0) have room in [s, s + duration); otherwise the
   * end of a full stretch in it, so no start up to that slot can work: rows are scanned right to
   * left from the window's end, and a clash is followed to the end of its full stretch (the
   * next release of the resource), so the caller jumps straight past it.
   */
  lastClash(j: number, s: number, onlyRow = -1): number {
    const { c, load } = this;
    const H = c.horizon;
    let clash = -1;
    for (let u = c.uses.start[j]!; u < c.uses.start[j + 1]!; u++) {
      const row = c.uses.list[u]!;
      if (onlyRow >= 0 && row !== onlyRow) continue;
      const full = c.rowCapacity[row]!;
      const base = row * H;
      for (let t = s + c.duration[j]! - 1; t > clash && t >= s; t--) {
        if (load[base + t]! >= full) {
          while (t + 1 < H && load[base + t + 1]! >= full) t++;
          clash = t;
          break;
        }
      }
    }
    return clash;
  }

  /** Mirror of lastClash for right-to-left search: the start of a full stretch meeting [s, s + duration), or -1. */
  firstClash(j: number, s: number): number {
    const { c, load } = this;
    const H = c.horizon;
    const end = s + c.duration[j]!;
    let clash = end;
    for (let u = c.uses.start[j]!; u < c.uses.start[j + 1]!; u++) {
      const row = c.uses.list[u]!;
      const full = c.rowCapacity[row]!;
      const base = row * H;
      for (let t = s; t < clash; t++) {
        if (load[base + t]! >= full) {
          while (t > 0 && load[base + t - 1]! >= full) t--;
          clash = t;
          break;
        }
      }
    }
    return clash === end ? -1 : clash;
  }

  /**
   * For tier-1 j starting at s: the next start worth trying if another tier-1 release runs during
   * [s, s + duration) or starts the same day at one of j's sites; s itself when neither holds.
   */
  riskFreeFrom(j: number, s: number): number {
    const { c } = this;
    for (let t = s + c.duration[j]! - 1; t >= s; t--) if (this.tier1Running[t]! > 0) return t + 1;
    const day = Math.floor(s / c.slotsPerDay);
    for (let e = c.sites.start[j]!; e < c.sites.start[j + 1]!; e++) {
      if (this.tier1Starts[c.sites.list[e]! * c.dayCount + day]! > 0) return (day + 1) * c.slotsPerDay;
    }
    return s;
  }
}
