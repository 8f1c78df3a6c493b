import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import { counted } from '@/lib/i18n/format';
import { useProjectText } from '../api/get-project-text';
import { useRedactSubmission, type RedactableField } from '../api/redact-submission';
import type { FlaggedSubmission } from '../api/list-flagged-submissions';
import { highlight, maskAll, ranges } from './highlight';

const LIMITS: Record<RedactableField, number> = { title: 200, summary: 1000, description: 20000 };
const SLUGS = ['already-assigned', 'not-redactable', 'invalid-redaction'];

/** Why a redaction was refused, in the reader's language. */
function RedactionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && SLUGS.includes(error.slug)) {
    return <p role="alert" className="alert alert-error">{t(`anonymity.errors.${error.slug}`)}</p>;
  }
  return <ErrorAlert error={error} />;
}

function Editor({ project, field, initial, onDone }: {
  project: FlaggedSubmission;
  field: RedactableField;
  initial: string;
  onDone: (saved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(initial);
  const redact = useRedactSubmission();
  const terms = project.terms.map((term) => term.text);
  const left = ranges(text, terms).length;
  const fieldName = t(`fields.${field}`);
  const id = `redaction-${project.submissionId}-${field}`;
  return (
    <form className="card" aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        redact.mutate({ submissionId: project.submissionId, field, text }, { onSuccess: () => onDone(true) });
      }}>
      <h4 id={`${id}-title`}>{t('anonymity.editorTitle', { field: fieldName, title: project.title })}</h4>
      <div className="field">
        <label htmlFor={id}>{t('anonymity.newText', { field: fieldName })}</label>
        {field === 'title'
          ? <input id={id} dir="auto" value={text} maxLength={LIMITS[field]} onChange={(e) => setText(e.target.value)} />
          : <textarea id={id} dir="auto" value={text} rows={field === 'description' ? 8 : 4} maxLength={LIMITS[field]}
              onChange={(e) => setText(e.target.value)} />}
      </div>
      <button type="button" className="secondary" disabled={left === 0}
        onClick={() => setText(maskAll(text, terms, t('anonymity.mask')))}>
        {t('anonymity.maskAll', { mask: t('anonymity.mask') })}
      </button>
      <h5>{t('anonymity.preview')}</h5>
      <p dir="auto" className="redaction-preview">
        {highlight(text, terms).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
      </p>
      <p role="status">{left > 0 ? t('anonymity.remaining', counted(left, i18n.language)) : t('anonymity.noneLeft')}</p>
      <RedactionError error={redact.error} />
      <div className="button-row">
        <button type="submit" disabled={redact.isPending || text === initial}>{t('anonymity.save')}</button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>{t('anonymity.cancel')}</button>
      </div>
    </form>
  );
}

/**
 * Redacting one text field of a flagged project: its current text, editable, with the terms searched
 * for highlighted as it changes and a button that masks them all. The server keeps the original in
 * its audit log and checks the project again.
 */
export function RedactionEditor({ project, field, onDone }: {
  project: FlaggedSubmission;
  field: RedactableField;
  onDone: (saved: boolean) => void;
}) {
  const query = useProjectText(project.submissionId);
  return (
    <QueryState query={query}>
      {() => <Editor project={project} field={field} initial={query.data![field] ?? ''} onDone={onDone} />}
    </QueryState>
  );
}
