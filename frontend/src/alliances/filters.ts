import { DEFAULT_SIZE, intIn, pageSize } from '../app/searchParams'

/** The alliance list's filters as they live in the URL (page 1-based there, 0-based in the API). */
export interface AllianceFilters {
  q?: string
  page: number
  size: number
  sort?: string
}

const SORT = /^-?(name|nameZh|memberSince)$/

export function parseAllianceFilters(search: URLSearchParams): AllianceFilters {
  const q = search.get('q')?.trim()
  const sort = search.get('sort')
  return {
    q: q ? q.slice(0, 200) : undefined,
    page: intIn(search.get('page'), 1, 100000) ?? 1,
    size: pageSize(search.get('size')),
    sort: sort && SORT.test(sort) ? sort : undefined,
  }
}

export function allianceFiltersToSearch(filters: AllianceFilters): URLSearchParams {
  const search = new URLSearchParams()
  if (filters.q) search.set('q', filters.q)
  if (filters.sort) search.set('sort', filters.sort)
  if (filters.page > 1) search.set('page', String(filters.page))
  if (filters.size !== DEFAULT_SIZE) search.set('size', String(filters.size))
  return search
}

export function allianceFiltersToQuery(filters: AllianceFilters) {
  return { q: filters.q, sort: filters.sort, page: filters.page - 1, size: filters.size }
}
