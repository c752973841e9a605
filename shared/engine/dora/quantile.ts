/**
 * Quantile by linear interpolation between closest ranks (position (n - 1) × q in the sorted
 * values; Excel's PERCENTILE.INC, numpy's default). So the median of an even count is the mean of
 * the two middle values, and p90 of [1..10] is 9.1. Null for no values: "no data", never NaN.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}
