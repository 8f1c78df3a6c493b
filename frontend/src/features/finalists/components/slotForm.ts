import { fromLocalInput } from '@/lib/i18n/format';
import type { SlotInput } from '../types';

/** What the slot form holds: the Morocco wall-clock start (`datetime-local`), minutes, place, video link. */
export type SlotDraft = { start: string; duration: string; place: string; videoUrl: string };

/** The form's errors, keyed by field, each an i18n key; empty when the draft can be sent. */
export type SlotErrors = Partial<Record<keyof SlotDraft, string>>;

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

export function validateSlot(draft: SlotDraft): SlotErrors {
  const errors: SlotErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(draft.start)) errors.start = 'finalists.errors.start';
  const minutes = Number(draft.duration);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) errors.duration = 'finalists.errors.duration';
  const place = draft.place.trim();
  const video = draft.videoUrl.trim();
  if (place.length > 300) errors.place = 'finalists.errors.placeLength';
  if (video && (video.length > 500 || !isHttpsUrl(video))) errors.videoUrl = 'finalists.errors.https';
  if (!place && !video) errors.place = 'finalists.errors.where';
  return errors;
}

/** The request body of a valid draft: the start as an instant (the wall clock read in Morocco). */
export function toSlotInput(draft: SlotDraft): SlotInput {
  return {
    startsAt: fromLocalInput(draft.start),
    durationMinutes: Number(draft.duration),
    place: draft.place.trim() || null,
    videoUrl: draft.videoUrl.trim() || null,
  };
}
