import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS } from '@/config';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves `value` a moment after it stops changing, one save at a time; `flush` saves at once
 * (before submitting). The first value (the one loaded) is not saved.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, enabled: boolean) {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef(value);
  const dirty = useRef(false);
  const running = useRef<Promise<unknown> | null>(null);
  const first = useRef(true);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<boolean> => {
    if (running.current) await running.current.catch(() => undefined);
    if (!dirty.current) return true;
    dirty.current = false;
    setState('saving');
    const p = saveRef.current(latest.current);
    running.current = p;
    try {
      await p;
      setState('saved');
      setSavedAt(new Date());
      setError(null);
      return true;
    } catch (e) {
      setState('error');
      setError(e);
      return false;
    } finally {
      running.current = null;
    }
  }, []);

  useEffect(() => {
    latest.current = value;
    if (first.current) {
      first.current = false;
      return;
    }
    if (!enabled) return;
    dirty.current = true;
    setState('pending');
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, enabled, flush]);

  return { state, error, savedAt, flush };
}
