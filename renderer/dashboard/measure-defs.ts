import { doraBands, type BandedMeasure, type DoraMeasures } from '../../shared/engine/dora';
import { BAND_LABELS } from './band-regions';
import { round, type Cell, type TableColumn } from './chart-table';

export type MeasureId = 'frequency' | 'leadTime' | 'changeFail' | 'recovery' | 'rework' | 'rollback';

export interface MeasureSeries {
  key: string;
  label: string;
  /** In the chart's unit; null is "no data". */
  value(m: DoraMeasures): number | null;
}

export interface MeasureDef {
  id: MeasureId;
  title: string;
  /** What is counted, in a sentence. */
  definition: string;
  unit: string;
  /** Engine unit → chart unit, for values and band limits alike. */
  toChart(value: number): number;
  band?: BandedMeasure;
  series: MeasureSeries[];
  columns: TableColumn[];
  cells(m: DoraMeasures): Cell[];
  /** The headline over the whole range. */
  headline(m: DoraMeasures): string;
}

const pct = (rate: number | null) => (rate === null ? null : rate * 100);
const bandCell = (m: DoraMeasures, measure: BandedMeasure): Cell => {
  const band = doraBands(m)[measure];
  return band ? BAND_LABELS[band] : null;
};
const perWeek = (m: DoraMeasures) => (m.deployments > 0 && m.deploymentsPerDay !== null ? m.deploymentsPerDay * 7 : null);
const days = (hours: number | null) => (hours === null ? null : hours / 24);
const show = (value: number | null, unit: string, digits = 1) => (value === null ? 'no data' : `${round(value, digits)!.toLocaleString('en-GB')} ${unit}`);
const ratioHeadline = (r: DoraMeasures['changeFail']) => (r.rate === null ? 'no data' : `${round(r.rate * 100)}% (${r.count} of ${r.of})`);

export const MEASURES: readonly MeasureDef[] = [
  {
    id: 'frequency',
    title: 'Deployment frequency',
    definition: 'Deployments (releases done, rolled back or failed) per week, averaged over each period.',
    unit: 'per week',
    toChart: (perDay) => perDay * 7,
    band: 'deploymentFrequency',
    series: [{ key: 'perWeek', label: 'Deployments per week', value: perWeek }],
    columns: [{ header: 'Deployments', numeric: true }, { header: 'Days', numeric: true }, { header: 'Deployments per week', numeric: true }, { header: 'DORA band' }],
    cells: (m) => [m.deployments, round(m.days), round(perWeek(m), 2), bandCell(m, 'deploymentFrequency')],
    headline: (m) => show(perWeek(m), 'per week'),
  },
  {
    id: 'leadTime',
    title: 'Change lead time',
    definition: 'First commit (or submission) to deployment; median and 90th percentile, in days.',
    unit: 'days',
    toChart: (hours) => hours / 24,
    band: 'leadTime',
    series: [
      { key: 'median', label: 'Median', value: (m) => days(m.leadTime.medianHours) },
      { key: 'p90', label: '90th percentile', value: (m) => days(m.leadTime.p90Hours) },
    ],
    columns: [
      { header: 'Deployments', numeric: true }, { header: 'With a start time', numeric: true }, { header: 'Median (days)', numeric: true }, { header: 'p90 (days)', numeric: true }, { header: 'DORA band (median)' },
    ],
    cells: (m) => [m.deployments, m.leadTime.samples, round(days(m.leadTime.medianHours), 2), round(days(m.leadTime.p90Hours), 2), bandCell(m, 'leadTime')],
    headline: (m) => `median ${show(days(m.leadTime.medianHours), 'days')}`,
  },
  {
    id: 'changeFail',
    title: 'Change fail rate',
    definition: 'Deployments that failed, were rolled back, needed a hotfix or caused an incident.',
    unit: '%',
    toChart: (rate) => rate * 100,
    band: 'changeFailRate',
    series: [{ key: 'rate', label: 'Change fail rate', value: (m) => pct(m.changeFail.rate) }],
    columns: [{ header: 'Failed deployments', numeric: true }, { header: 'Deployments', numeric: true }, { header: 'Change fail rate (%)', numeric: true }, { header: 'DORA band' }],
    cells: (m) => [m.changeFail.count, m.changeFail.of, round(pct(m.changeFail.rate)), bandCell(m, 'changeFailRate')],
    headline: (m) => ratioHeadline(m.changeFail),
  },
  {
    id: 'recovery',
    title: 'Failed deployment recovery time',
    definition: 'From the first incident a failed deployment caused to the last one restored; median, in hours.',
    unit: 'hours',
    toChart: (hours) => hours,
    band: 'recoveryTime',
    series: [{ key: 'median', label: 'Median recovery time', value: (m) => m.recovery.medianHours }],
    columns: [
      { header: 'Restored failures', numeric: true }, { header: 'Still open', numeric: true }, { header: 'Failed without incident', numeric: true }, { header: 'Median (hours)', numeric: true }, { header: 'DORA band' },
    ],
    cells: (m) => [m.recovery.samples, m.recovery.open, m.recovery.withoutIncident, round(m.recovery.medianHours, 2), bandCell(m, 'recoveryTime')],
    headline: (m) => `median ${show(m.recovery.medianHours, 'hours')}`,
  },
  {
    id: 'rework',
    title: 'Deployment rework rate',
    definition: 'Unplanned deployments made to fix an incident, of all deployments.',
    unit: '%',
    toChart: (rate) => rate * 100,
    series: [{ key: 'rate', label: 'Rework rate', value: (m) => pct(m.rework.rate) }],
    columns: [{ header: 'Rework deployments', numeric: true }, { header: 'Deployments', numeric: true }, { header: 'Rework rate (%)', numeric: true }],
    cells: (m) => [m.rework.count, m.rework.of, round(pct(m.rework.rate))],
    headline: (m) => ratioHeadline(m.rework),
  },
  {
    id: 'rollback',
    title: 'Rollback rate',
    definition: 'Deployments rolled back, of all deployments.',
    unit: '%',
    toChart: (rate) => rate * 100,
    series: [{ key: 'rate', label: 'Rollback rate', value: (m) => pct(m.rollback.rate) }],
    columns: [{ header: 'Rolled back', numeric: true }, { header: 'Deployments', numeric: true }, { header: 'Rollback rate (%)', numeric: true }],
    cells: (m) => [m.rollback.count, m.rollback.of, round(pct(m.rollback.rate))],
    headline: (m) => ratioHeadline(m.rollback),
  },
];
