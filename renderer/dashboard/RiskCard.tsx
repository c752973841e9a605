import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RISK_LEVELS } from '../../shared/engine/dora';
import { plural } from '../../shared/text/plural';
import { ChartCard } from './ChartCard';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_PROPS } from './chart-style';
import type { ChartTable } from './chart-table';
import { RISK_HORIZON_DAYS, useUpcomingRisk } from './use-dora-data';

const LEVEL_FILL = { low: 'var(--band-elite)', medium: 'var(--band-medium)', high: 'var(--band-low)' } as const;
const RISK_HEIGHT = 200;
const LEVEL_LABEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** How risky the releases planned for the next 30 days are: a histogram of their 0-100 risk scores. */
export function RiskCard() {
  const risk = useUpcomingRisk();
  // A bucket can straddle a level's edge (30-40 holds low and medium scores): each bar is split by level.
  const buckets = useMemo(() => {
    const levelOf = new Map(RISK_LEVELS.flatMap((l) => risk.byLevel[l].releaseIds.map((id) => [id, l] as const)));
    return risk.byScore.map((b) => {
      const point = { name: `${b.from}–${b.to}`, total: b.count, low: 0, medium: 0, high: 0 };
      for (const id of b.releaseIds) point[levelOf.get(id) ?? 'low']++;
      return point;
    });
  }, [risk]);
  const table: ChartTable = {
    caption: `Risk scores of the releases planned in the next ${RISK_HORIZON_DAYS} days`,
    columns: [{ header: 'Risk score' }, { header: 'Releases', numeric: true }, { header: 'Low', numeric: true }, { header: 'Medium', numeric: true }, { header: 'High', numeric: true }],
    rows: buckets.map((b) => [b.name, b.total, b.low, b.medium, b.high]),
  };
  const levels = RISK_LEVELS.map((l) => `${risk.byLevel[l].count} ${l}`).join(', ');
  const summary = `Risk of the ${plural(risk.total, 'release')} planned in the next ${RISK_HORIZON_DAYS} days: ${levels}.`;
  return (
    <ChartCard
      title="Risk of upcoming releases"
      definition={`Releases planned to start in the next ${RISK_HORIZON_DAYS} days, by risk score (0–100).`}
      headline={risk.total ? levels : 'none planned'}
      summary={summary}
      table={table}
      fileName="upcoming-release-risk"
      height={risk.total === 0 ? 0 : RISK_HEIGHT}
      legend={
        <ul className="dash-legend-items dash-legend" aria-label="Risk levels">
          {RISK_LEVELS.map((l) => (
            <li key={l}>
              <span className="dash-swatch" style={{ background: LEVEL_FILL[l] }} aria-hidden="true" />
              {LEVEL_LABEL[l]} ({risk.byLevel[l].count})
            </li>
          ))}
        </ul>
      }
    >
      {risk.total === 0 ? (
        <p className="dash-empty">No releases are planned in the next {RISK_HORIZON_DAYS} days.</p>
      ) : (
        <ResponsiveContainer width="100%" height={RISK_HEIGHT}>
          <BarChart data={buckets} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={AXIS_TICK} stroke={GRID_STROKE} interval={0} />
            <YAxis tick={AXIS_TICK} stroke={GRID_STROKE} allowDecimals={false} width={32} />
            <Tooltip {...TOOLTIP_PROPS} />
            {RISK_LEVELS.map((l) => (
              <Bar key={l} dataKey={l} name={`${LEVEL_LABEL[l]} risk`} stackId="risk" fill={LEVEL_FILL[l]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
