import type { Tick } from './time-axis';
import { LABEL_W, xOf, type Scale } from './geometry';

interface AxisProps {
  scale: Scale;
  width: number;
  major: Tick[];
  minor: Tick[];
  zoneLabel: string;
  /** The month in view, when the ticks do not name it (day and week zoom). */
  period: string | null;
}

/** Two-tier time axis, sticky at the top; ticks fall on wall-clock boundaries of the display zone. */
export function TimeAxis({ scale, width, major, minor, zoneLabel, period }: AxisProps) {
  // Labels need room: when ticks are packed, every tick keeps its line and every n-th hour its text
  // (n divides the day, so labels sit on the same hours wherever the view is); other units all or none.
  const spacing = minor.length > 1 ? xOf(scale, minor[1]!.ms) - xOf(scale, minor[0]!.ms) : Infinity;
  const longest = minor.reduce((n, t) => Math.max(n, t.label.length), 0);
  const hourly = minor.length > 1 && (minor[0]!.ordinal ?? null) !== null;
  const perDay = hourly ? Math.round(86_400_000 / (minor[1]!.ms - minor[0]!.ms)) : 1;
  const every = [1, 2, 3, 4, 6, 12].filter((n) => perDay % n === 0).find((n) => spacing * n >= longest * 7 + 6) ?? 0;
  const labelled = (t: Tick) => every > 0 && (t.ordinal === null || t.ordinal % every === 0);
  return (
    <div className="tl-axis" style={{ width }} aria-hidden="true">
      <div className="tl-axis-corner" style={{ width: LABEL_W }}>
        {period ? <span className="tl-axis-period">{period}</span> : null}
        <span className="tl-axis-zone">{zoneLabel}</span>
      </div>
      <div className="tl-axis-track" style={{ left: LABEL_W }}>
        {major.map((t, i) => {
          const tickWidth = i + 1 < major.length ? xOf(scale, major[i + 1]!.ms) - xOf(scale, t.ms) : undefined;
          // Bold small text runs about 7.5 px a character, plus the span's padding.
          const full = tickWidth === undefined || t.label.length * 7.5 + 12 <= tickWidth;
          return (
            <div key={`M${t.ms}`} className="tl-tick major" style={{ left: xOf(scale, t.ms), width: tickWidth }}>
              <span>{full || !t.short ? t.label : t.short}</span>
            </div>
          );
        })}
        {minor.map((t) => (
          <div key={`m${t.ms}`} className={`tl-tick minor${t.weekend ? ' weekend' : ''}`} style={{ left: xOf(scale, t.ms) }}>
            {labelled(t) ? <span>{t.label}</span> : null}
          </div>
        ))}
      </div>
    </div>
  );
}

interface GridProps {
  scale: Scale;
  top: number;
  height: number;
  minor: Tick[];
  days: Tick[];
  dayMs: number;
  nowMs: number;
}

/** Grid lines, weekend bands and the today line behind the rows, drawn only where the viewport is. */
export function TimelineGrid({ scale, top, height, minor, days, dayMs, nowMs }: GridProps) {
  const nowX = xOf(scale, nowMs);
  return (
    <div className="tl-grid" style={{ top, height, left: LABEL_W }} aria-hidden="true">
      {days.filter((d) => d.weekend).map((d) => (
        <div key={`w${d.ms}`} className="tl-weekend" style={{ left: xOf(scale, d.ms), width: dayMs * scale.pxPerMs }} />
      ))}
      {minor.map((t) => (
        <div key={`g${t.ms}`} className="tl-gridline" style={{ left: xOf(scale, t.ms) }} />
      ))}
      <div className="tl-today" style={{ left: nowX }} title="Now" />
    </div>
  );
}
