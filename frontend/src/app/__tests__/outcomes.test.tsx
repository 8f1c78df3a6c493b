import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { Edition, Submission } from '@/lib/api/types';

const reference = { 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] };

describe('a special mention is an outcome of its own', () => {
  it('shows the teacher a special-mention badge and their result, never “Non retenu”', async () => {
    const project: Submission = {
      id: 5, edition: { id: 3, number: 22, year: 2026, title: '22e édition', status: 'PUBLISHED', submissionsCloseAt: '2026-03-31T22:59:00Z' },
      author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Contes amazighs', coAuthors: [], technologies: [], status: 'SPECIAL_MENTION',
      editable: false, missingForSubmission: [], attachments: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [], version: 4, createdAt: '2026-01-02T10:00:00Z', updatedAt: '2026-05-02T10:00:00Z',
    };
    mockApi({
      ...reference,
      'GET /api/submissions/{id}': project,
      'GET /api/submissions/{id}/result': {
        submissionId: 5, status: 'SPECIAL_MENTION', award: { kind: 'SPECIAL_MENTION', rank: 3, citation: 'Pour la mémoire orale' },
        feedback: [], criteria: [], certificateAvailable: true,
      },
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByText('Mention spéciale — rang 3')).toBeInTheDocument();
    const badge = screen.getByText('Mention spéciale', { selector: '.badge' });
    expect(badge).toHaveClass('badge-special_mention');
    expect(badge).not.toHaveClass('badge-not_retained');
    expect(screen.queryByText('Non retenu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger mon certificat (PDF)' })).toBeInTheDocument();
  });

  it('counts special mentions under their own name in the statistics', async () => {
    mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'PUBLISHED', nextStatus: 'ARCHIVED' }),
      'GET /api/editions/{id}/statistics': {
        editionId: 3, submissions: 4, assignments: 8, submittedEvaluations: 8, byRegion: [], byLevel: [], byDiscipline: [],
        byStatus: [{ code: 'LAUREATE', count: 1 }, { code: 'NOT_RETAINED', count: 1 }, { code: 'SPECIAL_MENTION', count: 1 }, { code: 'WINNER', count: 1 }],
        rawScoreDistribution: [], evaluationScoreDistribution: [],
      },
    });
    renderRoute('/admin/editions/3/statistics', { as: account('ADMIN') });
    const chart = (await screen.findByText('Projets par statut')).closest('figure')!;
    expect(within(chart).getAllByText(/./, { selector: '.bar-label' }).map((l) => l.textContent))
      .toEqual(['Lauréat', 'Non retenu', 'Mention spéciale', 'Grand gagnant']);
  });
});

describe('the public results', () => {
  const laureate = (submissionId: number, kind: 'WINNER' | 'LAUREATE', title: string) => ({
    editionId: 1, editionNumber: 12, editionYear: 2016, submissionId, kind, rank: submissionId, title, teacherName: `Prof ${submissionId}`,
  });
  const results = (extra: Partial<Edition>) => ({
    ...reference,
    'GET /api/editions/{id}/results': {
      edition: edition({ id: 1, number: 12, year: 2016, status: 'PUBLISHED', ...extra }),
      winner: laureate(1, 'WINNER', 'Classe inversée'), laureates: [laureate(2, 'LAUREATE', 'Maths au souk')], specialMentions: [],
      participants: 40, regions: 9,
    },
  });

  it('says, with the winner, that they represent Morocco at the edition’s international forum', async () => {
    mockApi(results({ ceremonyDate: '2016-05-25', ceremonyVenue: 'Rabat', forum: { name: 'Global Education Forum', city: 'Budapest', year: 2016 } }));
    renderRoute('/editions/1');
    const winner = await screen.findByRole('region', { name: 'Grand gagnant' });
    expect(within(winner).getByText('Représente le Maroc au forum international « \u2068Global Education Forum\u2069 » (\u2068Budapest\u2069, 2016).')).toBeInTheDocument();
    expect(screen.getByText(/Cérémonie le 25 mai 2016, \u2068Rabat\u2069\./)).toBeInTheDocument();
  });

  it('keeps the typed names in their place in the Arabic sentences, and each typed text in its own direction', async () => {
    await i18n.changeLanguage('ar');
    // As the server answers in Arabic: the forum's name translated (the same), the venue typed in French only.
    mockApi(results({
      language: 'ar', fallbacks: ['ceremonyVenue'],
      ceremonyDate: '2016-05-25', ceremonyVenue: 'Théâtre Mohammed V, Rabat', forum: { name: 'Global Education Forum', city: 'Budapest', year: 2016 },
    }));
    renderRoute('/editions/1');
    const winner = await screen.findByRole('region', { name: 'الفائز الأول' });
    // Without isolation the Latin run swallowed the guillemets and parentheses around it:
    // "«(Budapest، 2016) «Global Education Forum".
    expect(within(winner).getByText('يمثل المغرب في المنتدى الدولي «\u2068Global Education Forum\u2069» (\u2068Budapest\u2069، 2016).')).toBeInTheDocument();
    expect(screen.getByText(/\u2068Théâtre Mohammed V, Rabat\u2069 \(بالفرنسية\)\.$/)).toBeInTheDocument();
    expect(within(winner).getByRole('heading', { name: 'Classe inversée' })).toHaveAttribute('dir', 'auto');
    expect(within(winner).getByText('Prof 1').closest('p')).toHaveAttribute('dir', 'auto');
  });

  it('says nothing of a forum or a venue the edition does not name', async () => {
    mockApi(results({ ceremonyDate: '2016-05-25' }));
    renderRoute('/editions/1');
    await screen.findByRole('region', { name: 'Grand gagnant' });
    expect(screen.queryByText(/Représente le Maroc/)).not.toBeInTheDocument();
    expect(screen.getByText(/Cérémonie le 25 mai 2016\.$/)).toBeInTheDocument();
  });
});
