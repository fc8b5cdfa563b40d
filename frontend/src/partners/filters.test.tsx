import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { exportHref, filtersToSearch, parseFilters } from './filters'
import { stubFetch } from '../test/fetchStub'
import { currentLocation, renderApp } from '../test/renderApp'

describe('registry filters ↔ URL', () => {
  it('round-trips every filter through the URL', () => {
    const search = 'q=Karolinska&country=SE&kind=university&status=active&expiringWithinDays=90&sort=-nearestExpiry&page=3&size=50'
    const filters = parseFilters(new URLSearchParams(search))
    expect(filters).toEqual({
      q: 'Karolinska', country: 'SE', kind: 'university', status: 'active', expiringWithinDays: 90,
      sort: '-nearestExpiry', page: 3, size: 50,
    })
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters)
    expect(filtersToSearch(parseFilters(new URLSearchParams())).toString()).toBe('')
  })

  it('drops values the API would refuse', () => {
    const filters = parseFilters(new URLSearchParams('country=Sweden&kind=castle&status=x&expiringWithinDays=-3&page=0&size=7&sort=drop'))
    expect(filters).toEqual({ page: 1, size: 20, q: undefined, country: undefined, kind: undefined, status: undefined, expiringWithinDays: undefined, sort: undefined })
  })

  it('exports with the same filters and without paging', () => {
    expect(exportHref(parseFilters(new URLSearchParams('country=SE&page=4')))).toBe('/api/partners/institutions/export.csv?country=SE')
  })

  it('queries the API with the URL filters, and a new search updates the URL and starts at page 1', async () => {
    const { find } = stubFetch()
    renderApp('/partners?country=SE&kind=university&page=2')
    expect(await screen.findByText('Karolinska Institutet')).toBeInTheDocument()
    const query = find('GET', '/api/partners/institutions').at(-1)!.url.searchParams
    expect(Object.fromEntries(query)).toMatchObject({ country: 'SE', kind: 'university', page: '1', size: '20' })
    expect(screen.getByRole('link', { name: /Export CSV/ })).toHaveAttribute('href', '/api/partners/institutions/export.csv?country=SE&kind=university')

    const search = screen.getByRole('searchbox', { name: 'Search names (Chinese or English)' })
    await userEvent.type(search, '卡罗林斯卡{Enter}')
    await waitFor(() => expect(currentLocation).toBe('/partners?q=%E5%8D%A1%E7%BD%97%E6%9E%97%E6%96%AF%E5%8D%A1&country=SE&kind=university'))
    await waitFor(() => expect(find('GET', '/api/partners/institutions').at(-1)!.url.searchParams.get('q')).toBe('卡罗林斯卡'))
    expect(find('GET', '/api/partners/institutions').at(-1)!.url.searchParams.get('page')).toBe('0')

    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }))
    await waitFor(() => expect(currentLocation).toBe('/partners'))
  })

  it('shows the nearest expiry as a coloured status', async () => {
    stubFetch()
    renderApp('/partners')
    const row = (await screen.findByText('Karolinska Institutet')).closest('tr')!
    expect(within(row).getByText(/2099-01-01/)).toHaveAttribute('data-expiry', 'later')
  })
})
