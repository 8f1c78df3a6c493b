import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import type { RoundView } from '@/lib/api/types';

const REGIONS = [
  { code: 'MA-04', name: { fr: 'Rabat-Salé-Kénitra', ar: 'الرباط', en: 'Rabat-Salé-Kénitra' }, academy: { fr: 'AREF Rabat-Salé-Kénitra', ar: 'أ', en: 'AREF RSK' } },
];

function round(position: number, extra: Partial<RoundView> = {}): RoundView {
  return {
    position, nameFr: position === 1 ? 'Présélection régionale' : 'Jury national', nameAr: `الدور ${position}`, nameEn: `Round ${position}`,
    scope: position === 1 ? 'REGIONAL' : 'NATIONAL', rubric: 'CLD21', jurorsPerProject: 2, blindReview: false, excludePreviousJurors: false,
    evaluationCloseAt: '2099-04-30T22:59:00Z', status: 'PENDING', current: position === 1, entries: 0, assignments: 0, submittedEvaluations: 0, ...extra,
  };
}

const juror = { id: 21, firstName: 'Karim', lastName: 'Alaoui', email: 'karim@rabat.ma' };

function api(firstRound: RoundView['status'], asked: string[] = []) {
  const track = (name: string, body: unknown) => (request: Request) => {
    const url = new URL(request.url);
    asked.push(`${name}:${url.searchParams.get('round')}`);
    return body;
  };
  return mockApi({
    'GET /api/coordinator/dashboard': {
      regionCode: 'MA-04', academy: REGIONS[0].academy,
      edition: { id: 3, number: 22, year: 2026, title: 'Enseignants Innovants 2026', status: 'EVALUATION', screeningEnabled: false },
      projects: { submitted: 2, screened: 2, pending: 0, eligible: 2, ineligible: 0 }, jurors: { total: 2, enabled: 2 },
    },
    'GET /api/editions/{id}/rounds': [round(1, { status: firstRound }), round(2)],
    'GET /api/editions/{id}/progress': track('progress', {
      round: { position: 1, nameFr: 'Présélection régionale', scope: 'REGIONAL', rubric: 'CLD21', status: firstRound },
      jurorsPerProject: 2, assignments: 1, submittedEvaluations: 0, understaffed: 0,
      jurors: [{ juror, assigned: 1, notStarted: 1, draft: 0, submitted: 0 }], submissions: [],
    }),
    'GET /api/editions/{id}/assignments': track('assignments', [{
      id: 5, editionId: 3, submissionId: 9, submissionTitle: 'Robotique au collège', juror, origin: 'AUTO', evaluationStatus: 'NOT_STARTED', createdAt: '2026-03-01T10:00:00Z',
    }]),
    'POST /api/editions/{id}/assignments/auto': track('auto', {
      created: 2, kept: 1, fullyStaffed: 2, submissions: 2, minLoad: 1, maxLoad: 2, understaffed: [],
    }),
    'GET /api/editions/{id}/ranking': track('ranking', {
      editionId: 3, disagreementThreshold: 20, jurorsPerProject: 2,
      round: { position: 1, nameFr: 'Présélection régionale', scope: 'REGIONAL', rubric: 'CLD21', status: firstRound },
      items: [{
        rank: 1, submissionId: 9, title: 'Robotique au collège', authorName: 'Amina Test', regionCode: 'MA-04', regionRank: 1, rawScore: 80, normalizedScore: 75,
        evaluations: 1, assigned: 2, active: 2, missingEvaluations: 1, understaffed: true, spread: 30, disagreement: true,
      }],
    }),
    'GET /api/editions/{id}/severity': track('severity', []),
    'GET /api/editions/{id}/ranking/agreement': problem(409, 'not-computable'),
    'GET /api/accounts': { items: [], page: 0, size: 20, total: 0 },
    'GET /api/reference/regions': REGIONS,
    'GET /api/reference/school-levels': [],
  });
}

const coordinator = () => account('COORDINATOR', { regionCode: 'MA-04' });

describe('the coordinator’s regional judging', () => {
  it('assigns the jurors of its open regional round, with none of the admin’s tools', async () => {
    const asked: string[] = [];
    const { calls } = api('OPEN', asked);
    renderRoute('/coordinator', { as: coordinator() });
    const sections = await screen.findByRole('navigation', { name: 'Sections de la coordination' });
    expect(await within(sections).findByRole('link', { name: 'Affectations' })).toHaveAttribute('href', '/coordinator/assignment');
    expect(within(sections).getByRole('link', { name: 'Classement' })).toHaveAttribute('href', '/coordinator/ranking');
    expect(within(sections).queryByRole('link', { name: 'Projets qualifiés' })).not.toBeInTheDocument();
    expect(screen.getByText('Tour régional : Présélection régionale')).toBeInTheDocument();

    await userEvent.click(within(sections).getByRole('link', { name: 'Affectations' }));
    expect(await screen.findByRole('heading', { name: 'Affectation des jurés' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Robotique au collège' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['progress:1', 'assignments:1'])));
    // No conflicts, no choice among every submission (admin-only endpoints).
    expect(screen.queryByRole('heading', { name: 'Conflits d’intérêts' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/conflicts') || c.path === '/api/submissions')).toBe(false);
    // The round selector offers regional rounds only: with one, there is nothing to choose.
    expect(screen.queryByLabelText('Tour')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Affecter automatiquement' }));
    await waitFor(() => expect(asked).toContain('auto:1'));
  });

  it('reads the ranking of its region without adding a juror, and reaches the qualified projects once the round is closed', async () => {
    const asked: string[] = [];
    api('CLOSED', asked);
    const { location } = renderRoute('/coordinator/ranking', { as: coordinator() });
    expect(await screen.findByRole('heading', { name: 'Classement', level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Robotique au collège' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['ranking:1', 'severity:1'])));
    expect(screen.getByRole('columnheader', { name: 'Rang régional' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ajouter un juré/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Région affichée')).not.toBeInTheDocument();

    const link = screen.getByRole('link', { name: 'Projets qualifiés' });
    expect(link).toHaveAttribute('href', '/admin/editions/3/rounds/1/shortlist');

    // The closed round's assignments are read only.
    await userEvent.click(screen.getByRole('link', { name: 'Affectations' }));
    expect(await screen.findByText(/Ce tour n’est pas en cours/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Affecter automatiquement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retirer/ })).not.toBeInTheDocument();
    expect(location().pathname).toBe('/coordinator/assignment');
  });

  it('says when no regional round is open yet, and offers no judging', async () => {
    api('PENDING');
    renderRoute('/coordinator', { as: coordinator() });
    expect(await screen.findByText(/Aucun tour régional n’est ouvert/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Affectations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Classement' })).not.toBeInTheDocument();
  });

  it('brings the coordinator back to its space from the qualified projects', async () => {
    mockApi({
      'GET /api/reference/regions': REGIONS,
      'GET /api/editions/{id}/rounds/{p}/shortlist': problem(404, 'not-found'),
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: coordinator() });
    expect(await screen.findByRole('link', { name: '← Coordination régionale' })).toHaveAttribute('href', '/coordinator');
  });
});
