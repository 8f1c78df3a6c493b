import { useTranslation } from 'react-i18next';
import { ContentText } from '@/components/ContentText';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { counted, formatNumber, localized } from '@/lib/i18n/format';
import type { components } from '@/lib/api/schema';
import { useCoordinatorDashboard } from '../api/get-dashboard';

export type CoordinatorDashboard = components['schemas']['CoordinatorDashboard'];

/** The coordinator's region at a glance; `children` receives the dashboard for what the route adds below. */
export function CoordinatorDashboardPanel({ children }: { children: (dashboard: CoordinatorDashboard) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const dashboard = useCoordinatorDashboard();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <QueryState query={dashboard}>
      {() => {
        const d = dashboard.data!;
        return (
          <>
            <h1>{t('coordinator.title', { academy: localized(d.academy, i18n.language) || d.regionCode })}</h1>
            {d.edition ? (
              <section className="card" aria-labelledby="coordinator-edition">
                <h2 id="coordinator-edition"><ContentText text={d.edition.title} lang={undefined} /> <StatusBadge kind="edition" value={d.edition.status} /></h2>
                <dl className="stats">
                  <div><dt>{t('coordinator.submitted')}</dt><dd>{n(d.projects.submitted)}</dd></div>
                  <div><dt>{t('coordinator.pending')}</dt><dd>{n(d.projects.pending)}</dd></div>
                  <div><dt>{t('coordinator.eligible')}</dt><dd>{n(d.projects.eligible)}</dd></div>
                  <div><dt>{t('coordinator.ineligible')}</dt><dd>{n(d.projects.ineligible)}</dd></div>
                  <div><dt>{t('coordinator.jurors')}</dt><dd>{t('coordinator.jurorsValue', { ...counted(d.jurors.enabled, i18n.language), total: n(d.jurors.total) })}</dd></div>
                </dl>
                {!d.edition.screeningEnabled && <p className="alert alert-info">{t('coordinator.noScreening')}</p>}
              </section>
            ) : <p className="alert alert-info">{t('coordinator.noEdition')}</p>}
            {children(d)}
          </>
        );
      }}
    </QueryState>
  );
}
