import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '@/app/provider';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import { SlotForm } from '../components/SlotForm';
import { isHttpsUrl, toSlotInput, validateSlot } from '../components/slotForm';
import { DelegationForm } from '../components/Delegation';
import { DelegationBlock } from '@/features/showcase/components/DelegationBlock';
import type { Delegation, DelegationMember } from '../types';

const wrap = (ui: React.ReactNode) => render(
  <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{ui}</AppProvider>,
);

describe('the slot form', () => {
  it('checks the draft: a start, 5 to 240 minutes, a place or a https link only', () => {
    const ok = { start: '2026-06-10T10:30', duration: '20', place: 'Salle 3', videoUrl: '' };
    expect(validateSlot(ok)).toEqual({});
    expect(validateSlot({ ...ok, start: '' }).start).toBe('finalists.errors.start');
    expect(validateSlot({ ...ok, duration: '4' }).duration).toBe('finalists.errors.duration');
    expect(validateSlot({ ...ok, duration: '241' }).duration).toBe('finalists.errors.duration');
    expect(validateSlot({ ...ok, place: ' ', videoUrl: '' }).place).toBe('finalists.errors.where');
    expect(validateSlot({ ...ok, place: '', videoUrl: 'http://meet.example.ma/x' }).videoUrl).toBe('finalists.errors.https');
    expect(validateSlot({ ...ok, place: '', videoUrl: 'javascript:alert(1)' }).videoUrl).toBe('finalists.errors.https');
    expect(validateSlot({ ...ok, place: '', videoUrl: 'https://meet.example.ma/x' })).toEqual({});
    expect(isHttpsUrl('https://meet.example.ma/a b')).toBe(false);
  });

  it('sends the Morocco wall clock as an instant', () => {
    // June: Morocco is UTC+1 (outside Ramadan), so 10:30 there is 09:30Z.
    expect(toSlotInput({ start: '2026-06-10T10:30', duration: '20', place: ' Salle 3 ', videoUrl: '' }))
      .toEqual({ startsAt: '2026-06-10T09:30:00Z', durationMinutes: 20, place: 'Salle 3', videoUrl: null });
  });

  it('refuses a http link on screen and sends nothing until it is https', async () => {
    const onSave = vi.fn();
    wrap(<SlotForm title="Robotique" onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Début (heure du Maroc)'), '2026-06-10T10:30');
    await userEvent.type(screen.getByLabelText('Lien de visioconférence'), 'http://meet.example.ma/jury');
    await userEvent.click(screen.getByRole('button', { name: 'Programmer' }));
    expect(screen.getByText('Le lien doit commencer par https:// (500 caractères au plus).')).toBeInTheDocument();
    expect(screen.getByLabelText('Lien de visioconférence')).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Lien de visioconférence'));
    await userEvent.type(screen.getByLabelText('Lien de visioconférence'), 'https://meet.example.ma/jury');
    await userEvent.click(screen.getByRole('button', { name: 'Programmer' }));
    expect(onSave).toHaveBeenCalledWith({ startsAt: '2026-06-10T09:30:00Z', durationMinutes: 20, place: null,
      videoUrl: 'https://meet.example.ma/jury' });
  });
});

const member = (submissionId: number, role: DelegationMember['role'], award: DelegationMember['award'], title: string): DelegationMember => ({
  submissionId, role, award, title, teacherName: `Prof ${submissionId}`, schoolName: `Lycée ${submissionId}`, regionCode: 'MA-04',
});

describe('the delegation form', () => {
  const delegation = (extra: Partial<Delegation> = {}): Delegation => ({
    editionId: 3, forumName: 'Global Education Forum', forumCity: 'Budapest', forumYear: 2026,
    forumStartsOn: '2026-11-03', forumEndsOn: '2026-11-06', editable: true,
    members: [member(1, 'WINNER', 'WINNER', 'Classe inversée'), member(2, 'COMPANION', 'LAUREATE', 'Maths au souk')],
    candidates: [3, 4, 5, 6, 7].map((id) => member(id, undefined, 'LAUREATE', `Projet ${id}`)),
    ...extra,
  });

  it('keeps the winner first and sends the chosen companions in order', async () => {
    const onSave = vi.fn();
    wrap(<DelegationForm delegation={delegation()} onSave={onSave} />);
    expect(screen.getByText(/Conduite par le grand gagnant/).parentElement).toHaveTextContent('Classe inversée');
    expect(screen.getByRole('checkbox', { name: /Maths au souk/ })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /Projet 4/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la délégation' }));
    expect(onSave).toHaveBeenCalledWith([2, 4]);
  });

  it('allows five companions at most', async () => {
    const onSave = vi.fn();
    wrap(<DelegationForm delegation={delegation()} onSave={onSave} />);
    for (const id of [3, 4, 5, 6]) await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`Projet ${id}`) }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Projet 7/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('5 accompagnateurs au plus.');
    expect(screen.getByRole('button', { name: 'Enregistrer la délégation' })).toBeDisabled();
  });

  it('is read-only outside deliberation and asks for a winner first', () => {
    const { unmount } = wrap(<DelegationForm delegation={delegation({ editable: false })} onSave={vi.fn()} />);
    expect(screen.getByRole('checkbox', { name: /Maths au souk/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Enregistrer la délégation' })).not.toBeInTheDocument();
    unmount();
    wrap(<DelegationForm delegation={delegation({ members: [] })} onSave={vi.fn()} />);
    expect(screen.getByText('Désignez d’abord le grand gagnant : il conduit la délégation.')).toBeInTheDocument();
  });
});

describe('the public results’ delegation', () => {
  it('shows the forum, its dates and every member with name and school', async () => {
    mockApi({
      'GET /api/reference/regions': [{ code: 'MA-04', name: { fr: 'Rabat-Salé-Kénitra', ar: 'الرباط سلا القنيطرة', en: 'Rabat-Salé-Kénitra' } }],
      'GET /api/reference/school-levels': [],
      'GET /api/editions/{id}/results': {
        edition: edition({ id: 1, number: 12, year: 2026, status: 'PUBLISHED' }),
        winner: { editionId: 1, editionNumber: 12, editionYear: 2026, submissionId: 1, kind: 'WINNER', rank: 1, title: 'Classe inversée', teacherName: 'Prof 1' },
        laureates: [], specialMentions: [], participants: 40, regions: 9,
        delegation: {
          forumName: 'Global Education Forum', forumCity: 'Budapest', forumYear: 2026, forumStartsOn: '2026-11-03', forumEndsOn: '2026-11-06',
          members: [member(1, 'WINNER', 'WINNER', 'Classe inversée'), member(2, 'COMPANION', 'LAUREATE', 'Maths au souk')],
        },
      },
    });
    renderRoute('/editions/1');
    const block = await screen.findByRole('region', { name: 'La délégation marocaine' });
    expect(within(block).getByText(/Forum « \u2068Global Education Forum\u2069 » — Budapest, 3 novembre 2026 – 6 novembre 2026/)).toBeInTheDocument();
    const items = within(block).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Grand gagnant');
    expect(items[0]).toHaveTextContent('Classe inversée — Prof 1, Lycée 1');
    expect(await within(block).findAllByText(/Rabat-Salé-Kénitra/)).toHaveLength(2);
  });

  it('shows nothing without a delegation', () => {
    const { container } = wrap(<DelegationBlock delegation={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the jury’s president of a finalists’ round', () => {
  const juror = (id: number, firstName: string, lastName: string) => ({ id, firstName, lastName, email: `${id}@jury.ma` });
  const assignment = (id: number, submissionId: number, j: ReturnType<typeof juror>) => ({
    id, editionId: 3, submissionId, submissionTitle: `Projet ${submissionId}`, juror: j, origin: 'AUTO', evaluationStatus: 'NOT_STARTED', createdAt: '2026-05-01T10:00:00Z',
  });
  const minutes = (presidentId?: number, presidentName?: string) => ({
    roundId: 30, position: 3, nameFr: 'Finale', status: 'OPEN', editable: false, ...(presidentId ? { presidentId, presidentName } : {}),
  });

  it('lists the round’s jurors once each, preselects the president and sends the chosen juror', async () => {
    const karim = juror(21, 'Karim', 'Alaoui');
    const salma = juror(22, 'Salma', 'Bennani');
    const asked: string[] = [];
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ id: 3, status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 3 }),
      'GET /api/editions/{id}/rounds': [{
        position: 3, nameFr: 'Finale', scope: 'NATIONAL', rubric: 'PRESENTATION', jurorsPerProject: 2, blindReview: false, excludePreviousJurors: false,
        evaluationCloseAt: '2099-06-30T22:59:00Z', status: 'OPEN', current: true, entries: 2, assignments: 4, submittedEvaluations: 0,
      }],
      'GET /api/editions/{id}/rounds/{p}/slots': { roundId: 30, position: 3, nameFr: 'Finale', rubric: 'PRESENTATION', status: 'OPEN', editable: true, finalists: [] },
      'GET /api/editions/{id}/assignments': (request: Request) => {
        asked.push(new URL(request.url).searchParams.get('round') ?? '');
        return [assignment(1, 9, karim), assignment(2, 9, salma), assignment(3, 10, karim), assignment(4, 10, salma)];
      },
      'GET /api/editions/{id}/rounds/{p}/minutes': minutes(21, 'Karim Alaoui'),
      'PUT /api/editions/{id}/rounds/{p}/president': minutes(22, 'Salma Bennani'),
    });
    renderRoute('/admin/editions/3/presentations', { as: account('ADMIN') });
    const select = await screen.findByLabelText('Président·e du jury');
    await waitFor(() => expect(select).toHaveValue('21'));
    expect(asked).toContain('3');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choisir un·e juré·e du tour', 'Karim Alaoui', 'Salma Bennani']);
    await userEvent.selectOptions(select, '22');
    await userEvent.click(screen.getByRole('button', { name: 'Nommer' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/editions/3/rounds/3/president', body: { jurorId: 22 },
    }));
    expect(await screen.findByRole('status')).toHaveTextContent('Président·e du jury : Salma Bennani.');
  });
});
