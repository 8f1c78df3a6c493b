import type { Criterion } from '@/lib/api/types';

/**
 * A juror's answer to one criterion: the gate answers of a 21CLD criterion, or the score of a plain
 * one. A criterion without an answer is not answered: it never counts as level 1 by default.
 */
export type Answer = { score?: number; gates?: boolean[] };

/** Level from gate answers: the gates passed in a row, plus one. */
export function levelFromGates(gates: boolean[]): number {
  let passed = 0;
  while (passed < gates.length && gates[passed]) passed += 1;
  return passed + 1;
}

/** The level (gates) or score the juror gave a criterion, or undefined while it is not answered. */
export function scoreOf(criterion: Criterion, answer: Answer | undefined): number | undefined {
  if (criterion.gates.length > 0) return answer?.gates ? levelFromGates(answer.gates) : undefined;
  return answer?.score;
}

/**
 * The weighted score on 0–100 of the answered criteria, the formula the server applies when the
 * evaluation is submitted (EvaluationRepository.submit) and the ranking averages:
 * 100 × Σ weight × (score − min) / (max − min) ÷ Σ weight. Criteria not answered are left out of
 * both sums; undefined while none is answered.
 */
export function weightedTotal(criteria: Criterion[], answers: Record<string, Answer>): number | undefined {
  let points = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scoreOf(c, answers[c.code]);
    if (score === undefined) continue;
    const span = c.scaleMax - c.scaleMin;
    points += span > 0 ? (c.weight * (score - c.scaleMin)) / span : 0;
    weights += c.weight;
  }
  return weights > 0 ? (100 * points) / weights : undefined;
}
