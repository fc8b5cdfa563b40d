import type { components } from '../api/generated/admissions'

type Schemas = components['schemas']

/** The services' records mark no field required; these are the ones every response carries. */
type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> }

export type ProgrammeLevel = Schemas['ProgrammeLevel']
export type InstructionLanguage = Schemas['InstructionLanguage']
export type DocumentKind = Schemas['DocumentKind']
export type DocumentStatus = Schemas['DocumentStatus']
export type FundingType = Schemas['FundingType']
export type LanguageTestType = Schemas['LanguageTestType']
export type ApplicationState = Schemas['ApplicationState']
export type OfferKind = Schemas['OfferKind']
export type OfferState = Schemas['OfferState']
export type ProgrammeRequest = Schemas['ProgrammeRequest']
export type ProgrammeResponse = WithRequired<Schemas['ProgrammeResponse'], 'id' | 'code' | 'name' | 'level' | 'language' | 'version'>
export type IntakeRequest = Schemas['IntakeRequest']
export type IntakeResponse = WithRequired<Schemas['IntakeResponse'], 'id' | 'programmeId' | 'startsOn' | 'version'>
export type ApplicationRequest = Schemas['ApplicationRequest']
export type ApplicationResponse = WithRequired<Schemas['ApplicationResponse'], 'id' | 'state' | 'allowedTransitions' | 'version'>
export type RequiredDocument = Schemas['RequiredDocument']
export type OfferResponse = Schemas['OfferResponse']
export type ApplicationDocument = Schemas['ApplicationDocumentResponse']
export type MissingItem = Schemas['FieldError']

export const PROGRAMME_LEVELS = ['bachelor', 'master', 'doctoral', 'non_degree'] as const satisfies readonly ProgrammeLevel[]
export const INSTRUCTION_LANGUAGES = ['en', 'zh'] as const satisfies readonly InstructionLanguage[]
export const DOCUMENT_KINDS = [
  'passport', 'diploma', 'transcript', 'language_certificate', 'physical_examination', 'non_criminal_record',
  'financial_guarantee', 'recommendation_letter', 'study_plan',
] as const satisfies readonly DocumentKind[]
export const DOCUMENT_STATUSES = ['missing', 'uploaded', 'verified', 'rejected'] as const satisfies readonly DocumentStatus[]
export const FUNDING_TYPES = [
  'self_funded', 'csc_type_a', 'csc_type_b', 'foreign_government', 'university_scholarship',
] as const satisfies readonly FundingType[]
export const LANGUAGE_TESTS = ['IELTS', 'TOEFL', 'HSK'] as const satisfies readonly LanguageTestType[]
/** The states in the order they are lived (admissions-service ApplicationState). */
export const APPLICATION_STATES = [
  'draft', 'submitted', 'documents_complete', 'under_review', 'offer_conditional', 'offer_unconditional', 'waitlisted',
  'rejected', 'offer_accepted', 'offer_declined', 'admission_letter_issued', 'arrived', 'registered', 'withdrawn',
] as const satisfies readonly ApplicationState[]
export const OFFER_KINDS = ['conditional', 'unconditional'] as const satisfies readonly OfferKind[]
