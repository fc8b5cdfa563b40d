import type { AgreementState } from '../api/types'

/** The path an agreement normally lives through (domain.md), shown as steps. */
export const MAIN_PATH = ['draft', 'under_review', 'approved', 'signed', 'active', 'expiring'] as const satisfies readonly AgreementState[]
/** Where it can end; an ended agreement shows its end as the last step. */
const ENDS = ['expired', 'renewed', 'terminated'] as const satisfies readonly AgreementState[]

export type StepStatus = 'finish' | 'process' | 'wait' | 'error'

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

/** Solid dark tones with white text, each at least 4.5:1 (antd's light preset tags fail WCAG AA). */
export const STATE_COLOURS: Record<AgreementState, string> = {
  draft: '#595959',
  under_review: '#0050b3',
  approved: '#006d75',
  signed: '#391085',
  active: '#237804',
  expiring: '#ad4e00',
  expired: '#a8071a',
  renewed: '#10239e',
  terminated: '#262626',
}

/** Whether the expiry date is still a deadline (in force or about to be), so it is shown with its urgency. */
export function expiryMatters(state: AgreementState): boolean {
  return state === 'signed' || state === 'active' || state === 'expiring'
}
