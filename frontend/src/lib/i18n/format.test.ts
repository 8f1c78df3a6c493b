import { describe, expect, it } from 'vitest';
import { fromLocalInput, formatDateTime, formatNumber, timeLeft, toLocalInput } from './format';
import { fr } from './locales/fr';
import { ar } from './locales/ar';
import { en } from './locales/en';

function leafKeys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));
}

/** The texts of a dictionary, a plural text once whatever forms its language needs (see plurals.test.ts). */
function keys(o: object): string[] {
  return [...new Set(leafKeys(o).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('dates and numbers', () => {
  it('shows instants in Africa/Casablanca whatever the machine zone', () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in Casablanca (UTC+1).
    expect(formatDateTime('2026-03-31T23:30:00Z', 'fr')).toBe('1er avril 2026 à 00:30');
    expect(formatDateTime('2026-03-31T23:30:00Z', 'en')).toMatch(/1 April 2026/);
  });

  it('turns a Casablanca wall-clock time into the same instant and back', () => {
    const iso = fromLocalInput('2026-05-25T10:00');
    expect(iso).toBe('2026-05-25T09:00:00Z');
    expect(toLocalInput(iso)).toBe('2026-05-25T10:00');
  });

  it('formats numbers in the user locale', () => {
    expect(formatNumber(64.25, 'fr', 1)).toBe('64,3');
    expect(formatNumber(64.25, 'en', 1)).toBe('64.3');
    expect(formatNumber(undefined, 'fr')).toBe('—');
  });

  it('counts down to a deadline and stops after it', () => {
    const now = Date.parse('2026-03-30T22:59:00Z');
    expect(timeLeft('2026-03-31T23:00:30Z', now)).toEqual({ days: 1, hours: 0, minutes: 1, seconds: 30 });
    expect(timeLeft('2026-03-30T22:00:00Z', now)).toBeNull();
  });
});

describe('translations', () => {
  it('has every French key in Arabic and English, none empty', () => {
    expect(keys(ar)).toEqual(keys(fr));
    expect(keys(en)).toEqual(keys(fr));
    for (const dict of [fr, ar, en]) {
      for (const key of leafKeys(dict)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dict);
        expect(value, key).not.toBe('');
      }
    }
  });
});
