import type { components } from './generated/partners'

type Schemas = components['schemas']
export type Text = Schemas['Text']
export type InstitutionKind = Schemas['InstitutionKind']
export type InstitutionStatus = Schemas['InstitutionStatus']
export type InstitutionSummary = Schemas['InstitutionSummary']
export type InstitutionRequest = Schemas['InstitutionRequest']
export type AgreementSummary = Schemas['AgreementSummary']
export type Country = Schemas['Country']

export const INSTITUTION_KINDS = [
  'university', 'hospital', 'research_institute', 'government_body', 'association', 'company',
] as const satisfies readonly InstitutionKind[]
export const INSTITUTION_STATUSES = ['prospective', 'active', 'inactive'] as const satisfies readonly InstitutionStatus[]

/** The services' records mark no field required; these are the ones every response carries. */
type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> }

export type InstitutionResponse = WithRequired<Schemas['InstitutionResponse'], 'id' | 'name' | 'kind' | 'status' | 'country'>
export type AgreementResponse = WithRequired<Schemas['AgreementResponse'],
  'id' | 'referenceCode' | 'kind' | 'title' | 'state' | 'partners' | 'version' | 'allowedTransitions' | 'allowedActions'>
export type AgreementRequest = Schemas['AgreementRequest']
export type AgreementKind = Schemas['AgreementKind']
export type AgreementState = Schemas['AgreementState']
export type AgreementDocument = Schemas['AgreementDocumentResponse']
export type Revision = Schemas['RevisionResponse']
export type Comparison = Schemas['Comparison']

export const AGREEMENT_KINDS = [
  'memorandum', 'student_exchange', 'staff_exchange', 'joint_degree', 'dual_degree', 'articulation', 'summer_school',
  'research', 'clinical_training', 'scholarship_scheme', 'erasmus_iia',
] as const satisfies readonly AgreementKind[]
/** The lifecycle in the order it is lived (domain.md); the last three are its possible ends. */
export const AGREEMENT_STATES = [
  'draft', 'under_review', 'approved', 'signed', 'active', 'expiring', 'expired', 'renewed', 'terminated',
] as const satisfies readonly AgreementState[]
export type AllianceSummary = Schemas['AllianceSummary']
export type AllianceResponse = WithRequired<Schemas['AllianceResponse'], 'id' | 'name'>
export type AllianceRole = Schemas['AllianceRole']
export type AllianceMember = Schemas['Member']
