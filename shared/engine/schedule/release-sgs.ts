import type { CompiledSchedule } from './compiled-schedule';
import {
  FAIL_CYCLE,
  FAIL_DISJOINT_WINDOWS,
  FAIL_GROUP,
  FAIL_NO_SLOT,
  FAIL_NONE,
  FAIL_PIN_CLASH,
  FAIL_PIN_ORDER,
  FAIL_PREDECESSOR,
  FAIL_WINDOW,
} from './failure-kinds';
import { ResourceProfiles } from './resource-profiles';
import { partnerStartRange } from './same-window';
import { ALL_ROWS, earliestFit, latestFit } from './slot-search';

/**
 * Serial schedule generation over an activity list of units (see PrecedenceStructure). Each
 * release goes to the earliest start (latest, in backward passes) that keeps precedences with
 * the releases already placed, its calendar and every resource; same-window partners are placed
 * as one transaction that retries in a later window when a partner cannot follow.
 */
export class ReleaseSgs {
  /** Schedule generation passes so far (forward and backward each count one). */
  passes = 0;
  /** Start per release, -1 when not placed. */
  readonly start: Int32Array;
  readonly failKind: Uint8Array;
  readonly failOther: Int32Array;
  /** For FAIL_NO_SLOT: the start range that was searched (predecessors may be dropped afterwards). */
  readonly failLow: Int32Array;
  readonly failHigh: Int32Array;
  readonly profiles: ResourceProfiles;
  /** Pins that do not fit (capacity 0, or next to earlier pins). Computed once; pins never move. */
  private readonly pinRejected: Uint8Array;
  /** For rejected pins: the earlier pin they clash with, or -1 (a resource with capacity 0). */
  private readonly pinClashWith: Int32Array;
  private readonly bookedAt: Int32Array;
  private backwardEnd = 0;
  private spread = false;
  private failure = FAIL_NONE;
  private failureOther = -1;
  private failureLow = 0;
  private failureHigh = 0;
  private retryBound = NaN;

  constructor(
    private readonly c: CompiledSchedule,
    /** Largest delay (slots) worth taking to keep a tier-1 release clear of other tier-1 releases. */
    private readonly riskDelay: Int32Array,
  ) {
    const n = c.releaseCount;
    this.start = new Int32Array(n).fill(-1);
    this.failKind = new Uint8Array(n);
    this.failOther = new Int32Array(n).fill(-1);
    this.failLow = new Int32Array(n);
    this.failHigh = new Int32Array(n);
    this.profiles = new ResourceProfiles(c);
    this.bookedAt = new Int32Array(n).fill(-1);
    this.pinRejected = new Uint8Array(n);
    this.pinClashWith = new Int32Array(n).fill(-1);
    for (let j = 0; j < n; j++) {
      const pin = c.pinned[j]!;
      if (pin < 0 || c.structure.cycleOf[j] !== -1) continue;
      if (this.profiles.lastClash(j, pin) >= 0) {
        this.pinRejected[j] = 1;
        this.pinClashWith[j] = this.clashingPin(j);
      } else this.book(j, pin);
    }
    this.reset();
  }

  /** An already booked pin that shares a full resource with pin j while overlapping it. */
  private clashingPin(j: number): number {
    const { c } = this;
    const rows = new Set(c.uses.list.subarray(c.uses.start[j]!, c.uses.start[j + 1]!));
    for (const row of rows) if (c.rowCapacity[row] === 0) return -1;
    const from = c.pinned[j]!;
    const to = from + c.duration[j]!;
    for (let k = 0; k < j; k++) {
      const at = this.bookedAt[k]!;
      if (at < 0 || at >= to || at + c.duration[k]! <= from) continue;
      for (let u = c.uses.start[k]!; u < c.uses.start[k + 1]!; u++) if (rows.has(c.uses.list[u]!)) return k;
    }
    return -1;
  }

  private book(j: number, s: number): void {
    this.profiles.book(j, s, 1);
    this.bookedAt[j] = s;
  }

  private unbook(j: number): void {
    this.profiles.book(j, this.bookedAt[j]!, -1);
    this.bookedAt[j] = -1;
  }

  private reset(): void {
    for (let j = 0; j < this.c.releaseCount; j++) if (this.bookedAt[j]! >= 0) this.unbook(j);
    this.start.fill(-1);
  }

