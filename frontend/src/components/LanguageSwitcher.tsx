import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/config';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switcher">
      <label htmlFor="language-select">{t('nav.language')}</label>
      <select id="language-select" value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`languages.${lang}`, { lng: lang })}
          </option>
        ))}
      </select>
    </div>
  );
}
