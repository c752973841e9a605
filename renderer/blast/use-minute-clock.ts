import { useEffect, useState } from 'react';

/** The time now, refreshed each minute: sites' local times in the panel stay true while it is open. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
