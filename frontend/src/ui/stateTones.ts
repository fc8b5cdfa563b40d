import type { BadgeProps } from 'antd'

/** What a state's colour says: in progress, needs action, in force, ended, refused or overdue (ui-kit.md). */
export type Tone = NonNullable<BadgeProps['status']>

/**
 * The one state → colour map of the console, for every domain's states: blue (`processing`) in progress, orange
 * (`warning`) needs action, green (`success`) in force, grey (`default`) ended or not started, red (`error`)
 * refused or overdue. A state not listed is grey.
 */
export const STATE_TONES: Readonly<Record<string, Tone>> = {
  // agreements, joint programmes
  draft: 'default',
  under_review: 'processing',
  approved: 'processing',
  signed: 'processing',
  active: 'success',
  expiring: 'warning',
  expired: 'error',
  renewed: 'default',
  terminated: 'default',
  // institutions
  prospective: 'processing',
  inactive: 'default',
}

export function toneOf(state: string): Tone {
  return STATE_TONES[state] ?? 'default'
}

/** The same tones as colours with at least 3:1 against white (a timeline dot, a step), WCAG 1.4.11. */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  processing: '#0958d9',
  warning: '#ad4e00',
  success: '#237804',
  default: '#595959',
  error: '#a8071a',
}
