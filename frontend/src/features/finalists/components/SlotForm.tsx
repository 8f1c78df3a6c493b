import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { toLocalInput } from '@/lib/i18n/format';
import type { PresentationSlot, SlotInput } from '../types';
import { toSlotInput, validateSlot, type SlotDraft, type SlotErrors } from './slotForm';

/** The slot of one finalist: start in Morocco time, duration, place and/or https video link. */
export function SlotForm({ slot, title, pending, error, onSave, onCancelSlot }: {
  slot?: PresentationSlot; title: string; pending?: boolean; error?: unknown;
  onSave: (input: SlotInput) => void; onCancelSlot?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SlotDraft>({
    start: toLocalInput(slot?.startsAt), duration: String(slot?.durationMinutes ?? 20),
    place: slot?.place ?? '', videoUrl: slot?.videoUrl ?? '',
  });
  const [errors, setErrors] = useState<SlotErrors>({});
  const set = (key: keyof SlotDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateSlot(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(toSlotInput(draft));
  };
  const field = (key: keyof SlotDraft, label: string, input: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const id = `slot-${title.replace(/\W+/g, '-')}-${key}`;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {input({ id, 'aria-invalid': errors[key] ? true : undefined, 'aria-describedby': errors[key] ? `${id}-error` : undefined })}
        {errors[key] && <p id={`${id}-error`} className="field-error">{t(errors[key]!)}</p>}
      </div>
    );
  };
  return (
    <form className="slot-form" onSubmit={submit} noValidate aria-label={t('finalists.slotFor', { title })}>
      {field('start', t('finalists.start'), (p) => (
        <input {...p} type="datetime-local" value={draft.start} onChange={(e) => set('start')(e.target.value)} />))}
      {field('duration', t('finalists.duration'), (p) => (
        <input {...p} type="number" min={5} max={240} className="narrow-input" value={draft.duration}
          onChange={(e) => set('duration')(e.target.value)} />))}
      {field('place', t('finalists.place'), (p) => (
        <input {...p} type="text" maxLength={300} value={draft.place} onChange={(e) => set('place')(e.target.value)} />))}
      {field('videoUrl', t('finalists.videoUrl'), (p) => (
        <input {...p} type="url" inputMode="url" maxLength={500} placeholder="https://" value={draft.videoUrl}
          onChange={(e) => set('videoUrl')(e.target.value)} />))}
      <p className="hint">{t('finalists.moroccoTime')}</p>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" disabled={pending}>{slot ? t('finalists.change') : t('finalists.schedule')}</button>
        {slot && onCancelSlot && (
          <button type="button" className="danger" disabled={pending} onClick={onCancelSlot}>{t('finalists.cancelSlot')}</button>
        )}
      </div>
    </form>
  );
}
