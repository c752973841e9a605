import { useState } from 'react';
import { BY_CHOICES, PERIOD_CHOICES, type ByChoice, type PeriodChoice } from './dora-range';
import { EmergencyApprovals } from './EmergencyApprovals';
import { FreezeCard } from './FreezeCard';
import { MeasureCard } from './MeasureCard';
import { MEASURES } from './measure-defs';
import { RiskCard } from './RiskCard';
import { useDoraInput, useMeasureRows, useMissingApprovals } from './use-dora-data';

const ROW_NAMES: Record<ByChoice, string> = { time: '', service: 'service', tier: 'tier', site: 'site', team: 'owner team' };

/** Delivery measures: DORA's measures over time or per group, upcoming risk, freeze coverage and overdue approvals. */
export function DoraView() {
  const [period, setPeriod] = useState<PeriodChoice>('months');
  const [by, setBy] = useState<ByChoice>('time');
  const input = useDoraInput();
  const { rows, total } = useMeasureRows(input, period, by);
  const missing = useMissingApprovals(input);
  const rangeText = period === 'months' ? 'last 12 months' : 'last 26 weeks';
  const rowName = by === 'time' ? (period === 'months' ? 'month' : 'week') : ROW_NAMES[by];

  return (
    <section className="ops-panel dash" aria-labelledby="dash-title">
      <header className="page-header">
        <div>
          <h1 id="dash-title">Delivery measures</h1>
          <p className="page-lede">How often changes reach production, how long they take, and how often they fail — from the releases and incidents in this workspace.</p>
        </div>
      </header>
      <div className="dash-toolbar" role="toolbar" aria-label="Measure options">
        <Choice<PeriodChoice> label="Period" value={period} choices={PERIOD_CHOICES} onChange={setPeriod} />
        <Choice<ByChoice> label="By" value={by} choices={BY_CHOICES} onChange={setBy} />
      </div>
      <EmergencyApprovals missing={missing} />
      <div className="dash-grid">
        {MEASURES.map((def) => (
          <MeasureCard key={def.id} def={def} rows={rows} total={total} rowName={rowName} rangeText={rangeText} sideways={by !== 'time'} />
        ))}
        <RiskCard />
        <FreezeCard />
      </div>
    </section>
  );
}

function Choice<T extends string>({ label, value, choices, onChange }: { label: string; value: T; choices: ReadonlyArray<{ id: T; label: string }>; onChange(v: T): void }) {
  return (
    <div className="toolbar-group">
      <span className="toolbar-label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented" role="radiogroup" aria-label={label}>
        {choices.map((c) => (
          <button key={c.id} type="button" role="radio" aria-checked={value === c.id} className={value === c.id ? 'on' : ''} onClick={() => onChange(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}
