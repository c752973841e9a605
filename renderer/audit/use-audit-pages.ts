import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, Input } from '../../shared/api/contract';
import { call } from '../api/client';

export const PAGE = 200;
const MAX_LIMIT = 1000;

interface Pages {
  rows: AuditEntry[];
  /** True when the oldest matching entry is loaded. */
  done: boolean;
  loading: boolean;
  error: string | null;
}

/**
 * The audit entries matching a query, newest first, a page at a time. `position` is the store's
 * audit position: when a change set arrives the pages loaded so far are read again (up to 1000).
 */
export function useAuditPages(query: Omit<Input<'audit.list'>, 'limit' | 'before'>, position: number) {
  const [pages, setPages] = useState<Pages>({ rows: [], done: false, loading: true, error: null });
  const generation = useRef(0);
  const loaded = useRef(0);
  const lastKey = useRef('');
  const key = JSON.stringify(query);

  useEffect(() => {
    const mine = ++generation.current;
    // A new query starts from its first page; a change set re-reads what was loaded.
    if (lastKey.current !== key) loaded.current = 0;
    lastKey.current = key;
    const limit = Math.min(MAX_LIMIT, Math.max(PAGE, loaded.current));
    void call('audit.list', { ...(JSON.parse(key) as typeof query), limit }).then((result) => {
      if (mine !== generation.current) return; // a newer query answers instead
      if (!result.ok) return setPages((p) => ({ ...p, loading: false, error: result.error.message }));
      loaded.current = result.value.length;
      setPages({ rows: result.value, done: result.value.length < limit, loading: false, error: null });
    });
  }, [key, position]);

  const loadMore = useCallback(() => {
    if (pages.loading || pages.done || pages.rows.length === 0) return;
    const mine = ++generation.current;
    const before = pages.rows[pages.rows.length - 1]!.id;
    setPages((p) => ({ ...p, loading: true }));
    void call('audit.list', { ...(JSON.parse(key) as typeof query), limit: PAGE, before }).then((result) => {
      if (mine !== generation.current) return;
      if (!result.ok) return setPages((p) => ({ ...p, loading: false, error: result.error.message }));
      setPages((p) => {
        const rows = [...p.rows, ...result.value];
        loaded.current = rows.length;
        return { rows, done: result.value.length < PAGE, loading: false, error: null };
      });
    });
  }, [pages, key]);

  return { ...pages, loadMore };
}
