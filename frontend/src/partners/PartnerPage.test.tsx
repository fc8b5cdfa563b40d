import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LEADER, STAFF, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

const id = '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001'
const handlers = {
  [`GET /api/partners/institutions/${id}`]: () => json({
    id, name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' }, country: 'SE', countryName: { zh: '瑞典', en: 'Sweden' },
    kind: 'university', status: 'active', contacts: [{ id: 'c1', name: 'Anna Berg', email: 'anna@ki.se' }],
    units: [{ id: 'u1', name: { zh: '医学院', en: 'Medicine' } }], allowedTransitions: ['inactive'],
  }, 200, { ETag: '"3"' }),
  'GET /api/partners/agreements': () => json({
    items: [{ id: 'a1', referenceCode: 'AGR-2026-0042', title: { zh: '学生交换', en: 'Student exchange' }, kind: 'student_exchange', state: 'active', expiryDate: '2099-06-30' }],
    total: 1, page: 0, size: 100,
  }),
  'GET /api/partners/agreements/a1/documents': () => json([
    { id: 'd1', agreementId: 'a1', kind: 'signed', title: 'Signed copy 2026', fileName: 'signed.pdf', version: 1, latest: true, size: 2048, uploadedAt: '2026-11-01T08:00:00Z' },
  ]),
  [`GET /api/partners/institutions/${id}/versions`]: () => json([
    { version: 1, action: 'created', changedBy: 'wang.li', changedAt: '2026-11-01T08:00:00Z', changedFields: [] },
    { version: 2, action: 'updated', changedBy: 'wang.li', changedAt: '2026-11-02T08:00:00Z', changedFields: ['city'] },
  ]),
}

describe('partner page', () => {
  it('shows overview, contacts and units and the agreements timeline; read-only users get no edit control', async () => {
    const { find } = stubFetch(handlers, LEADER)
    renderApp(`/partners/${id}`)
    expect(await screen.findByRole('heading', { name: 'Karolinska Institutet' })).toBeInTheDocument()
    expect(within(screen.getByRole('tabpanel')).getByText('Sweden')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: 'Contacts and units' }))
    expect(await screen.findByText('Anna Berg')).toBeInTheDocument()
    expect(screen.getByText('Medicine')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: 'Agreements' }))
    expect(await screen.findByText('AGR-2026-0042')).toBeInTheDocument()
    expect(find('GET', '/api/partners/agreements').some((r) => r.url.searchParams.get('partnerId') === id)).toBe(true)
    expect(screen.getByRole('link', { name: 'Student exchange' })).toHaveAttribute('href', '/agreements/a1')
    expect(screen.queryByRole('button', { name: 'New agreement with this partner' })).not.toBeInTheDocument()

  })

  it('lists the documents of all the partner’s agreements, current versions only', async () => {
    stubFetch(handlers, LEADER)
    renderApp(`/partners/${id}`)
    await userEvent.click(await screen.findByRole('tab', { name: 'Documents' }))
    expect(await screen.findByRole('link', { name: 'Download: Signed copy 2026' })).toHaveAttribute('href', '/api/partners/agreements/a1/documents/d1/content')
  })

  it('shows the partner’s history', async () => {
    stubFetch(handlers, LEADER)
    renderApp(`/partners/${id}`)
    await userEvent.click(await screen.findByRole('tab', { name: 'History' }))
    // Actions and field names in words, never as the service writes them ('updated', 'city').
    expect(await screen.findByText('Updated')).toBeInTheDocument()
    expect(within(screen.getByText('Updated').closest('tr')!).getByText('City')).toBeInTheDocument()
    expect(screen.queryByText('updated')).not.toBeInTheDocument()
  })

  it('offers office staff the edit control', async () => {
    stubFetch(handlers, STAFF)
    renderApp(`/partners/${id}`)
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('tab', { name: 'Agreements' }))
    expect(await screen.findByRole('button', { name: 'New agreement with this partner' })).toBeInTheDocument()
  })
})
