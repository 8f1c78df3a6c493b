import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useRoundAssignments } from '../api/list-round-jurors';
import { useMinutes } from '../api/get-minutes';
import { useSetPresident } from '../api/set-president';
import type { RoundKey } from '../types';

/** The admin names the jury's president of a finalists' round among the jurors assigned in it, the current one chosen. */
export function PresidentSelect({ editionId, position }: RoundKey) {
  const { t } = useTranslation();
  const id = useId();
  const assignments = useRoundAssignments({ editionId, position });
  const minutes = useMinutes({ editionId, position });
  const save = useSetPresident({ editionId, position });
  const [chosen, setChosen] = useState<string | null>(null);
  const jurors = [...new Map((assignments.data ?? []).map((a) => [a.juror.id, a.juror])).values()]
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`));
  const current = minutes.data?.presidentId ? String(minutes.data.presidentId) : '';
  const value = chosen ?? current;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value) save.mutate(Number(value));
  };
  if (assignments.isSuccess && jurors.length === 0) return <p className="muted">{t('finalists.noJurorsYet')}</p>;
  return (
    <form className="card inline-form" onSubmit={submit}>
      <label htmlFor={id}>{t('finalists.presidentLabel')}</label>
      <select id={id} value={value} onChange={(e) => { save.reset(); setChosen(e.target.value); }}>
        <option value="">{t('finalists.presidentChoose')}</option>
        {jurors.map((j) => <option key={j.id} value={j.id}>{j.firstName} {j.lastName}</option>)}
      </select>
      <button type="submit" disabled={!value || save.isPending}>{t('finalists.savePresident')}</button>
      <ErrorAlert error={save.error ?? assignments.error} />
      {save.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('finalists.presidentSaved', { name: save.data.presidentName ?? jurors.find((j) => String(j.id) === value)?.lastName ?? '' })}
        </p>
      )}
    </form>
  );
}
