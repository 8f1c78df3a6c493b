import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { formatDateTime, formatNumber, fromLocalInput, toLocalInput } from '@/lib/i18n/format';
import type { Edition, RoundInput, RoundRubric, RoundScope, RoundView } from '@/lib/api/types';
import { useRounds } from '../api/get-rounds';
import { useUpdateRounds } from '../api/update-rounds';
import { CloseRoundDialog } from './CloseRoundDialog';
import { RoundStatusBadge } from './RoundStatusBadge';
import { roundName } from './roundName';

export const MAX_ROUNDS = 3;

type Row = {
  key: number; nameFr: string; nameAr: string; nameEn: string; scope: RoundScope; rubric: RoundRubric;
  jurorsPerProject: string; blindReview: boolean; excludePreviousJurors: boolean; evaluationCloseAt: string; advanceCount: string;
};

let nextKey = 1;

const toRow = (r: Partial<RoundView>): Row => ({
  key: nextKey++, nameFr: r.nameFr ?? '', nameAr: r.nameAr ?? '', nameEn: r.nameEn ?? '', scope: r.scope ?? 'NATIONAL', rubric: r.rubric ?? 'CLD21',
  jurorsPerProject: String(r.jurorsPerProject ?? 2), blindReview: r.blindReview ?? false, excludePreviousJurors: r.excludePreviousJurors ?? false,
  evaluationCloseAt: toLocalInput(r.evaluationCloseAt), advanceCount: r.advanceCount ? String(r.advanceCount) : '',
});

const toInput = (row: Row, last: boolean): RoundInput => ({
  nameFr: row.nameFr.trim(), nameAr: row.nameAr.trim() || undefined, nameEn: row.nameEn.trim() || undefined,
  scope: row.scope, rubric: row.rubric, jurorsPerProject: Number(row.jurorsPerProject), blindReview: row.blindReview,
  excludePreviousJurors: row.excludePreviousJurors, evaluationCloseAt: row.evaluationCloseAt ? fromLocalInput(row.evaluationCloseAt) : '',
  ...(last || !row.advanceCount ? {} : { advanceCount: Number(row.advanceCount) }),
});

const DAY = 86_400_000;

/**
 * The typical staged edition: each academy pre-selects its best 3, a national jury picks 10 finalists,
 * who present their project to the final jury. Deadlines 3, 6 and 8 weeks after the call closes, to adjust.
 */
export function stagedPreset(edition: Pick<Edition, 'submissionsCloseAt'>): Partial<RoundView>[] {
  const after = (weeks: number) => new Date(Date.parse(edition.submissionsCloseAt) + weeks * 7 * DAY).toISOString();
  return [
    {
      nameFr: 'Présélection régionale', nameAr: 'الانتقاء الجهوي', nameEn: 'Regional pre-selection', scope: 'REGIONAL', rubric: 'CLD21',
      jurorsPerProject: 2, blindReview: true, excludePreviousJurors: false, evaluationCloseAt: after(3), advanceCount: 3,
    },
    {
      nameFr: 'Jury national', nameAr: 'اللجنة الوطنية', nameEn: 'National jury', scope: 'NATIONAL', rubric: 'CLD21',
      jurorsPerProject: 3, blindReview: true, excludePreviousJurors: true, evaluationCloseAt: after(6), advanceCount: 10,
    },
    {
      nameFr: 'Présentation des finalistes', nameAr: 'عرض المشاريع النهائية', nameEn: 'Finalists’ presentation', scope: 'NATIONAL',
      rubric: 'PRESENTATION', jurorsPerProject: 5, blindReview: false, excludePreviousJurors: false, evaluationCloseAt: after(8),
    },
  ];
}

