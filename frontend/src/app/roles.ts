/** What the console shows per realm role. The services enforce every rule again; this only hides what would fail. */
const OFFICE = ['office-admin', 'office-staff'] as const
export const READERS = [
  'office-admin', 'office-staff', 'college-liaison', 'leadership', 'reviewer', 'faculty', 'admissions-officer',
] as const
export const DASHBOARD = ['office-admin', 'office-staff', 'college-liaison', 'leadership'] as const

const hasAny = (roles: readonly string[], wanted: readonly string[]) => wanted.some((role) => roles.includes(role))

/** Registering and editing institutions: office staff (POST/PUT /api/partners/institutions). */
export function canEditInstitutions(roles: readonly string[]): boolean {
  return hasAny(roles, OFFICE)
}

/** Drafting agreements: the office, and a college's liaison for their own unit (the service checks the unit). */
export function canDraftAgreements(roles: readonly string[]): boolean {
  return hasAny(roles, [...OFFICE, 'college-liaison'])
}

export function isReadOnly(roles: readonly string[]): boolean {
  return hasAny(roles, READERS) && !canEditInstitutions(roles) && !hasAny(roles, ['admissions-officer'])
}

/** Who runs exchange schemes, calls and briefings (programmes-service's office roles). */
export const PROGRAMME_OFFICE = OFFICE
/** Who applies and registers for briefings themselves: home students and teachers. */
export const APPLICANTS = ['student', 'faculty'] as const
/** Who scores the applications assigned to them. */
export const REVIEWERS = ['reviewer'] as const

export function runsProgrammes(roles: readonly string[]): boolean {
  return hasAny(roles, OFFICE)
}

export function appliesThemselves(roles: readonly string[]): boolean {
  return hasAny(roles, APPLICANTS)
}

/** Who keeps degree programmes and intakes and processes admission applications (admissions-service). */
export const ADMISSIONS_OFFICE = ['admissions-officer', 'office-admin'] as const
/** Who reads them: the processors and office staff (read-only). */
export const ADMISSIONS_READERS = [...ADMISSIONS_OFFICE, 'office-staff'] as const
/** International applicants, who write their own application. */
export const ADMISSION_APPLICANTS = ['applicant'] as const

export function processesAdmissions(roles: readonly string[]): boolean {
  return hasAny(roles, ADMISSIONS_OFFICE)
}

/** An international applicant and nothing else: the portal, English first. */
export function isApplicantOnly(roles: readonly string[]): boolean {
  return roles.includes('applicant') && !hasAny(roles, [...READERS, ...APPLICANTS])
}
