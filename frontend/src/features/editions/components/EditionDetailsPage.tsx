import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition } from '@/lib/api/types';
import { useUpdateEdition } from '../api/update-edition';
import { EditionForm } from './EditionForm';
import { EvaluationDeadline } from './EvaluationDeadline';
import { Lifecycle } from './Lifecycle';
import { RubricSection } from './RubricEditor';

export function EditionDetails({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const update = useUpdateEdition();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Lifecycle key={edition.id} edition={edition} />
      {edition.status === 'EVALUATION' && <EvaluationDeadline key={`deadline-${edition.id}`} edition={edition} />}
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('admin.details')}</h2>
        {saved && <p role="status" className="alert alert-success">{t('common.saved')}</p>}
        <EditionForm key={edition.version} edition={edition} pending={update.isPending} error={update.error}
          onSubmit={(body) => update.mutate({ editionId: edition.id, body }, { onSuccess: () => setSaved(true) })} />
      </section>
      <RubricSection edition={edition} />
    </>
  );
}
