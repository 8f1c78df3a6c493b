import type { Criterion, Edition, TransitionPreview } from '@/lib/api/types';

const text = (fr: string, ar: string, en: string) => ({ fr, ar, en });

export function edition(extra: Partial<Edition> = {}): Edition {
  return {
    id: 3, number: 22, year: 2026, title: '22e édition du concours', theme: 'L’IA en classe', rules: 'Un projet par enseignant.',
    submissionsOpenAt: '2026-10-01T08:00:00Z', submissionsCloseAt: '2099-03-31T22:59:00Z', evaluationCloseAt: '2099-04-30T22:59:00Z',
    laureateCount: 12, jurorsPerProject: 2, blindReview: false, sameRegionConflict: false, evidenceRetentionMonths: 24, status: 'OPEN', nextStatus: 'EVALUATION',
    acceptingSubmissions: true, version: 1, createdAt: '2026-09-01T00:00:00Z', updatedAt: '2026-09-01T00:00:00Z',
    language: 'fr', fallbacks: [], texts: { fr: { title: '22e édition du concours', theme: 'L’IA en classe', rules: 'Un projet par enseignant.' }, ar: {}, en: {} }, ...extra,
  };
}

export function criteria(): Criterion[] {
  return [
    {
      id: 1, code: 'ICT', label: text('Usage des TIC pour apprendre', 'استعمال تكنولوجيا المعلومات للتعلم', 'Use of ICT for learning'),
      weight: 3, scaleMin: 1, scaleMax: 3, position: 1,
      gates: [text('Les TIC sont utilisées', 'تُستعمل التكنولوجيا', 'ICT is used'), text('Elles soutiennent la construction de connaissances', 'تدعم بناء المعرفة', 'ICT supports knowledge construction')],
    },
    { id: 2, code: 'EXTRA', label: text('Qualité du dossier', 'جودة الملف', 'File quality'), weight: 1, scaleMin: 0, scaleMax: 10, position: 2, gates: [] },
  ];
}

/** A step's preview with nothing to report: the lists empty, no reason nor override needed. */
export function preview(extra: Partial<TransitionPreview> = {}): TransitionPreview {
  return {
    editionId: 3, from: 'OPEN', to: 'EVALUATION', reasonRequired: false, overrideRequired: false, blockers: [], drafts: [],
    understaffed: [], unsubmittedEvaluations: [], disagreements: [], unscreened: [], ...extra,
  };
}
