import { useQuery } from '@tanstack/react-query'
import { everyPage, programmesApi as api, unwrap } from '../api/client'
import type { ApplicationResponse, BriefingResponse, CallResponse, SchemeResponse } from './types'

/** A record and its ETag, which every change sends back as If-Match. */
async function withEtag<T>(result: { data?: unknown; error?: unknown; response: Response }) {
  return { record: unwrap(result) as T, etag: result.response.headers.get('ETag') ?? undefined }
}

export const schemeKey = (id: string) => ['programmes', 'scheme', id] as const
export const callKey = (id: string) => ['programmes', 'call', id] as const
export const briefingKey = (id: string) => ['programmes', 'briefing', id] as const
export const applicationKey = (id: string) => ['programmes', 'application', id] as const

export function useScheme(id: string | undefined) {
  return useQuery({
    queryKey: schemeKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<SchemeResponse>(await api.GET('/api/programmes/schemes/{id}', { params: { path: { id: id! } } })),
  })
}

export function useCall(id: string | undefined) {
  return useQuery({
    queryKey: callKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<CallResponse>(await api.GET('/api/programmes/calls/{id}', { params: { path: { id: id! } } })),
  })
}

export function useBriefing(id: string | undefined) {
  return useQuery({
    queryKey: briefingKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<BriefingResponse>(await api.GET('/api/programmes/briefings/{id}', { params: { path: { id: id! } } })),
  })
}

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: applicationKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<ApplicationResponse>(await api.GET('/api/programmes/applications/{id}', { params: { path: { id: id! } } })),
  })
}

/** Every scheme (for pickers and names): the office has a handful, so one page of 200 is all of them. */
export function useSchemeOptions() {
  return useQuery({
    queryKey: ['programmes', 'schemes', 'all'],
    queryFn: () => everyPage(async (page, size) => unwrap(await api.GET('/api/programmes/schemes', { params: { query: { page, size } } }))),
  })
}

/** The partners programmes-service knows (its projection), with their agreements, for destination pickers. */
export function usePartnerOptions() {
  return useQuery({
    queryKey: ['programmes', 'partners', 'all'],
    queryFn: () => everyPage(async (page, size) => unwrap(await api.GET('/api/programmes/partners', { params: { query: { page, size } } }))),
  })
}
