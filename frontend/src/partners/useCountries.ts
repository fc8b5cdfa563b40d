import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'

/** The reference list of countries and regions with both names; `enabled` false for roles that may not read it. */
export function useCountries(enabled = true) {
  return useQuery({
    queryKey: ['countries'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/partners/countries')),
    staleTime: 60 * 60 * 1000,
  })
}
