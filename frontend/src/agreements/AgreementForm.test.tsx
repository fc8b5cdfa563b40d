import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LEADER, STAFF, json, problem, stubFetch } from '../test/fetchStub'
import { currentLocation, renderApp } from '../test/renderApp'

const id = '7d0c2f7e-2222-4c5e-9a43-1f2ad0c1a002'
const stored = {
  id, referenceCode: 'AGR-2026-0042', kind: 'student_exchange', title: { zh: '学生交换协议', en: 'Student exchange agreement' },
  state: 'draft', partners: [{ id: '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001', name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' } }],
  effectiveDate: '2026-09-01', expiryDate: '2031-08-31', autoRenewal: false,
  conditions: [{ direction: 'outbound', mobilityType: 'student_study', placesPerYear: 4 }], obligations: [], signatories: [],
  version: 3, allowedTransitions: ['under_review'], allowedActions: ['edit', 'delete', 'addDocuments'],
}

describe('agreement editor', () => {
  it('edits a draft with If-Match and shows the service’s field errors on the fields, also inside a condition', async () => {
    const { find } = stubFetch({
      [`GET /api/partners/agreements/${id}`]: () => json(stored, 200, { ETag: '"3"' }),
      [`PUT /api/partners/agreements/${id}`]: () => problem(400, {
        title: 'Invalid request', errors: [
          { field: 'conditions[0].placesPerYear', message: 'must be at most 10000' },
          { field: 'title.en', message: 'is already used by AGR-2025-0007' },
        ],
      }),
    }, STAFF)
    renderApp(`/agreements/${id}/edit`)
    const title = await screen.findByLabelText('Title (English)')
    await waitFor(() => expect(title).toHaveValue('Student exchange agreement'))
    expect(screen.getByLabelText('Places per year')).toHaveValue('4')
    expect(screen.getByText('Karolinska Institutet / 卡罗林斯卡学院')).toBeInTheDocument()

    await userEvent.clear(title)
    await userEvent.type(title, 'Student and staff exchange')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(find('PUT', `/api/partners/agreements/${id}`)).toHaveLength(1))
    const sent = find('PUT', `/api/partners/agreements/${id}`)[0]!
    expect(sent.headers.get('If-Match')).toBe('"3"')
    expect(sent.body).toMatchObject({
      kind: 'student_exchange', title: { zh: '学生交换协议', en: 'Student and staff exchange' },
      partnerIds: ['0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001'], effectiveDate: '2026-09-01', expiryDate: '2031-08-31',
      conditions: [{ direction: 'outbound', mobilityType: 'student_study', placesPerYear: 4 }],
    })
    expect(await screen.findByText('must be at most 10000')).toBeInTheDocument()
    expect(screen.getByText('is already used by AGR-2025-0007')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.')
  })

  it('says an edit of an agreement in force is an amendment, and opens the agreement after saving', async () => {
    const active = { ...stored, state: 'active', allowedTransitions: ['terminated'], allowedActions: ['edit', 'renew'] }
    stubFetch({
      [`GET /api/partners/agreements/${id}`]: () => json(active, 200, { ETag: '"5"' }),
      [`PUT /api/partners/agreements/${id}`]: () => json({ ...active, version: 6 }, 200, { ETag: '"6"' }),
    }, STAFF)
    renderApp(`/agreements/${id}/edit`)
    expect(await screen.findByRole('heading', { name: 'Amend agreement' })).toBeInTheDocument()
    expect(screen.getByText(/saving records an amendment/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByLabelText('Title (English)')).toHaveValue('Student exchange agreement'))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(currentLocation).toBe(`/agreements/${id}`))
  })

  it('does not open the editor for a read-only user', async () => {
    stubFetch({ [`GET /api/partners/agreements/${id}`]: () => json(stored, 200, { ETag: '"3"' }) }, LEADER)
    renderApp('/agreements/new')
    await waitFor(() => expect(currentLocation).toBe('/agreements'))
  })
})
