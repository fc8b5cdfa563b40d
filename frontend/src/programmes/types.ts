import type { components } from '../api/generated/programmes'

type Schemas = components['schemas']

/** The services' records mark no field required; these are the ones every response carries. */
type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> }

export type SchemeKind = Schemas['SchemeKind']
export type SchemeRequest = Schemas['SchemeRequest']
export type SchemeResponse = WithRequired<Schemas['SchemeResponse'], 'id' | 'kind' | 'title' | 'version'>
export type CallState = Schemas['CallState']
export type CallRequest = Schemas['CallRequest']
export type CallResponse = WithRequired<Schemas['CallResponse'], 'id' | 'title' | 'state' | 'allowedTransitions' | 'version'>
export type CallDestination = Schemas['CallDestinationResponse']
export type Direction = Schemas['Direction']
export type MobilityType = Schemas['MobilityType']
export type ApplicationState = Schemas['ApplicationState']
export type ApplicationRequest = Schemas['ApplicationRequest']
export type ApplicationResponse = WithRequired<Schemas['ApplicationResponse'], 'id' | 'callId' | 'state' | 'allowedTransitions' | 'version'>
export type IneligibilityReason = Schemas['IneligibilityReason']
export type BriefingState = Schemas['BriefingState']
export type BriefingFormat = Schemas['BriefingFormat']
export type Campus = Schemas['Campus']
export type BriefingRequest = Schemas['BriefingRequest']
export type BriefingResponse = WithRequired<Schemas['BriefingResponse'], 'id' | 'title' | 'state' | 'allowedTransitions' | 'version'>
export type RegistrationState = Schemas['RegistrationState']
export type RegistrationResponse = WithRequired<Schemas['RegistrationResponse'], 'id' | 'state' | 'allowedTransitions' | 'version'>
export type ProgrammePartner = Schemas['PartnerResponse']
export type PerBriefing = Schemas['PerBriefing']
export type Criterion = Schemas['Criterion']
export type StoredReason = Schemas['StoredReason']
export type AssignmentResponse = WithRequired<Schemas['AssignmentResponse'], 'applicationId' | 'callId' | 'version'>
export type AllocationResponse = Schemas['AllocationResponse']
export type ResultResponse = Schemas['ResultResponse']
export type ApplicationDocument = Schemas['ApplicationDocumentResponse']
export type HostRequirement = Schemas['HostRequirementResponse']
export type MobilityState = Schemas['MobilityState']
export type InboundMobilityRequest = Schemas['InboundMobilityRequest']
export type MobilityResponse = WithRequired<Schemas['MobilityResponse'], 'id' | 'state' | 'allowedTransitions' | 'version'>
export type Course = Schemas['Course']
export type Party = Schemas['Party']
export type Funder = Schemas['Funder']
export type GrantState = Schemas['GrantState']
export type GrantRequest = Schemas['GrantRequest']
export type GrantResponse = WithRequired<Schemas['GrantResponse'], 'id' | 'state' | 'allowedTransitions' | 'version'>

export const SCHEME_KINDS = [
  'outbound_exchange', 'inbound_exchange', 'summer_school_outbound', 'summer_school_inbound', 'staff_exchange',
  'clinical_apprenticeship', 'scholarship_scheme', 'conference_travel',
] as const satisfies readonly SchemeKind[]
/** The states in the order they are lived (domain.md). */
export const CALL_STATES = ['draft', 'open', 'closed', 'in_selection', 'results_published', 'archived'] as const satisfies readonly CallState[]
export const APPLICATION_STATES = [
  'draft', 'submitted', 'eligible', 'ineligible', 'under_review', 'selected', 'waitlisted', 'rejected', 'nominated',
  'accepted_by_host', 'rejected_by_host', 'confirmed', 'withdrawn',
] as const satisfies readonly ApplicationState[]
export const BRIEFING_STATES = ['planned', 'registration_open', 'held', 'cancelled'] as const satisfies readonly BriefingState[]
export const REGISTRATION_STATES = ['registered', 'attended', 'absent', 'cancelled'] as const satisfies readonly RegistrationState[]
export const DIRECTIONS = ['outbound', 'inbound'] as const satisfies readonly Direction[]
export const MOBILITY_TYPES = ['student_study', 'student_traineeship', 'staff_teaching', 'staff_training'] as const satisfies readonly MobilityType[]
export const BRIEFING_FORMATS = ['online', 'on_campus'] as const satisfies readonly BriefingFormat[]
/** The API's fixed list of campuses (its `Campus` enum); their names are worded in the catalogues. */
export const CAMPUSES = ['jinyun', 'yuanjiagang'] as const satisfies readonly Campus[]
/** The home units of the demo realm and data (domain.md); a unit not listed shows as its code. */
export const UNITS = [
  'nursing', 'clinical-medicine', 'basic-medicine', 'public-health', 'pharmacy', 'medicine', 'international-education',
  'first-affiliated-hospital', 'international-office', 'president-office',
] as const
export const MOBILITY_STATES = ['planned', 'ongoing', 'completed', 'recognised', 'cancelled'] as const satisfies readonly MobilityState[]
export const PARTIES = ['student', 'home', 'host'] as const satisfies readonly Party[]
export const FUNDERS = ['university', 'chun_miao_fund', 'csc', 'partner_scholarship'] as const satisfies readonly Funder[]
