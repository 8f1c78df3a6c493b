import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { Calibration, CalibrationReport } from '@/lib/api/types';

const text = (fr: string, ar: string, en: string) => ({ fr, ar, en });
const ref = (id: number, number: number, year: number, status: 'EVALUATION' | 'ARCHIVED') =>
  ({ id, number, year, title: `${number}e édition`, status, submissionsCloseAt: '2026-03-31T22:59:00Z' });
const amal = { id: 21, firstName: 'Amal', lastName: 'Bennani', email: 'amal@jury.ma' };
const karim = { id: 22, firstName: 'Karim', lastName: 'Alaoui', email: 'karim@jury.ma' };

const project = (label: string, title: string) => ({
  label, title, summary: 'Des élèves de […] construisent un potager.', technologies: ['micro:bit'], pupilsCount: 30, schoolLevel: 'PRIMAIRE' as const,
});

function calibration(extra: Partial<Calibration> = {}): Calibration {
  return {
    id: 4, editionId: 3, status: 'OPEN', createdAt: '2026-04-01T09:00:00Z', heldAssignments: 6,
    samples: [
      { id: 31, project: project('A', 'Potager connecté'), source: { submissionId: 11, editionId: 3, editionNumber: 22 } },
      { id: 32, project: project('B', 'Projet archivé'), source: { submissionId: 5, editionId: 1, editionNumber: 12 } },
    ],
    jurors: [{ juror: amal, scored: 2 }, { juror: karim, scored: 1 }],
    ...extra,
  };
}

const report: CalibrationReport = {
  editionId: 3, status: 'OPEN', samples: calibration().samples, complete: [amal, { ...karim, id: 23, firstName: 'Salma' }],
  missing: [{ juror: karim, scored: 1 }],
  total: { icc21: 0.812, icc2k: 0.933, samples: 2, jurors: 2 },
  criteria: [
    { code: 'ICT', label: text('Usage des TIC', 'استعمال التكنولوجيا', 'ICT use'), agreement: { reason: 'NO_VARIATION', samples: 2, jurors: 2 } },
    { code: 'COMM', label: text('Communication', 'التواصل', 'Communication'), agreement: { icc21: -0.25, icc2k: -0.667, samples: 2, jurors: 2 } },
  ],
  deviations: [
    { juror: amal, total: { signed: 1.5, absolute: 1.5 }, criteria: [
      { code: 'ICT', deviation: { signed: 0, absolute: 0 } }, { code: 'COMM', deviation: { signed: -0.333, absolute: 0.333 } }] },
    { juror: { ...karim, id: 23, firstName: 'Salma' }, total: { signed: -1.5, absolute: 1.5 }, criteria: [
      { code: 'ICT', deviation: { signed: 0, absolute: 0 } }, { code: 'COMM', deviation: { signed: 0.333, absolute: 0.333 } }] },
  ],
  ratings: [],
};

const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;

