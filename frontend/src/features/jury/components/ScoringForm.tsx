import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import type { Criterion, JuryAssignment, ScoreInput } from '@/lib/api/types';
import { AUTOSAVE_DELAY_MS } from '@/config';
import { saveEvaluation } from '../api/save-evaluation';
import { useSubmitEvaluation } from '../api/submit-evaluation';

type Answer = { score?: number; gates?: boolean[] };

/** Level from gate answers: the gates passed in a row, plus one. */
export function levelFromGates(gates: boolean[]): number {
  let passed = 0;
  while (passed < gates.length && gates[passed]) passed += 1;
  return passed + 1;
}

function CriterionInput({ criterion, answer, onChange, disabled }: { criterion: Criterion; answer: Answer; onChange: (a: Answer) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = localized(criterion.label, lang);
  if (criterion.gates.length > 0) {
    const gates = answer.gates ?? criterion.gates.map(() => false);
    return (
      <fieldset className="criterion">
        <legend>{label} <span className="muted small">({t('jury.weight', { weight: formatNumber(criterion.weight, lang) })})</span></legend>
        {criterion.description && <p className="muted small">{localized(criterion.description, lang)}</p>}
        <ol className="gates">
          {criterion.gates.map((g, i) => {
            const id = `${criterion.code}-gate-${i}`;
            return (
              <li key={i}>
                <input id={id} type="checkbox" checked={gates[i] ?? false} disabled={disabled || (i > 0 && !gates[i - 1])}
                  onChange={(e) => {
                    const next = [...gates];
                    next[i] = e.target.checked;
                    for (let j = i + 1; j < next.length && !e.target.checked; j++) next[j] = false;
                    onChange({ gates: next });
                  }} />
                <label htmlFor={id}>{localized(g, lang)}</label>
              </li>
            );
          })}
        </ol>
        <p className="level">{t('jury.level', { level: formatNumber(levelFromGates(gates), lang), max: formatNumber(criterion.scaleMax, lang) })}</p>
      </fieldset>
    );
  }
  return (
    <fieldset className="criterion">
      <legend>{label}</legend>
      {criterion.description && <p className="muted small">{localized(criterion.description, lang)}</p>}
      <Field label={t('jury.scoreOn', { min: criterion.scaleMin, max: criterion.scaleMax })}>
        {(p) => <input {...p} type="number" min={criterion.scaleMin} max={criterion.scaleMax} value={answer.score ?? ''} disabled={disabled}
          onChange={(e) => onChange({ score: e.target.value === '' ? undefined : Number(e.target.value) })} />}
      </Field>
    </fieldset>
  );
}

export function ScoringForm({ assignment, onChanged }: { assignment: JuryAssignment; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const ev = assignment.evaluation;
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries((ev?.scores ?? []).map((s) => [s.criterionCode, s.gates?.length ? { gates: s.gates } : { score: s.score }])));
  const [privateComment, setPrivateComment] = useState(ev?.privateComment ?? '');
  const [feedback, setFeedback] = useState(ev?.feedback ?? '');
  const version = useRef<number | undefined>(ev?.version);
  const [saveState, setSaveState] = useState<{ at?: string; error?: unknown; saving?: boolean }>({ at: ev?.updatedAt });
  const dirty = useRef(false);
  const submit = useSubmitEvaluation();
  const disabled = !assignment.canEvaluate;

  const save = async () => {
    dirty.current = false;
    setSaveState((s) => ({ ...s, saving: true }));
    // A criterion with gates always has an answer: an unticked gate is a "no".
    const scores: ScoreInput[] = assignment.criteria.flatMap((c): ScoreInput[] => {
      const a = answers[c.code];
      if (c.gates.length > 0) return [{ criterionCode: c.code, gates: a?.gates ?? c.gates.map(() => false) }];
      return a?.score !== undefined ? [{ criterionCode: c.code, score: a.score }] : [];
    });
    try {
      const saved = await saveEvaluation({ assignmentId: assignment.id, body: { scores, privateComment: privateComment || null, feedback: feedback || null, version: version.current } });
      version.current = saved.version;
      setSaveState({ at: saved.updatedAt });
      return true;
    } catch (error) {
      setSaveState({ error });
      return false;
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (disabled) return;
    dirty.current = true;
    const timer = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers, privateComment, feedback, disabled]);

  const send = async () => {
    if (dirty.current && !(await saveRef.current())) return;
    submit.mutate(assignment.id, { onSuccess: onChanged });
  };

  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void send(); }} aria-labelledby="scoring-title">
      <div className="form-head">
        <h2 id="scoring-title">{t('jury.scoring')}</h2>
        <p role="status" className="autosave">
          {saveState.saving ? t('autosave.saving') : saveState.error ? t('autosave.error') : saveState.at ? t('autosave.saved', { time: formatDateTime(saveState.at, i18n.language) }) : ''}
        </p>
      </div>
      <ErrorAlert error={saveState.error ?? submit.error} />
      {assignment.criteria.map((c) => (
        <CriterionInput key={c.code} criterion={c} answer={answers[c.code] ?? {}} disabled={disabled}
          onChange={(a) => setAnswers((all) => ({ ...all, [c.code]: a }))} />
      ))}
      <Field label={t('jury.feedback')} hint={t('jury.feedbackHint')}>
        {(p) => <textarea {...p} rows={4} value={feedback} onChange={(e) => setFeedback(e.target.value)} disabled={disabled} maxLength={10000} />}
      </Field>
      <Field label={t('jury.privateComment')} hint={t('jury.privateHint')}>
        {(p) => <textarea {...p} rows={3} value={privateComment} onChange={(e) => setPrivateComment(e.target.value)} disabled={disabled} maxLength={10000} />}
      </Field>
      {!disabled && <button type="submit" disabled={submit.isPending}>{t('jury.submit')}</button>}
      {ev?.status === 'SUBMITTED' && <p className="alert alert-success">{t('jury.submitted', { score: formatNumber(ev.rawScore, i18n.language, 1) })}</p>}
    </form>
  );
}
