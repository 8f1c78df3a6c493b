import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, fromLocalInput, timeLeft, toLocalInput } from '@/lib/i18n/format';
import {
  applyTimeZoneRules, fromMoroccoWallClock, loadTimeZoneRules, moroccoOffset, moroccoToday, resetTimeZoneRules, type TimeZoneRules,
} from './morocco';
import builtIn from './morocco-fallback.json';

const RealDateTimeFormat = Intl.DateTimeFormat;
let zonesAsked: (string | undefined)[] = [];

/**
 * Debian's Chromium: its Africa/Casablanca is UTC+0 all winter. Every Intl.DateTimeFormat made while
 * this is installed is recorded, and asking for Africa/Casablanca gets that wrong data.
 */
function installWrongZoneData() {
  zonesAsked = [];
  const Wrong = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    zonesAsked.push(options?.timeZone);
    return new RealDateTimeFormat(locales, options?.timeZone === 'Africa/Casablanca' ? { ...options, timeZone: 'UTC' } : options);
  } as unknown as typeof Intl.DateTimeFormat;
  Intl.DateTimeFormat = Wrong;
}

beforeEach(() => {
  resetTimeZoneRules();
  installWrongZoneData();
});
afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
  resetTimeZoneRules();
  vi.useRealTimers();
});

describe("Morocco's time without the browser's time-zone data", () => {
  it('shows a December instant at UTC+1 and a Ramadan 2027 instant at UTC+0, never asking Intl about Africa/Casablanca', () => {
    expect(formatDateTime('2026-12-15T20:30:00Z', 'fr')).toBe('15 décembre 2026 à 21:30');
    expect(formatDateTime('2027-02-20T20:30:00Z', 'fr')).toBe('20 février 2027 à 20:30');
    expect(formatDateTime('2026-12-15T20:30:00Z', 'en')).toBe('15 December 2026 at 21:30');
    expect(formatDateTime('2026-12-15T20:30:00Z', 'ar')).toBe('15 دجنبر 2026 في 21:30');
    expect(toLocalInput('2026-12-15T20:30:00Z')).toBe('2026-12-15T21:30');
    expect(toLocalInput('2027-02-20T20:30:00Z')).toBe('2027-02-20T20:30');
    expect(fromLocalInput('2026-12-15T21:30')).toBe('2026-12-15T20:30:00Z');
    expect(fromLocalInput('2027-02-20T20:30')).toBe('2027-02-20T20:30:00Z');
    expect(moroccoToday(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(zonesAsked.length).toBeGreaterThan(0);
    expect(zonesAsked.every((zone) => zone === 'UTC')).toBe(true);
  });

  it('changes offset exactly at the instants of the table (Ramadan 2027: 7 February and 14 March)', () => {
    expect(moroccoOffset(Date.parse('2027-02-07T01:59:59Z'))).toBe(3_600_000);
    expect(moroccoOffset(Date.parse('2027-02-07T02:00:00Z'))).toBe(0);
    expect(moroccoOffset(Date.parse('2027-03-14T01:59:59Z'))).toBe(0);
    expect(moroccoOffset(Date.parse('2027-03-14T02:00:00Z'))).toBe(3_600_000);
    // Before the table's first change: the offset it starts with (UTC+1 on 1 January 2024).
    expect(moroccoOffset(Date.parse('2023-12-31T12:00:00Z'))).toBe(builtIn.offsetSeconds * 1000);
  });

  it('reads a wall time shown twice (the clock goes back at the start of Ramadan) as the first of the two', () => {
    // 7 February 2027: 03:00 becomes 02:00, so 02:30 is shown at 01:30 UTC and again at 02:30 UTC.
    expect(toLocalInput('2027-02-07T01:30:00Z')).toBe('2027-02-07T02:30');
    expect(toLocalInput('2027-02-07T02:30:00Z')).toBe('2027-02-07T02:30');
    expect(fromLocalInput('2027-02-07T02:30')).toBe('2027-02-07T01:30:00Z');
    expect(fromLocalInput('2027-02-07T03:00')).toBe('2027-02-07T03:00:00Z');
    expect(fromLocalInput('2027-02-07T01:59')).toBe('2027-02-07T00:59:00Z');
  });

  it('moves a wall time never shown (the clock jumps forward after Ramadan) forward by the jump, as java.time does', () => {
    // 14 March 2027: 02:00 becomes 03:00, so 02:00 to 02:59 are never shown.
    expect(fromLocalInput('2027-03-14T02:30')).toBe('2027-03-14T02:30:00Z');
    expect(toLocalInput(fromLocalInput('2027-03-14T02:30'))).toBe('2027-03-14T03:30');
    expect(fromLocalInput('2027-03-14T02:00')).toBe('2027-03-14T02:00:00Z');
    expect(fromLocalInput('2027-03-14T01:59')).toBe('2027-03-14T01:59:00Z');
    expect(fromLocalInput('2027-03-14T03:00')).toBe('2027-03-14T02:00:00Z');
    expect(fromMoroccoWallClock(Date.parse('2027-03-14T03:01:00Z'))).toBe(Date.parse('2027-03-14T02:01:00Z'));
  });

  it('turns what is not a wall time into nothing rather than a wrong instant', () => {
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('2027-13-40T99:00')).toBe('');
    expect(toLocalInput(undefined)).toBe('');
    expect(formatDateTime('not a date', 'fr')).toBe('—');
  });

  it('counts down with instants only', () => {
    const now = Date.parse('2026-12-15T20:29:00Z');
    expect(timeLeft('2026-12-15T20:30:30Z', now)).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 30 });
    expect(zonesAsked).toEqual([]);
  });
});

