/**
 * Intervals [startMs, endMs) tagged with a release id, kept sorted by start, with an upper bound on
 * their length. An overlap query is a binary search to (queryStart - longest) and a short scan, so
 * nobody compares every pair of releases. Insert/remove are splices: lists stay per service or
 * per site, hence short.
 */
export class IntervalList {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly ids: number[] = [];
  // Only grows: a stale (too large) bound costs a few extra comparisons, never a wrong answer.
  private longest = 0;

  get size(): number {
    return this.ids.length;
  }

  insert(id: number, startMs: number, endMs: number): void {
    const at = this.upperBound(startMs);
    if (at === this.ids.length) {
      // Appends are the common case (bulk load in start order); splice would allocate a result array.
      this.starts.push(startMs);
      this.ends.push(endMs);
      this.ids.push(id);
    } else {
      this.starts.splice(at, 0, startMs);
      this.ends.splice(at, 0, endMs);
      this.ids.splice(at, 0, id);
    }
    this.longest = Math.max(this.longest, endMs - startMs);
  }

  remove(id: number, startMs: number): void {
    let i = this.lowerBound(startMs);
    for (; i < this.ids.length && this.starts[i] === startMs; i++) {
      if (this.ids[i] === id) {
        this.starts.splice(i, 1);
        this.ends.splice(i, 1);
        this.ids.splice(i, 1);
        return;
      }
    }
  }

  /** Calls visit(id, start, end) for every interval overlapping [fromMs, toMs). */
  overlapping(fromMs: number, toMs: number, visit: (id: number, startMs: number, endMs: number) => void): void {
    for (let i = this.lowerBound(fromMs - this.longest); i < this.ids.length && this.starts[i]! < toMs; i++) {
      if (this.ends[i]! > fromMs) visit(this.ids[i]!, this.starts[i]!, this.ends[i]!);
    }
  }

  /** Appends to `out` the ids of intervals overlapping [fromMs, toMs); the closure-free form of overlapping(). */
  collect(fromMs: number, toMs: number, out: number[]): void {
    for (let i = this.lowerBound(fromMs - this.longest); i < this.ids.length && this.starts[i]! < toMs; i++) {
      if (this.ends[i]! > fromMs) out.push(this.ids[i]!);
    }
  }

  /**
   * Is there an interval overlapping the span other than `exceptId`, with an id above `minId`?
   * Takes the span as an object (a release's facts): passing two instants as arguments to a call
   * that is not inlined boxes them into fresh heap numbers, and this runs ~50k times per recompute.
   */
  anyOverlap(span: { readonly startMs: number; readonly endMs: number }, exceptId: number, minId: number): boolean {
    const fromMs = span.startMs;
    const toMs = span.endMs;
    for (let i = this.lowerBound(fromMs - this.longest); i < this.ids.length && this.starts[i]! < toMs; i++) {
      const id = this.ids[i]!;
      if (this.ends[i]! > fromMs && id !== exceptId && id > minId) return true;
    }
    return false;
  }

  /** Starts and ends, each sorted ascending (typed arrays: the native numeric sort needs no comparator). */
  sortedBounds(): { starts: Float64Array; ends: Float64Array } {
    const ends = Float64Array.from(this.ends);
    ends.sort();
    return { starts: Float64Array.from(this.starts), ends };
  }

  /** All intervals in start order. */
  forEach(visit: (id: number, startMs: number, endMs: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) visit(this.ids[i]!, this.starts[i]!, this.ends[i]!);
  }

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private upperBound(value: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
