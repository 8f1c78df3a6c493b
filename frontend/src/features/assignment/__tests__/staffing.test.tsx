import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';

const person = (id: number, firstName: string, lastName: string) => ({ id, firstName, lastName, email: `${firstName.toLowerCase()}@jury.ma` });

const progress = {
  jurorsPerProject: 2, assignments: 3, submittedEvaluations: 1, understaffed: 1,
  jurors: [{ juror: person(1, 'Karim', 'Alami'), assigned: 2, notStarted: 1, draft: 0, submitted: 1 }],
  submissions: [
    { submissionId: 5, title: 'Robotique', assigned: 1, submitted: 1, active: 1, missingEvaluations: 1, understaffed: true },
    { submissionId: 6, title: 'Maths au souk', assigned: 2, submitted: 0, active: 2, missingEvaluations: 2, understaffed: false },
  ],
};

const candidates = {
  submissionId: 5, title: 'Robotique', jurorsPerProject: 2, assigned: 1, submitted: 1,
  jurors: [
    { juror: person(4, 'Youssef', 'Tazi'), load: 3, conflicts: 0, eligible: true, reasons: [] },
    { juror: person(1, 'Karim', 'Alami'), load: 2, conflicts: 0, eligible: false, reasons: ['ALREADY_ASSIGNED'] },
    { juror: person(2, 'Salma', 'Idrissi'), load: 0, conflicts: 1, eligible: false, reasons: ['DECLARED'], declaredReason: 'Je connais l’enseignante' },
    { juror: person(3, 'Omar', 'Berrada'), load: 1, conflicts: 0, eligible: false, reasons: ['SAME_SCHOOL', 'SAME_REGION'] },
  ],
};

const conflicts = [
  { id: 12, submissionId: 6, submissionTitle: 'Maths au souk', juror: person(3, 'Omar', 'Berrada'), reason: 'Frère de l’auteur', declaredAt: '2026-11-29T10:00:00Z', recordedBy: person(7, 'Amina', 'Test') },
  { id: 11, submissionId: 5, submissionTitle: 'Robotique', juror: person(2, 'Salma', 'Idrissi'), reason: 'Je connais l’enseignante', declaredAt: '2026-11-28T09:30:00Z' },
];

const assignment = (jurorId: number, firstName: string, lastName: string) => ({
  id: 40, editionId: 3, submissionId: 5, submissionTitle: 'Robotique', juror: person(jurorId, firstName, lastName), origin: 'MANUAL',
  evaluationStatus: 'NOT_STARTED', createdAt: '2026-11-29T10:00:00Z',
});

function mockAssignmentTab(status: 'OPEN' | 'EVALUATION' = 'EVALUATION') {
  return mockApi({
    'GET /api/editions/{id}': edition({ status, nextStatus: status === 'OPEN' ? 'EVALUATION' : 'DELIBERATION' }),
    'GET /api/editions/{id}/progress': progress,
    'GET /api/editions/{id}/assignments': [],
    'GET /api/editions/{id}/assignments/candidates': candidates,
    'POST /api/editions/{id}/assignments': assignment(4, 'Youssef', 'Tazi'),
    'GET /api/editions/{id}/conflicts': conflicts,
    'POST /api/editions/{id}/conflicts': { conflict: { ...conflicts[0], id: 13, juror: person(4, 'Youssef', 'Tazi'), submissionTitle: 'Robotique' }, assignmentRemoved: true },
    'GET /api/accounts': { items: [{ ...account('JURY'), id: 4, firstName: 'Youssef', lastName: 'Tazi', email: 'youssef@jury.ma' }], page: 0, size: 100, total: 1 },
    'GET /api/submissions': { items: [{ id: 5, title: 'Robotique' }, { id: 6, title: 'Maths au souk' }], page: 0, size: 100, total: 2 },
  });
}

const rowOf = (scope: HTMLElement, name: RegExp | string) => within(scope).getByRole('rowheader', { name }).closest('tr')!;

