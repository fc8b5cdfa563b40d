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

/**
 * GET /api/partners/institutions/{id}: the OpenAPI document declares it untyped, so its shape is written here after
 * partners-service's InstitutionResponse.
 */
export interface InstitutionResponse extends InstitutionRequest {
  id: string
  countryName?: Text
  status: InstitutionStatus
  version?: number
  allowedTransitions?: InstitutionStatus[]
}
