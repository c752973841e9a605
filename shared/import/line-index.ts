/**
 * Maps character offsets to 1-based line numbers. CSV rows can span several lines (a quoted
 * description with a line break), so a row's line is where it starts in the file, not its index.
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
