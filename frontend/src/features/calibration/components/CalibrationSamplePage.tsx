import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { RubricCriterionField, type CriterionAnswer } from '@/components/RubricCriterionField';
import { formatNumber, localized } from '@/lib/i18n/format';
import { useSchoolLevels } from '@/lib/reference/reference';
import type { JuryCalibrationSample, ScoreInput } from '@/lib/api/types';
import { useMyCalibrationSample } from '../api/get-my-calibration-sample';
import { useSaveMyCalibrationScores } from '../api/save-my-calibration-scores';

function Project({ sample }: { sample: JuryCalibrationSample }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const levels = useSchoolLevels();
  const p = sample.project;
  return (
    <section className="card" aria-labelledby="sample-project-title">
      <h2 id="sample-project-title">{t('jury.project')}</h2>
      <p className="alert alert-info">{t('calibration.jury.anonymous', { number: sample.edition.number })}</p>
      <dl className="facts">
        <dt>{t('fields.schoolLevel')}</dt><dd>{localized(levels.data?.find((l) => l.code === p.schoolLevel)?.label, lang) || '—'}</dd>
        <dt>{t('fields.discipline')}</dt><dd>{p.discipline ?? '—'}</dd>
        <dt>{t('fields.pupilsCount')}</dt><dd>{formatNumber(p.pupilsCount, lang)}</dd>
        <dt>{t('fields.technologies')}</dt><dd>{p.technologies.join(', ') || '—'}</dd>
      </dl>
      {p.summary && (<><h3>{t('fields.summary')}</h3><p>{p.summary}</p></>)}
      {p.description && (<><h3>{t('fields.description')}</h3><div className="prose">{p.description.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>)}</div></>)}
    </section>
  );
}

/** The sample scored whole: every criterion answered, then saved; correctable while the calibration is open. */
function ScoresForm({ sample }: { sample: JuryCalibrationSample }) {
  const { t, i18n } = useTranslation();
  const save = useSaveMyCalibrationScores();
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>(() =>
    Object.fromEntries(sample.scores.map((s) => [s.criterionCode, s.gates?.length ? { gates: s.gates } : { score: s.score }])));
  const disabled = !sample.canScore;
  // A criterion with gates always has an answer (an unticked gate is a "no"); a scale needs a level.
  const scores: ScoreInput[] = sample.criteria.flatMap((c): ScoreInput[] => {
    const a = answers[c.code];
    if (c.gates.length > 0) return [{ criterionCode: c.code, gates: c.gates.map((_g, i) => a?.gates?.[i] ?? false) }];
    return a?.score !== undefined ? [{ criterionCode: c.code, score: a.score }] : [];
  });
  const complete = scores.length === sample.criteria.length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ sampleId: sample.id, scores });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="sample-form-title">
      <h2 id="sample-form-title">{t('calibration.jury.form')}</h2>
      {disabled ? <p className="alert alert-info">{t('calibration.jury.closed')}</p> : <p className="hint">{t('calibration.jury.formHint')}</p>}
      {sample.criteria.map((c) => (
        <RubricCriterionField key={c.code} criterion={c} answer={answers[c.code] ?? {}} disabled={disabled}
          onChange={(a) => setAnswers((all) => ({ ...all, [c.code]: a }))} />
      ))}
      <ErrorAlert error={save.error} />
      {!disabled && <button type="submit" disabled={!complete || save.isPending}>{t('calibration.jury.save')}</button>}
      {save.isSuccess && save.data.rawScore !== undefined && (
        <p role="status" className="alert alert-success">{t('calibration.jury.saved', { score: formatNumber(save.data.rawScore, i18n.language, 1) })}</p>
      )}
    </form>
  );
}

/** A calibration sample project, as the juror scores it. */
export function CalibrationSamplePage() {
  const { t } = useTranslation();
  const id = Number(useParams().sampleId);
  const query = useMyCalibrationSample(id);
  return (
    <QueryState query={query}>
      {() => {
        const s = query.data!;
        return (
          <>
            <p><Link to="/jury">{t('calibration.jury.back')}</Link></p>
            <h1>{t('calibration.sampleTitle', { label: s.project.label, title: s.project.title })}</h1>
            <Project sample={s} />
            <ScoresForm key={s.id} sample={s} />
          </>
        );
      }}
    </QueryState>
  );
}
