import { useTranslation } from 'react-i18next';
import { NavLink, useParams, useSearchParams } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { useEdition } from '@/features/editions/api/get-edition';
import { EditionDetails } from '@/features/editions/components/EditionDetailsPage';
import { NextStep } from '@/features/editions/components/Lifecycle';
import { AssignmentPanel } from '@/features/assignment/components/AssignmentPanel';
import { CalibrationPanel } from '@/features/calibration/components/CalibrationPanel';
import { JurorChooser } from '@/features/assignment/components/JurorChooser';
import { RankingPanel } from '@/features/ranking/components/RankingPanel';
import { AwardsPanel } from '@/features/awards/components/AwardsPanel';
import { PresentationSchedule } from '@/features/finalists/components/PresentationSchedule';
import { LastRoundMinutes } from '@/features/finalists/components/Minutes';
import { DelegationPanel } from '@/features/finalists/components/Delegation';
import { StatisticsPanel } from '@/features/statistics/components/StatisticsPanel';
import { ModerationPanel } from '@/features/moderation/components/ModerationPanel';
import { ChecklistEditor } from '@/features/screening/components/ChecklistEditor';
import { ScreeningQueue } from '@/features/screening/components/ScreeningQueue';
import { FlaggedProjects } from '@/features/anonymity/components/FlaggedProjects';
import { RoundsPanel } from '@/features/rounds/components/RoundsPanel';
import { RoundSelector, useSelectedRound } from '@/features/rounds/components/RoundSelector';
import { RoundScores } from '@/features/rounds/components/RoundTimeline';
import { ContentText } from '@/components/ContentText';
import { editionTextLang } from '@/lib/i18n/content';
import type { Edition } from '@/lib/api/types';

const TABS = ['details', 'screening', 'anonymity', 'rounds', 'calibration', 'assignment', 'evaluations', 'ranking', 'presentations', 'awards', 'statistics'] as const;
/** The tabs whose screens show one round at a time, chosen with the round selector. */
const BY_ROUND: readonly string[] = ['assignment', 'ranking'];
const JUDGING = ['EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

function EditionScreen({ edition: e, tab }: { edition: Edition; tab: (typeof TABS)[number] }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const selection = useSelectedRound(e);
  const { round, selected } = selection;
  // The chosen round goes along from one judging tab to the other.
  const kept = search.get('round') ? `?round=${search.get('round')}` : '';
  return (
    <>
      <p><NavLink to="/admin" end>{t('admin.back')}</NavLink></p>
      <h1><ContentText text={e.title} lang={editionTextLang(e, 'title')} /> <StatusBadge kind="edition" value={e.status} /></h1>
      <nav aria-label={t('admin.sections')}>
        <ul className="tabs">
          {TABS.map((name) => (
            <li key={name}>
              <NavLink to={`/admin/editions/${e.id}${name === 'details' ? '' : `/${name}`}${BY_ROUND.includes(name) ? kept : ''}`} end>
                {t(`admin.tabs.${name}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {BY_ROUND.includes(tab) && <RoundSelector selection={selection} />}
      {tab === 'details' && <EditionDetails edition={e} />}
      {tab === 'screening' && (
        <>
          <ChecklistEditor editionId={e.id} />
          {e.status !== 'DRAFT' && <ScreeningQueue editionId={e.id} canScreen={e.status === 'OPEN'} />}
        </>
      )}
      {tab === 'anonymity' && <FlaggedProjects editionId={e.id} />}
      {tab === 'rounds' && <RoundsPanel edition={e} />}
      {tab === 'calibration' && <CalibrationPanel editionId={e.id} status={e.status} />}
      {tab === 'assignment' && <AssignmentPanel key={round ?? 0} editionId={e.id} status={e.status} round={round} roundOpen={!selected || selected.status === 'OPEN'} />}
      {tab === 'evaluations' && (
        <ModerationPanel editionId={e.id} status={e.status}
          projectExtra={selection.rounds.length > 1 ? (p) => <RoundScores submissionId={p.submissionId} title={p.title} /> : undefined} />
      )}
      {tab === 'ranking' && (JUDGING.includes(e.status) ? (
        <RankingPanel key={round ?? 0} editionId={e.id} round={round} regional={selected?.scope === 'REGIONAL'}
          addJuror={e.status === 'EVALUATION' && (!selected || selected.status === 'OPEN')
            ? (need, close) => <JurorChooser key={need.submissionId} editionId={e.id} round={round} {...need} onClose={close} />
            : undefined} />
      ) : <p className="alert alert-info">{t('ranking.notYet')}</p>)}
      {tab === 'presentations' && <PresentationSchedule editionId={e.id} />}
      {tab === 'awards' && (
        <>
          <AwardsPanel editionId={e.id} status={e.status} publishStep={<NextStep edition={e} />} />
          {JUDGING.includes(e.status) && <LastRoundMinutes editionId={e.id} />}
          {JUDGING.includes(e.status) && <DelegationPanel editionId={e.id} />}
        </>
      )}
      {tab === 'statistics' && <StatisticsPanel editionId={e.id} />}
    </>
  );
}

/** One edition in the administration: its details, lifecycle and rubric, its rounds, then each step of the judging. */
export function AdminEditionRoute() {
  const params = useParams();
  const editionId = Number(params.editionId);
  const tab = (params.tab ?? 'details') as (typeof TABS)[number];
  const edition = useEdition(editionId);
  return <QueryState query={edition}>{() => <EditionScreen edition={edition.data!} tab={tab} />}</QueryState>;
}
