import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { AuditEntry } from '../../shared/api/contract';
import { Icon } from '../ui/Icon';
import { entityLabel, jsonText, localTime } from './audit-format';

const ROW_HEIGHT = 38;

/** Before and after of one entry, as JSON text (React escapes it: a name is never markup). */
function EntryDetail({ entry, id }: { entry: AuditEntry; id: string }) {
  return (
    <div className="audit-detail" id={id}>
      <section aria-label={`Before entry ${entry.id}`}>
        <h4>Before</h4>
        <pre>{jsonText(entry.before)}</pre>
      </section>
      <section aria-label={`After entry ${entry.id}`}>
        <h4>After</h4>
        <pre>{jsonText(entry.after)}</pre>
      </section>
    </div>
  );
}

/**
 * The entries as a virtualised list: only the rows in view are in the DOM. A row opens to show its
 * before and after; reaching the end asks for the next (older) page.
 */
export function AuditList({ rows, done, loading, onMore }: { rows: AuditEntry[]; done: boolean; loading: boolean; onMore(): void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  // The virtualiser returns fresh functions each render, which the React Compiler cannot memoise; we do not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8, getItemKey: (i) => rows[i]!.id });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.length ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (!done && !loading && lastShown >= rows.length - 20) onMore();
  }, [lastShown, rows.length, done, loading, onMore]);

  const toggle = (id: number) => setOpen((s) => {
    const next = new Set(s);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  return (
    <div className="audit-scroll" ref={scrollRef}>
      <div role="list" aria-label="Audit entries" className="audit-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const e = rows[item.index]!;
          const expanded = open.has(e.id);
          const detailId = `audit-detail-${e.id}`;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={done ? rows.length : -1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`audit-row ${expanded ? 'open' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button type="button" className="audit-row-head" aria-expanded={expanded} aria-controls={expanded ? detailId : undefined} onClick={() => toggle(e.id)}>
                <span className="audit-chevron" aria-hidden="true"><Icon name={expanded ? 'down' : 'right'} size={14} /></span>
                <time className="audit-time num" dateTime={e.at}>{localTime(e.at)}</time>
                <span className="audit-actor ellipsis" title={e.actor}>{e.actor}</span>
                <span className={`badge audit-action ${e.action}`}>{e.action}</span>
                <span className="audit-entity ellipsis">{entityLabel(e.entity)}{e.entityId !== null ? ` #${e.entityId}` : ''}</span>
                <span className="audit-summary ellipsis" title={e.summary}>{e.summary}</span>
              </button>
              {expanded ? <EntryDetail entry={e} id={detailId} /> : null}
            </div>
          );
        })}
      </div>
      <p className="audit-end muted" aria-live="polite">
        {loading ? 'Loading entries…' : done ? (rows.length ? `End of the trail: ${rows.length} ${rows.length === 1 ? 'entry' : 'entries'} match.` : 'No entry matches these filters.') : `${rows.length} entries loaded; scroll for older ones.`}
      </p>
    </div>
  );
}
