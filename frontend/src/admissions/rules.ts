import type { TFunction } from 'i18next'
import { fieldErrorLine } from '../ui/fieldErrors'
import type { FieldWords } from '../ui/fieldNames'
import type { StepStatus } from '../ui/LifecyclePanel'
import type { Step } from '../ui/steps'
import type {
  ApplicationRequest, ApplicationResponse, ApplicationState, DocumentKind, MissingItem, OfferResponse,
} from './types'
import { DOCUMENT_KINDS } from './types'

/** The applicant's form, step by step, in the order the service checks completeness. */
export const FORM_STEPS = ['personal', 'education', 'languageTests', 'funding', 'choices'] as const
export type FormStep = (typeof FORM_STEPS)[number]

/** Where an item of the application belongs: a step of the form, or the documents. */
export type Part = FormStep | 'documents'

const PERSONAL = ['surname', 'givenNames', 'nationality', 'dateOfBirth', 'passportNumber', 'passportExpiry']

/** The part of the application a service field (`education[0].country`, `documents.passport`) is in. */
export function partOf(field: string | undefined): Part {
  const head = (field ?? '').split(/[.[]/)[0] ?? ''
  if (PERSONAL.includes(head)) return 'personal'
  if (head === 'documents') return 'documents'
  if ((FORM_STEPS as readonly string[]).includes(head)) return head as FormStep
  return 'personal'
}

/** The next step of the form, or undefined after the last. */
export function nextStep(step: FormStep): FormStep | undefined {
  return FORM_STEPS[FORM_STEPS.indexOf(step) + 1]
}

export function previousStep(step: FormStep): FormStep | undefined {
  const index = FORM_STEPS.indexOf(step)
  return index > 0 ? FORM_STEPS[index - 1] : undefined
}

/** The step the URL names, the first one otherwise. */
export function stepFrom(value: string | null): FormStep {
  return (FORM_STEPS as readonly string[]).includes(value ?? '') ? (value as FormStep) : 'personal'
}

/** What is still missing, grouped by the part of the application it is in, in the order of the parts. */
export function missingByPart(missing: readonly MissingItem[] | undefined): { part: Part; items: MissingItem[] }[] {
  const parts: Part[] = [...FORM_STEPS, 'documents']
  return parts
    .map((part) => ({ part, items: (missing ?? []).filter((item) => partOf(item.field) === part) }))
    .filter((group) => group.items.length > 0)
}

/** The steps of the form that still lack something: shown as errors in the form's step bar. */
export function incompleteSteps(missing: readonly MissingItem[] | undefined): Set<FormStep> {
  const steps = new Set<FormStep>()
  for (const item of missing ?? []) {
    const part = partOf(item.field)
    if (part !== 'documents') steps.add(part)
  }
  return steps
}

const isKind = (value: unknown): value is DocumentKind => (DOCUMENT_KINDS as readonly unknown[]).includes(value)
const num = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? String(value) : undefined)

/** The tests a programme accepts and their minimums, from a missing item's params (`IELTS: 6.5, TOEFL: 80`). */
function wantedTests(params: Record<string, unknown>, t: TFunction): string {
  return ['IELTS', 'TOEFL', 'HSK'].filter((test) => num(params[test]) !== undefined)
    .map((test) => `${test} ${num(params[test])}`).join(t('admissions.or'))
}

/** The document a missing item asks for, by its name (`documents.passport` → Passport). */
export function documentKindOf(item: { field?: string; params?: Record<string, unknown> }, t: TFunction): string {
  const kind = item.params?.kind ?? (item.field ?? '').replace(/^documents\./, '')
  return isKind(kind) ? t(`documentKind.${kind}`) : String(kind)
}

/**
 * One missing item in the applicant's words, from its code and params (never the service's English): a document by
 * its kind, a language test with the minimums of the programme that asks for it, the age, a closed window.
 */
export function missingText(item: { field?: string; code?: string; message?: string; params?: Record<string, unknown> }, words: FieldWords, t: TFunction): string {
  const params = (item.params ?? {}) as Record<string, unknown>
  const field = item.field ?? ''
  if (item.code === 'document-missing') {
    return t('admissionsMissing.document', { kind: documentKindOf(item, t) })
  }
  if (field === 'languageTests' && (item.code === 'required' || item.code === 'min')) {
    return t(item.code === 'required' ? 'admissionsMissing.languageTest' : 'admissionsMissing.languageTestBelow', {
      programme: String(params.programme ?? ''), tests: wantedTests(params, t),
    })
  }
  if (field === 'dateOfBirth' && item.code === 'min') return t('admissionsMissing.tooYoung', { age: num(params.value) ?? '16' })
  if (field.startsWith('choices[') && item.code === 'window-passed') {
    return t('admissionsMissing.windowPassed', { programme: String(params.programme ?? '') })
  }
  if (field === 'givenNames' && item.code === 'required') return t('admissionsMissing.names')
  return fieldErrorLine({ field, code: item.code, message: item.message ?? '', params }, words, t)
}

