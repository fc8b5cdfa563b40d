import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'

export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: async () => unwrap(await api.GET('/api/partners/countries')),
    staleTime: 60 * 60 * 1000,
  })
}
