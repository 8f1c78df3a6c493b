import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '@/config';
import { chooseLanguage } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switcher">
      <label htmlFor="language-select">{t('nav.language')}</label>
      <select id="language-select" value={i18n.language} onChange={(e) => void chooseLanguage(e.target.value as Lang)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`languages.${lang}`, { lng: lang })}
          </option>
        ))}
      </select>
    </div>
  );
}
