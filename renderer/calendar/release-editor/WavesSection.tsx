import { useRef } from 'react';
import { FormError } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import type { SectionProps } from './BasicsSection';
import { pilotSentence, type pilotWarning } from './release-analysis';
import { STRATEGY_LABELS } from '../release-labels';
import { moveItem, nextKey, type WaveDraft } from './release-draft';
import { Section, sectionError, Warning } from './Section';
import { WaveRow } from './WaveRow';
import { useWorkspace } from '../../state/workspace';

interface WavesSectionProps extends SectionProps {
  pilot: ReturnType<typeof pilotWarning>;
}

/** Waves: an ordered list of site groups, each with its soak time; the pilot must come first. */
export function WavesSection({ draft, update, errors, pilot }: WavesSectionProps) {
  const sites = useWorkspace((s) => s.catalog.sites);
  const rootRef = useRef<HTMLDivElement>(null);
  const waves = draft.waves;
  const setWaves = (next: WaveDraft[]) => update({ waves: next });

  /** After a move or a removal, focus stays with the wave (or the list) so the keyboard user keeps their place. */
  function focusLater(selector: string, fallback: string) {
    requestAnimationFrame(() => {
      const root = rootRef.current;
      const target = root?.querySelector<HTMLElement>(selector);
      (target && !target.hasAttribute('disabled') ? target : root?.querySelector<HTMLElement>(fallback))?.focus();
    });
  }

  function move(from: number, to: number) {
    const key = waves[from]?.key;
    setWaves(moveItem(waves, from, to));
    const action = to < from ? 'up' : 'down';
    focusLater(`[data-wave-key="${key}"] [data-action="${action}"]`, `[data-wave-key="${key}"] [data-action="${action === 'up' ? 'down' : 'up'}"]`);
  }

  function remove(index: number) {
    setWaves(waves.filter((_, i) => i !== index));
    const next = waves[index + 1] ?? waves[index - 1];
    focusLater(next ? `[data-wave-key="${next.key}"] input` : '.re-add-wave', '.re-add-wave');
  }

  function add() {
    const key = nextKey();
    const name = waves.length === 0 ? 'Pilot' : `Wave ${waves.length + 1}`;
    setWaves([...waves, { key, name, siteIds: [], soak: waves.length === 0 ? '1440' : '0' }]);
    focusLater(`[data-wave-key="${key}"] input`, '.re-add-wave');
  }

  const notWaves = waves.length > 0 && draft.strategy !== 'waves';
  return (
    <Section title="Waves" aside={<span className="re-count">{waves.length}</span>}>
      <div ref={rootRef} className="re-stack">
        <p className="field-hint re-section-hint">
          {notWaves
            ? `The strategy is ${STRATEGY_LABELS[draft.strategy].label.toLowerCase()}: the waves still set which sites the release reaches, but the pilot rule applies to the Waves strategy only.`
            : 'Site groups in rollout order. The first wave is the pilot: one site (or named “Pilot”), never larger than a later wave.'}
        </p>
        <Warning>{pilot ? pilotSentence(pilot) : null}</Warning>
        <FormError message={sectionError(errors, 'waves') ?? null} />
        {waves.length ? (
          <ol className={`re-waves ${pilot ? 'unsafe' : ''}`}>
            {waves.map((wave, i) => (
              <WaveRow
                key={wave.key}
                wave={wave}
                index={i}
                count={waves.length}
                sites={sites}
                errors={errors}
                onChange={(patch) => setWaves(waves.map((w, j) => (j === i ? { ...w, ...patch } : w)))}
                onMove={(to) => move(i, to)}
                onRemove={() => remove(i)}
              />
            ))}
          </ol>
        ) : (
          <p className="re-empty">No waves: every site the services serve changes at once.</p>
        )}
        <button type="button" className="button small re-add-wave" onClick={add}>
          <Icon name="plus" size={14} />
          Add wave
        </button>
      </div>
    </Section>
  );
}
