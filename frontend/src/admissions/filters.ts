import { DEFAULT_SIZE, intIn, oneOf, pageSize } from '../app/searchParams'
import { APPLICATION_STATES, type ApplicationState } from './types'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const COUNTRY = /^[A-Z]{2}$/

const text = (value: string | null) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed.slice(0, 200) : undefined
}

interface Paged {
  page: number
  size: number
}

const paged = (search: URLSearchParams): Paged => ({ page: intIn(search.get('page'), 1, 100000) ?? 1, size: pageSize(search.get('size')) })

function toSearch(values: Record<string, string | undefined>, paging: Paged): URLSearchParams {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value !== undefined) search.set(key, value)
  if (paging.page > 1) search.set('page', String(paging.page))
  if (paging.size !== DEFAULT_SIZE) search.set('size', String(paging.size))
  return search
}

/** The page is 1-based in the URL, 0-based in the API. */
const apiPaging = (paging: Paged) => ({ page: paging.page - 1, size: paging.size })

// ---- programmes

export interface ProgrammeFilters extends Paged { q?: string }
export const parseProgrammeFilters = (search: URLSearchParams): ProgrammeFilters => ({ q: text(search.get('q')), ...paged(search) })
export const programmeFiltersToSearch = (f: ProgrammeFilters) => toSearch({ q: f.q }, f)
export const programmeFiltersToQuery = (f: ProgrammeFilters) => ({ q: f.q, ...apiPaging(f) })

// ---- intakes

export interface IntakeFilters extends Paged {
  programmeId?: string
  open?: boolean
}
export const parseIntakeFilters = (search: URLSearchParams): IntakeFilters => {
  const programme = search.get('programmeId')
  return { programmeId: programme && UUID.test(programme) ? programme : undefined, open: search.get('open') === 'true' || undefined, ...paged(search) }
}
export const intakeFiltersToSearch = (f: IntakeFilters) => toSearch({ programmeId: f.programmeId, open: f.open ? 'true' : undefined }, f)
export const intakeFiltersToQuery = (f: IntakeFilters) => ({ programmeId: f.programmeId, open: f.open, ...apiPaging(f) })

// ---- applications (the service filters by state, nationality and name; not yet by intake or funding)

export interface ApplicationFilters extends Paged {
  q?: string
  state?: ApplicationState
  nationality?: string
}
export const parseApplicationFilters = (search: URLSearchParams): ApplicationFilters => {
  const nationality = search.get('nationality')?.toUpperCase() ?? null
  return {
    q: text(search.get('q')), state: oneOf(APPLICATION_STATES, search.get('state')),
    nationality: nationality && COUNTRY.test(nationality) ? nationality : undefined, ...paged(search),
  }
}
export const applicationFiltersToSearch = (f: ApplicationFilters) => toSearch({ q: f.q, state: f.state, nationality: f.nationality }, f)
export const applicationFiltersToQuery = (f: ApplicationFilters) => ({ q: f.q, state: f.state, nationality: f.nationality, ...apiPaging(f) })
