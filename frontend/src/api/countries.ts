import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from './client'

/** The reference list of countries and regions with both names; `enabled` false for roles that may not read it. */
export function useCountries(enabled = true) {
  return useQuery({
    queryKey: ['countries'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/partners/countries')),
    staleTime: 60 * 60 * 1000,
  })
}

/** A country or region by its code, in the current language, from the reference list; the code itself while unknown. */
export function countryName(code: string | undefined, countries: { code?: string; name?: { zh: string; en: string } }[] | undefined,
  text: (value?: { zh: string; en: string }) => string | undefined): string {
  if (!code) return ''
  return text(countries?.find((country) => country.code === code)?.name) ?? code
}
