import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Field } from '@/components/Field';
import { useErrorMessage, Loading } from '@/components/ErrorAlert';
import { formatDate, formatDateTime, toLocalInput } from '@/lib/i18n/format';
import { isApiError } from '@/lib/api/problem';
import { useCertificateVerification } from '../api/verify-certificate';

/** The code field fits a code's 29 characters (five groups of five and their dashes) and its padding. */
const CODE_FIELD = { inlineSize: '32ch', maxInlineSize: '100%', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** Whether a title names the edition by its number already ("12e édition du concours…"). */
function namesNumber(title: string, number: number): boolean {
  return new RegExp(`(^|\\D)${number}(\\D|$)`).test(title);
}

function Verification({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const query = useCertificateVerification(code);
  if (query.isPending) return <Loading />;
  if (isApiError(query.error) && query.error.slug === 'certificate-revoked') {
    const revokedAt = query.error.problem.revokedAt;
    return (
      <div role="alert" className="alert alert-error">
        <p>{t('verify.revoked', { date: typeof revokedAt === 'string' ? formatDateTime(revokedAt, i18n.language) : '—' })}</p>
      </div>
    );
  }
  if (query.error) {
    return (
      <div role="alert" className="alert alert-error">
        <p>{isApiError(query.error) && query.error.status === 404 ? t('verify.unknown') : message(query.error)}</p>
      </div>
    );
  }
  const c = query.data!;
  // The edition once: "12e édition (2016)", and its title only when it says something else.
  const edition = t('archive.edition', { number: c.editionNumber, year: c.editionYear });
  const title = c.editionTitle.trim();
  return (
    <section className="card alert-success" aria-labelledby="genuine">
      <h2 id="genuine">{t('verify.genuine')}</h2>
      <dl className="facts">
        <dt>{t('verify.kind')}</dt><dd>{t(`verify.kinds.${c.kind}`)}</dd>
        <dt>{t('verify.teacher')}</dt><dd>{c.teacherName}</dd>
        <dt>{t('verify.project')}</dt><dd>{c.projectTitle}</dd>
        <dt>{t('verify.edition')}</dt><dd>{title && !namesNumber(title, c.editionNumber) ? `${edition} — ${title}` : edition}</dd>
        <dt>{t('verify.issuedAt')}</dt><dd>{formatDate(toLocalInput(c.issuedAt).slice(0, 10), i18n.language)}</dd>
        <dt>{t('verify.code')}</dt><dd><code>{c.code}</code></dd>
      </dl>
    </section>
  );
}

export function VerifyPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const [input, setInput] = useState(code ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (input.trim()) void navigate(`/verify/${encodeURIComponent(input.trim())}`);
  };
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <form onSubmit={submit} className="inline-form">
        <Field label={t('verify.code')}>
          {(p) => (
            <input {...p} value={input} onChange={(e) => setInput(e.target.value)} maxLength={64} required size={29}
              autoComplete="off" spellCheck={false} style={CODE_FIELD} />
          )}
        </Field>
        <button type="submit">{t('verify.check')}</button>
      </form>
      {code && <Verification code={code} />}
    </>
  );
}
