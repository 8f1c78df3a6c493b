import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';

const interval = (lower: number, upper: number) => ({ lower, upper, level: 0.95, resamples: 2000, usableResamples: 2000 });

const agreement = {
  editionId: 3, seed: 3,
  overall: { alpha: 0.812, reading: 'RELIABLE', interval: interval(0.701, 0.9), projects: 12, scores: 27, roughInterval: true },
  criteria: [
    { code: 'ICT', label: { fr: 'Usage des TIC', ar: 'استعمال التكنولوجيا', en: 'ICT use' },
      agreement: { alpha: 0.7, reading: 'TENTATIVE', interval: interval(0.52, 0.83), projects: 12, scores: 27, roughInterval: true } },
    { code: 'COMM', label: { fr: 'Communication', ar: 'التواصل', en: 'Communication' },
      agreement: { alpha: -0.125, reading: 'NOT_RELIABLE', interval: interval(-0.4, 0.2), projects: 12, scores: 27, roughInterval: true } },
    { code: 'KNOW', label: { fr: 'Connaissances', ar: 'المعارف', en: 'Knowledge' },
      agreement: { reading: 'NOT_COMPUTABLE', reason: 'NO_VARIATION', interval: { level: 0.95, resamples: 0, usableResamples: 0, reason: 'NO_VARIATION' }, projects: 12, scores: 27, roughInterval: false } },
  ],
};

function mockRanking() {
  return mockApi({
    'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
    'GET /api/editions/{id}/ranking': { editionId: 3, disagreementThreshold: 20, items: [] },
    'GET /api/editions/{id}/severity': [],
    'GET /api/editions/{id}/ranking/agreement': agreement,
  });
}

const rowOf = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;

describe('agreement between the jurors', () => {
  it('reads the alpha of the edition and of each criterion in plain French', async () => {
    const { calls } = mockRanking();
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    const section = (await screen.findByRole('heading', { name: 'Accord entre les jurés' })).closest('section')!;
    expect(await within(section).findByText('0,812')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/editions/3/ranking/agreement')).toBe(true);
    expect(within(section).getByText('0,701 à 0,900')).toBeInTheDocument();
    expect(within(section).getByText('fiable (≥ 0,800)')).toBeInTheDocument();
    expect(within(section).getByText('12 projets notés par au moins deux jurés, 27 notes')).toBeInTheDocument();
    expect(within(section).getByText(/Fiable à partir de 0,800, à confirmer de 0,667 à 0,800, pas fiable en dessous/)).toBeInTheDocument();
    expect(within(section).getByText('Moins de 20 projets comparés : l’intervalle n’est qu’approximatif.')).toBeInTheDocument();
    expect(within(section).getByRole('table', { name: 'Accord par critère' })).toBeInTheDocument();
    const ict = await rowOf('Usage des TIC');
    expect(within(ict).getByText('0,700')).toBeInTheDocument();
    expect(within(ict).getByText('à confirmer (0,667 – 0,800)')).toBeInTheDocument();
    const comm = await rowOf('Communication');
    expect(within(comm).getByText('-0,125')).toBeInTheDocument();
    expect(within(comm).getByText('-0,400 à 0,200')).toBeInTheDocument();
    expect(within(comm).getByText('pas fiable (< 0,667)')).toBeInTheDocument();
    const know = await rowOf('Connaissances');
    expect(within(know).getByText('—')).toBeInTheDocument();
    expect(within(know).getAllByText('non calculable : toutes les notes comparées sont identiques')).toHaveLength(2);
  });

  it('reads it in Arabic', async () => {
    await i18n.changeLanguage('ar');
    mockRanking();
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN', { preferredLanguage: 'ar' }) });
    const section = (await screen.findByRole('heading', { name: 'الاتفاق بين المحكّمين' })).closest('section')!;
    expect(await within(section).findByText('موثوق (≥ 0,800)')).toBeInTheDocument();
    expect(within(section).getByText('من 0,701 إلى 0,900')).toBeInTheDocument();
    expect(within(await rowOf('استعمال التكنولوجيا')).getByText('يحتاج إلى تأكيد (0,667 – 0,800)')).toBeInTheDocument();
    expect(within(await rowOf('التواصل')).getByText('غير موثوق (< 0,667)')).toBeInTheDocument();
    expect(within(await rowOf('المعارف')).getAllByText('غير قابل للحساب: جميع النقط المقارَنة متطابقة')).toHaveLength(2);
  });
});