function RoundFields({ row, index, count, error, set, move, remove }: {
  row: Row; index: number; count: number; error: unknown;
  set: (patch: Partial<Row>) => void; move: (by: -1 | 1) => void; remove: () => void;
}) {
  const { t } = useTranslation();
  const position = index + 1;
  const last = index === count - 1;
  const name = (field: string) => `rounds[${index}].${field}`;
  const text = (k: 'nameFr' | 'nameAr' | 'nameEn', lang: string) => (
    <Field label={t(`rounds.config.${k}`)} name={name(k)} error={error}>
      {(p) => <input {...p} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} value={row[k]} maxLength={200}
        required={k === 'nameFr'} onChange={(e) => set({ [k]: e.target.value })} />}
    </Field>
  );
  const check = (k: 'blindReview' | 'excludePreviousJurors') => (
    <div className="checks">
      <input id={`round-${row.key}-${k}`} type="checkbox" checked={row[k]} onChange={(e) => set({ [k]: e.target.checked })} />
      <label htmlFor={`round-${row.key}-${k}`}>{t(`rounds.config.${k}`)}</label>
    </div>
  );
  return (
    <fieldset className="card round-fields">
      <legend>{t('rounds.config.round', { position })}</legend>
      <div className="grid-3">
        {text('nameFr', 'fr')}
        {text('nameAr', 'ar')}
        {text('nameEn', 'en')}
      </div>
      <div className="grid-3">
        <Field label={t('rounds.config.scope')} name={name('scope')} error={error}>
          {(p) => (
            <select {...p} value={row.scope} onChange={(e) => set({ scope: e.target.value as RoundScope })}>
              <option value="REGIONAL">{t('rounds.scope.REGIONAL')}</option>
              <option value="NATIONAL">{t('rounds.scope.NATIONAL')}</option>
            </select>
          )}
        </Field>
        <Field label={t('rounds.config.rubric')} name={name('rubric')} error={error}>
          {(p) => (
            <select {...p} value={row.rubric} onChange={(e) => set({ rubric: e.target.value as RoundRubric })}>
              <option value="CLD21">{t('rounds.rubric.CLD21')}</option>
              <option value="PRESENTATION">{t('rounds.rubric.PRESENTATION')}</option>
            </select>
          )}
        </Field>
        <Field label={t('rounds.config.jurorsPerProject')} name={name('jurorsPerProject')} error={error}>
          {(p) => <input {...p} type="number" min={1} max={10} required value={row.jurorsPerProject} onChange={(e) => set({ jurorsPerProject: e.target.value })} />}
        </Field>
      </div>
      <div className="grid-2">
        <Field label={t('rounds.config.evaluationCloseAt')} name={name('evaluationCloseAt')} error={error} hint={t('edition.timesHint')}>
          {(p) => <input {...p} type="datetime-local" required value={row.evaluationCloseAt} onChange={(e) => set({ evaluationCloseAt: e.target.value })} />}
        </Field>
        {!last && (
          <Field label={t(row.scope === 'REGIONAL' ? 'rounds.config.advancePerRegion' : 'rounds.config.advanceOverall')}
            name={name('advanceCount')} error={error}>
            {(p) => <input {...p} type="number" min={1} max={1000} required value={row.advanceCount} onChange={(e) => set({ advanceCount: e.target.value })} />}
          </Field>
        )}
      </div>
      {last && <p className="hint">{t('rounds.config.lastHint')}</p>}
      {check('blindReview')}
      {position > 1 && check('excludePreviousJurors')}
      <div className="button-row">
        <button type="button" className="secondary small" disabled={index === 0} onClick={() => move(-1)}
          aria-label={t('rounds.config.moveUpFor', { position })}>{t('rounds.config.moveUp')}</button>
        <button type="button" className="secondary small" disabled={last} onClick={() => move(1)}
          aria-label={t('rounds.config.moveDownFor', { position })}>{t('rounds.config.moveDown')}</button>
        <button type="button" className="danger small" disabled={count === 1} onClick={remove}
          aria-label={t('rounds.config.removeFor', { position })}>{t('rounds.config.remove')}</button>
      </div>
    </fieldset>
  );
}

