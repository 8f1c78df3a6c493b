import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { renderRoute } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';

describe('home page', () => {
  it('shows the open call with its dates, the countdown, the rules and the rubric with its gates', async () => {
    mockApi({ 'GET /api/editions/current': edition(), 'GET /api/editions/{id}/criteria': criteria() });
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: /22e édition du concours/ })).toBeInTheDocument();
    expect(screen.getByText('Temps restant avant la clôture des candidatures')).toBeInTheDocument();
    expect(screen.getByText('Un projet par enseignant.')).toBeInTheDocument();
    const rubric = await screen.findByRole('table', { name: 'Critères d’évaluation' });
    expect(within(rubric).getByRole('rowheader', { name: /Usage des TIC pour apprendre/ })).toBeInTheDocument();
    expect(within(rubric).getByText('Les TIC sont utilisées')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Déposer mon projet' })).toHaveAttribute('href', '/register');
  });

  it('says when no edition exists yet', async () => {
    mockApi({ 'GET /api/editions/current': problem(404, 'not-found') });
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Introuvable.');
  });

  it('switches to Arabic, right to left, and remembers it', async () => {
    mockApi({ 'GET /api/editions/current': edition(), 'GET /api/editions/{id}/criteria': criteria() });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition/ });
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'الأساتذة المبتكرون' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(localStorage.getItem('innovatice.language')).toBe('ar');
    expect(await screen.findByRole('rowheader', { name: /استعمال تكنولوجيا المعلومات للتعلم/ })).toBeInTheDocument();
  });
});

describe('certificate verification', () => {
  it('shows what a genuine certificate certifies', async () => {
    mockApi({
      'GET /api/certificates/{code}': {
        code: 'M6B2J-VQAQ2-22M3S-Q257E-PZD6Y', kind: 'LAUREATE', editionNumber: 12, editionYear: 2016, editionTitle: '12e édition',
        teacherName: 'Amina Test', projectTitle: 'Journal scolaire numérique', issuedAt: '2016-05-25T10:00:00Z',
      },
    });
    renderRoute('/verify/M6B2J-VQAQ2-22M3S-Q257E-PZD6Y');
    expect(await screen.findByRole('heading', { name: 'Certificat authentique' })).toBeInTheDocument();
    expect(screen.getByText('Journal scolaire numérique')).toBeInTheDocument();
    expect(screen.getByText('Lauréat')).toBeInTheDocument();
  });

  it('says plainly that an unknown code matches nothing', async () => {
    mockApi({ 'GET /api/certificates/{code}': problem(404, 'not-found') });
    renderRoute('/verify/NOPE');
    expect(await screen.findByRole('alert')).toHaveTextContent('Aucun certificat ne correspond à ce code.');
  });

  it('says that a revoked code was replaced, without showing the holder', async () => {
    mockApi({ 'GET /api/certificates/{code}': problem(410, 'certificate-revoked', { revokedAt: '2016-06-01T09:00:00Z', replaced: true }) });
    renderRoute('/verify/M6B2J-VQAQ2-22M3S-Q257E-PZD6Y');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ce certificat a été révoqué le');
    expect(alert).toHaveTextContent('2016');
    expect(screen.queryByRole('heading', { name: 'Certificat authentique' })).not.toBeInTheDocument();
  });
});

describe('published results', () => {
  it('lists the winner, the laureates and the mentions of an edition', async () => {
    const laureate = (submissionId: number, kind: 'WINNER' | 'LAUREATE' | 'SPECIAL_MENTION', title: string) => ({
      editionId: 1, editionNumber: 12, editionYear: 2016, submissionId, kind, rank: submissionId, title, teacherName: `Prof ${submissionId}`, regionCode: 'MA-04',
    });
    mockApi({
      'GET /api/editions/{id}/results': {
        edition: edition({ id: 1, number: 12, year: 2016, status: 'PUBLISHED', ceremonyDate: '2016-05-25', ceremonyVenue: 'Rabat' }),
        winner: laureate(1, 'WINNER', 'Classe inversée'), laureates: [laureate(2, 'LAUREATE', 'Maths au souk')],
        specialMentions: [laureate(3, 'SPECIAL_MENTION', 'Contes amazighs')], participants: 40, regions: 9,
      },
      'GET /api/reference/regions': [{ code: 'MA-04', name: { fr: 'Rabat-Salé-Kénitra', ar: 'الرباط سلا القنيطرة', en: 'Rabat-Salé-Kénitra' }, academy: { fr: 'AREF', ar: 'AREF', en: 'AREF' } }],
      'GET /api/reference/school-levels': [],
    });
    renderRoute('/editions/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lauréats de la 12e édition (2016)' })).toBeInTheDocument();
    expect(screen.getByText('40 projets en compétition, 9 régions représentées.', { exact: false })).toBeInTheDocument();
    const winner = screen.getByRole('region', { name: 'Grand gagnant' });
    expect(within(winner).getByRole('heading', { name: 'Classe inversée' })).toBeInTheDocument();
    // The section's heading names the distinction; the card does not say it a second time.
    expect(within(winner).getAllByText('Grand gagnant')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Contes amazighs' })).toBeInTheDocument();
    expect(await screen.findAllByText(/Rabat-Salé-Kénitra/)).toHaveLength(3);
  });
});

describe('document title', () => {
  it('names the page after its heading', async () => {
    mockApi({ 'GET /api/certificates/{code}': problem(404, 'not-found') });
    renderRoute('/verify');
    await screen.findByRole('heading', { level: 1, name: 'Vérifier un certificat' });
    await vi.waitFor(() => expect(document.title).toBe('Vérifier un certificat — InnovaTICE'));
  });
});
