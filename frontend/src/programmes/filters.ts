import { DEFAULT_SIZE, intIn, oneOf, pageSize } from '../app/searchParams'
import {
  APPLICATION_STATES, DIRECTIONS, MOBILITY_STATES, type Direction, type MobilityState, BRIEFING_FORMATS, BRIEFING_STATES, CALL_STATES, CAMPUSES, SCHEME_KINDS,
  type ApplicationState, type BriefingFormat, type BriefingState, type Campus, type CallState, type SchemeKind,
} from './types'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const UNIT = /^[a-z0-9-]{1,60}$/
const YEAR = /^\d{4}\/\d{2}$/

const text = (value: string | null) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed.slice(0, 200) : undefined
}
const uuid = (value: string | null) => (value && UUID.test(value) ? value : undefined)
const paging = (search: URLSearchParams, sortKeys: RegExp) => {
  const sort = search.get('sort')
  return {
    page: intIn(search.get('page'), 1, 100000) ?? 1,
    size: pageSize(search.get('size')),
    sort: sort && sortKeys.test(sort) ? sort : undefined,
  }
}

interface Paged {
  page: number
  size: number
  sort?: string
}

/** Writes the filters that are set, then sort and paging, into a URL's search (the same for every list). */
function toSearch(values: Record<string, string | undefined>, paged: Paged): URLSearchParams {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value !== undefined) search.set(key, value)
  if (paged.sort) search.set('sort', paged.sort)
  if (paged.page > 1) search.set('page', String(paged.page))
  if (paged.size !== DEFAULT_SIZE) search.set('size', String(paged.size))
  return search
}

/** The page is 1-based in the URL, 0-based in the API. */
const apiPaging = (paged: Paged) => ({ sort: paged.sort, page: paged.page - 1, size: paged.size })

// ---- schemes

export interface SchemeFilters extends Paged {
  q?: string
  kind?: SchemeKind
}

export function parseSchemeFilters(search: URLSearchParams): SchemeFilters {
  return { q: text(search.get('q')), kind: oneOf(SCHEME_KINDS, search.get('kind')), ...paging(search, /^-?(title|titleZh|kind|createdAt|updatedAt)$/) }
}
export const schemeFiltersToSearch = (f: SchemeFilters) => toSearch({ q: f.q, kind: f.kind }, f)
export const schemeFiltersToQuery = (f: SchemeFilters) => ({ q: f.q, kind: f.kind, ...apiPaging(f) })

// ---- calls

export interface CallFilters extends Paged {
  q?: string
  state?: CallState
  schemeId?: string
  academicYear?: string
  flagged?: boolean
}

export function parseCallFilters(search: URLSearchParams): CallFilters {
  const year = search.get('academicYear')
  return {
    q: text(search.get('q')),
    state: oneOf(CALL_STATES, search.get('state')),
    schemeId: uuid(search.get('schemeId')),
    academicYear: year && YEAR.test(year) ? year : undefined,
    flagged: search.get('flagged') === 'true' ? true : undefined,
    ...paging(search, /^-?(title|titleZh|academicYear|state|opensOn|closesOn|createdAt|updatedAt)$/),
  }
}
export const callFiltersToSearch = (f: CallFilters) => toSearch({
  q: f.q, state: f.state, schemeId: f.schemeId, academicYear: f.academicYear, flagged: f.flagged ? 'true' : undefined,
}, f)
export const callFiltersToQuery = (f: CallFilters) => ({
  q: f.q, state: f.state, schemeId: f.schemeId, academicYear: f.academicYear, flagged: f.flagged, ...apiPaging(f),
})

// ---- one call's applications

export interface ApplicationFilters extends Paged {
  state?: ApplicationState
  unit?: string
  destination?: string
}

export function parseApplicationFilters(search: URLSearchParams): ApplicationFilters {
  const unit = search.get('unit')
  return {
    state: oneOf(APPLICATION_STATES, search.get('state')),
    unit: unit && UNIT.test(unit) ? unit : undefined,
    destination: uuid(search.get('destination')),
    ...paging(search, /^-?(submittedAt|createdAt|updatedAt|state|gpa)$/),
  }
}
export const applicationFiltersToSearch = (f: ApplicationFilters) => toSearch({ state: f.state, unit: f.unit, destination: f.destination }, f)
export const applicationFiltersToQuery = (callId: string, f: ApplicationFilters) => ({
  callId, state: f.state, unit: f.unit, destination: f.destination, ...apiPaging(f),
})

/** The CSV export of a call's applications: the same filters, every matching row (never the statements). */
export function applicationExportHref(callId: string, f: ApplicationFilters): string {
  const search = new URLSearchParams({ callId })
  for (const [key, value] of applicationFiltersToSearch({ ...f, page: 1, size: DEFAULT_SIZE, sort: undefined })) search.set(key, value)
  return `/api/programmes/applications/export.csv?${search.toString()}`
}

// ---- briefings

export interface BriefingFilters extends Paged {
  q?: string
  state?: BriefingState
  campus?: Campus
  format?: BriefingFormat
  upcoming?: boolean
}

export function parseBriefingFilters(search: URLSearchParams): BriefingFilters {
  return {
    q: text(search.get('q')),
    state: oneOf(BRIEFING_STATES, search.get('state')),
    campus: oneOf(CAMPUSES, search.get('campus')),
    format: oneOf(BRIEFING_FORMATS, search.get('format')),
    upcoming: search.get('upcoming') === 'true' ? true : undefined,
    ...paging(search, /^-?(title|titleZh|startsAt|state|capacity)$/),
  }
}
export const briefingFiltersToSearch = (f: BriefingFilters) => toSearch({
  q: f.q, state: f.state, campus: f.campus, format: f.format, upcoming: f.upcoming ? 'true' : undefined,
}, f)
export const briefingFiltersToQuery = (f: BriefingFilters) => ({
  q: f.q, state: f.state, campus: f.campus, format: f.format, upcoming: f.upcoming, ...apiPaging(f),
})

// ---- mobilities

export interface MobilityFilters extends Paged {
  direction?: Direction
  state?: MobilityState
  academicYear?: string
}

export function parseMobilityFilters(search: URLSearchParams): MobilityFilters {
  const year = search.get('academicYear')
  return {
    direction: oneOf(DIRECTIONS, search.get('direction')), state: oneOf(MOBILITY_STATES, search.get('state')),
    academicYear: year && YEAR.test(year) ? year : undefined, ...paging(search, /^-?(plannedStart|academicYear|state|participant|homeUnit|createdAt|updatedAt)$/),
  }
}
export const mobilityFiltersToSearch = (f: MobilityFilters) => toSearch({ direction: f.direction, state: f.state, academicYear: f.academicYear }, f)
export const mobilityFiltersToQuery = (f: MobilityFilters) => ({ direction: f.direction, state: f.state, academicYear: f.academicYear, ...apiPaging(f) })
/** The CSV of the mobilities filtered (all of them, unpaged). */
export function mobilityExportHref(f: MobilityFilters): string {
  const search = toSearch({ direction: f.direction, state: f.state, academicYear: f.academicYear }, { page: 1, size: DEFAULT_SIZE })
  return `/api/programmes/mobilities/export.csv${search.toString() ? `?${search}` : ''}`
}
