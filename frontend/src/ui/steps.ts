import type { StepStatus } from './LifecyclePanel'

export interface Step<S extends string> {
  state: S
  status: StepStatus
}

/**
 * Steps along a main path: every step before the current one done, the current one in progress. A state off the
 * path (an end such as cancelled or withdrawn) is added as the last step, shown as an error unless `goodEnds` has it.
 */
export function stepsAlong<S extends string>(path: readonly S[], state: S, goodEnds: readonly S[] = []): Step<S>[] {
  const index = path.indexOf(state)
  if (index >= 0) return path.map((step, i) => ({ state: step, status: i < index ? 'finish' : i === index ? 'process' : 'wait' }))
  return [...path.map((step) => ({ state: step, status: 'finish' as StepStatus })), { state, status: goodEnds.includes(state) ? 'finish' : 'error' }]
}
