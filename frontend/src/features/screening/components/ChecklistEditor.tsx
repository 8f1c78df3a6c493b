import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import type { components } from '@/lib/api/schema';
import { useChecklist } from '../api/get-checklist';
import { useReplaceChecklist } from '../api/replace-checklist';

type Item = components['schemas']['ChecklistItem'];
const MAX = 10;

/** The conditions of entry every submitted project is screened against; none means no screening. */
export const SUGGESTED: Item[] = [
  { fr: 'Le projet a été réalisé dans une classe marocaine au cours de cette année scolaire', ar: 'أنجز المشروع في قسم مغربي خلال هذه السنة الدراسية', en: 'The project was carried out in a Moroccan class this school year' },
  { fr: 'Des preuves de la réalisation sont jointes (documents, photos, vidéo)', ar: 'أرفقت أدلة على الإنجاز (وثائق، صور، فيديو)', en: 'Evidence of the work is attached (documents, photos, video)' },
  { fr: 'Le consentement des élèves et de leurs parents est déclaré', ar: 'تم التصريح بموافقة التلاميذ وأوليائهم', en: 'The pupils’ and parents’ consent is declared' },
];

export function ChecklistEditor({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const checklist = useChecklist(editionId);
  const replace = useReplaceChecklist(editionId);
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    if (checklist.data) setItems(checklist.data.items);
  }, [checklist.data]);
  const set = (i: number, lang: keyof Item, value: string) => setItems(items.map((it, j) => (j === i ? { ...it, [lang]: value } : it)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    replace.mutate({ editionId, items: items.map((it) => ({ fr: it.fr, ...(it.ar ? { ar: it.ar } : {}), ...(it.en ? { en: it.en } : {}) })) });
  };
  return (
    <QueryState query={checklist}>
      {() => {
        const editable = checklist.data!.editable;
        return (
          <form className="card" onSubmit={submit} aria-labelledby="checklist-title">
            <h2 id="checklist-title">{t('screening.checklistTitle')}</h2>
            <p className="hint">{t('screening.checklistHelp')}</p>
            <ErrorAlert error={replace.error} />
            {replace.isSuccess && <p role="status" className="alert alert-success">{t('screening.checklistSaved')}</p>}
            {!editable && <p className="alert alert-info">{t('screening.checklistFrozen')}</p>}
            {items.length === 0 && <p>{t('screening.noChecklist')}</p>}
            <ol>
              {items.map((item, i) => (
                <li key={i}>
                  <fieldset disabled={!editable}>
                    <legend>{t('screening.item', { n: i + 1 })}</legend>
                    {(['fr', 'ar', 'en'] as const).map((lang) => (
                      <div className="field" key={lang}>
                        <label htmlFor={`item-${i}-${lang}`}>{t(`screening.label.${lang}`)}</label>
                        <input id={`item-${i}-${lang}`} dir={lang === 'ar' ? 'rtl' : undefined} value={item[lang] ?? ''} maxLength={500}
                          required={lang === 'fr'} onChange={(e) => set(i, lang, e.target.value)} />
                      </div>
                    ))}
                    <button type="button" className="secondary small" onClick={() => setItems(items.filter((_, j) => j !== i))}>
                      {t('screening.removeItem', { n: i + 1 })}
                    </button>
                  </fieldset>
                </li>
              ))}
            </ol>
            {editable && (
              <div className="actions">
                <button type="button" className="secondary" disabled={items.length >= MAX} onClick={() => setItems([...items, { fr: '' }])}>{t('screening.addItem')}</button>{' '}
                <button type="button" className="secondary" onClick={() => setItems(SUGGESTED)}>{t('screening.suggested')}</button>{' '}
                <button type="submit" disabled={replace.isPending}>{t('screening.saveChecklist')}</button>
              </div>
            )}
          </form>
        );
      }}
    </QueryState>
  );
}
