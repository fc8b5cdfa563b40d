import type { AgreementState, Revision } from '../api/types'
import type { StepStatus } from '../ui/LifecyclePanel'

/** The path an agreement normally lives through (domain.md), shown as steps. */
export const MAIN_PATH = ['draft', 'under_review', 'approved', 'signed', 'active', 'expiring'] as const satisfies readonly AgreementState[]
/** Where it can end; an ended agreement shows its end as the last step. */
const ENDS = ['expired', 'renewed', 'terminated'] as const satisfies readonly AgreementState[]

export interface LifecycleStep {
  state: AgreementState
  status: StepStatus
}

/**
 * The steps for an agreement in `state`: the main path up to `expiring`, then its end if it has ended. Every step
 * before the current one is done; terminated and expired ends are shown as errors, renewed as done.
 */
export function lifecycleSteps(state: AgreementState): LifecycleStep[] {
  const ended = (ENDS as readonly string[]).includes(state)
  const current = ended ? MAIN_PATH.length : MAIN_PATH.indexOf(state as (typeof MAIN_PATH)[number])
  const steps: LifecycleStep[] = MAIN_PATH.map((step, index) => ({
    state: step,
    status: index < current ? 'finish' : index === current ? 'process' : 'wait',
  }))
  if (ended) steps.push({ state, status: state === 'renewed' ? 'finish' : 'error' })
  return steps
}

/** Sending a draft back and terminating need a reason (the service refuses them without one). */
export function needsReason(to: AgreementState): boolean {
  return to === 'draft' || to === 'terminated'
}

/** The state each history action took the agreement into. */
const STATE_AFTER: Readonly<Record<string, AgreementState>> = {
  drafted: 'draft', drafted_as_renewal: 'draft', sent_back: 'draft', submitted: 'under_review', approved: 'approved',
  signed: 'signed', activated: 'active', expiring: 'expiring', expired: 'expired', renewed: 'renewed', terminated: 'terminated',
}

/** Who last took the agreement into each state and when, from its history (`drafted`, `approved`… by version). */
export function reachedBy(revisions: readonly Revision[]): Partial<Record<AgreementState, { who?: string; when?: string }>> {
  const reached: Partial<Record<AgreementState, { who?: string; when?: string }>> = {}
  for (const revision of [...revisions].sort((a, b) => (a.version ?? 0) - (b.version ?? 0))) {
    const state = STATE_AFTER[(revision.action ?? '').replaceAll(' ', '_')]
    if (state) reached[state] = { who: revision.changedBy, when: revision.changedAt }
  }
  return reached
}

/** Whether the expiry date is still a deadline (in force or about to be), so it is shown with its urgency. */
export function expiryMatters(state: AgreementState): boolean {
  return state === 'signed' || state === 'active' || state === 'expiring'
}
