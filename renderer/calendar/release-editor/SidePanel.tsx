import { useRef } from 'react';
import { count } from '../../../shared/text/plural';
import { BlastPanel } from './BlastPanel';
import { scoreText } from './release-analysis';
import { ConflictPanel, RiskPanel } from './RiskPanels';
import type { ReleasePreview } from './use-release-preview';

const LEVEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/**
 * The live side panel: three figures at a glance (each jumps to its card), then the blast radius,
 * the risk with its factors and the conflicts the draft would have if saved.
 */
export function SidePanel({ preview }: { preview: ReleasePreview }) {
  const rootRef = useRef<HTMLElement>(null);
  const { blast, risk, conflicts } = preview;
  const blocking = conflicts?.filter((c) => c.severity === 'blocking').length ?? 0;

  /** Scrolls the panel (only the panel, never the dialog) to a card and moves focus there. */
  function show(card: string) {
    const root = rootRef.current;
    const target = root?.querySelector<HTMLElement>(`[data-card="${card}"]`);
    if (!root || !target) return;
    const glance = root.querySelector<HTMLElement>('.re-glance')?.offsetHeight ?? 0;
    if (root.scrollHeight > root.clientHeight) root.scrollTo({ top: target.offsetTop - glance - 8 });
    target.focus({ preventScroll: root.scrollHeight > root.clientHeight });
  }

  return (
    <aside className="re-side" aria-label="What the engine says" ref={rootRef}>
      <div className="re-glance">
        <button type="button" className="re-glance-item" onClick={() => show('blast')} aria-label={`Blast radius: ${blast ? `${count(blast.impacted)} services depend on these changes` : 'no services yet'}. Show it.`}>
          <span className="re-glance-value">{blast ? count(blast.impacted) : '–'}</span>
          <span className="re-glance-label">impacted</span>
        </button>
        <button type="button" className={`re-glance-item level-${risk.level}`} onClick={() => show('risk')} aria-label={`Risk ${scoreText(risk.score)} of 100, ${risk.level}. Show the factors.`}>
          <span className="re-glance-value">{scoreText(risk.score)}</span>
          <span className="re-glance-label">{LEVEL[risk.level]} risk</span>
        </button>
        <button
          type="button"
          className={`re-glance-item ${blocking ? 'level-high' : conflicts?.length ? 'level-medium' : ''}`}
          onClick={() => show('conflicts')}
          aria-label={`${conflicts === null ? 'Conflicts not checked yet' : `${conflicts.length} conflicts, ${blocking} blocking`}. Show them.`}
        >
          <span className="re-glance-value">{conflicts === null ? '–' : count(conflicts.length)}</span>
          <span className="re-glance-label">{conflicts?.length === 1 ? 'conflict' : 'conflicts'}</span>
        </button>
      </div>
      <div data-card="blast" tabIndex={-1}>
        <BlastPanel summary={blast} />
      </div>
      <div data-card="risk" tabIndex={-1}>
        <RiskPanel risk={risk} />
      </div>
      <div data-card="conflicts" tabIndex={-1}>
        <ConflictPanel conflicts={conflicts} />
      </div>
    </aside>
  );
}
