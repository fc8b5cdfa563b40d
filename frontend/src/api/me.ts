import { useQuery } from '@tanstack/react-query'
import { getJson } from './client'

/** The gateway's GET /api/me (gateway MeResource.Me). */
export interface Me {
  username: string
  name: string | null
  roles: string[]
  unit: string | null
  locale: string | null
}

export const meQuery = { queryKey: ['me'], queryFn: () => getJson<Me>('/api/me'), staleTime: Infinity } as const

export function useMe() {
  return useQuery(meQuery)
}
