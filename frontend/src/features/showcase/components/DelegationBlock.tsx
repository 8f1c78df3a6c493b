import { useTranslation } from 'react-i18next';
import { forumWhen, isolate, localized } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/reference';
import type { components } from '@/lib/api/schema';

type PublicDelegation = components['schemas']['PublicDelegation'];
type DelegationMember = components['schemas']['DelegationMember'];

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

/** The public results' block: who represents Morocco at the forum, and when. */
export function DelegationBlock({ delegation }: { delegation?: PublicDelegation }) {
  const { t, i18n } = useTranslation();
  if (!delegation || delegation.members.length === 0) return null;
  return (
    <section aria-labelledby="public-delegation" className="card">
      <h2 id="public-delegation">{t('finalists.publicDelegationTitle')}</h2>
      <p>{t('finalists.forum', { name: isolate(delegation.forumName), when: forumWhen(delegation, i18n.language) })}</p>
      <ul>
        {delegation.members.map((m) => (
          <li key={m.submissionId}>
            {m.role === 'WINNER' && <span className="badge">{t('finalists.leader')}</span>} <MemberLine m={m} />
          </li>
        ))}
      </ul>
    </section>
  );
}