/** The form's values: the request's shape with the choices as an ordered list of intakes (priority = place in it). */
export interface ApplicationValues extends Omit<ApplicationRequest, 'choices'> {
  choices?: { intakeId?: string }[]
}

export function toApplicationValues(record: ApplicationResponse): ApplicationValues {
  return {
    surname: record.surname, givenNames: record.givenNames, nationality: record.nationality, dateOfBirth: record.dateOfBirth,
    education: (record.education ?? []).map((entry) => ({
      institution: entry.institution ?? '', country: entry.country ?? '', qualification: entry.qualification ?? '',
      fromYear: entry.fromYear, toYear: entry.toYear,
    })),
    languageTests: (record.languageTests ?? []).map((test) => ({ type: test.type!, result: test.result!, takenOn: test.takenOn! })),
    funding: record.funding?.type ? { ...record.funding, type: record.funding.type } : undefined,
    choices: [...(record.choices ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)).map((choice) => ({ intakeId: choice.intakeId })),
  }
}

/** What the service saves: empty rows left out, the choices numbered 1, 2, 3 in their order, names as typed. */
export function toApplicationRequest(values: ApplicationValues): ApplicationRequest {
  const chosen = (values.choices ?? []).map((choice) => choice?.intakeId).filter((id): id is string => !!id)
  const funding = values.funding?.type ? values.funding : undefined
  return {
    surname: values.surname, givenNames: values.givenNames,
    nationality: values.nationality ? values.nationality.trim().toUpperCase() : undefined,
    dateOfBirth: values.dateOfBirth,
    // Only what was typed: the stored passport is read masked and kept when these are left out.
    passportNumber: values.passportNumber || undefined,
    passportExpiry: values.passportExpiry || undefined,
    education: (values.education ?? []).filter(Boolean),
    languageTests: (values.languageTests ?? []).filter(Boolean),
    funding,
    choices: chosen.map((intakeId, index) => ({ priority: index + 1, intakeId })),
  }
}

/**
 * An application's steps as its applicant lives them: draft, submitted, documents complete, review, the offer, its
 * acceptance, the admission letter, arrival and registration. Where it left that path (waitlisted stays on it; not
 * admitted, declined, withdrawn end it), that state ends the steps.
 */
export function admissionSteps(state: ApplicationState): Step<ApplicationState>[] {
  const offered: ApplicationState = state === 'offer_unconditional' ? 'offer_unconditional'
    : state === 'waitlisted' ? 'waitlisted' : 'offer_conditional'
  const path: ApplicationState[] = ['draft', 'submitted', 'documents_complete', 'under_review', offered, 'offer_accepted',
    'admission_letter_issued', 'arrived', 'registered']
  const index = path.indexOf(state)
  if (index >= 0) {
    return path.map((step, i) => ({ state: step, status: (i < index ? 'finish' : i === index ? 'process' : 'wait') as StepStatus }))
  }
  const reachedBefore: Partial<Record<ApplicationState, ApplicationState>> = {
    rejected: 'under_review', offer_declined: offered, withdrawn: 'draft',
  }
  const last = path.indexOf(reachedBefore[state] ?? 'draft')
  return [...path.slice(0, last + 1).map((step) => ({ state: step, status: 'finish' as StepStatus })), { state, status: 'error' }]
}

/** The office's moves that the service refuses without a reason. */
export const officerNeedsReason = (to: ApplicationState) => to === 'rejected' || to === 'withdrawn'

/** The states in which the office may make offers (ApplicationState.takesOffers). */
export const TAKES_OFFERS: readonly ApplicationState[] = ['under_review', 'waitlisted', 'offer_conditional', 'offer_unconditional']

/** The choices the office may still make an offer for: those without one, while the application takes offers. */
export function offerableChoices(application: Pick<ApplicationResponse, 'state' | 'choices' | 'offers'>): number[] {
  if (!TAKES_OFFERS.includes(application.state)) return []
  const offered = new Set((application.offers ?? []).map((offer) => offer.priority))
  return (application.choices ?? []).map((choice) => choice.priority ?? 0).filter((priority) => priority > 0 && !offered.has(priority))
    .sort((a, b) => a - b)
}

/** Days from today (an ISO date) to a deadline: 0 on the day itself, negative once it passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** How an offer stands for its applicant, in the order that matters to them. */
export type OfferStanding = 'open' | 'expired' | 'accepted' | 'declined' | 'closed'

export function offerStanding(offer: OfferResponse): OfferStanding {
  if (offer.state === 'issued') return offer.expired ? 'expired' : 'open'
  return offer.state ?? 'closed'
}

/** Today in the university's time zone, as an ISO date. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}
