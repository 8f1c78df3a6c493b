import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedContent } from '@/components/ContentText';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { counted, formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import { isApiError, type ApiError } from '@/lib/api/problem';
import { writtenIn } from '@/lib/api/problem-text';
import type { Criterion, Evaluation, JuryAssignment, ScoreInput } from '@/lib/api/types';
import { AUTOSAVE_DELAY_MS } from '@/config';
import { useSaveEvaluation } from '../api/save-evaluation';
import { useSubmitEvaluation } from '../api/submit-evaluation';
import { scoreOf, weightedTotal, type Answer } from './scoring';
import { SubmitDialog } from './SubmitDialog';

export { levelFromGates } from './scoring';

/** The saved answers; a 21CLD level saved without its gates (through the API) shows as the gates it implies. */
function initialAnswers(criteria: Criterion[], ev: Evaluation | undefined): Record<string, Answer> {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  return Object.fromEntries((ev?.scores ?? []).map((s) => {
    const c = byCode.get(s.criterionCode);
    if (s.gates?.length) return [s.criterionCode, { gates: s.gates }];
    if (c && c.gates.length > 0) return [s.criterionCode, { gates: c.gates.map((_, i) => i < s.score - 1) }];
    return [s.criterionCode, { score: s.score }];
  }));
}

/** Scales of at most this many levels are scored with one large choice per level instead of a number field. */
const TOUCH_LEVELS = 5;

function CriterionInput({ criterion, answer, onChange, disabled, missing }: {
  criterion: Criterion; answer: Answer | undefined; onChange: (a: Answer | undefined) => void; disabled: boolean; missing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = <LocalizedContent value={criterion.label} />;
  const score = scoreOf(criterion, answer);
  const statusId = `${criterion.code}-status`;
  const unanswered = <p id={statusId} className="level unanswered">{t('jury.notAnswered')}</p>;
  const className = missing ? 'criterion criterion-missing' : 'criterion';
  if (criterion.gates.length > 0) {
    const gates = answer?.gates;
    const none = gates !== undefined && !gates.some(Boolean);
    return (
      <fieldset className={className} aria-describedby={statusId}>
        <legend>{label} <span className="muted small">({t('jury.weight', { weight: formatNumber(criterion.weight, lang) })})</span></legend>
        {criterion.description && <LocalizedContent as="p" className="muted small" value={criterion.description} />}
        <ol className="gates">
          {criterion.gates.map((g, i) => {
            const id = `${criterion.code}-gate-${i}`;
            return (
              <li key={i}>
                <input id={id} type="checkbox" checked={gates?.[i] ?? false} disabled={disabled || (i > 0 && !gates?.[i - 1])}
                  onChange={(e) => {
                    const next = gates ? [...gates] : criterion.gates.map(() => false);
                    next[i] = e.target.checked;
                    for (let j = i + 1; j < next.length && !e.target.checked; j++) next[j] = false;
                    // Unticking every gate takes the answer back: level 1 is only ever the explicit "none of these".
                    onChange(next.some(Boolean) ? { gates: next } : undefined);
                  }} />
                <label htmlFor={id}><LocalizedContent value={g} /></label>
              </li>
            );
          })}
        </ol>
        {/* Level 1 is an answer too, given on purpose: a toggle, apart from the gates' checkboxes. */}
        <p>
          <button type="button" className="secondary small" aria-pressed={none} disabled={disabled}
            onClick={() => onChange(none ? undefined : { gates: criterion.gates.map(() => false) })}>
            {t('jury.noneOfThese')}
          </button>
        </p>
        {score === undefined ? unanswered
          : <p id={statusId} className="level">{t('jury.level', { level: formatNumber(score, lang), max: formatNumber(criterion.scaleMax, lang) })}</p>}
      </fieldset>
    );
  }
  return (
    <fieldset className={className} aria-describedby={score === undefined ? statusId : undefined}>
      <legend>{label} <span className="muted small">({t('jury.weight', { weight: formatNumber(criterion.weight, lang) })})</span></legend>
      {criterion.description && <LocalizedContent as="p" className="muted small" value={criterion.description} />}
      {criterion.scaleMax - criterion.scaleMin < TOUCH_LEVELS ? (
        // A short scale (a presentation rubric scored live, on a tablet): one large choice per level.
        <div className="level-choices" role="radiogroup" aria-label={t('jury.scoreOn', { min: criterion.scaleMin, max: criterion.scaleMax })}>
          {Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_v, i) => criterion.scaleMin + i).map((level) => (
            <label key={level}>
              <input type="radio" name={`${criterion.code}-level`} value={level} checked={answer?.score === level} disabled={disabled}
                onChange={() => onChange({ score: level })} />
              <span>{formatNumber(level, lang)}</span>
            </label>
          ))}
        </div>
      ) : (
        <Field label={t('jury.scoreOn', { min: criterion.scaleMin, max: criterion.scaleMax })}>
          {(p) => <input {...p} type="number" min={criterion.scaleMin} max={criterion.scaleMax} value={answer?.score ?? ''} disabled={disabled}
            onChange={(e) => onChange(e.target.value === '' ? undefined : { score: Number(e.target.value) })} />}
        </Field>
      )}
      {score === undefined && unanswered}
    </fieldset>
  );
}

