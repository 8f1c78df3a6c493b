import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '@/config';
import { Field } from './Field';

export type TextByLang = Record<Lang, string>;

export const emptyTexts = (): TextByLang => ({ fr: '', ar: '', en: '' });

type Props = {
  /** The name of the text ("Titre"), completed by each language's name in the three labels. */
  label: string;
  values: TextByLang;
  onChange: (lang: Lang, value: string) => void;
  /** The API field of each language, to show its validation error beside it. */
  names?: Partial<Record<Lang, string>>;
  error?: unknown;
  multiline?: boolean;
  rows?: number;
  maxLength: number;
  /** The French value is required (the others never are). */
  required?: boolean;
  /** One under the other whatever the width (in a table cell, a narrow column). */
  stacked?: boolean;
};

/** One organiser text typed in French, Arabic and English side by side (stacked on a phone), the Arabic right to left. */
export function TranslatedField({ label, values, onChange, names, error, multiline = false, rows = 3, maxLength, required = false, stacked = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className={stacked ? 'langs langs-stacked' : 'langs'} role="group" aria-label={label}>
      {LANGUAGES.map((lang) => (
        <Field key={lang} label={t('content.fieldIn', { field: label, lang: t(`content.lang.${lang}`) })} name={names?.[lang]} error={error}>
          {(p) => {
            const common = {
              ...p, lang, dir: lang === 'ar' ? 'rtl' : 'ltr', value: values[lang], maxLength,
              required: required && lang === 'fr',
              onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(lang, e.target.value),
            };
            return multiline ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />;
          }}
        </Field>
      ))}
    </div>
  );
}
