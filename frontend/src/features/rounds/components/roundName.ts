import type { RoundView } from '@/lib/api/types';

/** A configured round's name in the reader's language, French when it has none in that language. */
export function roundName(round: Pick<RoundView, 'nameFr' | 'nameAr' | 'nameEn'>, lang: string): string {
  const name = lang === 'ar' ? round.nameAr : lang === 'en' ? round.nameEn : round.nameFr;
  return name?.trim() ? name : round.nameFr;
}
