import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { useMe } from '../api/get-me';
import { useExportMyData } from '../api/export-my-data';
import type { ErasureReport } from '../api/erase-me';
import { EraseMyAccountDialog } from './EraseMyAccountDialog';

/** "Mes données": download everything the platform holds about me, or erase my account (law 09-08). */
export function MyDataPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const exporter = useExportMyData();
  const [erasing, setErasing] = useState(false);
  // The confirmation page ends the session (its tokens are already refused) once it is shown: ending it
  // here would send this signed-in page to the login first.
  const erased = (report: ErasureReport) => void navigate('/account-erased', { replace: true, state: report });
  return (
    <>
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.intro')}</p>
      <QueryState query={me}>
        {() => (
          <>
            <section className="card" aria-labelledby="export-title">
              <h2 id="export-title">{t('myData.exportTitle')}</h2>
              <p>{t('myData.exportHelp')}</p>
              <ul>
                <li>{t('myData.exportAccount')}</li>
                {me.data!.role === 'TEACHER' && <li>{t('myData.exportProjects')}</li>}
                {me.data!.role === 'TEACHER' && <li>{t('myData.exportFiles')}</li>}
                {me.data!.role === 'JURY' && <li>{t('myData.exportEvaluations')}</li>}
                <li>{t('myData.exportEmails')}</li>
              </ul>
              <ErrorAlert error={exporter.error} />
              {exporter.isSuccess && <p role="status" className="alert alert-success">{t('myData.exported')}</p>}
              <button type="button" onClick={() => exporter.mutate()} disabled={exporter.isPending}>
                {exporter.isPending ? t('myData.exporting') : t('myData.exportButton')}
              </button>
            </section>
            <section className="card" aria-labelledby="erase-title">
              <h2 id="erase-title">{t('myData.eraseTitle')}</h2>
              <p>{t('myData.eraseHelp')}</p>
              <button type="button" className="danger" onClick={() => setErasing(true)}>{t('myData.eraseButton')}</button>
            </section>
            {erasing && <EraseMyAccountDialog account={me.data!} onClose={() => setErasing(false)} onErased={erased} />}
          </>
        )}
      </QueryState>
    </>
  );
}