describe('calibration, for the administrator', () => {
  it('sets up a calibration from this edition and an archived one, with the jurors chosen', async () => {
    let created: Calibration | null = null;
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
      'GET /api/editions/{id}/calibration': () => created ?? problem(404, 'not-found'),
      'GET /api/editions/{id}/calibration/candidates': (req: Request) => {
        const source = new URL(req.url).searchParams.get('sourceEditionId');
        return {
          sourceEditionId: source ? Number(source) : 3, sources: [ref(3, 22, 2026, 'EVALUATION'), ref(1, 12, 2016, 'ARCHIVED')],
          projects: source === '1' ? [{ id: 5, title: 'Projet archivé', status: 'LAUREATE' }]
            : [{ id: 11, title: 'Potager connecté', status: 'UNDER_REVIEW' }, { id: 12, title: 'Radio scolaire', status: 'UNDER_REVIEW' }],
          jurors: [amal, karim],
        };
      },
      'POST /api/editions/{id}/calibration': () => {
        created = calibration({ jurors: [{ juror: amal, scored: 0 }, { juror: karim, scored: 0 }] });
        return json(created, 201);
      },
      'GET /api/editions/{id}/calibration/report': { ...report, complete: [], missing: [], deviations: [], total: { reason: 'TOO_FEW_JURORS', samples: 2, jurors: 0 } },
    });
    const user = userEvent.setup();
    renderRoute('/admin/editions/3/calibration', { as: account('ADMIN') });

    expect(await screen.findByRole('link', { name: 'Calibration' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('heading', { name: 'Préparer la calibration' });
    expect(screen.getByText(/remplacés par « \[…\] »/)).toBeInTheDocument();
    const start = screen.getByRole('button', { name: 'Lancer la calibration' });
    expect(start).toBeDisabled();
    await user.click(await screen.findByRole('checkbox', { name: 'Potager connecté' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Projets pris dans' }), '12e édition (2016)');
    await user.click(await screen.findByRole('checkbox', { name: 'Projet archivé' }));
    expect(screen.getByText('Projet d’essai B : Projet archivé')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cocher tous les jurés' }));
    expect(screen.getByRole('checkbox', { name: 'Karim Alaoui (karim@jury.ma)' })).toBeChecked();
    await user.click(start);

    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ sampleIds: [11, 5], jurorIds: [21, 22] }));
    expect(await screen.findByText(/Les jurés participants notent d’abord les projets d’essai ; leurs projets affectés \(6 affectations en attente\)/)).toBeInTheDocument();
    expect(screen.getByText('Ouverte')).toBeInTheDocument();
    expect(screen.getByText('Copie du projet n° 5 de la 12e édition')).toBeInTheDocument();
    const progress = screen.getByRole('table', { name: 'Avancement des jurés' });
    expect(within(rowOf(progress, 'Amal Bennani')).getByText('0 sur 2')).toBeInTheDocument();
    expect(await screen.findByText('Les écarts apparaîtront quand au moins deux jurés auront noté tous les projets d’essai.')).toBeInTheDocument();
  });

  it('reads the report in plain French and asks before closing with scores missing', async () => {
    let closed = false;
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
      'GET /api/editions/{id}/calibration': () => (closed ? calibration({ status: 'CLOSED', closedAt: '2026-04-05T10:00:00Z', heldAssignments: 0 }) : calibration()),
      'GET /api/editions/{id}/calibration/report': report,
      'POST /api/editions/{id}/calibration/close': () => {
        closed = true;
        return calibration({ status: 'CLOSED', closedAt: '2026-04-05T10:00:00Z', heldAssignments: 0 });
      },
    });
    const user = userEvent.setup();
    renderRoute('/admin/editions/3/calibration', { as: account('ADMIN') });

    await screen.findByRole('heading', { name: 'Rapport de calibration' });
    expect(screen.getByText(/ICC\(2,1\) mesure la fiabilité de la note d’un seul juré/)).toBeInTheDocument();
    expect(await screen.findByText('Calculé sur 2 jurés ayant noté tous les projets d’essai (2).')).toBeInTheDocument();
    expect(screen.getByText('Karim Alaoui — 1 sur 2')).toBeInTheDocument();
    const agreement = screen.getByRole('table', { name: 'Accord entre les jurés (ICC)' });
    const total = rowOf(agreement, 'Note pondérée (sur 100)');
    expect(within(total).getByText('0,812')).toBeInTheDocument();
    expect(within(total).getByText('0,933')).toBeInTheDocument();
    expect(within(rowOf(agreement, 'Usage des TIC')).getAllByText('non calculable : toutes les notes sont identiques')).toHaveLength(2);
    expect(within(rowOf(agreement, 'Communication')).getByText('-0,667')).toBeInTheDocument();
    const deviations = screen.getByRole('table', { name: 'Écart de chaque juré à la médiane du panel' });
    const amalRow = rowOf(deviations, 'Amal Bennani');
    expect(within(amalRow).getByText('+1,500')).toBeInTheDocument();
    expect(within(amalRow).getByText('0,000')).toBeInTheDocument();
    expect(within(amalRow).getByText('-0,333')).toBeInTheDocument();
    expect(within(rowOf(deviations, 'Salma Alaoui')).getByText('+0,333')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clôturer la calibration et libérer les affectations' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clôturer malgré les notes manquantes\u202f?' });
    expect(within(dialog).getByText(/1 juré n’a pas noté tous les projets d’essai/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/close'))).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Clôturer quand même' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/editions/3/calibration/close')?.body).toEqual({ allowMissing: true }));
    expect(await screen.findByText('Calibration clôturée : les jurés voient désormais leurs projets affectés.')).toBeInTheDocument();
    expect(screen.getByText('Clôturée')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clôturer la calibration et libérer les affectations' })).not.toBeInTheDocument();
  });

  it('says when a calibration cannot be set up', async () => {
    mockApi({
      'GET /api/editions/{id}': edition({ status: 'DRAFT', nextStatus: 'OPEN' }),
      'GET /api/editions/{id}/calibration': () => problem(404, 'not-found'),
    });
    renderRoute('/admin/editions/3/calibration', { as: account('ADMIN') });
    expect(await screen.findByText(/La calibration se prépare pendant l’appel à projets ou l’évaluation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lancer la calibration' })).not.toBeInTheDocument();
  });
});
