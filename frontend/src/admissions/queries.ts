import { useQuery } from '@tanstack/react-query'
import { admissionsApi as api, unwrap } from '../api/client'
import type { ApplicationDocument, ApplicationResponse, IntakeResponse, ProgrammeResponse } from './types'

/** A record and its ETag, which every change sends back as If-Match. */
export function withEtag<T>(result: { data?: unknown; error?: unknown; response: Response }) {
  return { record: unwrap(result) as T, etag: result.response.headers.get('ETag') ?? undefined }
}

export const programmeKey = (id: string) => ['admissions', 'programme', id] as const
export const intakeKey = (id: string) => ['admissions', 'intake', id] as const
export const applicationKey = (id: string) => ['admissions', 'application', id] as const
export const documentsKey = (id: string) => ['admissions', 'application-documents', id] as const
export const MY_APPLICATIONS = ['admissions', 'applications', 'mine'] as const

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: programmeKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<ProgrammeResponse>(await api.GET('/api/admissions/programmes/{id}', { params: { path: { id: id! } } })),
  })
}

export function useIntake(id: string | undefined) {
  return useQuery({
    queryKey: intakeKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<IntakeResponse>(await api.GET('/api/admissions/intakes/{id}', { params: { path: { id: id! } } })),
  })
}

export function useAdmissionApplication(id: string | undefined) {
  return useQuery({
    queryKey: applicationKey(id ?? ''), enabled: id !== undefined,
    queryFn: async () => withEtag<ApplicationResponse>(await api.GET('/api/admissions/applications/{id}', { params: { path: { id: id! } } })),
  })
}

export function useApplicationDocuments(id: string) {
  return useQuery({
    queryKey: documentsKey(id),
    queryFn: async () => unwrap(await api.GET('/api/admissions/applications/{id}/documents', { params: { path: { id } } })) as ApplicationDocument[],
  })
}

/** The applicant's own applications, newest change first (the service answers an applicant with theirs only). */
export function useMyAdmissionApplications() {
  return useQuery({
    queryKey: MY_APPLICATIONS,
    queryFn: async () => (unwrap(await api.GET('/api/admissions/applications', { params: { query: { size: 20 } } })).items ?? []) as ApplicationResponse[],
  })
}

/** Every degree programme (the office has a handful: one page of 200 is all of them), for pickers and names. */
export function useProgrammeOptions() {
  return useQuery({
    queryKey: ['admissions', 'programmes', 'all'],
    queryFn: async () => (unwrap(await api.GET('/api/admissions/programmes', { params: { query: { size: 200 } } })).items ?? []) as ProgrammeResponse[],
  })
}

/** Intakes for pickers and names: all of them, or only those taking applications today. */
export function useIntakeOptions(openOnly = false) {
  return useQuery({
    queryKey: ['admissions', 'intakes', 'all', openOnly],
    queryFn: async () => (unwrap(await api.GET('/api/admissions/intakes', { params: { query: { size: 200, open: openOnly || undefined } } })).items ?? []) as IntakeResponse[],
  })
}
