import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

describe('dashboard cards', () => {
  it('shows active partners, agreements expiring within 90 days and expired agreements, opening pre-filtered lists', async () => {
    const { find } = stubFetch({
      'GET /api/partners/institutions': () => json({ items: [], total: 42, page: 0, size: 1 }),
      'GET /api/partners/figures/agreements-expiring': () => json({ withinDays: 90, count: 7, items: [] }),
      'GET /api/partners/agreements': (request) => json({
        items: [], total: request.url.searchParams.get('state') === 'expired' ? 3 : 0, page: 0, size: 1,
      }),
    })
    renderApp('/')
    const card = (title: string) => screen.getByRole('link', { name: title }).closest('.ant-card') as HTMLElement
    await screen.findByRole('heading', { name: 'Dashboard' })
    await waitFor(() => expect(within(card('Active partners')).getByText('42')).toBeInTheDocument())
    expect(screen.getByRole('link', { name: 'Active partners' })).toHaveAttribute('href', '/partners?status=active')
    await waitFor(() => expect(within(card('Agreements expiring within 90 days')).getByText('7')).toBeInTheDocument())
    expect(screen.getByRole('link', { name: 'Agreements expiring within 90 days' })).toHaveAttribute('href', '/partners?expiringWithinDays=90')
    await waitFor(() => expect(screen.getByText('Expired agreements').closest('.ant-card')).toHaveTextContent('3'))
    expect(find('GET', '/api/partners/institutions')[0]!.url.searchParams.get('status')).toBe('active')
  })
})
