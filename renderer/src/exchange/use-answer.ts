// One answer from main for a screen, asked again when `deps` change, and
// dropped if the screen has gone (or asked again) before it came. Null while
// asking, or when main refused: these parts then simply do not show.
import { useEffect, useState } from 'react';
import type { DependencyList } from 'react';

export function useAnswer<T>(ask: () => Promise<T>, deps: DependencyList, enabled = true): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    ask().then(
      (v) => live && setValue(v),
      () => live && setValue(null),
    );
    return () => {
      live = false;
    };
    // The caller names what the question depends on (`ask` is a new function each render).
  }, [enabled, ...deps]);
  return [value, setValue];
}
