import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/lib/i18n/format';
import { SwaggerUiLink } from '@/components/SwaggerUiLink';
import { useEditions } from '../api/list-editions';
import { useCreateEdition } from '../api/create-edition';
import { ContentText } from '@/components/ContentText';
import { editionTextLang } from '@/lib/i18n/content';
import { EditionForm } from './EditionForm';

export function AdminEditionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const editions = useEditions();
  const create = useCreateEdition();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>
        <Link to="/admin/accounts">{t('nav.accounts')}</Link> · <SwaggerUiLink />
      </p>
      <section aria-labelledby="editions-title">
        <h2 id="editions-title">{t('admin.editions')}</h2>
        <button type="button" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>{t('admin.newEdition')}</button>
        {creating && (
          <EditionForm pending={create.isPending} error={create.error}
            onSubmit={(input) => create.mutate(input, { onSuccess: (e) => void navigate(`/admin/editions/${e.id}`) })} />
        )}
        <QueryState query={editions}>
          {() => (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption>{t('admin.editions')}</caption>
                <thead><tr><th scope="col">{t('edition.number')}</th><th scope="col">{t('edition.title')}</th><th scope="col">{t('edition.status')}</th><th scope="col">{t('edition.submissionsCloseAt')}</th></tr></thead>
                <tbody>
                  {editions.data!.map((e) => (
                    <tr key={e.id}>
                      <td>{e.number} ({e.year})</td>
                      <th scope="row"><Link to={`/admin/editions/${e.id}`}><ContentText text={e.title} lang={editionTextLang(e, 'title')} /></Link></th>
                      <td><StatusBadge kind="edition" value={e.status} /></td>
                      <td>{formatDateTime(e.submissionsCloseAt, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
    </>
  );
}
