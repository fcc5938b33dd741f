// A message handed to the next page through the router's state (e.g. "the procedure is open"),
// shown once: the state is cleared, so a reload does not show it again.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useOneTimeState<T>(): T | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [value] = useState<T | null>(() => (location.state as T | null) ?? null);
  const hasState = location.state !== null && location.state !== undefined;
  useEffect(() => {
    if (hasState)
      void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
  }, [hasState, navigate, location.pathname, location.search, location.hash]);
  return value;
}
