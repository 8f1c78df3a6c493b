import { useTranslation } from 'react-i18next';
import type { AnonymityFinding } from '../api/get-submission-anonymity';
import { isolate } from '@/lib/i18n/format';

/** Focuses the project form's control labelled `label` (the form's fields are named by their labels). */
function focusField(label: string) {
  const control = Array.from(document.querySelectorAll('label'))
    .filter((l) => l.textContent === label)
    .map((l) => (l.htmlFor ? document.getElementById(l.htmlFor) : null))
    .find((c) => c !== null);
  control?.focus();
  control?.scrollIntoView?.({ block: 'center' });
}

/**
 * Where the author's identity appears, one line each: the field or the file (and its page), what was
 * found, and the text around it. For the author (`voice` "author": "Your school appears…", with a
 * link to the field) or for administrators ("The school appears…").
 */
export function FindingList({ findings, voice }: { findings: AnonymityFinding[]; voice: 'author' | 'admin' }) {
  const { t } = useTranslation();
  return (
    <ul className="anonymity-findings">
      {findings.map((f, i) => {
        const what = t(`anonymity.${voice === 'author' ? 'what' : 'adminWhat'}.${f.kind}`);
        const field = f.field ? t(`fields.${f.field}`) : '';
        const where = f.field ? t('anonymity.inField', { what, field })
          : f.page ? t('anonymity.inPage', { what, page: f.page, file: isolate(f.filename ?? '') })
            : t('anonymity.inFile', { what, file: isolate(f.filename ?? '') });
        return (
          <li key={i}>
            <span>{where}</span>{' '}
            <q dir="auto" className="anonymity-excerpt">{f.excerpt}</q>
            {voice === 'author' && f.field && (
              <>
                {' '}
                <button type="button" className="link" onClick={() => focusField(field)}>
                  {t('anonymity.goToField', { field })}
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
