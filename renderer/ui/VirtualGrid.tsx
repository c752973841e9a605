import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon';

export interface GridColumn<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. "minmax(200px, 2fr)" or "88px". */
  width: string;
  align?: 'start' | 'end';
  sortable?: boolean;
  render(row: T): ReactNode;
}

interface VirtualGridProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly GridColumn<T>[];
  rowKey(row: T): number;
  onOpen(row: T): void;
  selectedKey?: number | null;
  sort?: { key: string; dir: 'asc' | 'desc' };
  onSort?(key: string): void;
  empty: ReactNode;
}

const ROW_HEIGHT = 34;

/**
 * A div-based ARIA grid whose body is virtualised: only the visible rows (plus the keyboard-active
 * one) are in the DOM, so 10,000 services scroll smoothly. One row is tabbable at a time;
 * Up/Down/Home/End/PageUp/PageDown move, Enter or Space opens.
 */
export function VirtualGrid<T>({ label, rows, columns, rowKey, onOpen, selectedKey = null, sort, onSort, empty }: VirtualGridProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [activeKey, setActiveKey] = useState<number | null>(selectedKey);
  const [seenSelected, setSeenSelected] = useState(selectedKey);
  if (selectedKey !== seenSelected) {
    // Selection changed from outside (e.g. a link in the detail panel): the active row follows it.
    setSeenSelected(selectedKey);
    if (selectedKey !== null) setActiveKey(selectedKey);
  }
  const found = activeKey === null ? -1 : rows.findIndex((r) => rowKey(r) === activeKey);
  const activeIndex = found >= 0 ? found : rows.length > 0 ? 0 : -1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const base = defaultRangeExtractor(range);
      return activeIndex < 0 || base.includes(activeIndex) ? base : [...base, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // The virtualiser returns fresh functions each render, which the React Compiler cannot memoise; we do not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6, rangeExtractor });

  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((r) => rowKey(r) === selectedKey);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
  }, [activeIndex, activeKey]);

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (row === undefined) return;
    focusPending.current = true;
    setActiveKey(rowKey(row));
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    if (clamped === activeIndex) scrollRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number, row: T) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    }
  }

  const template = { '--grid-columns': columns.map((c) => c.width).join(' ') } as CSSProperties;
  return (
    <div className="vgrid" role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} style={template}>
      <div className="vgrid-head" role="rowgroup">
        <div className="vgrid-row" role="row" aria-rowindex={1}>
          {columns.map((c, i) => (
            <div
              key={c.key}
              role="columnheader"
              aria-colindex={i + 1}
              className={`vgrid-cell ${c.align === 'end' ? 'align-end' : ''}`}
              aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.sortable && onSort ? (
                <button type="button" className={`sort-button ${sort?.key === c.key ? 'sorted' : ''}`} onClick={() => onSort(c.key)}>
                  <span>{c.header}</span>
                  <Icon name={sort?.key === c.key ? (sort.dir === 'asc' ? 'up' : 'down') : 'sort'} size={14} />
                </button>
              ) : (
                <span className="header-text">{c.header}</span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="vgrid-body" role="rowgroup" ref={scrollRef}>
        {rows.length === 0 ? (
          <div className="vgrid-empty">{empty}</div>
        ) : (
          <div className="vgrid-sizer" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              const key = rowKey(row);
              return (
                <div
                  key={key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={key === selectedKey}
                  data-index={item.index}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  className={`vgrid-row ${key === selectedKey ? 'selected' : ''} ${item.index % 2 ? 'odd' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                  onClick={() => {
                    setActiveKey(key);
                    onOpen(row);
                  }}
                  onKeyDown={(e) => onKeyDown(e, item.index, row)}
                >
                  {columns.map((c, i) => (
                    <div key={c.key} role="gridcell" aria-colindex={i + 1} className={`vgrid-cell ${c.align === 'end' ? 'align-end' : ''}`}>
                      {c.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
