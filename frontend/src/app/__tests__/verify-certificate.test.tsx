import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { mockApi } from '@/testing/api-mock';
import { renderRoute } from '@/testing/render';

const CODE = 'M6B2J-VQAQ2-22M3S-Q257E-PZD6Y';

const certificate = (editionTitle: string) => ({
  code: CODE, kind: 'LAUREATE', editionNumber: 12, editionYear: 2016, editionTitle,
  teacherName: 'Amina Test', projectTitle: 'Journal scolaire numérique', issuedAt: '2016-05-25T09:00:00Z',
});

/** The value shown after a term of the certificate's description. */
function fact(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('certificate verification (issue 17, point 9)', () => {
  it('names the edition once when its title already names it', async () => {
    mockApi({ 'GET /api/certificates/{code}': certificate('12e édition du concours Enseignants Innovants (démo)') });
    renderRoute(`/verify/${CODE}`);
    await screen.findByRole('heading', { name: 'Certificat authentique' });
    expect(fact('Édition')).toBe('12e édition (2016)');
  });

  it('adds a title that says something else than the number', async () => {
    mockApi({ 'GET /api/certificates/{code}': certificate('Le numérique au service des compétences du XXIe siècle') });
    renderRoute(`/verify/${CODE}`);
    await screen.findByRole('heading', { name: 'Certificat authentique' });
    expect(fact('Édition')).toBe('12e édition (2016) — Le numérique au service des compétences du XXIe siècle');
  });

  it('shows the day the certificate was issued, in Casablanca', async () => {
    mockApi({ 'GET /api/certificates/{code}': certificate('12e édition') });
    renderRoute(`/verify/${CODE}`);
    await screen.findByRole('heading', { name: 'Certificat authentique' });
    expect(fact('Délivré le')).toBe('25 mai 2016');
  });

  it('gives the code field room for the 29 characters of a code, within a phone screen', async () => {
    mockApi({});
    renderRoute('/verify');
    const input = screen.getByLabelText('Code de vérification');
    expect(Number(input.getAttribute('size'))).toBeGreaterThanOrEqual(29);
    // A monospaced font, so that 32ch hold the 29 characters and the padding; never wider than the screen.
    expect(input.style.inlineSize).toBe('32ch');
    expect(input.style.maxInlineSize).toBe('100%');
    expect(input.style.fontFamily).toMatch(/monospace/);
  });
});
