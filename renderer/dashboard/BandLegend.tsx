import { DORA_2024_BANDS } from '../../shared/engine/dora';
import { BAND_LABELS, BAND_SOURCE, bandRegions } from './band-regions';
import { BAND_FILL, SERIES_FILL } from './chart-style';
import type { MeasureDef } from './measure-defs';

const num = (value: number) => (Math.round(value * 100) / 100).toLocaleString('en-GB');
/** "1 day", "7 days": the unit agrees with the number it follows. */
const amount = (value: number, unit: string) => `${num(value)} ${value === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;

/** What the chart's colours mean: its series, and the DORA band each shaded stretch of values belongs to. */
export function BandLegend({ def }: { def: MeasureDef }) {
  const regions = def.band ? bandRegions(def.band) : [];
  const published = def.band ? DORA_2024_BANDS[def.band].limits : [];
  return (
    <div className="dash-legend">
      {def.series.length > 1 ? (
        <ul className="dash-legend-items" aria-label="Series">
          {def.series.map((s, i) => (
            <li key={s.key}>
              <span className="dash-swatch" style={{ background: SERIES_FILL[i] }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {def.band ? (
        <>
          <ul className="dash-legend-items" aria-label="DORA performance bands">
            {regions.map((r) => {
              const from = def.toChart(r.from);
              const range =
                r.to === null ? `${amount(from, def.unit)} or more` : from === 0 ? `under ${amount(def.toChart(r.to), def.unit)}` : `${num(from)}–${amount(def.toChart(r.to), def.unit)}`;
              return (
                <li key={r.band} title={`Report: ${published.find((l) => l.band === r.band)?.published ?? ''}`}>
                  <span className="dash-swatch band" style={{ background: BAND_FILL[r.band] }} aria-hidden="true" />
                  <strong>{BAND_LABELS[r.band]}</strong> {range}
                </li>
              );
            })}
          </ul>
          <p className="dash-source">{BAND_SOURCE}{def.band === 'changeFailRate' ? ' (it gives medium 10 %, below high’s 20 %: no rate reads as medium)' : ''}.</p>
        </>
      ) : (
        <p className="dash-source">DORA publishes no performance bands for this measure.</p>
      )}
    </div>
  );
}
