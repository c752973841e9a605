import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './ChartCard';
import { AXIS_TICK, GRID_STROKE, sidewaysHeight, TOOLTIP_PROPS } from './chart-style';
import { round, type ChartTable } from './chart-table';
import { FREEZE_HORIZON_DAYS, useFreezeCoverage } from './use-dora-data';

const pct = (fraction: number) => round(fraction * 100)!;

/**
 * Per site, the share of the next 90 days under a hard and a soft freeze: the solid part freezes the
 * whole site, the lighter rest only some of the services running there.
 */
export function FreezeCard() {
  const coverage = useFreezeCoverage();
  const data = useMemo(
    () =>
      coverage.map((c) => ({
        name: c.siteName,
        hardWhole: pct(c.hard.wholeSite.fraction),
        hardSome: Math.max(0, pct(c.hard.someServices.fraction) - pct(c.hard.wholeSite.fraction)),
        softWhole: pct(c.soft.wholeSite.fraction),
        softSome: Math.max(0, pct(c.soft.someServices.fraction) - pct(c.soft.wholeSite.fraction)),
      })),
    [coverage],
  );
  const table: ChartTable = {
    caption: `Share of the next ${FREEZE_HORIZON_DAYS} days under a freeze, per site (%)`,
    columns: [
      { header: 'Site' },
      { header: 'Hard, whole site (%)', numeric: true },
      { header: 'Hard, some services (%)', numeric: true },
      { header: 'Soft, whole site (%)', numeric: true },
      { header: 'Soft, some services (%)', numeric: true },
    ],
    rows: coverage.map((c) => [c.siteName, pct(c.hard.wholeSite.fraction), pct(c.hard.someServices.fraction), pct(c.soft.wholeSite.fraction), pct(c.soft.someServices.fraction)]),
  };
  const most = [...coverage].sort((a, b) => b.hard.someServices.fraction - a.hard.someServices.fraction)[0];
  const summary = most
    ? `Freeze coverage of the next ${FREEZE_HORIZON_DAYS} days for ${coverage.length} sites. Most under a hard freeze: ${most.siteName}, ${pct(most.hard.wholeSite.fraction)}% whole site and ${pct(most.hard.someServices.fraction)}% for some services.`
    : 'No sites in the catalog.';
  const format = (value: unknown, name: unknown) => [`${String(value)}%`, String(name)];
  return (
    <ChartCard
      title="Freeze coverage, next 90 days"
      definition="Share of the next 90 days each site spends under a hard or soft freeze: solid for the whole site, lighter where only some of its services are frozen."
      summary={summary}
      table={table}
      fileName="freeze-coverage-next-90-days"
      height={coverage.length ? sidewaysHeight(data.length, 2) : 0}
      legend={
        <ul className="dash-legend-items dash-legend" aria-label="Freeze kinds">
          <li><span className="dash-swatch" style={{ background: 'var(--freeze-hard)' }} aria-hidden="true" />Hard, whole site</li>
          <li><span className="dash-swatch" style={{ background: 'var(--freeze-hard-some)' }} aria-hidden="true" />Hard, some services only</li>
          <li><span className="dash-swatch" style={{ background: 'var(--freeze-soft)' }} aria-hidden="true" />Soft, whole site</li>
          <li><span className="dash-swatch" style={{ background: 'var(--freeze-soft-some)' }} aria-hidden="true" />Soft, some services only</li>
        </ul>
      }
    >
      {coverage.length === 0 ? (
        <p className="dash-empty">No sites in the catalog.</p>
      ) : (
        <ResponsiveContainer width="100%" height={sidewaysHeight(data.length, 2)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false} barGap={1}>
            <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tick={AXIS_TICK} stroke={GRID_STROKE} unit="%" />
            <YAxis type="category" dataKey="name" tick={AXIS_TICK} stroke={GRID_STROKE} width={170} interval={0} />
            <Tooltip {...TOOLTIP_PROPS} formatter={format} />
            <Bar dataKey="hardWhole" name="Hard, whole site" stackId="hard" fill="var(--freeze-hard)" isAnimationActive={false} maxBarSize={10} />
            <Bar dataKey="hardSome" name="Hard, some services only" stackId="hard" fill="var(--freeze-hard-some)" isAnimationActive={false} maxBarSize={10} />
            <Bar dataKey="softWhole" name="Soft, whole site" stackId="soft" fill="var(--freeze-soft)" isAnimationActive={false} maxBarSize={10} />
            <Bar dataKey="softSome" name="Soft, some services only" stackId="soft" fill="var(--freeze-soft-some)" isAnimationActive={false} maxBarSize={10} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
