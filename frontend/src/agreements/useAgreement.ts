import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { AgreementResponse } from '../api/types'

export const agreementKey = (id: string) => ['agreement', id] as const

/** One agreement and its ETag, which every change sends back as If-Match. */
export function useAgreement(id: string | undefined) {
  return useQuery({
    queryKey: agreementKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () => {
      const result = await api.GET('/api/partners/agreements/{id}', { params: { path: { id: id! } } })
      return { record: unwrap(result) as AgreementResponse, etag: result.response.headers.get('ETag') ?? undefined }
    },
  })
}