describe("the server's table", () => {
  const server: TimeZoneRules = {
    ...builtIn,
    from: '2004-01-01T00:00:00Z',
    until: '2032-01-01T00:00:00Z',
    offsetSeconds: 0,
    transitions: [
      // 2016 (before the built-in window): summer time, suspended during Ramadan.
      { at: '2016-03-27T02:00:00Z', offsetSeconds: 3600 },
      { at: '2016-06-05T02:00:00Z', offsetSeconds: 0 },
      { at: '2016-07-10T02:00:00Z', offsetSeconds: 3600 },
      { at: '2016-10-30T02:00:00Z', offsetSeconds: 0 },
      ...builtIn.transitions,
    ],
  };

  it('is used once fetched, for instants before the built-in window too', async () => {
    expect(formatDateTime('2016-01-15T12:00:00Z', 'fr')).toBe('15 janvier 2016 à 13:00');
    await loadTimeZoneRules(async () => server, 1000);
    expect(formatDateTime('2016-01-15T12:00:00Z', 'fr')).toBe('15 janvier 2016 à 12:00');
    expect(formatDateTime('2016-05-25T09:00:00Z', 'fr')).toBe('25 mai 2016 à 10:00');
    expect(formatDateTime('2026-12-15T20:30:00Z', 'fr')).toBe('15 décembre 2026 à 21:30');
  });

  it('keeps the built-in table when the answer fails or is malformed', async () => {
    await loadTimeZoneRules(async () => { throw new Error('offline'); }, 1000);
    expect(formatDateTime('2026-12-15T20:30:00Z', 'fr')).toBe('15 décembre 2026 à 21:30');
    for (const bad of [null, { ...server, zone: 'Europe/Paris' }, { ...server, offsetSeconds: 90_000 },
      { ...server, transitions: [...server.transitions].reverse() }, { ...server, transitions: [{ at: 'soon', offsetSeconds: 0 }] }]) {
      expect(applyTimeZoneRules(bad)).toBe(false);
    }
    expect(formatDateTime('2016-01-15T12:00:00Z', 'fr')).toBe('15 janvier 2016 à 13:00');
  });

  it('never holds the first render longer than the wait, and is used when it arrives later', async () => {
    vi.useFakeTimers();
    let answer: (rules: TimeZoneRules) => void = () => undefined;
    let ready = false;
    void loadTimeZoneRules(() => new Promise((resolve) => { answer = resolve; }), 1000).then(() => { ready = true; });
    await vi.advanceTimersByTimeAsync(999);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    answer(server);
    await vi.advanceTimersByTimeAsync(0);
    expect(formatDateTime('2016-01-15T12:00:00Z', 'fr')).toBe('15 janvier 2016 à 12:00');
  });
});

describe('French dates', () => {
  it('write the first of the month as "1er", in French only', () => {
    expect(formatDate('2027-02-01', 'fr')).toBe('1er février 2027');
    expect(formatDate('2027-02-11', 'fr')).toBe('11 février 2027');
    expect(formatDate('2027-02-21', 'fr')).toBe('21 février 2027');
    expect(formatDateTime('2027-01-31T23:30:00Z', 'fr')).toBe('1er février 2027 à 00:30');
    expect(formatDate('2027-02-01', 'en')).toBe('1 February 2027');
    expect(formatDate('2027-02-01', 'ar')).toBe('1 فبراير 2027');
    expect(formatDateTime('2027-01-31T23:30:00Z', 'en')).toBe('1 February 2027 at 00:30');
  });
});
