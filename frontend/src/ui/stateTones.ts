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
  // calls
  open: 'success',
  closed: 'processing',
  in_selection: 'processing',
  results_published: 'success',
  archived: 'default',
  // applications
  submitted: 'processing',
  eligible: 'processing',
  ineligible: 'error',
  selected: 'success',
  waitlisted: 'warning',
  rejected: 'error',
  nominated: 'processing',
  accepted_by_host: 'success',
  rejected_by_host: 'error',
  confirmed: 'success',
  withdrawn: 'default',
  // briefings and their registrations
  planned: 'default',
  registration_open: 'success',
  held: 'default',
  cancelled: 'default',
  registered: 'processing',
  attended: 'success',
  absent: 'error',
  // a reviewer's assignments, allocation outcomes
  to_score: 'warning',
  scoring: 'processing',
  scored: 'success',
  conflict_declared: 'default',
  allocated: 'success',
  // mobilities and grants
  ongoing: 'processing',
  completed: 'processing',
  recognised: 'success',
  awarded: 'processing',
  paid: 'success',
  repaid: 'default',
  // admission applications, their documents and offers
  documents_complete: 'processing',
  offer_conditional: 'warning',
  offer_unconditional: 'warning',
  offer_accepted: 'success',
  offer_declined: 'default',
  admission_letter_issued: 'success',
  arrived: 'success',
  document_missing: 'warning',
  document_uploaded: 'processing',
  document_verified: 'success',
  document_rejected: 'error',
  offer_open: 'warning',
  offer_expired: 'error',
  offer_closed: 'default',
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
