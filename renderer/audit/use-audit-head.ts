import type { AuditCheckpoint } from '../../shared/api/contract';
import { useCurrentRead } from '../api/use-current-read';

/** The audit chain's head hash and count, read again whenever a change set moves the workspace on. */
export const useAuditHead = (): AuditCheckpoint | null => useCurrentRead('audit.checkpoint', {});
