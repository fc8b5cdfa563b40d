import { DEFAULT_SIZE, intIn, oneOf, pageSize } from '../app/searchParams'
import { INSTITUTION_KINDS, INSTITUTION_STATUSES, type InstitutionKind, type InstitutionStatus } from '../api/types'

/** The registry's filters, as they live in the URL (page is 1-based there, 0-based in the API). */
export interface PartnerFilters {
  q?: string
  country?: string
  kind?: InstitutionKind
  status?: InstitutionStatus
  expiringWithinDays?: number
  page: number
  size: number
  sort?: string
}

const SORT = /^-?(name|nameZh|country|status|createdAt|updatedAt|nearestExpiry)$/

/** Reads filters from the URL, dropping anything invalid (a hand-edited URL never reaches the API as a 400). */
export function parseFilters(search: URLSearchParams): PartnerFilters {
  const q = search.get('q')?.trim()
  const country = search.get('country')?.toUpperCase()
  const sort = search.get('sort')
  return {
    q: q ? q.slice(0, 200) : undefined,
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    kind: oneOf(INSTITUTION_KINDS, search.get('kind')),
    status: oneOf(INSTITUTION_STATUSES, search.get('status')),
    expiringWithinDays: intIn(search.get('expiringWithinDays'), 0, 3650),
    page: intIn(search.get('page'), 1, 100000) ?? 1,
    size: pageSize(search.get('size')),
    sort: sort && SORT.test(sort) ? sort : undefined,
  }
}

/** Writes filters to the URL, leaving out defaults so links stay short. */
export function filtersToSearch(filters: PartnerFilters): URLSearchParams {
  const search = new URLSearchParams()
  if (filters.q) search.set('q', filters.q)
  if (filters.country) search.set('country', filters.country)
  if (filters.kind) search.set('kind', filters.kind)
  if (filters.status) search.set('status', filters.status)
  if (filters.expiringWithinDays !== undefined) search.set('expiringWithinDays', String(filters.expiringWithinDays))
  if (filters.sort) search.set('sort', filters.sort)
  if (filters.page > 1) search.set('page', String(filters.page))
  if (filters.size !== DEFAULT_SIZE) search.set('size', String(filters.size))
  return search
}

/** The API's query: the same filters, page 0-based. */
export function filtersToQuery(filters: PartnerFilters) {
  return {
    q: filters.q,
    country: filters.country,
    kind: filters.kind,
    status: filters.status,
    expiringWithinDays: filters.expiringWithinDays,
    sort: filters.sort,
    page: filters.page - 1,
    size: filters.size,
  }
}

/** The CSV export link: the same filters, without paging (the export has every matching row). */
export function exportHref(filters: PartnerFilters): string {
  const search = filtersToSearch({ ...filters, page: 1, size: DEFAULT_SIZE })
  const query = search.toString()
  return `/api/partners/institutions/export.csv${query ? `?${query}` : ''}`
}
