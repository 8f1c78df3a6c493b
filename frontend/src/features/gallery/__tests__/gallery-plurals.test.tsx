import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { renderPage } from '@/testing/render';
import { edition } from '@/testing/fixtures';

const text = (fr: string, ar: string, en: string) => ({ fr, ar, en });

/** The gallery's count of projects found, rendered in Arabic: the six CLDR forms, Western digits. */
describe('the gallery in Arabic', () => {
  it.each([
    [0, '0 مشروع'], [1, 'مشروع واحد'], [2, 'مشروعان'], [3, '3 مشاريع'], [11, '11 مشروعًا'], [100, '100 مشروع'],
  ])('says %i projects found as "%s"', async (total, shown) => {
    mockApi({
      'GET /api/reference/regions': [{ code: 'MA-08', name: text('Drâa-Tafilalet', 'درعة تافيلالت', 'Drâa-Tafilalet'), academy: text('AREF', 'AREF', 'AREF') }],
      'GET /api/reference/school-levels': [{ code: 'PRIMAIRE', label: text('Primaire', 'الابتدائي', 'Primary'), position: 2 }],
      'GET /api/editions': [edition({ id: 1, number: 12, year: 2016, status: 'PUBLISHED' })],
      'GET /api/gallery': { items: [], page: 0, size: 12, total, disciplines: [] },
    });
    await i18n.changeLanguage('ar');
    await renderPage('/gallery');
    expect(await screen.findByRole('heading', { level: 2, name: shown })).toBeInTheDocument();
  });
});
