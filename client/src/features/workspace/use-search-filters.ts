import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in the address, so a filtered list can be bookmarked, shared with the
 * committee and come back unchanged after opening a row. Only the names in `keys` are read.
 */
export function useSearchFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  // `keys` is a constant list at every call site, so this recomputes only when the address changes.
  const values = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
    [keys, params],
  );
  const set = useCallback(
    (key: K, value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [values, set] as const;
}
