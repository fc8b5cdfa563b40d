import type { TFunction } from 'i18next'
import { ApiError } from '../api/problem'
import type { StepStatus } from '../ui/LifecyclePanel'
import type { ApplicationState, BriefingState, CallState, IneligibilityReason } from './types'
import { UNITS } from './types'

export { stepsAlong, type Step } from '../ui/steps'
import { stepsAlong, type Step } from '../ui/steps'

export const CALL_PATH = ['draft', 'open', 'closed', 'in_selection', 'results_published', 'archived'] as const satisfies readonly CallState[]
export const BRIEFING_PATH = ['planned', 'registration_open', 'held'] as const satisfies readonly BriefingState[]

/**
 * An application's steps as its applicant lives them: draft, submitted, the eligibility check, review, the decision,
 * then the host. Where it left the main path (not eligible, not selected, withdrawn…) that state ends the steps.
 */
export function applicationSteps(state: ApplicationState): Step<ApplicationState>[] {
  const decided: ApplicationState = state === 'waitlisted' ? 'waitlisted' : 'selected'
  const path: ApplicationState[] = ['draft', 'submitted', 'eligible', 'under_review', decided, 'nominated', 'accepted_by_host', 'confirmed']
  if (path.includes(state)) return stepsAlong(path, state)
  const reachedBefore: Partial<Record<ApplicationState, ApplicationState>> = {
    ineligible: 'submitted', rejected: 'under_review', rejected_by_host: 'nominated', withdrawn: 'draft',
  }
  const last = path.indexOf(reachedBefore[state] ?? 'draft')
  return [...path.slice(0, last + 1).map((step) => ({ state: step, status: 'finish' as StepStatus })), { state, status: 'error' }]
}

/** Transitions the services refuse without a reason. */
export const callNeedsReason = (to: CallState) => to === 'draft'
export const briefingNeedsReason = (to: BriefingState) => to === 'cancelled'

/** A home unit in words; a unit the console does not know shows as its code. */
export function unitName(unit: string | undefined | null, t: TFunction): string {
  if (!unit) return ''
  return (UNITS as readonly string[]).includes(unit) ? t(`unit.${unit as (typeof UNITS)[number]}`) : unit
}

/** Why an application is not eligible, in the user's language, from the reason's code and params (never the service's English). */
export function ineligibilityText(reason: IneligibilityReason, t: TFunction): string {
  const params = (reason.params ?? {}) as Record<string, unknown>
  const value = (key: string) => (typeof params[key] === 'number' || typeof params[key] === 'string' ? (params[key] as string | number) : '—')
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null)
  const separator = t('chart.listSeparator')
  switch (reason.code) {
    case 'year-of-study':
      return t('ineligibility.year-of-study', { actual: value('actual'), allowed: list(params.allowed).join(separator) })
    case 'gpa-missing':
      return t('ineligibility.gpa-missing', { minGpa: value('minGpa') })
    case 'gpa-below-minimum':
      return t('ineligibility.gpa-below-minimum', { minGpa: value('minGpa'), gpa: value('gpa') })
    case 'language':
      return t('ineligibility.language', {
        accepted: list(params.accepted).map((test) => {
          const { test: name, minScore } = test as { test?: string; minScore?: number }
          return `${name ?? ''} ≥ ${minScore ?? ''}`
        }).join(separator),
      })
    case 'home-unit':
      return t('ineligibility.home-unit', {
        unit: unitName(params.unit as string | undefined, t) || '—',
        allowed: list(params.allowed).map((unit) => unitName(String(unit), t)).join(separator),
      })
    default:
      return reason.code ?? ''
  }
}

/** Who last took a record into each state and when, from its history (`created` is its first state, `state open` the others). */
export function reachedBy<S extends string>(
  revisions: readonly { version?: number; action?: string; changedBy?: string; changedAt?: string }[],
  initial: S,
): Partial<Record<S, { who?: string; when?: string }>> {
  const reached: Partial<Record<S, { who?: string; when?: string }>> = {}
  for (const revision of [...revisions].sort((a, b) => (a.version ?? 0) - (b.version ?? 0))) {
    const action = revision.action ?? ''
    const state = action === 'created' ? initial : action.startsWith('state ') ? (action.slice(6) as S) : undefined
    if (state) reached[state] = { who: revision.changedBy, when: revision.changedAt }
  }
  return reached
}

/** A history action in words: `created`, `updated`, `flagged`, `state <to>` with the state named by `stateWord`. */
export function historyAction(action: string, stateWord: (state: string) => string, t: TFunction): string {
  if (action.startsWith('state ')) return t('programmesHistory.movedTo', { state: stateWord(action.slice(6)) })
  if (action === 'created' || action === 'updated' || action === 'flagged') return t(`programmesHistory.${action}`)
  return action
}

const PROBLEMS = [
  'already-registered', 'application-exists', 'application-incomplete', 'application-not-editable', 'briefing-full',
  'briefing-not-editable', 'briefing-not-open', 'briefing-not-started', 'briefing-started', 'call-cannot-open',
  'call-not-editable', 'call-not-taking-applications', 'illegal-transition', 'forbidden', 'not-found', 'precondition-failed',
] as const

/**
 * A refusal in the user's language, from the problem's stable type (`urn:meridian:problem:briefing-full`) or its
 * status; never the service's English detail. Anything else (the network) keeps its own message.
 */
export function problemText(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return error.message
  const slug = error.problem?.type?.replace(/^urn:meridian:problem:/, '')
  if (slug && (PROBLEMS as readonly string[]).includes(slug)) return t(`programmesProblem.${slug as (typeof PROBLEMS)[number]}`)
  if (error.status === 412) return t('programmesProblem.precondition-failed')
  if (error.status === 403) return t('programmesProblem.forbidden')
  if (error.status === 404) return t('programmesProblem.not-found')
  return t('common.error')
}
