import { useCallback, useEffect, useState } from "react";

export interface Async<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** The data answers the current key: no load is pending or in flight. Stale data stays on screen while a new load runs. */
  readonly current: boolean;
  readonly reload: () => void;
}

/** Load once per change of `key`; a stale answer (the key moved on meanwhile) is dropped. */
export function useAsync<T>(load: () => Promise<T>, key: string): Async<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean; key: string | null }>({
    data: undefined,
    error: null,
    loading: true,
    key: null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false, key }),
      (error: unknown) => live && setState({ data: undefined, error, loading: false, key }),
    );
    return () => {
      live = false;
    };
    // `load` is recreated each render; `key` says when it really changed.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const { key: loadedKey, ...rest } = state;
  return { ...rest, current: !state.loading && loadedKey === key, reload };
}
