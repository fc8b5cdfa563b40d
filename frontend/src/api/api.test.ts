import { describe, expect, it, vi } from 'vitest'
import { api, everyPage, loginUrl, MAX_PAGE_SIZE, programmesApi, SessionExpiredError } from './client'
import { registerDraft } from './drafts'
import { navigation } from './navigation'
import { problemFieldErrors, toNamePath, type FieldProblem } from './problem'
import { json, problem, stubFetch } from '../test/fetchStub'

describe('API client', () => {
  it('sends X-Requested-With: JavaScript and same-origin credentials on every call, with each service\'s client', async () => {
    const { requests } = stubFetch()
    await api.GET('/api/partners/countries')
    await api.POST('/api/partners/institutions', { body: { name: { zh: '甲', en: 'A' }, country: 'SE', kind: 'university' } })
    await programmesApi.GET('/api/programmes/schemes')
    expect(requests.map((request) => request.url.pathname)).toEqual(['/api/partners/countries', '/api/partners/institutions', '/api/programmes/schemes'])
    for (const request of requests) {
      expect(request.headers.get('X-Requested-With')).toBe('JavaScript')
      expect(request.credentials).toBe('same-origin')
      expect(request.url.origin).toBe(window.location.origin)
    }
  })

  it('on 499 keeps the unsaved draft under its route and goes to the login with the relative path and query', async () => {
    window.history.replaceState({}, '', '/partners/new?from=list')
    const assign = vi.spyOn(navigation, 'assign').mockImplementation(() => {})
    const unregister = registerDraft('/partners/new?from=list', () => ({ name: { zh: '草稿' } }))
    stubFetch({ 'GET /api/partners/countries': () => new Response(null, { status: 499 }) })

    await expect(api.GET('/api/partners/countries')).rejects.toBeInstanceOf(SessionExpiredError)

    expect(assign).toHaveBeenCalledWith('/auth/login?redirect=%2Fpartners%2Fnew%3Ffrom%3Dlist')
    expect(JSON.parse(sessionStorage.getItem('meridian.draft:/partners/new?from=list')!)).toEqual({ name: { zh: '草稿' } })
    unregister()
  })

  it('treats 401 like 499, and redirects at most once within 10 seconds', async () => {
    window.history.replaceState({}, '', '/partners')
    const assign = vi.spyOn(navigation, 'assign').mockImplementation(() => {})
    stubFetch({ 'GET /api/partners/countries': () => new Response(null, { status: 401 }) })
    await expect(api.GET('/api/partners/countries')).rejects.toBeInstanceOf(SessionExpiredError)
    await expect(api.GET('/api/partners/countries')).rejects.toBeInstanceOf(SessionExpiredError)
    expect(assign).toHaveBeenCalledTimes(1)
    expect(assign).toHaveBeenCalledWith('/auth/login?redirect=%2Fpartners')
  })

  it('never builds a login URL that leaves the site', () => {
    expect(loginUrl('//evil.example/x')).toBe('/auth/login?redirect=%2F')
    expect(loginUrl('https://evil.example/')).toBe('/auth/login?redirect=%2F')
  })

  it('passes other errors through as problem details', async () => {
    stubFetch({ 'GET /api/partners/countries': () => problem(403, { title: 'Forbidden' }) })
    const result = await api.GET('/api/partners/countries')
    expect(result.response.status).toBe(403)
    expect(result.error).toMatchObject({ title: 'Forbidden' })
    stubFetch({ 'GET /api/partners/countries': () => json([]) })
    expect((await api.GET('/api/partners/countries')).data).toEqual([])
  })
})

describe('problem details → form fields', () => {
  it('turns field paths into antd name paths', () => {
    expect(toNamePath('name.zh')).toEqual(['name', 'zh'])
    expect(toNamePath('contacts[2].email')).toEqual(['contacts', 2, 'email'])
    expect(toNamePath('website')).toEqual(['website'])
  })

  it('groups messages per field and keeps errors of fields the form does not show', () => {
    const inServerWords = { text: (e: FieldProblem) => e.message, line: (e: FieldProblem) => `${e.field}: ${e.message}` }
    const { fields, other } = problemFieldErrors({
      title: 'Invalid',
      errors: [
        { field: 'name.en', message: 'must not be blank' },
        { field: 'name.en', message: 'must be at most 300 characters' },
        { field: 'contacts[0].email', message: 'is not an e-mail address' },
        { field: 'units[0].name.zh', message: 'must not be blank' },
      ],
    }, inServerWords, (name) => name[0] !== 'units')
    expect(fields).toEqual([
      { name: ['name', 'en'], errors: ['must not be blank', 'must be at most 300 characters'] },
      { name: ['contacts', 0, 'email'], errors: ['is not an e-mail address'] },
    ])
    expect(other).toEqual(['units[0].name.zh: must not be blank'])
  })

  it('reads every page of a list until the total, and stops at a short page', async () => {
    const all = Array.from({ length: 2 * MAX_PAGE_SIZE + 13 }, (_, i) => i)
    const asked: number[] = []
    const items = await everyPage(async (page, size) => {
      asked.push(page)
      return { items: all.slice(page * size, (page + 1) * size), total: all.length }
    })
    expect(items).toEqual(all)
    expect(asked).toEqual([0, 1, 2])
    // A list that shrank while it was read ends at its first short page instead of asking for ever.
    expect(await everyPage(async () => ({ items: [1, 2], total: 999 }))).toEqual([1, 2])
    expect(await everyPage(async () => ({}))).toEqual([])
  })
})
