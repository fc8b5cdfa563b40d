import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'

/** The dashboard's figures from partners-service; cards and charts that share a figure share its query. */
export const figures = {
  activeByCountry: () => queryOptions({
    queryKey: ['figures', 'institutions-by-country', 'active'],
    queryFn: async () => unwrap(await api.GET('/api/partners/figures/institutions-by-country', { params: { query: { status: 'active' } } })),
  }),
  agreementsByKindAndState: () => queryOptions({
    queryKey: ['figures', 'agreements-by-kind-and-state'],
    queryFn: async () => unwrap(await api.GET('/api/partners/figures/agreements-by-kind-and-state')),
  }),
  agreementsExpiring: (withinDays: number) => queryOptions({
    queryKey: ['figures', 'agreements-expiring', withinDays],
    queryFn: async () => unwrap(await api.GET('/api/partners/figures/agreements-expiring', { params: { query: { withinDays } } })),
  }),
}
