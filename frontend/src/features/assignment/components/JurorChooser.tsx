import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { AssignmentCandidate } from '@/lib/api/types';
import { useAddExtraJuror } from '../api/add-extra-juror';
import { useCreateAssignment } from '../api/create-assignment';
import { useCandidates } from '../api/list-candidates';

export type JurorChoice = { submissionId: number; title: string; extra?: boolean };

const fullName = (c: AssignmentCandidate) => `${c.juror.firstName} ${c.juror.lastName}`;

/**
 * The admin chooses a juror for a project: every enabled juror with their load and conflicts in the
 * edition, and why they may not judge it; only eligible ones can be assigned (the server checks again).
 * `extra` adds the juror beyond the requirement (a disagreement); otherwise it is a manual assignment.
 */
export function JurorChooser({ editionId, round, submissionId, title, extra = false, onClose, focus = true }: JurorChoice & {
  editionId: number; round?: number; onClose?: () => void; focus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const candidates = useCandidates(editionId, submissionId, round);
  const create = useCreateAssignment();
  const addExtra = useAddExtraJuror();
  const assign = extra ? addExtra : create;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, submissionId]);
  const headingId = `chooser-${submissionId}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{t('assignment.chooser.title', { title })}</h3>
      <QueryState query={candidates}>
        {() => {
          const c = candidates.data!;
          return (
            <>
              <p>{t('assignment.chooser.staffing', { submitted: t('counts.submittedEvaluations', counted(c.submitted, lang)), assigned: t('counts.assignedJurors', counted(c.assigned, lang)), required: formatNumber(c.jurorsPerProject, lang) })}</p>
              <ErrorAlert error={assign.error} />
              {assign.isSuccess && (
                <p role="status" className="alert alert-success">
                  {t('assignment.chooser.assigned', { name: `${assign.data.juror.firstName} ${assign.data.juror.lastName}`, title })}
                </p>
              )}
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('assignment.chooser.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('assignment.juror')}</th><th scope="col">{t('assignment.chooser.load')}</th>
                      <th scope="col">{t('assignment.chooser.conflicts')}</th><th scope="col">{t('assignment.chooser.eligibility')}</th>
                      <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.jurors.map((j) => (
                      <tr key={j.juror.id}>
                        <th scope="row">{fullName(j)}</th>
                        <td>{t('assignment.chooser.projects', counted(j.load, lang))}</td>
                        <td>{formatNumber(j.conflicts, lang)}</td>
                        <td>
                          {j.eligible ? t('assignment.chooser.eligible') : (
                            <ul className="reasons">
                              {j.reasons.map((r) => (
                                <li key={r}>{r === 'DECLARED' && j.declaredReason ? t('assignment.chooser.declared', { reason: j.declaredReason }) : t(`assignment.chooser.reasons.${r}`)}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>
                          {j.eligible && (
                            <button type="button" className="small" disabled={assign.isPending}
                              onClick={() => assign.mutate({ editionId, round, submissionId, jurorId: j.juror.id })}
                              aria-label={t('assignment.chooser.assignTo', { name: fullName(j), title })}>
                              {t('assignment.assign')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
      {onClose && <button type="button" className="secondary" onClick={onClose}>{t('assignment.chooser.close')}</button>}
    </section>
  );
}
