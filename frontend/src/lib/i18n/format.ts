import { LOCALES, type Lang } from '@/config';
import type { LocalizedText } from '@/lib/api/types';
import { fromMoroccoWallClock, moroccoWallClock } from '@/lib/time/morocco';

function locale(lang: string): string {
  return LOCALES[(lang as Lang)] ?? LOCALES.fr;
}

/**
 * A date formatted in the reader's language and numbering, read in UTC (Intl is never asked about
 * Africa/Casablanca: the wall clock was already computed from the offsets table). French writes the
 * first of the month as an ordinal: "1er février 2027".
 */
function formatUtc(date: Date, lang: string, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' }).formatToParts(date);
  const french = locale(lang).startsWith('fr');
  return parts.map((p) => (french && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** An instant, shown at Morocco's time (the offsets come from the server's time-zone data, not the browser's). */
export function formatDateTime(iso: string | undefined, lang: string): string {
  const instant = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(instant)) return '—';
  return formatUtc(moroccoWallClock(instant), lang, { dateStyle: 'long', timeStyle: 'short' });
}

/** A calendar date (`YYYY-MM-DD`, already a Casablanca date). */
export function formatDate(date: string | undefined, lang: string): string {
  const day = date ? new Date(`${date}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) return '—';
  return formatUtc(day, lang, { dateStyle: 'long' });
}

export function formatNumber(value: number | undefined, lang: string, digits = 0): string {
  if (value === undefined || value === null) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale(lang), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function localized(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const own = text[lang as Lang];
  return own && own.trim() ? own : text.fr;
}

/** Time left until an instant, split for a countdown (instants only: no time zone is involved). */
export function timeLeft(iso: string, now: number): { days: number; hours: number; minutes: number; seconds: number } | null {
  const ms = Date.parse(iso) - now;
  if (ms <= 0) return null;
  const s = Math.floor(ms / 1000);
  return { days: Math.floor(s / 86400), hours: Math.floor((s % 86400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `<input type="datetime-local">` value (Morocco's wall clock) of an instant. */
export function toLocalInput(iso: string | undefined): string {
  const instant = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(instant)) return '';
  const wall = moroccoWallClock(instant);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/**
 * The instant (ISO, UTC) at which Morocco's clock shows a typed `datetime-local` value; '' when it is not
 * one. A time shown twice (the clock goes back an hour at the start of Ramadan) is the first of the two;
 * a time never shown (the clock jumps forward after Ramadan) is moved forward by the jump, as the server's
 * java.time does.
 */
export function fromLocalInput(value: string): string {
  const wall = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`) : NaN;
  if (Number.isNaN(wall)) return '';
  return new Date(fromMoroccoWallClock(wall)).toISOString().replace('.000Z', 'Z');
}

/**
 * A typed text (a name, a venue, a title) set inside a sentence of the interface, isolated (FSI ...
 * PDI) so that its own direction comes from its first strong letter and it cannot reorder the words
 * around it: "Global Education Forum" inside an Arabic sentence keeps its guillemets and parentheses.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "Budapest, 3 November 2026 – 6 November 2026" as far as an international forum's city and dates are known. */
export function forumWhen(d: { forumCity?: string; forumYear?: number; forumStartsOn?: string; forumEndsOn?: string }, lang: string): string {
  const dates = d.forumStartsOn && d.forumEndsOn && d.forumStartsOn !== d.forumEndsOn
    ? `${formatDate(d.forumStartsOn, lang)} – ${formatDate(d.forumEndsOn, lang)}`
    : d.forumStartsOn || d.forumEndsOn ? formatDate(d.forumStartsOn ?? d.forumEndsOn, lang)
      : d.forumYear ? String(d.forumYear) : '';
  return [d.forumCity, dates].filter(Boolean).join(lang === 'ar' ? '، ' : ', ');
}

/**
 * The options of a counted text: `count` picks the plural form (Intl.PluralRules: Arabic has six),
 * `n` is the number as shown in the language.
 */
export function counted(count: number, lang: string): { count: number; n: string } {
  return { count, n: formatNumber(count, lang) };
}
