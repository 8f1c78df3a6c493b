import { TIME_ZONE } from '@/config';
import type { components } from '@/lib/api/schema';
import builtIn from './morocco-fallback.json';

/**
 * Morocco's wall clock without the browser's time-zone data. A browser's Africa/Casablanca may be years
 * old (Debian's Chromium still puts Morocco on UTC+0 in winter, an hour behind the emails), so the
 * offset of an instant comes from a table of the zone's offset changes: the server's (`GET
 * /api/time-zone`, the Java runtime's data, fetched before the first render) or, when it cannot be
 * fetched, the one built into the bundle (`morocco-fallback.json`, generated from the same data and
 * checked equal to the server's answer by the backend's TimeZoneTest).
 */
export type TimeZoneRules = components['schemas']['TimeZoneRules'];

type Table = { starts: number[]; offsets: number[]; initial: number; candidates: number[] };

const MAX_OFFSET_SECONDS = 18 * 3600;

/** The table of a well-formed answer for Africa/Casablanca (changes in time order, offsets within ±18 h), else null. */
function compile(rules: unknown): Table | null {
  const r = rules as Partial<TimeZoneRules> | null;
  if (!r || r.zone !== TIME_ZONE || !Array.isArray(r.transitions) || !validOffset(r.offsetSeconds)) return null;
  const starts: number[] = [];
  const offsets: number[] = [];
  for (const t of r.transitions) {
    const at = typeof t?.at === 'string' ? Date.parse(t.at) : NaN;
    if (!Number.isFinite(at) || !validOffset(t.offsetSeconds) || (starts.length > 0 && at <= starts[starts.length - 1])) return null;
    starts.push(at);
    offsets.push(t.offsetSeconds * 1000);
  }
  const initial = r.offsetSeconds * 1000;
  return { starts, offsets, initial, candidates: [...new Set([initial, ...offsets])].sort((a, b) => b - a) };
}

function validOffset(seconds: unknown): seconds is number {
  return Number.isInteger(seconds) && Math.abs(seconds as number) <= MAX_OFFSET_SECONDS;
}

let table: Table = compile(builtIn)!;

/** Uses the server's answer from now on; a malformed one is ignored (the table in use stays). */
export function applyTimeZoneRules(rules: unknown): boolean {
  const compiled = compile(rules);
  if (compiled) table = compiled;
  return compiled !== null;
}

/** Back to the built-in table (tests). */
export function resetTimeZoneRules() {
  table = compile(builtIn)!;
}

/** Morocco's offset from UTC at an instant, in milliseconds (before the table's first change: the offset it starts with). */
export function moroccoOffset(instant: number): number {
  const { starts, offsets } = table;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= instant) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? table.initial : offsets[low - 1];
}

/** Morocco's wall clock at an instant, as a Date whose UTC fields read it (format it in timeZone 'UTC'). */
export function moroccoWallClock(instant: number): Date {
  return new Date(instant + moroccoOffset(instant));
}

/**
 * The instant at which Morocco's clock shows a wall time (given as the milliseconds of that wall time read
 * as UTC). As java.time does: a wall time shown twice (the clock goes back) is its earlier instant; a wall
 * time never shown (the clock jumps forward) is moved forward by the jump, i.e. read with the offset
 * before it.
 */
export function fromMoroccoWallClock(wall: number): number {
  // Offsets are tried largest first, so the first that fits gives the earliest instant.
  for (const offset of table.candidates) {
    if (moroccoOffset(wall - offset) === offset) return wall - offset;
  }
  // In a jump: read before the change (the earliest candidate instant), with the offset then in force.
  return wall - moroccoOffset(wall - table.candidates[0]);
}

/** Today in Morocco, as `YYYY-MM-DD`. */
export function moroccoToday(now: number): string {
  return moroccoWallClock(now).toISOString().slice(0, 10);
}

/** This year in Morocco. */
export function moroccoYear(now: number): number {
  return moroccoWallClock(now).getUTCFullYear();
}

/**
 * Fetches the server's table and uses it. Resolves (never rejects) once it is in use, or after `waitMs`
 * at the latest with the built-in table still in use: the first render never waits longer. An answer
 * that arrives later is still used from then on.
 */
export function loadTimeZoneRules(fetchRules: () => Promise<unknown>, waitMs: number): Promise<void> {
  const loaded = fetchRules().then((rules) => { applyTimeZoneRules(rules); }, () => undefined);
  return Promise.race([loaded, new Promise<void>((resolve) => { setTimeout(resolve, waitMs); })]);
}
