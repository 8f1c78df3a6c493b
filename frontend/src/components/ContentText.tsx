import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/config';
import { asLang, paragraphs, pickText, type Translations } from '@/lib/i18n/content';
import { isolate } from '@/lib/i18n/format';

type Props = {
  /** The text as the organisers typed it. */
  text: string | null | undefined;
  /** The language it is really written in (French when it stands in for a missing translation); unknown: no mark. */
  lang: Lang | undefined;
  /** The element around it (a heading, a paragraph…); a span by default, a div for a multi-line text. */
  as?: ElementType;
  /** Keeps the paragraphs of a long text (blank lines) and its line breaks. */
  multiline?: boolean;
  className?: string;
  id?: string;
};

/**
 * A text typed by the organisers: isolated from the page's direction (`dir="auto"`), marked with its own
 * language, and followed by a small "(in French)" when the page is in another language than the text.
 */
export function ContentText({ text, lang, as, multiline = false, className, id }: Props) {
  const { t, i18n } = useTranslation();
  if (!text) return null;
  const other = lang !== undefined && lang !== asLang(i18n.resolvedLanguage ?? i18n.language);
  const marker = other ? <small className="content-fallback">{t(`content.in.${lang}`)}</small> : null;
  if (multiline) {
    const Tag = as ?? 'div';
    return (
      <Tag className={['content-text', className].filter(Boolean).join(' ')} id={id}>
        <div lang={lang} dir="auto">
          {paragraphs(text).map((p, i) => <p key={i} dir="auto">{p}</p>)}
        </div>
        {marker && <p>{marker}</p>}
      </Tag>
    );
  }
  const Tag = as ?? 'span';
  return (
    <Tag className={className} id={id}>
      <span lang={lang} dir="auto">{text}</span>
      {marker && <> {marker}</>}
    </Tag>
  );
}

/** A LocalizedText (French required, Arabic and English optional) in the page's language, else in French, marked. */
export function LocalizedContent({ value, ...rest }: Omit<Props, 'text' | 'lang'> & { value: Translations | null | undefined }) {
  const { i18n } = useTranslation();
  const picked = pickText(value, i18n.resolvedLanguage ?? i18n.language);
  return <ContentText text={picked.text} lang={picked.lang} {...rest} />;
}

/**
 * For a typed text set inside a sentence of the interface (a venue, a forum's name): the text isolated
 * (FSI…PDI), followed by "(in French)" when it is not in the page's language.
 */
export function useInlineContent() {
  const { t, i18n } = useTranslation();
  const page = asLang(i18n.resolvedLanguage ?? i18n.language);
  return (text: string, lang: Lang | undefined) => (lang !== undefined && lang !== page ? `${isolate(text)} ${t(`content.in.${lang}`)}` : isolate(text));
}