  /** Books exactly `start` (-1 = not scheduled) into the profiles, e.g. to explain what is left out. */
  loadSchedule(start: Int32Array): void {
    this.reset();
    for (let j = 0; j < this.c.releaseCount; j++) {
      if (start[j]! >= 0) {
        this.start[j] = start[j]!;
        this.book(j, start[j]!);
      }
    }
  }

  /** Left-justified schedule of a list of units (a topological order of the unit graph). */
  forward(list: Int32Array, spread: boolean): void {
    const { c } = this;
    this.passes++;
    this.reset();
    this.spread = spread;
    this.failKind.fill(FAIL_NONE);
    this.failOther.fill(-1);
    for (let j = 0; j < c.releaseCount; j++) {
      if (c.structure.cycleOf[j] !== -1) this.failKind[j] = FAIL_CYCLE;
      else if (this.pinRejected[j] === 1) {
        this.failKind[j] = FAIL_PIN_CLASH;
        this.failOther[j] = this.pinClashWith[j]!;
      } else if (c.pinned[j]! >= 0) this.reserve(j);
    }
    for (let i = 0; i < list.length; i++) this.placeUnit(list[i]!, false);
  }

  /**
   * Right-justified schedule ending by `end` of the releases the last forward pass placed,
   * `list` being a reverse topological order of units. False if one cannot be placed (the
   * caller then keeps the forward schedule).
   */
  backward(list: Int32Array, end: number): boolean {
    const { c } = this;
    this.passes++;
    this.reset();
    this.spread = false;
    this.backwardEnd = end;
    for (let j = 0; j < c.releaseCount; j++) if (c.pinned[j]! >= 0 && this.failKind[j] === FAIL_NONE) this.reserve(j);
    for (let i = 0; i < list.length; i++) if (!this.placeUnit(list[i]!, true)) return false;
    return true;
  }

  /** Pins take their capacity before anything else is placed. */
  private reserve(j: number): void {
    this.start[j] = this.c.pinned[j]!;
    this.book(j, this.c.pinned[j]!);
  }

  private placeUnit(u: number, backward: boolean): boolean {
    const { c } = this;
    const { unitStart, unitMembers } = c.structure;
    const from = unitStart[u]!;
    const to = unitStart[u + 1]!;
    // Units the forward pass dropped take no part in backward passes.
    if (backward && this.failKind[unitMembers[from]!] !== FAIL_NONE) return true;
    let bound = backward ? Infinity : -Infinity;
    for (let attempt = 0; ; attempt++) {
      let culprit = -1;
      for (let i = 0; i < to - from; i++) {
        const j = unitMembers[backward ? to - 1 - i : from + i]!;
        if (!this.placeMember(j, backward, bound)) {
          culprit = j;
          break;
        }
      }
      if (culprit < 0) return true;
      for (let i = from; i < to; i++) {
        const j = unitMembers[i]!;
        if (c.pinned[j]! < 0 && this.bookedAt[j]! >= 0) this.unbook(j);
        if (c.pinned[j]! < 0) this.start[j] = -1;
      }
      const retry = this.retryBound;
      if (backward ? retry >= 0 : retry <= c.horizon) {
        bound = retry;
        continue;
      }
      if (backward) return false;
      // Running out of windows after retries is a window problem, whatever failed last.
      const kind = attempt > 0 && this.failure === FAIL_NO_SLOT ? FAIL_WINDOW : this.failure;
      const firstPartner = c.partners.list[c.partners.start[culprit]!] ?? -1;
      const other = kind === FAIL_WINDOW && (this.failureOther < 0 || this.failure === FAIL_NO_SLOT) ? firstPartner : this.failureOther;
      this.failLow[culprit] = this.failureLow;
      this.failHigh[culprit] = this.failureHigh;
      for (let i = from; i < to; i++) {
        const j = unitMembers[i]!;
        if (this.bookedAt[j]! >= 0) this.unbook(j);
        this.start[j] = -1;
        if (this.failKind[j] !== FAIL_NONE) continue;
        const partner = c.partners.list[c.partners.start[j]!] ?? -1;
        if (c.disjointPartner[j]! >= 0) {
          this.failKind[j] = FAIL_DISJOINT_WINDOWS;
          this.failOther[j] = c.disjointPartner[j]!;
        } else if (kind === FAIL_WINDOW && j !== culprit && partner >= 0) {
          // No common window: a fact about every partner, not the one that happened to fail last.
          this.failKind[j] = FAIL_WINDOW;
          this.failOther[j] = partner;
        } else {
          this.failKind[j] = j === culprit ? kind : FAIL_GROUP;
          this.failOther[j] = j === culprit ? other : culprit;
        }
      }
      return false;
    }
  }

