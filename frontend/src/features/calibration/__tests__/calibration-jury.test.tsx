import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria } from '@/testing/fixtures';
import type { JuryCalibration, JuryCalibrationSample } from '@/lib/api/types';

const editionRef = { id: 3, number: 22, year: 2026, title: '22e édition du concours', status: 'EVALUATION' as const, submissionsCloseAt: '2026-03-31T22:59:00Z' };

const mine: JuryCalibration[] = [{
  id: 4, edition: editionRef,
  samples: [{ id: 31, label: 'A', title: 'Potager connecté', scored: false }, { id: 32, label: 'B', title: 'Radio de […]', scored: true, rawScore: 62.5 }],
}];

const sample = (extra: Partial<JuryCalibrationSample> = {}): JuryCalibrationSample => ({
  id: 31, calibrationId: 4, edition: editionRef, status: 'OPEN', canScore: true, scores: [], criteria: criteria(),
  project: { label: 'A', title: 'Potager connecté', summary: 'Les élèves de […] cultivent un potager mesuré par des capteurs.', technologies: ['micro:bit', 'Scratch'], pupilsCount: 30, discipline: 'Sciences' },
  ...extra,
});

describe('calibration, for a juror', () => {
  it('shows the samples to score first on the home page, the assignments being held back', async () => {
    mockApi({ 'GET /api/jury/assignments': [], 'GET /api/jury/calibration': mine });
    renderRoute('/jury', { as: account('JURY') });
    const section = (await screen.findByRole('heading', { name: 'Calibration avant l’évaluation' })).closest('section')!;
    expect(within(section).getByText(/Avant de recevoir vos projets de la 22e édition, notez ces projets d’essai/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Projet d’essai A\u00a0: Potager connecté' })).toHaveAttribute('href', '/jury/calibration/samples/31');
    expect(within(section).getByText('À noter')).toBeInTheDocument();
    expect(within(section).getByText(/Noté : 62,5 sur 100/)).toBeInTheDocument();
    expect(await screen.findByText('Aucun projet ne vous est affecté.')).toBeInTheDocument();
  });

  it('shows nothing of a calibration when there is none', async () => {
    mockApi({ 'GET /api/jury/assignments': [], 'GET /api/jury/calibration': [] });
    renderRoute('/jury', { as: account('JURY') });
    expect(await screen.findByText('Aucun projet ne vous est affecté.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Calibration avant l’évaluation' })).not.toBeInTheDocument();
  });

  it('scores a sample on every criterion of the rubric', async () => {
    const { calls } = mockApi({
      'GET /api/jury/assignments': [],
      'GET /api/jury/calibration': mine,
      'GET /api/jury/calibration/samples/{id}': sample(),
      'PUT /api/jury/calibration/samples/{id}/scores': sample({
        rawScore: 55, updatedAt: '2026-04-02T10:00:00Z',
        scores: [{ criterionCode: 'ICT', score: 2, gates: [true, false] }, { criterionCode: 'EXTRA', score: 7 }],
      }),
    });
    const user = userEvent.setup();
    renderRoute('/jury', { as: account('JURY') });
    await user.click(await screen.findByRole('link', { name: 'Projet d’essai A\u00a0: Potager connecté' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Projet d’essai A\u00a0: Potager connecté' })).toBeInTheDocument();
    expect(screen.getByText(/Projet d’essai anonyme de la calibration de la 22e édition/)).toBeInTheDocument();
    expect(screen.getByText('Les élèves de […] cultivent un potager mesuré par des capteurs.')).toBeInTheDocument();
    const save = screen.getByRole('button', { name: 'Enregistrer mes notes' });
    expect(save).toBeDisabled();

    const ict = screen.getByRole('group', { name: /Usage des TIC pour apprendre/ });
    expect(within(ict).getByRole('checkbox', { name: 'Elles soutiennent la construction de connaissances' })).toBeDisabled();
    await user.click(within(ict).getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    expect(within(ict).getByText('Niveau : 2 sur 3')).toBeInTheDocument();
    const extra = screen.getByRole('group', { name: /Qualité du dossier/ });
    expect(within(extra).getAllByRole('radio')).toHaveLength(11);
    await user.click(within(extra).getByRole('radio', { name: '7' }));
    expect(save).toBeEnabled();
    await user.click(save);

    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/jury/calibration/samples/31/scores',
      body: { scores: [{ criterionCode: 'ICT', gates: [true, false] }, { criterionCode: 'EXTRA', score: 7 }] },
    }));
    expect(await screen.findByText('Notes enregistrées : 55,0 sur 100.')).toBeInTheDocument();
  });

  it('shows a closed calibration read-only, in Arabic', async () => {
    await i18n.changeLanguage('ar');
    mockApi({
      'GET /api/jury/calibration/samples/{id}': sample({ status: 'CLOSED', canScore: false, rawScore: 55,
        scores: [{ criterionCode: 'ICT', score: 2, gates: [true, false] }, { criterionCode: 'EXTRA', score: 7 }] }),
    });
    renderRoute('/jury/calibration/samples/31', { as: account('JURY', { preferredLanguage: 'ar' }) });
    expect(await screen.findByText('المعايرة مغلقة: لا يمكن تغيير هذه النقط بعد الآن.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'حفظ نقطي' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /جودة الملف/ })).getByRole('radio', { name: '7' })).toBeChecked();
  });
});
