import { programmesApi as api, unwrap } from '../api/client'
import type { RegistrationResponse, RegistrationState } from './types'

/** The If-Match of a record at a version, as the services write their ETags. */
export const etagOf = (version: number) => `"${version}"`

/** Registers the caller for a briefing (an empty body: themselves), or the office someone by user name. */
export async function register(briefingId: string, person?: string): Promise<RegistrationResponse> {
  return unwrap(await api.POST('/api/programmes/briefings/{briefingId}/registrations', {
    params: { path: { briefingId } }, body: person ? { person } : {},
  })) as RegistrationResponse
}

/** Moves a registration (cancel, attended, absent) at the version it was read at. */
export async function moveRegistration(briefingId: string, registration: { id: string; version: number }, to: RegistrationState) {
  return unwrap(await api.POST('/api/programmes/briefings/{briefingId}/registrations/{id}/transitions', {
    params: { path: { briefingId, id: registration.id }, header: { 'If-Match': etagOf(registration.version) } }, body: { to },
  })) as RegistrationResponse
}

/** Cancels one's own registration: read first, for its current version. */
export async function cancelMine(briefingId: string, registrationId: string) {
  const current = unwrap(await api.GET('/api/programmes/briefings/{briefingId}/registrations/{id}', {
    params: { path: { briefingId, id: registrationId } },
  })) as RegistrationResponse
  return moveRegistration(briefingId, current, 'cancelled')
}