  private fail(kind: number, other: number): false {
    this.failure = kind;
    this.failureOther = other;
    return false;
  }

  private placeMember(j: number, backward: boolean, bound: number): boolean {
    const { c, start, failKind } = this;
    this.retryBound = NaN;
    if (failKind[j] !== FAIL_NONE) return this.fail(failKind[j]!, this.failOther[j]!);
    if (c.disjointPartner[j]! >= 0) return this.fail(FAIL_DISJOINT_WINDOWS, c.disjointPartner[j]!);
    const d = c.duration[j]!;
    let low = c.earliest[j]!;
    let high = backward ? Math.min(c.latest[j]!, this.backwardEnd - d) : c.latest[j]!;
    let lowBy = -1;
    let highBy = -1;
    const { predecessors: preds, successors: succs } = c;
    for (let e = preds.start[j]!; e < preds.start[j + 1]!; e++) {
      const q = preds.list[e]!;
      if (failKind[q] !== FAIL_NONE) {
        if (!backward) return this.fail(FAIL_PREDECESSOR, q);
      } else if (start[q]! >= 0 && start[q]! + preds.lag[e]! > low) {
        low = start[q]! + preds.lag[e]!;
        lowBy = q;
      }
    }
    for (let e = succs.start[j]!; e < succs.start[j + 1]!; e++) {
      const q = succs.list[e]!;
      if (failKind[q] === FAIL_NONE && start[q]! >= 0 && start[q]! - succs.lag[e]! < high) {
        high = start[q]! - succs.lag[e]!;
        highBy = q;
      }
    }
    let windowLow = -Infinity;
    let windowHigh = Infinity;
    let windowBy = -1;
    let retry = backward ? -Infinity : Infinity;
    for (let e = c.partners.start[j]!; e < c.partners.start[j + 1]!; e++) {
      const q = c.partners.list[e]!;
      if (failKind[q] !== FAIL_NONE) {
        if (!backward) return this.fail(FAIL_GROUP, q);
        continue;
      }
      const sq = start[q]!;
      if (sq < 0) continue;
      const [a, b] = partnerStartRange(c, j, q, sq);
      if (a > windowLow || b < windowHigh) windowBy = q;
      windowLow = Math.max(windowLow, a);
      windowHigh = Math.min(windowHigh, b);
      // Retrying makes sense only if a movable partner is pushed past its current window.
      if (c.pinned[q]! < 0) retry = backward ? Math.max(retry, a < b ? a : sq) : Math.min(retry, a < b ? b : sq + 1);
    }
    const pin = c.pinned[j]!;
    if (pin >= 0) {
      if (pin < low) return this.fail(FAIL_PIN_ORDER, lowBy);
      if (pin > high) return this.fail(FAIL_PIN_ORDER, highBy);
      if (pin >= windowLow && pin < windowHigh) return true;
      this.retryBound = backward ? Math.min(bound - 1, retry - 1) : Math.max(bound + 1, retry);
      return this.fail(FAIL_WINDOW, windowBy);
    }
    if (backward) high = Math.min(high, bound);
    else low = Math.max(low, bound);
    const from = Math.max(low, windowLow);
    const to = Math.min(high, windowHigh - 1);
    const profiles = this.profiles;
    let s = backward ? latestFit(c, profiles, j, from, to) : earliestFit(c, profiles, j, from, to);
    if (s >= 0 && this.spread && c.tier[j] === 1 && this.riskDelay[j]! > 0) {
      const calmer = earliestFit(c, profiles, j, s, Math.min(to, s + this.riskDelay[j]!), ALL_ROWS, true);
      if (calmer >= 0) s = calmer;
    }
    if (s < 0) {
      this.failureLow = low;
      this.failureHigh = high;
      if (windowBy < 0) return this.fail(FAIL_NO_SLOT, lowBy);
      const alone = backward ? latestFit(c, profiles, j, low, high) : earliestFit(c, profiles, j, low, high);
      if (alone < 0) return this.fail(FAIL_NO_SLOT, lowBy);
      if (Number.isFinite(retry)) this.retryBound = backward ? Math.min(bound - 1, retry - 1) : Math.max(bound + 1, retry);
      return this.fail(FAIL_WINDOW, windowBy);
    }
    start[j] = s;
    this.book(j, s);
    return true;
  }
}
