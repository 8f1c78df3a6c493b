import type { JudgingRound } from '../contract';

/** A configured round's name in the reader's language, French when it has none in that language. */
export function roundName(round: Pick<JudgingRound, 'nameFr' | 'nameAr' | 'nameEn'>, lang: string): string {
  const name = lang === 'ar' ? round.nameAr : lang === 'en' ? round.nameEn : round.nameFr;
  return name?.trim() ? name : round.nameFr;
}
