import { create } from 'zustand';
import { samePerson } from '../../shared/engine/governance/approval-status';
import type { Profile } from '../../shared/model/governance';
import { actingAs, setActingAs } from '../api/client';
import { useWorkspace } from './workspace';

interface ActingStore {
  /** The chosen profile's name as the client sends it; undefined means the host user. */
  name: string | undefined;
  choose(name: string | undefined): void;
}

/** Who this page acts as, kept in step with the API client (which remembers it in localStorage). */
export const useActing = create<ActingStore>()((set) => ({
  name: actingAs(),
  choose: (name) => {
    setActingAs(name);
    set({ name });
  },
}));

/** The acting profile, or null when none is chosen or the remembered one is gone from the workspace. */
export function useActingProfile(): Profile | null {
  const name = useActing((s) => s.name);
  const profiles = useWorkspace((s) => s.governance.profiles);
  return name ? (profiles.find((p) => samePerson(p.name, name)) ?? null) : null;
}
