import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { StatusBadge } from '@/components/StatusBadge';
import { useCalibrationCandidates } from '../api/list-calibration-candidates';
import { useCreateCalibration } from '../api/create-calibration';

const MIN_SAMPLES = 2;
const MAX_SAMPLES = 3;
const MIN_JURORS = 2;

type Chosen = { id: number; title: string };

/**
 * The calibration before it starts: two or three sample projects, from this edition or from a
 * published or archived one (one source at a time, the choice kept across sources), and the jurors.
 */
export function CalibrationSetup({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<number>(editionId);
  const candidates = useCalibrationCandidates(editionId, source === editionId ? undefined : source);
  const create = useCreateCalibration();
  const [samples, setSamples] = useState<Chosen[]>([]);
  const [jurors, setJurors] = useState<number[]>([]);

  const toggleSample = (chosen: Chosen, on: boolean) =>
    setSamples((all) => (on ? [...all, chosen] : all.filter((s) => s.id !== chosen.id)));
  const toggleJuror = (id: number, on: boolean) => setJurors((all) => (on ? [...all, id] : all.filter((j) => j !== id)));
  const ready = samples.length >= MIN_SAMPLES && samples.length <= MAX_SAMPLES && jurors.length >= MIN_JURORS;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ editionId, body: { sampleIds: samples.map((s) => s.id), jurorIds: jurors } });
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="calibration-setup-title">
      <h3 id="calibration-setup-title">{t('calibration.setup.title')}</h3>
      <p>{t('calibration.setup.intro')}</p>
      <p className="alert alert-info">{t('calibration.setup.anonymous')}</p>
      <QueryState query={candidates}>
        {() => {
          const c = candidates.data!;
          return (
            <>
              <Field label={t('calibration.setup.source')}>
                {(p) => (
                  <select {...p} value={source} onChange={(e) => setSource(Number(e.target.value))}>
                    {c.sources.map((s) => (
                      <option key={s.id} value={s.id}>
                        {t(s.id === editionId ? 'calibration.setup.thisEdition' : 'calibration.setup.sourceOption', { number: s.number, year: s.year })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <fieldset>
                <legend>{t('calibration.setup.projects')}</legend>
                {c.projects.length === 0 ? <p className="muted">{t('calibration.setup.noProjects')}</p> : (
                  <ul className="reasons">
                    {c.projects.map((p) => {
                      const checked = samples.some((s) => s.id === p.id);
                      return (
                        <li key={p.id} className="checks">
                          <input id={`sample-${p.id}`} type="checkbox" checked={checked}
                            disabled={!checked && samples.length >= MAX_SAMPLES}
                            onChange={(e) => toggleSample({ id: p.id, title: p.title }, e.target.checked)} />
                          <label htmlFor={`sample-${p.id}`}>{p.title}</label> <StatusBadge kind="submission" value={p.status} />
                        </li>
                      );
                    })}
                  </ul>
                )}
              </fieldset>
              <p>{samples.length === 0 ? t('calibration.setup.noneChosen') : t('calibration.setup.chosen')}</p>
              {samples.length > 0 && (
                <ol>{samples.map((s, i) => <li key={s.id}>{t('calibration.sampleTitle', { label: String.fromCharCode(65 + i), title: s.title })}</li>)}</ol>
              )}
              <fieldset>
                <legend>{t('calibration.setup.jurors')}</legend>
                {c.jurors.length === 0 ? <p className="muted">{t('calibration.setup.noJurors')}</p> : (
                  <>
                    <button type="button" className="secondary small" onClick={() => setJurors(c.jurors.map((j) => j.id))}>
                      {t('calibration.setup.allJurors')}
                    </button>
                    <ul className="reasons">
                      {c.jurors.map((j) => (
                        <li key={j.id} className="checks">
                          <input id={`juror-${j.id}`} type="checkbox" checked={jurors.includes(j.id)}
                            onChange={(e) => toggleJuror(j.id, e.target.checked)} />
                          <label htmlFor={`juror-${j.id}`}>{j.firstName} {j.lastName}{j.email ? ` (${j.email})` : ''}</label>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </fieldset>
            </>
          );
        }}
      </QueryState>
      <p className="hint">{t('calibration.setup.heldHint')}</p>
      <ErrorAlert error={create.error} />
      <button type="submit" disabled={!ready || create.isPending}>{t('calibration.setup.start')}</button>
    </form>
  );
}
