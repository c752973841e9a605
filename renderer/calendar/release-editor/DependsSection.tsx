import { useMemo, useRef } from 'react';
import { RELEASE_DEPENDENCY_KINDS } from '../../../shared/model/plan-enums';
import { FormError } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import type { SectionProps } from './BasicsSection';
import { DEPENDENCY_KIND_LABELS, RELEASE_STATUS_LABELS } from '../release-labels';
import type { DependencyKind } from './release-draft';
import { ReleasePicker } from './ReleasePicker';
import { Section, sectionError } from './Section';
import { useWorkspace } from '../../state/workspace';

/** Other releases this one waits for: finish-before, start-after or same-window. */
export function DependsSection({ draft, update, errors, selfId }: SectionProps & { selfId: number | null }) {
  const releases = useWorkspace((s) => s.plan.releases);
  const byId = useWorkspace((s) => s.releaseById);
  const rootRef = useRef<HTMLDivElement>(null);
  const deps = draft.dependsOn;
  const exclude = useMemo(() => new Set([...(selfId === null ? [] : [selfId]), ...deps.map((d) => d.releaseId)]), [selfId, deps]);
  const titleOf = (id: number) => byId.get(id)?.title ?? `Release #${id} (deleted)`;

  function remove(index: number) {
    update({ dependsOn: deps.filter((_, i) => i !== index) });
    requestAnimationFrame(() => {
      const buttons = rootRef.current?.querySelectorAll<HTMLElement>('.re-remove');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? rootRef.current?.querySelector<HTMLElement>('input[role="combobox"]'))?.focus();
    });
  }

  return (
    <Section title="Depends on" aside={<span className="re-count">{deps.length}</span>}>
      <div ref={rootRef} className="re-stack">
        <ReleasePicker
          label="Add prerequisite release"
          releases={releases}
          exclude={exclude}
          onPick={(releaseId) => update({ dependsOn: [...deps, { releaseId, kind: 'finish-before' }] })}
          hint="Releases that must go first, e.g. the expand step before a schema contract."
        />
        <FormError message={sectionError(errors, 'dependsOn') ?? null} />
        {deps.length === 0 ? (
          <p className="re-empty">Waits for no other release.</p>
        ) : (
          <table className="re-table">
            <thead>
              <tr>
                <th scope="col">Release</th>
                <th scope="col">Order</th>
                <th scope="col"><span className="sr-only">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {deps.map((d, i) => {
                const other = byId.get(d.releaseId);
                const title = titleOf(d.releaseId);
                return (
                  <tr key={d.releaseId}>
                    <td className="re-name">
                      {title}
                      {other ? <span className="re-sub">{RELEASE_STATUS_LABELS[other.status]}{other.plannedStart ? ` · ${other.plannedStart.slice(0, 16).replace('T', ' ')} UTC` : ' · not planned'}</span> : null}
                    </td>
                    <td>
                      <select className="control re-select" aria-label={`How this release waits for ${title}`} value={d.kind} onChange={(e) => update({ dependsOn: deps.map((x, j) => (j === i ? { ...x, kind: e.target.value as DependencyKind } : x)) })}>
                        {RELEASE_DEPENDENCY_KINDS.map((k) => (
                          <option key={k} value={k}>{DEPENDENCY_KIND_LABELS[k]}</option>
                        ))}
                      </select>
                    </td>
                    <td className="re-cell-action">
                      <button type="button" className="icon-button re-remove" aria-label={`Remove dependency on ${title}`} title="Remove" onClick={() => remove(i)}>
                        <Icon name="close" size={14} />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </Section>
  );
}
