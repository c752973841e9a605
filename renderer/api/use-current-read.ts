import { useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useWorkspace } from '../state/workspace';
import { call } from './client';

/**
 * A read from the host, asked again whenever a change set moves the workspace on; null until the
 * first answer (and while a read fails). `input` is compared by value, so a literal is fine.
 */
export function useCurrentRead<M extends Method>(method: M, input: Input<M>): Output<M> | null {
  const position = useWorkspace((s) => s.position);
  const [value, setValue] = useState<Output<M> | null>(null);
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    void call(method, JSON.parse(key) as Input<M>).then((r) => {
      if (live && r.ok) setValue(r.value);
    });
    return () => {
      live = false;
    };
  }, [method, key, position]);
  return value;
}
