import createClient, { type Middleware } from 'openapi-fetch'
import type { paths as AdmissionsPaths } from './generated/admissions'
import type { paths as PartnersPaths } from './generated/partners'
import type { paths as ProgrammesPaths } from './generated/programmes'
import { saveDrafts, currentRouteKey } from './drafts'
import { navigation } from './navigation'
import { ApiError, isProblem } from './problem'

/** Status the gateway answers a JavaScript call without a session (Quarkus OIDC, java-script-auto-redirect=false). */
export const SESSION_EXPIRED = 499
const LOOP_GUARD_KEY = 'meridian.loginRedirectAt'
const LOOP_GUARD_MS = 10_000

/** Only relative paths, so the login cannot be turned into an open redirect. */
export function loginUrl(relativePath: string): string {
  const safe = relativePath.startsWith('/') && !relativePath.startsWith('//') ? relativePath : '/'
  return `/auth/login?redirect=${encodeURIComponent(safe)}`
}

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has ended; signing in again')
    this.name = 'SessionExpiredError'
  }
}

/** Keeps unsaved drafts, then leaves for the login page (at most once per 10 s, against reload storms). */
export function redirectToLogin(): void {
  const last = Number(sessionStorage.getItem(LOOP_GUARD_KEY) ?? 0)
  const now = Date.now()
  saveDrafts()
  if (now - last < LOOP_GUARD_MS) return
  sessionStorage.setItem(LOOP_GUARD_KEY, String(now))
  navigation.assign(loginUrl(currentRouteKey()))
}

export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Requested-With', 'JavaScript')
    return request
  },
  async onResponse({ response }) {
    if (response.status === SESSION_EXPIRED || response.status === 401) {
      redirectToLogin()
      throw new SessionExpiredError()
    }
    return response
  },
}

function origin(): string {
  return typeof window !== 'undefined' ? window.location.origin : 'http://localhost'
}

/** A typed client for one service's paths (its generated types), same-origin through the gateway. */
function serviceClient<Paths extends {}>() {
  const client = createClient<Paths>({
    baseUrl: origin(),
    credentials: 'same-origin',
    // Late-bound, so tests (and anything else) that replace globalThis.fetch are honoured.
    fetch: (request) => globalThis.fetch(request),
  })
  client.use(sessionMiddleware)
  return client
}

/** partners-service (`/api/partners/**`). */
export const api = serviceClient<PartnersPaths>()
/** programmes-service (`/api/programmes/**`). */
export const programmesApi = serviceClient<ProgrammesPaths>()
/** admissions-service (`/api/admissions/**`). */
export const admissionsApi = serviceClient<AdmissionsPaths>()

/** Turns an openapi-fetch result into data or a thrown ApiError carrying the problem details. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined)
}

/** The most items the services answer in one page (platform/web PageRequest.MAX_SIZE). */
export const MAX_PAGE_SIZE = 200

/** Every item of a paged list, asking page after page of the largest size until the total is reached. */
export async function everyPage<T>(fetchPage: (page: number, size: number) => Promise<{ items?: T[]; total?: number }>): Promise<T[]> {
  const items: T[] = []
  for (let page = 0; ; page++) {
    const answer = await fetchPage(page, MAX_PAGE_SIZE)
    const got = answer.items ?? []
    items.push(...got)
    if (got.length < MAX_PAGE_SIZE || items.length >= (answer.total ?? 0)) return items
  }
}

/** For the gateway's own endpoints, which are not in a service's OpenAPI document. */
export function getJson<T>(path: string): Promise<T> {
  return send<T>(path, { method: 'GET' })
}

/** A multipart upload (openapi-fetch sends JSON only); answered like any other call. */
export function postForm<T>(path: string, body: FormData): Promise<T> {
  return send<T>(path, { method: 'POST', body })
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const response = await globalThis.fetch(new Request(origin() + path, {
    ...init,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'JavaScript', Accept: 'application/json' },
  }))
  if (response.status === SESSION_EXPIRED || response.status === 401) {
    redirectToLogin()
    throw new SessionExpiredError()
  }
  if (!response.ok) {
    let problem: unknown
    try {
      problem = await response.json()
    } catch {
      problem = undefined
    }
    throw new ApiError(response.status, isProblem(problem) ? problem : undefined)
  }
  return (await response.json()) as T
}