describe('understaffed projects and the choice of a juror', () => {
  it('flags the understaffed project in the progress and assigns the juror the admin chose, seeing loads and conflicts', async () => {
    const { calls } = mockAssignmentTab();
    renderRoute('/admin/editions/3/assignment', { as: account('ADMIN') });
    const table = await screen.findByRole('table', { name: '1 projet en sous-effectif' });
    const row = rowOf(table, /Robotique/);
    expect(within(row).getByText('⚑ sous-effectif')).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: /Maths au souk/ })).not.toBeInTheDocument();
    expect(within(row).getByText('1 / 2')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Ajouter un juré pour « Robotique »' }));
    const chooser = (await screen.findByRole('heading', { name: 'Choisir un juré pour « Robotique »' })).closest('section')!;
    expect(screen.getByRole('heading', { name: 'Choisir un juré pour « Robotique »' })).toHaveFocus();
    const list = await within(chooser).findByRole('table', { name: 'Jurés\u00a0: charge dans l’édition et conflits avec ce projet' });
    expect(within(chooser).getByText('1 évaluation soumise, 1 juré affecté, 2 requis.')).toBeInTheDocument();
    const youssef = rowOf(list, 'Youssef Tazi');
    expect(within(youssef).getByText('3 projets')).toBeInTheDocument();
    expect(within(youssef).getByText('Éligible')).toBeInTheDocument();
    const salma = rowOf(list, 'Salma Idrissi');
    expect(within(salma).getByText('Conflit déclaré : Je connais l’enseignante')).toBeInTheDocument();
    expect(within(salma).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rowOf(list, 'Omar Berrada')).getByText('Même établissement')).toBeInTheDocument();
    expect(within(rowOf(list, 'Omar Berrada')).getByText('Même région')).toBeInTheDocument();
    expect(within(rowOf(list, 'Karim Alami')).getByText('Déjà affecté·e à ce projet')).toBeInTheDocument();

    await userEvent.click(within(youssef).getByRole('button', { name: 'Affecter Youssef Tazi à « Robotique »' }));
    expect(await within(chooser).findByText('Youssef Tazi est affecté·e à « Robotique ».')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/editions/3/assignments', body: { submissionId: 5, jurorId: 4 } });
    await userEvent.click(within(chooser).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('heading', { name: 'Choisir un juré pour « Robotique »' })).not.toBeInTheDocument();
  });

  it('shows each juror’s load and conflicts with the chosen project in the manual assignment', async () => {
    const { calls } = mockAssignmentTab();
    renderRoute('/admin/editions/3/assignment', { as: account('ADMIN') });
    const manual = (await screen.findByRole('heading', { name: 'Affectation manuelle' })).closest('section')!;
    await userEvent.selectOptions(await within(manual).findByLabelText('Projet'), await within(manual).findByRole('option', { name: 'Robotique' }));
    const list = await within(manual).findByRole('table', { name: 'Jurés\u00a0: charge dans l’édition et conflits avec ce projet' });
    expect(within(rowOf(list, 'Salma Idrissi')).getByText('Conflit déclaré : Je connais l’enseignante')).toBeInTheDocument();
    expect(within(rowOf(list, 'Salma Idrissi')).getByText('1')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/editions/3/assignments/candidates')).toBe(true);
    await userEvent.click(within(rowOf(list, 'Youssef Tazi')).getByRole('button', { name: 'Affecter Youssef Tazi à « Robotique »' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ submissionId: 5, jurorId: 4 }));
  });

  it('lists the conflicts of the edition and records one on a juror’s behalf', async () => {
    const { calls } = mockAssignmentTab();
    renderRoute('/admin/editions/3/assignment', { as: account('ADMIN') });
    const table = await screen.findByRole('table', { name: 'Conflits d’intérêts de l’édition, du plus récent au plus ancien' });
    const recorded = rowOf(table, 'Omar Berrada');
    expect(within(recorded).getByText('Maths au souk')).toBeInTheDocument();
    expect(within(recorded).getByText('Frère de l’auteur')).toBeInTheDocument();
    expect(within(recorded).getByText('Enregistré par Amina Test')).toBeInTheDocument();
    expect(within(recorded).getByText('29 novembre 2026 à 11:00')).toBeInTheDocument();
    expect(within(rowOf(table, 'Salma Idrissi')).getByText('Déclaré par le juré')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Enregistrer un conflit pour un juré' });
    await userEvent.selectOptions(within(form).getByLabelText('Projet'), await within(form).findByRole('option', { name: 'Robotique' }));
    await userEvent.selectOptions(within(form).getByLabelText('Juré·e'), await within(form).findByRole('option', { name: /Youssef Tazi/ }));
    await userEvent.type(within(form).getByLabelText('Motif'), 'Ancien collègue');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer le conflit' }));
    expect(await within(form).findByText('Conflit enregistré : Youssef Tazi est retiré·e de « Robotique ».')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/editions/3/conflicts', body: { submissionId: 5, jurorId: 4, reason: 'Ancien collègue' },
    });
  });

  it('records conflicts ahead while the call is open, from the submitted projects', async () => {
    const { calls } = mockAssignmentTab('OPEN');
    renderRoute('/admin/editions/3/assignment', { as: account('ADMIN') });
    const form = await screen.findByRole('form', { name: 'Enregistrer un conflit pour un juré' });
    await within(form).findByRole('option', { name: 'Robotique' });
    expect(calls.some((c) => c.path === '/api/submissions')).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Affectation manuelle' })).not.toBeInTheDocument();
  });

  it('reads the choice in Arabic', async () => {
    await i18n.changeLanguage('ar');
    mockAssignmentTab();
    renderRoute('/admin/editions/3/assignment', { as: account('ADMIN', { preferredLanguage: 'ar' }) });
    const table = await screen.findByRole('table', { name: 'مشروع واحد ينقصه محكّمون' });
    await userEvent.click(within(rowOf(table, /Robotique/)).getByRole('button', { name: 'إضافة محكّم لـ«Robotique»' }));
    const list = await screen.findByRole('table', { name: 'المحكّمون: العبء في الدورة وتضارب المصالح مع هذا المشروع' });
    expect(within(rowOf(list, 'Omar Berrada')).getByText('نفس المؤسسة')).toBeInTheDocument();
  });
});