/** Criteria named by their label, in the page's language: never by their code. */
function MissingAlert({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div role="alert" className="alert alert-error" tabIndex={-1} ref={ref}>
      <p>{t('jury.incomplete')}</p>
      <ul>{labels.map((l) => <li key={l}>{l}</li>)}</ul>
    </div>
  );
}

export function ScoringForm({ assignment, onChanged }: { assignment: JuryAssignment; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ev = assignment.evaluation;
  const criteria = assignment.criteria;
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => initialAnswers(criteria, ev));
  const [privateComment, setPrivateComment] = useState(ev?.privateComment ?? '');
  const [feedback, setFeedback] = useState(ev?.feedback ?? '');
  const version = useRef<number | undefined>(ev?.version);
  const [saveState, setSaveState] = useState<{ at?: string; error?: unknown; saving?: boolean }>({ at: ev?.updatedAt });
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const saveEvaluation = useSaveEvaluation();
  const submit = useSubmitEvaluation();
  const [flagged, setFlagged] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const disabled = !assignment.canEvaluate;

  const labelOf = (c: Criterion) => localized(c.label, lang);
  const unanswered = criteria.filter((c) => scoreOf(c, answers[c.code]) === undefined);
  const stillMissing = unanswered.filter((c) => flagged.includes(c.code));
  const total = weightedTotal(criteria, answers);
  const totalText = t('jury.totalValue', { total: formatNumber(total, lang, 1) });

  const save = () => {
    clearTimeout(timer.current);
    dirty.current = false;
    setSaveState((s) => ({ ...s, saving: true }));
    // Only the answered criteria: one not answered stays absent from the draft, never a level 1.
    const scores: ScoreInput[] = criteria.flatMap((c): ScoreInput[] => {
      const a = answers[c.code];
      if (c.gates.length > 0) return a?.gates ? [{ criterionCode: c.code, gates: a.gates }] : [];
      return a?.score !== undefined ? [{ criterionCode: c.code, score: a.score }] : [];
    });
    const body = { scores, privateComment: privateComment || null, feedback: feedback || null, version: version.current };
    const done = saveEvaluation.mutateAsync({ assignmentId: assignment.id, body }).then((saved) => {
      version.current = saved.version;
      setSaveState({ at: saved.updatedAt });
      return true;
    }, (error: unknown) => {
      setSaveState({ error });
      return false;
    });
    inFlight.current = done;
    return done;
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (disabled) return;
    dirty.current = true;
    timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [answers, privateComment, feedback, disabled]);

  /** Every criterion answered and the last changes saved: then, and only then, the confirmation. */
  const requestSubmit = async () => {
    submit.reset();
    if (unanswered.length > 0) {
      setFlagged(unanswered.map((c) => c.code));
      setAttempt((n) => n + 1);
      return;
    }
    setFlagged([]);
    if (inFlight.current && !(await inFlight.current)) return;
    if (dirty.current && !(await saveRef.current())) return;
    setConfirming(true);
  };

  const confirm = () => submit.mutate(assignment.id, {
    onSuccess: () => { setConfirming(false); onChanged(); },
    onError: () => setConfirming(false),
  });

  const refused = isApiError(submit.error) && submit.error.slug === 'incomplete-evaluation'
    ? submit.error.fieldErrors.map((e) => {
      const c = criteria.find((k) => `scores.${k.code}` === e.field);
      return c ? labelOf(c) : writtenIn(submit.error as ApiError, i18n.language) ? e.message : t('serverErrors.someField');
    })
    : null;
  const error = saveState.error ?? (refused ? null : submit.error);
  const closedAt = isApiError(error) && error.slug === 'evaluation-deadline-passed'
    ? String(error.problem.evaluationCloseAt ?? assignment.edition.evaluationCloseAt) : null;

  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void requestSubmit(); }} aria-labelledby="scoring-title">
      <div className="form-head">
        <h2 id="scoring-title">{t('jury.scoring')}</h2>
        <p role="status" className="autosave">
          {saveState.saving ? t('autosave.saving') : saveState.error ? t('autosave.error') : saveState.at ? t('autosave.saved', { time: formatDateTime(saveState.at, lang) }) : ''}
        </p>
      </div>
      {disabled && ev?.status !== 'SUBMITTED' && <p className="alert alert-info">{t('jury.closed')}</p>}
      {closedAt ? <div role="alert" className="alert alert-error"><p>{t('jury.deadlinePassed', { date: formatDateTime(closedAt, lang) })}</p></div>
        : <ErrorAlert error={error} />}
      {refused && <MissingAlert labels={refused} />}
      {criteria.map((c) => (
        <CriterionInput key={c.code} criterion={c} answer={answers[c.code]} disabled={disabled} missing={stillMissing.includes(c)}
          onChange={(a) => setAnswers((all) => {
            const next = { ...all };
            if (a) next[c.code] = a; else delete next[c.code];
            return next;
          })} />
      ))}
      <Field label={t('jury.feedback')} hint={t('jury.feedbackHint')}>
        {(p) => <textarea {...p} rows={4} value={feedback} onChange={(e) => setFeedback(e.target.value)} disabled={disabled} maxLength={10000} />}
      </Field>
      <Field label={t('jury.privateComment')} hint={t('jury.privateHint')}>
        {(p) => <textarea {...p} rows={3} value={privateComment} onChange={(e) => setPrivateComment(e.target.value)} disabled={disabled} maxLength={10000} />}
      </Field>
      {ev?.status !== 'SUBMITTED' && (
        <div className="running-total">
          <p aria-live="polite">
            {total === undefined ? t('jury.totalNone')
              : unanswered.length === 0 ? t('jury.totalLine', { total: totalText })
                : t('jury.totalPartial', { total: totalText, ...counted(criteria.length - unanswered.length, lang), all: formatNumber(criteria.length, lang) })}
          </p>
          {total !== undefined && unanswered.length > 0 && (
            <p className="muted small">{t('jury.totalExcluded', { labels: unanswered.map(labelOf).join(lang === 'ar' ? '، ' : ', ') })}</p>
          )}
        </div>
      )}
      {stillMissing.length > 0 && <MissingAlert key={attempt} labels={stillMissing.map(labelOf)} />}
      {!disabled && <button type="submit" disabled={submit.isPending}>{t('jury.submit')}</button>}
      {ev?.status === 'SUBMITTED' && <p className="alert alert-success">{t('jury.submitted', { score: formatNumber(ev.rawScore, lang, 1) })}</p>}
      {confirming && (
        <SubmitDialog total={totalText} pending={submit.isPending} onConfirm={confirm} onCancel={() => setConfirming(false)}
          rows={criteria.map((c) => {
            const score = scoreOf(c, answers[c.code]) ?? 0;
            const value = c.gates.length > 0
              ? t('jury.level', { level: formatNumber(score, lang), max: formatNumber(c.scaleMax, lang) })
              : t('jury.scoreValue', { score: formatNumber(score, lang), max: formatNumber(c.scaleMax, lang) });
            return { code: c.code, label: labelOf(c), value };
          })} />
      )}
    </form>
  );
}
