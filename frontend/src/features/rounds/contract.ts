import type { RoundScope, RoundStatus } from '@/lib/api/types';
import { api as typed } from '@/lib/api/client';

/*
 * The round configuration (`GET/PUT /api/editions/{editionId}/rounds`) is being added to the contract
 * on branch h-rounds (issue 19). Until it lands in openapi.yaml, its shapes are written here from the
 * issue's brief and its calls go through `api` below, the same client (auth, problem+json) without
 * the path typing; once merged, these types come from `@/lib/api/types` and the calls from `typed`.
 */

export type RoundRubric = 'CLD21' | 'PRESENTATION';

/** A round as configured for its edition. */
export type JudgingRound = {
  position: number;
  nameFr: string;
  nameAr?: string;
  nameEn?: string;
  scope: RoundScope;
  rubric: RoundRubric;
  jurorsPerProject: number;
  blindReview: boolean;
  excludePreviousJurors: boolean;
  evaluationCloseAt: string;
  /** Projects that go on: per region in a REGIONAL round, overall in a NATIONAL one; absent for the last round. */
  advanceCount?: number;
  status?: RoundStatus;
};

export type RoundInput = Omit<JudgingRound, 'position' | 'status'>;
export type RoundsInput = { rounds: RoundInput[] };

type Answer = { data?: unknown; error?: unknown };
type Init = { params?: { path?: Record<string, number>; query?: Record<string, unknown> }; body?: unknown };

export const api = typed as unknown as {
  GET: (path: string, init: Init) => Promise<Answer>;
  PUT: (path: string, init: Init) => Promise<Answer>;
};