function RoundsForm({ edition, rounds }: { edition: Edition; rounds: RoundView[] }) {
  const { t } = useTranslation();
  const update = useUpdateRounds();
  const [rows, setRows] = useState<Row[]>(() => (rounds.length > 0 ? rounds : [{ evaluationCloseAt: edition.evaluationCloseAt }]).map(toRow));
  const change = (next: Row[]) => {
    update.reset();
    setRows(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ editionId: edition.id, body: { rounds: rows.map((r, i) => toInput(r, i === rows.length - 1)) } });
  };
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('rounds.config.help')}</p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => change(stagedPreset(edition).map(toRow))}>{t('rounds.config.preset')}</button>
      </div>
      <p className="hint">{t('rounds.config.presetHelp')}</p>
      <ErrorAlert error={update.error} />
      {rows.map((row, i) => (
        <RoundFields key={row.key} row={row} index={i} count={rows.length} error={update.error}
          set={(patch) => change(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))}
          move={(by) => {
            const next = [...rows];
            [next[i], next[i + by]] = [next[i + by], next[i]];
            change(next);
          }}
          remove={() => change(rows.filter((r) => r.key !== row.key))} />
      ))}
      <div className="button-row">
        <button type="button" className="secondary" disabled={rows.length >= MAX_ROUNDS}
          onClick={() => change([...rows, toRow({ evaluationCloseAt: edition.evaluationCloseAt })])}>{t('rounds.config.add')}</button>
        <button type="submit" disabled={update.isPending}>{t('rounds.config.save')}</button>
      </div>
      {update.isSuccess && <p role="status" className="alert alert-success">{t('rounds.config.saved')}</p>}
    </form>
  );
}

/** The rounds once the edition is under way: their settings and status, closing the open one, their shortlists. */
function RoundsView({ edition, rounds }: { edition: Edition; rounds: RoundView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [closing, setClosing] = useState<RoundView | null>(null);
  const yes = (v: boolean) => t(v ? 'rounds.yes' : 'rounds.no');
  return (
    <>
      <p className="hint">{t('rounds.config.readOnly')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('rounds.config.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.config.position')}</th><th scope="col">{t('rounds.config.name')}</th>
              <th scope="col">{t('rounds.config.scope')}</th><th scope="col">{t('rounds.config.rubric')}</th>
              <th scope="col">{t('rounds.config.jurorsPerProject')}</th><th scope="col">{t('rounds.config.blindReview')}</th>
              <th scope="col">{t('rounds.config.excludePreviousJurors')}</th><th scope="col">{t('rounds.config.evaluationCloseAt')}</th>
              <th scope="col">{t('rounds.config.advance')}</th><th scope="col">{t('rounds.config.status')}</th>
              <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r, i) => {
              const last = i === rounds.length - 1;
              const name = roundName(r, lang);
              return (
                <tr key={r.position}>
                  <td>{formatNumber(r.position, lang)}</td>
                  <th scope="row">{name}</th>
                  <td>{t(`rounds.scope.${r.scope}`)}</td>
                  <td>{t(`rounds.rubric.${r.rubric}`)}</td>
                  <td>{formatNumber(r.jurorsPerProject, lang)}</td>
                  <td>{yes(r.blindReview)}</td>
                  <td>{r.position > 1 ? yes(r.excludePreviousJurors) : '—'}</td>
                  <td>{formatDateTime(r.evaluationCloseAt, lang)}</td>
                  <td>{last || !r.advanceCount ? '—' : t(r.scope === 'REGIONAL' ? 'rounds.config.advancePerRegionValue' : 'rounds.config.advanceOverallValue',
                    { n: formatNumber(r.advanceCount, lang) })}</td>
                  <td>{r.status && <RoundStatusBadge status={r.status} />}</td>
                  <td>
                    {!last && r.status === 'OPEN' && (
                      <button type="button" className="small" onClick={() => setClosing(r)} aria-label={t('rounds.close.buttonFor', { name })}>
                        {t('rounds.close.button')}
                      </button>
                    )}
                    {!last && (r.status === 'CLOSED' || r.status === 'ADVANCED') && (
                      <Link to={`/admin/editions/${edition.id}/rounds/${r.position}/shortlist`} aria-label={t('rounds.shortlist.linkFor', { name })}>
                        {t('rounds.shortlist.link')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {closing && (
        <CloseRoundDialog editionId={edition.id} position={closing.position} name={roundName(closing, lang)} onClose={() => setClosing(null)}
          onClosed={() => navigate(`/admin/editions/${edition.id}/rounds/${closing.position}/shortlist`)} />
      )}
    </>
  );
}

/** The "Rounds" tab of an edition: configured while the edition is a draft, then shown with each round's status. */
export function RoundsPanel({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const rounds = useRounds(edition.id);
  return (
    <section aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('rounds.config.title')}</h2>
      <QueryState query={rounds}>
        {() => (edition.status === 'DRAFT'
          ? <RoundsForm edition={edition} rounds={rounds.data!} />
          : <RoundsView edition={edition} rounds={rounds.data!} />)}
      </QueryState>
    </section>
  );
}
