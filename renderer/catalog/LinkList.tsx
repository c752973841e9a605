import { useState, type ReactNode } from 'react';

const FIRST = 40;

/** A titled list that shows the first 40 items and the rest on request (a database can be used by hundreds). */
export function LinkList<T>({ title, items, render, empty }: { title: string; items: readonly T[]; render(item: T): ReactNode; empty: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  const headingId = `detail-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="detail-section">
      <div className="detail-section-head">
        <h3 id={headingId}>{title}</h3>
        <span className="count-pill">{items.length}</span>
      </div>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="link-list" aria-labelledby={headingId}>
          {shown.map((item, i) => (
            <li key={i}>{render(item)}</li>
          ))}
        </ul>
      )}
      {items.length > shown.length ? (
        <button type="button" className="button ghost small" onClick={() => setAll(true)}>
          Show all {items.length}
        </button>
      ) : null}
    </section>
  );
}
