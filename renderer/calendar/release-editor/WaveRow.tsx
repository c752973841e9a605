import { useId } from 'react';
import type { Site } from '../../../shared/model/catalog';
import { duration } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import type { Problems, WaveDraft } from './release-draft';

interface WaveRowProps {
  wave: WaveDraft;
  index: number;
  count: number;
  sites: readonly Site[];
  errors: Problems;
  onChange(patch: Partial<WaveDraft>): void;
  onMove(to: number): void;
  onRemove(): void;
}

/** One wave: its name, the sites it reaches, how long to soak before the next; move and remove. */
export function WaveRow({ wave, index, count, sites, errors, onChange, onMove, onRemove }: WaveRowProps) {
  const id = useId();
  const n = index + 1;
  const nameError = errors[`waves.${index}.name`];
  const siteError = errors[`waves.${index}.siteIds`];
  const soakError = errors[`waves.${index}.soakMinutes`];
  const soak = /^\d+$/.test(wave.soak.trim()) ? Number(wave.soak) : null;
  const chosen = new Set(wave.siteIds);
  const toggle = (siteId: number, on: boolean) => onChange({ siteIds: on ? [...wave.siteIds, siteId] : wave.siteIds.filter((x) => x !== siteId) });

  return (
    <li className="re-wave" data-wave-key={wave.key}>
      <fieldset className="re-wave-box">
        <legend className="re-wave-legend">Wave {n}</legend>
        <div className="re-wave-tools">
          <button type="button" className="icon-button" data-action="up" aria-label={`Move wave ${n} up`} title="Move up" disabled={index === 0} onClick={() => onMove(index - 1)}>
            <Icon name="up" />
          </button>
          <button type="button" className="icon-button" data-action="down" aria-label={`Move wave ${n} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <Icon name="down" />
          </button>
          <button type="button" className="icon-button re-danger-icon" aria-label={`Remove wave ${n}`} title="Remove wave" onClick={onRemove}>
            <Icon name="trash" size={15} />
          </button>
        </div>
        <div className="re-wave-fields">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} type="text" autoComplete="off" value={wave.name} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${id}-name-error` : undefined} onChange={(e) => onChange({ name: e.target.value })} />
            {nameError ? <p id={`${id}-name-error`} className="field-error">{nameError}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-soak`}>Soak (minutes)</label>
            <input
              id={`${id}-soak`}
              type="number"
              inputMode="numeric"
              min={0}
              step={60}
              value={wave.soak}
              aria-invalid={soakError ? true : undefined}
              aria-describedby={`${id}-soak-hint${soakError ? ` ${id}-soak-error` : ''}`}
              onChange={(e) => onChange({ soak: e.target.value })}
            />
            <p id={`${id}-soak-hint`} className="field-hint">{soak === null ? 'Wait before the next wave.' : soak === 0 ? 'No wait before the next wave.' : `Wait ${duration(soak)} before the next wave.`}</p>
            {soakError ? <p id={`${id}-soak-error`} className="field-error">{soakError}</p> : null}
          </div>
        </div>
        <fieldset className="re-sites" aria-invalid={siteError ? true : undefined} aria-describedby={siteError ? `${id}-sites-error` : undefined}>
          <legend>
            Sites <span className="legend-count">{chosen.size} of {sites.length}</span>
          </legend>
          {sites.length === 0 ? (
            <p className="field-hint">No sites in the catalog yet.</p>
          ) : (
            <div className="re-site-chips">
              {sites.map((site) => (
                <label key={site.id} className={`re-site ${chosen.has(site.id) ? 'on' : ''}`} title={site.timeZone}>
                  <input type="checkbox" checked={chosen.has(site.id)} onChange={(e) => toggle(site.id, e.target.checked)} />
                  <span>{site.name}</span>
                </label>
              ))}
            </div>
          )}
          {siteError ? <p id={`${id}-sites-error`} className="field-error">{siteError}</p> : null}
        </fieldset>
      </fieldset>
    </li>
  );
}
