import { useEffect, useState } from 'react';
import type { AuditCheckpoint } from '../../shared/api/contract';
import { call } from '../api/client';
import { useWorkspace } from '../state/workspace';

/** The audit chain's head hash and count, read again whenever a change set moves the workspace on. */
export function useAuditHead(): AuditCheckpoint | null {
  const position = useWorkspace((s) => s.position);
  const [head, setHead] = useState<AuditCheckpoint | null>(null);
  useEffect(() => {
    let live = true;
    void call('audit.checkpoint', {}).then((r) => {
      if (live && r.ok) setHead(r.value);
    });
    return () => {
      live = false;
    };
  }, [position]);
  return head;
}
