import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS } from '@/config';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** What a save did: sent a change, or found nothing that could be sent. */
export type SaveOutcome = 'saved' | 'unchanged';

/**
 * Saves `value` a moment after it stops changing, one save at a time; `flush` saves at once
 * (before submitting). Only a value that changed is saved: the first one (the one loaded) is not,
 * and neither is the same value when saving is switched on again.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<SaveOutcome>, enabled: boolean) {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef(value);
  const seen = useRef(value);
  const dirty = useRef(false);
  const settled = useRef<AutosaveState>('idle');
  const running = useRef<Promise<unknown> | null>(null);
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
      if ((await p) === 'saved') {
        settled.current = 'saved';
        setSavedAt(new Date());
      }
      setState(settled.current);
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
    if (seen.current !== value) {
      seen.current = value;
      dirty.current = true;
    }
    if (!enabled || !dirty.current) return;
    setState('pending');
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, enabled, flush]);

  return { state, error, savedAt, flush };
}
