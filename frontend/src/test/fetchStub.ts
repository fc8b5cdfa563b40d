import { vi } from 'vitest'
import type { Me } from '../api/me'

export interface Recorded {
  method: string
  url: URL
  headers: Headers
  credentials: RequestCredentials
  body: unknown
}

type Handler = (request: Recorded) => Response | Promise<Response>

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

export const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } })

export const STAFF: Me = { username: 'wang.li', name: 'Wang Li', nameZh: '王丽', roles: ['office-staff'], unit: 'ico', locale: 'en' }
export const LEADER: Me = { username: 'zhao.min', name: 'Zhao Min', nameZh: '赵敏', roles: ['leadership'], unit: 'president', locale: 'en' }

export const PAGE = {
  items: [
    {
      id: '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001', name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' },
      country: 'SE', countryName: { zh: '瑞典', en: 'Sweden' }, kind: 'university', status: 'active', owner: 'wang.li',
      activeAgreements: 2, nearestExpiry: '2099-01-01',
    },
  ],
  total: 1, page: 0, size: 20,
}

/**
 * Replaces globalThis.fetch (the only thing the tests replace) with a router over "METHOD /path" handlers; defaults
 * answer /api/me, countries, empty lists and figures. Every request is recorded.
 */
export function stubFetch(handlers: Record<string, Handler> = {}, me: Me = STAFF) {
  const requests: Recorded[] = []
  const defaults: Record<string, Handler> = {
    'GET /api/me': () => json(me),
    'GET /api/partners/countries': () => json([
      { code: 'SE', name: { zh: '瑞典', en: 'Sweden' } }, { code: 'DE', name: { zh: '德国', en: 'Germany' } },
    ]),
    'GET /api/partners/institutions': () => json(PAGE),
    'GET /api/partners/agreements': () => json({ items: [], total: 0, page: 0, size: 50 }),
    'GET /api/partners/figures/agreements-expiring': () => json({ count: 0, items: [] }),
    'GET /api/programmes/figures/briefings': () => json({ briefings: [], partners: [] }),
  }
  const all = { ...defaults, ...handlers }
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    const url = new URL(request.url)
    const text = request.method === 'GET' ? '' : await request.clone().text()
    const recorded: Recorded = {
      method: request.method, url, headers: request.headers, credentials: request.credentials,
      body: text ? JSON.parse(text) : undefined,
    }
    requests.push(recorded)
    const handler = all[`${request.method} ${url.pathname}`]
    return handler ? handler(recorded) : problem(404, { title: 'Not Found' })
  })
  vi.stubGlobal('fetch', fetchStub)
  return { requests, find: (method: string, path: string) => requests.filter((r) => r.method === method && r.url.pathname === path) }
}
