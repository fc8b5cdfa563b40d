import { AGREEMENT_KINDS, AGREEMENT_STATES, type AgreementKind, type AgreementState } from '../api/types'
import { DEFAULT_SIZE, intIn, oneOf, pageSize } from '../app/searchParams'

/** The agreement list's filters as they live in the URL (`state` may repeat; page is 1-based there, 0-based in the API). */
export interface AgreementFilters {
  q?: string
  kind?: AgreementKind
  states: AgreementState[]
  partnerId?: string
  expiringWithinDays?: number
  page: number
  size: number
  sort?: string
}

const SORT = /^-?(referenceCode|title|titleZh|kind|state|effectiveDate|expiryDate|createdAt|updatedAt)$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function parseAgreementFilters(search: URLSearchParams): AgreementFilters {
  const q = search.get('q')?.trim()
  const sort = search.get('sort')
  const partnerId = search.get('partnerId')
  const states = search.getAll('state').map((state) => oneOf(AGREEMENT_STATES, state)).filter((state) => state !== undefined)
  return {
    q: q ? q.slice(0, 200) : undefined,
    kind: oneOf(AGREEMENT_KINDS, search.get('kind')),
    states: [...new Set(states)],
    partnerId: partnerId && UUID.test(partnerId) ? partnerId : undefined,
    expiringWithinDays: intIn(search.get('expiringWithinDays'), 0, 3650),
    page: intIn(search.get('page'), 1, 100000) ?? 1,
    size: pageSize(search.get('size')),
    sort: sort && SORT.test(sort) ? sort : undefined,
  }
}

export function agreementFiltersToSearch(filters: AgreementFilters): URLSearchParams {
  const search = new URLSearchParams()
  if (filters.q) search.set('q', filters.q)
  if (filters.kind) search.set('kind', filters.kind)
  for (const state of filters.states) search.append('state', state)
  if (filters.partnerId) search.set('partnerId', filters.partnerId)
  if (filters.expiringWithinDays !== undefined) search.set('expiringWithinDays', String(filters.expiringWithinDays))
  if (filters.sort) search.set('sort', filters.sort)
  if (filters.page > 1) search.set('page', String(filters.page))
  if (filters.size !== DEFAULT_SIZE) search.set('size', String(filters.size))
  return search
}

export function agreementFiltersToQuery(filters: AgreementFilters) {
  return {
    q: filters.q,
    kind: filters.kind,
    state: filters.states.length > 0 ? filters.states : undefined,
    partnerId: filters.partnerId,
    expiringWithinDays: filters.expiringWithinDays,
    sort: filters.sort,
    page: filters.page - 1,
    size: filters.size,
  }
}

/** The CSV export: the same filters, every matching row. */
export function agreementExportHref(filters: AgreementFilters): string {
  const query = agreementFiltersToSearch({ ...filters, page: 1, size: DEFAULT_SIZE }).toString()
  return `/api/partners/agreements/export.csv${query ? `?${query}` : ''}`
}
