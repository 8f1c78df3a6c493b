import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, forumWhen, isolate, localized } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/reference';
import { isApiError } from '@/lib/api/problem';
import { useDelegation } from '../api/get-delegation';
import { usePutDelegation } from '../api/put-delegation';
import type { Delegation, DelegationMember } from '../types';

export const MAX_COMPANIONS = 5;

function MemberLine({ m }: { m: DelegationMember }) {
  const { i18n } = useTranslation();
  const regions = useRegions();
  const region = localized(regions.data?.find((r) => r.code === m.regionCode)?.name, i18n.language) || m.regionCode;
  return (
    <>
      <strong>{m.title}</strong> — {m.teacherName}
      {m.schoolName && <>, {m.schoolName}</>}
      {region && <> ({region})</>}
    </>
  );
}

/** The form: the winner (fixed, first) and up to five companions chosen among the other awarded projects. */
export function DelegationForm({ delegation, pending, error, onSave }: {
  delegation: Delegation; pending?: boolean; error?: unknown; onSave: (companions: number[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const winner = delegation.members.find((m) => m.role === 'WINNER');
  const [chosen, setChosen] = useState<number[]>(delegation.members.filter((m) => m.role === 'COMPANION').map((m) => m.submissionId));
  const options = [...delegation.members.filter((m) => m.role === 'COMPANION'), ...delegation.candidates];
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const tooMany = chosen.length > MAX_COMPANIONS;
  if (!winner) return <p className="alert alert-info">{t('finalists.delegationNeedsWinner')}</p>;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!tooMany) onSave(chosen); }}>
      <p>{t('finalists.delegationWinner')} <MemberLine m={winner} /></p>
      <fieldset disabled={!delegation.editable}>
        <legend>{t('finalists.companions', counted(MAX_COMPANIONS, i18n.language))}</legend>
        {options.length === 0 && <p className="muted">{t('finalists.noCandidates')}</p>}
        {options.map((m) => (
          <div className="checks" key={m.submissionId}>
            <input id={`companion-${m.submissionId}`} type="checkbox" checked={chosen.includes(m.submissionId)}
              onChange={() => toggle(m.submissionId)} />
            <label htmlFor={`companion-${m.submissionId}`}><MemberLine m={m} /></label>
          </div>
        ))}
      </fieldset>
      {tooMany && <p role="alert" className="field-error">{t('finalists.tooManyCompanions', counted(MAX_COMPANIONS, i18n.language))}</p>}
      <ErrorAlert error={error} />
      {delegation.editable && <button type="submit" disabled={pending || tooMany}>{t('finalists.saveDelegation')}</button>}
    </form>
  );
}

/** The admin's delegation block, in the awards screen. */
export function DelegationPanel({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const delegation = useDelegation(editionId);
  const put = usePutDelegation(editionId);
  // An edition the server has no delegation for (or an older server): the block stays out of the way.
  if (isApiError(delegation.error) && delegation.error.status === 404) return null;
  return (
    <section aria-labelledby="delegation-title" className="card">
      <h3 id="delegation-title">{t('finalists.delegationTitle')}</h3>
      <QueryState query={delegation}>
        {() => {
          const d = delegation.data!;
          return (
            <>
              {d.forumName
                ? <p>{t('finalists.forum', { name: isolate(d.forumName), when: forumWhen(d, i18n.language) })}</p>
                : <p className="alert alert-info">{t('finalists.noForum')}</p>}
              {!d.editable && <p className="muted small">{t('finalists.delegationOnlyInDeliberation')}</p>}
              <DelegationForm key={d.members.map((m) => m.submissionId).join('-')} delegation={d} pending={put.isPending}
                error={put.error} onSave={(companions) => put.mutate(companions)} />
              <div role="status" aria-live="polite">{put.isSuccess && <p className="alert alert-success">{t('finalists.delegationSaved')}</p>}</div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
