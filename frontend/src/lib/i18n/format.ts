import { LOCALES, TIME_ZONE, type Lang } from '@/config';
import type { LocalizedText } from '@/lib/api/types';

function locale(lang: string): string {
  return LOCALES[(lang as Lang)] ?? LOCALES.fr;
}

/** An instant, shown in Africa/Casablanca. */
export function formatDateTime(iso: string | undefined, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`, already a Casablanca date). */
export function formatDate(date: string | undefined, lang: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
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
  return text[(lang as Lang)] ?? text.fr;
}

/** Time left until an instant, split for a countdown. */
export function timeLeft(iso: string, now: number): { days: number; hours: number; minutes: number; seconds: number } | null {
  const ms = new Date(iso).getTime() - now;
  if (ms <= 0) return null;
  const s = Math.floor(ms / 1000);
  return { days: Math.floor(s / 86400), hours: Math.floor((s % 86400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

/** `<input type="datetime-local">` value (Casablanca wall clock) of an instant, and back. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export function fromLocalInput(value: string): string {
  // Interpret the wall clock in Casablanca: guess as UTC, then correct by the zone's offset at that instant.
  const guess = new Date(`${value}:00Z`);
  const shown = toLocalInput(guess.toISOString());
  const offsetMs = new Date(`${shown}:00Z`).getTime() - guess.getTime();
  return new Date(guess.getTime() - offsetMs).toISOString().replace('.000Z', 'Z');
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
