import { Bar, BarChart, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { bandRegions } from './band-regions';
import { AXIS_TICK, BAND_FILL, GRID_STROKE, SERIES_FILL, sidewaysHeight, TOOLTIP_PROPS } from './chart-style';
import type { MeasureDef } from './measure-defs';
import type { MeasureRow } from './use-dora-data';

const HEIGHT = 220;

export const measureChartHeight = (rows: number, series: number, sideways: boolean) => (sideways ? sidewaysHeight(rows, series) : HEIGHT);

/**
 * One measure as bars: one per period (over time) or, laid sideways, one per group. DORA's bands
 * shade the value axis behind the bars; a period or group without data gets a "no data" column
 * instead of a bar of 0.
 */
export function MeasureChart({ def, rows, sideways }: { def: MeasureDef; rows: readonly MeasureRow[]; sideways: boolean }) {
  const data = rows.map((r) => {
    const point: Record<string, string | number | null> = { name: r.label };
    for (const s of def.series) point[s.key] = s.value(r.measures);
    return point;
  });
  const empty = data.filter((d) => def.series.every((s) => d[s.key] === null)).map((d) => d.name as string);
  const regions = def.band ? bandRegions(def.band) : [];
  const valueAxis = { type: 'number' as const, tick: AXIS_TICK, stroke: GRID_STROKE, allowDecimals: true, domain: [0, 'auto'] as [number, 'auto'] };
  const categoryAxis = { type: 'category' as const, dataKey: 'name', tick: AXIS_TICK, stroke: GRID_STROKE };
  const height = measureChartHeight(rows.length, def.series.length, sideways);
  const format = (value: unknown) => (typeof value === 'number' ? `${Math.round(value * 100) / 100} ${def.unit}` : 'no data');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={sideways ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false} barGap={1}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={sideways} horizontal={!sideways} />
        {sideways ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} interval="preserveStartEnd" minTickGap={8} />}
        {sideways ? <YAxis {...categoryAxis} width={170} interval={0} /> : <YAxis {...valueAxis} width={44} />}
        {regions.map((r) => {
          const from = def.toChart(r.from);
          const to = r.to === null ? undefined : def.toChart(r.to);
          const span = sideways ? { x1: from, x2: to } : { y1: from, y2: to };
          return <ReferenceArea key={r.band} {...span} fill={BAND_FILL[r.band]} fillOpacity={0.1} strokeOpacity={0} ifOverflow="hidden" />;
        })}
        {empty.map((name) => {
          const span = sideways ? { y1: name, y2: name } : { x1: name, x2: name };
          return (
            <ReferenceArea
              key={`empty-${name}`}
              {...span}
              fill="var(--surface-sunken)"
              fillOpacity={0.9}
              strokeOpacity={0}
              label={{ value: 'no data', fill: 'var(--text-3)', fontSize: 10, angle: sideways ? 0 : -90 }}
            />
          );
        })}
        <Tooltip {...TOOLTIP_PROPS} formatter={format} />
        {def.series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_FILL[i]} radius={sideways ? [0, 2, 2, 0] : [2, 2, 0, 0]} isAnimationActive={false} maxBarSize={28} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
