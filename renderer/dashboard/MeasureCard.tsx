import { useMemo } from 'react';
import type { DoraMeasures } from '../../shared/engine/dora';
import { BandLegend } from './BandLegend';
import type { ChartTable } from './chart-table';
import { MeasureChart, measureChartHeight } from './MeasureChart';
import { ChartCard } from './ChartCard';
import type { MeasureDef } from './measure-defs';
import type { MeasureRow } from './use-dora-data';

interface MeasureCardProps {
  def: MeasureDef;
  rows: readonly MeasureRow[];
  total: DoraMeasures;
  /** 'month', 'week', or the group's name ('service', 'owner team'…). */
  rowName: string;
  /** "over the last 12 months". */
  rangeText: string;
  sideways: boolean;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One DORA measure: the chart, its table and CSV, and the bands it is read against. */
export function MeasureCard({ def, rows, total, rowName, rangeText, sideways }: MeasureCardProps) {
  const table = useMemo<ChartTable>(
    () => ({
      caption: `${def.title} by ${rowName}, ${rangeText}`,
      columns: [{ header: rowName.charAt(0).toUpperCase() + rowName.slice(1) }, ...def.columns],
      rows: rows.map((r) => [r.label, ...def.cells(r.measures)]),
    }),
    [def, rows, rowName, rangeText],
  );
  const summary = useMemo(() => summarise(def, rows, total, rowName, rangeText), [def, rows, total, rowName, rangeText]);
  return (
    <ChartCard
      title={def.title}
      definition={def.definition}
      headline={def.headline(total)}
      summary={summary}
      table={table}
      fileName={`${slug(def.title)}-by-${slug(rowName)}`}
      legend={<BandLegend def={def} />}
      wide={sideways}
      drawKey={`${rowName} ${rangeText}`}
      height={measureChartHeight(rows.length, def.series.length, sideways)}
    >
      <MeasureChart def={def} rows={rows} sideways={sideways} />
    </ChartCard>
  );
}

/** The chart in a sentence or two: overall value, highest and lowest rows, and how many have no data. */
function summarise(def: MeasureDef, rows: readonly MeasureRow[], total: DoraMeasures, rowName: string, rangeText: string): string {
  const main = def.series[0]!;
  const valued = rows.flatMap((r) => {
    const value = main.value(r.measures);
    return value === null ? [] : [{ label: r.label, value }];
  });
  const round = (v: number) => Math.round(v * 10) / 10;
  const parts = [`${def.title} by ${rowName}, ${rangeText}: ${def.headline(total)} overall.`];
  if (valued.length) {
    const high = valued.reduce((a, b) => (b.value > a.value ? b : a));
    const low = valued.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(`${main.label} highest in ${high.label} (${round(high.value)} ${def.unit}), lowest in ${low.label} (${round(low.value)} ${def.unit}).`);
  }
  const empty = rows.length - valued.length;
  if (empty) parts.push(`${empty} of ${rows.length} without data.`);
  parts.push('The Table button shows every value.');
  return parts.join(' ');
}
