import type { TFunction } from 'i18next'
import { ApiError } from '../api/problem'
import type { FieldWords } from '../ui/fieldNames'

const known = (t: TFunction, prefix: string) => (value: string) => t(`${prefix}.${value}` as 'admState.draft', { defaultValue: value })

function base(t: TFunction, labels: Record<string, string>, values: FieldWords['values'] = {}): FieldWords {
  return { labels, values, languages: { zh: t('history.zh'), en: t('history.en') }, yes: t('common.yes'), no: t('common.no') }
}

/** The application's fields by the form's labels, for the service's errors and what is missing. */
export function applicationWords(t: TFunction): FieldWords {
  return base(t, {
    surname: t('admApplication.surname'), givenNames: t('admApplication.givenNames'), nationality: t('admApplication.nationality'),
    dateOfBirth: t('admApplication.dateOfBirth'), education: t('admApplication.education'),
    'education.institution': t('admApplication.institution'), 'education.country': t('admApplication.country'),
    'education.qualification': t('admApplication.qualification'), 'education.fromYear': t('admApplication.fromYear'),
    'education.toYear': t('admApplication.toYear'), languageTests: t('admApplication.languageTests'),
    'languageTests.type': t('admApplication.testType'), 'languageTests.result': t('admApplication.result'),
    'languageTests.takenOn': t('admApplication.takenOn'), funding: t('admApplication.funding'), 'funding.type': t('admApplication.funding'),
    'funding.dispatchingAuthority': t('admApplication.dispatchingAuthority'), 'funding.sponsorName': t('admApplication.sponsorName'),
    'funding.sponsorCountry': t('admApplication.sponsorCountry'), choices: t('admApplication.choices'),
    'choices.intakeId': t('admApplication.intake'), 'choices.priority': t('admApplication.choices'), documents: t('admDocs.title'),
    kind: t('admDocs.kind'), file: t('admDocs.file'), reason: t('admDocs.reason'), conditions: t('admOffer.conditions'),
    deadline: t('admOffer.deadline'), priority: t('admOffer.choice'),
  }, { 'funding.type': known(t, 'fundingType'), kind: known(t, 'documentKind') })
}

export function programmeWords(t: TFunction): FieldWords {
  return base(t, {
    code: t('admProgramme.code'), name: t('admProgramme.name'), 'name.zh': t('admProgramme.nameZh'), 'name.en': t('admProgramme.nameEn'),
    nameZh: t('admProgramme.nameZh'), nameEn: t('admProgramme.nameEn'), level: t('admProgramme.level'), language: t('admProgramme.language'),
    durationMonths: t('admProgramme.durationMonths'), tuition: t('admProgramme.tuition'), 'tuition.amount': t('admProgramme.tuitionAmount'),
    'tuition.currency': t('admProgramme.currency'), tuitionAmount: t('admProgramme.tuitionAmount'), tuitionCurrency: t('admProgramme.currency'),
    languageRequirement: t('admProgramme.languageRequirement'), 'languageRequirement.minIelts': t('admProgramme.minIelts'),
    'languageRequirement.minToefl': t('admProgramme.minToefl'), 'languageRequirement.minHsk': t('admProgramme.minHsk'),
    minIelts: t('admProgramme.minIelts'), minToefl: t('admProgramme.minToefl'), minHsk: t('admProgramme.minHsk'),
    requiredDocuments: t('admProgramme.requiredDocuments'),
  }, {
    level: known(t, 'programmeLevel'), language: known(t, 'instructionLanguage'), requiredDocuments: known(t, 'documentKind'),
  })
}

export function intakeWords(t: TFunction): FieldWords {
  return base(t, {
    programmeId: t('admIntake.programme'), startsOn: t('admIntake.startsOn'), applicationsOpen: t('admIntake.applicationsOpen'),
    applicationsClose: t('admIntake.applicationsClose'), places: t('admIntake.places'),
  })
}

const PROBLEMS = [
  'application-exists', 'application-incomplete', 'application-not-editable', 'application-documents-closed', 'too-many-documents',
  'documents-not-verified', 'documents-not-reviewable', 'document-reviewed', 'offers-closed', 'offer-expired', 'intake-full',
  'offer-not-open', 'illegal-transition', 'forbidden', 'not-found', 'precondition-failed', 'file-too-large', 'unsupported-type',
] as const

/**
 * A refusal of admissions-service in the user's language, from the problem's stable type or its status; never the
 * service's English detail. Anything else (the network) keeps its own message.
 */
export function admissionsProblemText(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return error.message
  const slug = error.problem?.type?.replace(/^urn:meridian:problem:/, '')
  if (slug && (PROBLEMS as readonly string[]).includes(slug)) return t(`admProblem.${slug as (typeof PROBLEMS)[number]}`)
  if (error.status === 412) return t('admProblem.precondition-failed')
  if (error.status === 403) return t('admProblem.forbidden')
  if (error.status === 404) return t('admProblem.not-found')
  if (error.status === 413) return t('admProblem.file-too-large')
  if (error.status === 415) return t('admProblem.unsupported-type')
  return t('common.error')
}
