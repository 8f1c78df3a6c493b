import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import { useSchoolLevels } from '@/lib/reference/reference';
import type { Calibration, EditionStatus } from '@/lib/api/types';
import { useCalibration } from '../api/get-calibration';
import { useCloseCalibration } from '../api/close-calibration';
import { CalibrationReportSection } from './CalibrationReportSection';
import { CalibrationSetup } from './CalibrationSetup';

/** When a calibration may be set up: while the call is open or during the evaluation (the server's rule). */
const SET_UP_IN: EditionStatus[] = ['OPEN', 'EVALUATION'];

function Samples({ calibration }: { calibration: Calibration }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const levels = useSchoolLevels();
  return (
    <section aria-labelledby="calibration-samples-title">
      <h3 id="calibration-samples-title">{t('calibration.samples')}</h3>
      {calibration.samples.map(({ id, project: p, source }) => (
        <details key={id} className="card">
          <summary>{t('calibration.sampleTitle', { label: p.label, title: p.title })}</summary>
          <p className="muted small">
            {source.submissionId !== undefined
              ? t('calibration.source', { id: source.submissionId, number: source.editionNumber })
              : t('calibration.sourceGone', { number: source.editionNumber })}
          </p>
          <dl className="facts">
            <dt>{t('fields.schoolLevel')}</dt><dd>{localized(levels.data?.find((l) => l.code === p.schoolLevel)?.label, lang) || '—'}</dd>
            <dt>{t('fields.discipline')}</dt><dd>{p.discipline ?? '—'}</dd>
            <dt>{t('fields.pupilsCount')}</dt><dd>{formatNumber(p.pupilsCount, lang)}</dd>
            <dt>{t('fields.technologies')}</dt><dd>{p.technologies.join(', ') || '—'}</dd>
          </dl>
          {p.summary && <p>{p.summary}</p>}
          {p.description && <div className="prose">{p.description.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>)}</div>}
        </details>
      ))}
    </section>
  );
}

function Jurors({ calibration }: { calibration: Calibration }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <caption>{t('calibration.progress')}</caption>
        <thead><tr><th scope="col">{t('calibration.juror')}</th><th scope="col">{t('calibration.scored')}</th></tr></thead>
        <tbody>
          {calibration.jurors.map(({ juror, scored }) => (
            <tr key={juror.id}>
              <th scope="row">{juror.firstName} {juror.lastName}</th>
              <td>{t('calibration.scoredOf', { scored: n(scored), total: n(calibration.samples.length) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Closing releases the jurors' assignments. With some juror's scores missing, a confirmation first
 * (the server refuses it otherwise unless told `allowMissing`).
 */
function CloseCalibration({ calibration, close }: { calibration: Calibration; close: ReturnType<typeof useCloseCalibration> }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const missing = calibration.jurors.filter((j) => j.scored < calibration.samples.length).length;
  const send = (allowMissing: boolean) =>
    close.mutate({ editionId: calibration.editionId, allowMissing }, { onSettled: () => setConfirming(false) });
  return (
    <div className="card">
      <p id="calibration-close-hint">{t('calibration.closeHint')}</p>
      <button type="button" aria-describedby="calibration-close-hint" disabled={close.isPending}
        onClick={() => (missing > 0 ? setConfirming(true) : send(false))}>
        {t('calibration.close')}
      </button>
      <ErrorAlert error={close.error} />
      {confirming && (
        <Dialog title={t('calibration.confirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('calibration.confirmText', counted(missing, i18n.language))}</p>
          <div className="button-row">
            <button type="button" className="danger" disabled={close.isPending} onClick={() => send(true)}>{t('calibration.confirm')}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('calibration.cancel')}</button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

/** The edition's calibration: set it up, follow the jurors, read the report, close it to release the assignments. */
export function CalibrationPanel({ editionId, status }: { editionId: number; status: EditionStatus }) {
  const { t, i18n } = useTranslation();
  const calibration = useCalibration(editionId);
  const close = useCloseCalibration();
  return (
    <section aria-labelledby="calibration-title">
      <h2 id="calibration-title">{t('calibration.title')}</h2>
      <QueryState query={calibration}>
        {() => {
          const c = calibration.data;
          if (!c) {
            return SET_UP_IN.includes(status) ? <CalibrationSetup editionId={editionId} />
              : <p className="alert alert-info">{t('calibration.notNow')}</p>;
          }
          return (
            <>
              <p>
                <span className={`badge badge-${c.status === 'OPEN' ? 'open' : 'closed'}`}>{t(`calibration.status.${c.status}`)}</span>{' '}
                {c.status === 'OPEN'
                  ? t('calibration.openInfo', counted(c.heldAssignments, i18n.language))
                  : t('calibration.closedInfo', { date: formatDateTime(c.closedAt, i18n.language) })}
              </p>
              <Samples calibration={c} />
              <Jurors calibration={c} />
              <CalibrationReportSection editionId={editionId} />
              {c.status === 'OPEN' && <CloseCalibration calibration={c} close={close} />}
              {close.isSuccess && <p role="status" className="alert alert-success">{t('calibration.closed')}</p>}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
