import type { TFunction } from 'i18next'
import { ApiError } from '../api/problem'
import { problemText } from './lifecycle'
import type { Criterion, StoredReason } from './types'

/** What a reason's params name, in words: a destination by its id, a criterion by its code, a reviewer by user name. */
export interface ReasonWords {
  destination: (institutionId: string) => string
  criterion: (code: string) => string
  reviewer: (username: string) => string
}

const REASONS = [
  'no-reviewer', 'scores-missing', 'tie-criterion', 'tie-gpa', 'tie-submitted', 'tie-application-id', 'choice-full',
  'choice-without-places', 'allocated', 'waitlisted',
] as const

/**
 * A ranking or allocation reason (`choice-full {choice, destination, places, lastPlaceRank}` …) in the user's
 * language, its ids and codes named; a code this console does not know shows as the code.
 */
export function reasonText(reason: StoredReason, words: ReasonWords, t: TFunction): string {
  const code = reason.code ?? ''
  if (!(REASONS as readonly string[]).includes(code)) return code
  const params = (reason.params ?? {}) as Record<string, unknown>
  const text = (key: string) => (params[key] === undefined || params[key] === null ? '—' : String(params[key]))
  const criteria = (Array.isArray(params.criteria) ? params.criteria : []).map((c) => words.criterion(String(c)))
  return t(`reason.${code as (typeof REASONS)[number]}`, {
    choice: text('choice'), places: text('places'), lastPlaceRank: text('lastPlaceRank'), position: text('position'),
    destination: typeof params.destination === 'string' ? words.destination(params.destination) : '—',
    criterion: typeof params.criterion === 'string' ? words.criterion(params.criterion) : '—',
    reviewer: typeof params.reviewer === 'string' ? words.reviewer(params.reviewer) : '—',
    criteria: criteria.join(t('chart.listSeparator')),
  })
}

export interface Unranked {
  applicationId: string
  missing: StoredReason[]
}

/** The applications a 409 `selection-incomplete` lists as not ready to rank, with what each one misses. */
export function unrankedOf(error: unknown): Unranked[] {
  if (!(error instanceof ApiError) || problemSlug(error) !== 'selection-incomplete') return []
  const listed = error.problem?.unranked
  return Array.isArray(listed) ? (listed as Unranked[]).filter((u) => typeof u?.applicationId === 'string') : []
}

export const problemSlug = (error: ApiError) => error.problem?.type?.replace(/^urn:meridian:problem:/, '')

const SELECTION_PROBLEMS = [
  'selection-incomplete', 'allocation-stale', 'allocation-missing', 'call-not-in-selection', 'review-conflict-declared',
  'selection-inputs-invalid', 'mobility-not-ready', 'grant-over-budget', 'host-documents-incomplete',
] as const

/** A refusal of review, selection, mobilities or grants in words; anything else as the programmes screens word it. */
export function selectionProblemText(error: Error, t: TFunction): string {
  const slug = error instanceof ApiError ? problemSlug(error) : undefined
  if (slug && (SELECTION_PROBLEMS as readonly string[]).includes(slug)) {
    return t(`selectionProblem.${slug as (typeof SELECTION_PROBLEMS)[number]}`)
  }
  return problemText(error, t)
}

export type ReviewStatus = 'to_score' | 'scoring' | 'scored' | 'conflict_declared'

/** Where a reviewer stands with one assignment: a declared conflict ends it; otherwise how many criteria are scored. */
export function reviewStatus(assignment: { conflictDeclared?: boolean; scores?: Record<string, number>; criteria?: Criterion[] }): ReviewStatus {
  if (assignment.conflictDeclared) return 'conflict_declared'
  const scored = scoredCount(assignment)
  if (scored === 0) return 'to_score'
  return scored >= (assignment.criteria ?? []).length ? 'scored' : 'scoring'
}

export function scoredCount(assignment: { scores?: Record<string, number>; criteria?: Criterion[] }): number {
  return (assignment.criteria ?? []).filter((c) => typeof assignment.scores?.[c.code] === 'number').length
}

/**
 * The weighted score as the service ranks it (Σ score × weight / 100, weights adding up to 100), over the criteria
 * scored so far, to two decimals; undefined while nothing is scored.
 */
export function weightedScore(criteria: readonly Criterion[], scores: Record<string, number | null | undefined>): number | undefined {
  const scored = criteria.filter((c) => typeof scores[c.code] === 'number')
  if (scored.length === 0) return undefined
  const sum = scored.reduce((total, c) => total + (scores[c.code] as number) * (c.weight ?? 0), 0)
  return Math.round(sum) / 100
}

/** Only the criteria given a score, as the service takes them (a cleared field is not sent as a score). */
export function scoresToSend(criteria: readonly Criterion[], values: Record<string, number | null | undefined>): Record<string, number> {
  const scores: Record<string, number> = {}
  for (const criterion of criteria) {
    const value = values[criterion.code]
    if (typeof value === 'number') scores[criterion.code] = value
  }
  return scores
}

/** The reviewers of a call that may still be assigned to an application: not assigned already, no conflict declared. */
export function assignableReviewers(callReviewers: readonly string[], assigned: readonly { reviewer?: string }[]): string[] {
  const taken = new Set(assigned.map((a) => a.reviewer))
  return callReviewers.filter((reviewer) => !taken.has(reviewer))
}
