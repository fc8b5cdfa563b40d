import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { menuFor } from './features'
import { LEADER, STAFF, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

describe('role-based menu and controls', () => {
  it('gives office and leadership roles the dashboard, partners, agreements and alliances, the office the programmes, students their own, and others nothing', () => {
    expect(menuFor(['office-staff'])).toEqual(['dashboard', 'partners', 'agreements', 'alliances', 'schemes', 'calls', 'mobilities', 'briefings',
      'admission-applications', 'admission-programmes', 'intakes'])
    expect(menuFor(['admissions-officer'])).toEqual(['partners', 'agreements', 'alliances', 'admission-applications', 'admission-programmes', 'intakes'])
    expect(menuFor(['leadership'])).toEqual(['dashboard', 'partners', 'agreements', 'alliances'])
    expect(menuFor(['reviewer'])).toEqual(['partners', 'agreements', 'alliances', 'my-reviews'])
    expect(menuFor(['student'])).toEqual(['open-calls', 'my-applications', 'my-mobilities', 'briefings', 'my-briefings'])
    expect(menuFor(['faculty'])).toEqual(['partners', 'agreements', 'alliances', 'open-calls', 'my-applications', 'my-mobilities', 'briefings', 'my-briefings'])
    expect(menuFor(['applicant'])).toEqual(['my-admission'])
    expect(menuFor(['default-roles-meridian'])).toEqual([])
  })

  it('shows office staff the create and edit controls', async () => {
    stubFetch({}, STAFF)
    renderApp('/partners')
    const row = (await screen.findByText('Karolinska Institutet')).closest('tr')!
    expect(screen.getByRole('button', { name: /New/ })).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: 'Edit: Karolinska Institutet' })).toHaveAttribute('href', '/partners/0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001/edit')
    const nav = screen.getByRole('navigation', { name: 'Meridian' })
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Dashboard', 'Partners', 'Agreements', 'Alliances', 'Exchange schemes', 'Calls', 'Mobilities', 'Briefings',
      'Admission applications', 'Degree programmes', 'Intakes'])
  })

  it('shows leadership a read-only registry: no create, edit or action column', async () => {
    stubFetch({}, LEADER)
    renderApp('/partners')
    const row = (await screen.findByText('Karolinska Institutet')).closest('tr')!
    expect(screen.queryByRole('button', { name: /New/ })).not.toBeInTheDocument()
    expect(within(row).queryByRole('link', { name: /Edit/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument()
    expect(screen.getByText('read-only')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Meridian' })
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Dashboard', 'Partners', 'Agreements', 'Alliances'])
  })

  it('sends a read-only user away from the institution form', async () => {
    stubFetch({}, LEADER)
    renderApp('/partners/new')
    expect(await screen.findByText('Karolinska Institutet')).toBeInTheDocument()
    expect(screen.queryByLabelText('Name (English)')).not.toBeInTheDocument()
  })

  it('tells a user without a console role so', async () => {
    stubFetch({ 'GET /api/me': () => json({ username: 'a1', name: 'Someone', nameZh: null, roles: ['default-roles-meridian'], unit: null, locale: 'en' }) })
    renderApp('/')
    expect(await screen.findByText('Your account has no access to the staff console.')).toBeInTheDocument()
  })

  it('lists in the bell the agreements the user owns that expire within 90 days', async () => {
    const { find } = stubFetch({
      'GET /api/partners/agreements': () => json({
        items: [{ id: 'a1', referenceCode: 'AGR-2026-0042', title: { zh: '学生交换协议', en: 'Student exchange' }, expiryDate: '2026-12-31', state: 'expiring' }],
        total: 1, page: 0, size: 50,
      }),
    })
    renderApp('/partners')
    const bell = await screen.findByRole('button', { name: 'Notifications: 1' })
    const query = find('GET', '/api/partners/agreements')[0]!.url.searchParams
    expect(query.get('owner')).toBe('wang.li')
    expect(query.get('expiringWithinDays')).toBe('90')
    bell.click()
    expect(await screen.findByText('AGR-2026-0042 Student exchange')).toBeInTheDocument()
    expect(screen.getByText('expires 2026-12-31')).toBeInTheDocument()
  })
})
