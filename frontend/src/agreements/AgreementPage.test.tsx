import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LEADER, STAFF, json, problem, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

const id = '7d0c2f7e-2222-4c5e-9a43-1f2ad0c1a002'
const partner = { id: '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001', name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' }, country: 'SE' }

function agreement(overrides: Record<string, unknown> = {}) {
  return {
    id, referenceCode: 'AGR-2026-0042', kind: 'student_exchange', title: { zh: '学生交换协议', en: 'Student exchange agreement' },
    state: 'under_review', partners: [partner], effectiveDate: '2026-09-01', expiryDate: '2031-08-31', autoRenewal: false,
    conditions: [{ direction: 'outbound', mobilityType: 'student_study', placesPerYear: 4, monthsPerPerson: 5, levels: ['bachelor'] }],
    obligations: [{ kind: 'tuition_waiver', party: 'both' }], signatories: [], version: 4,
    allowedTransitions: ['approved', 'draft'], allowedActions: ['edit', 'addDocuments'], ...overrides,
  }
}

const documents = [{
  id: 'd2', agreementId: id, kind: 'signed', title: 'Signed agreement', fileName: 'signed.pdf', contentType: 'application/pdf',
  size: 48213, version: 2, latest: true, uploadedBy: 'wang.fang', uploadedAt: '2026-11-20T02:00:00Z',
}]

function handlers(record: Record<string, unknown>) {
  return {
    [`GET /api/partners/agreements/${id}`]: () => json(record, 200, { ETag: '"4"' }),
    [`GET /api/partners/agreements/${id}/documents`]: () => json(documents),
    [`GET /api/partners/agreements/${id}/versions`]: () => json([
      { version: 1, action: 'drafted', changedBy: 'wang.fang', changedAt: '2026-11-01T08:00:00Z', changedFields: [] },
      { version: 2, action: 'updated', changedBy: 'wang.fang', changedAt: '2026-11-02T08:00:00Z', changedFields: ['conditions'] },
    ]),
    [`GET /api/partners/agreements/${id}/versions/compare`]: () => json({
      from: 1, to: 2, changes: [{ field: 'conditions[0].placesPerYear', from: 2, to: 4 }],
    }),
  }
}

describe('agreement page', () => {
  it('shows the lifecycle and offers exactly the transitions the service allows; sending back asks for a reason', async () => {
    const record = agreement()
    const { find } = stubFetch({
      ...handlers(record),
      [`POST /api/partners/agreements/${id}/transitions`]: () => json({ ...record, state: 'draft', allowedTransitions: ['under_review'] }),
    }, STAFF)
    renderApp(`/agreements/${id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Student exchange agreement' })).toBeInTheDocument()
    const steps = screen.getByRole('group', { name: 'Next steps' })
    expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['Approve', 'Send back to draft'])
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()

    await userEvent.click(within(steps).getByRole('button', { name: 'Send back to draft' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back to draft' }))
    expect(await within(dialog).findByText('Please give a reason.')).toBeInTheDocument()
    expect(find('POST', `/api/partners/agreements/${id}/transitions`)).toHaveLength(0)

    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Quotas per year are missing')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back to draft' }))
    await waitFor(() => expect(find('POST', `/api/partners/agreements/${id}/transitions`)).toHaveLength(1))
    const sent = find('POST', `/api/partners/agreements/${id}/transitions`)[0]!
    expect(sent.body).toEqual({ to: 'draft', reason: 'Quotas per year are missing' })
    expect(sent.headers.get('If-Match')).toBe('"4"')
  })

  it('lists what an incomplete agreement lacks when a transition is refused', async () => {
    stubFetch({
      ...handlers(agreement()),
      [`POST /api/partners/agreements/${id}/transitions`]: () => problem(409, {
        title: 'Agreement incomplete', errors: [{ field: 'expiryDate', code: 'required', message: 'is required' }, { field: 'signatories', code: 'signatures-missing', message: 'needs one per side' }],
      }),
    }, STAFF)
    renderApp(`/agreements/${id}`)
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('These fields must be complete first:')
    expect(alert).toHaveTextContent('Expires on: Required')
    expect(alert).toHaveTextContent('Signatories: An agreement in force needs a dated signatory on our side and on a partner’s side')
    expect(alert).not.toHaveTextContent('needs one per side')
  })

  it('gives a read-only user the content and no control that changes anything', async () => {
    stubFetch(handlers(agreement({ state: 'active', allowedTransitions: [], allowedActions: [] })), LEADER)
    renderApp(`/agreements/${id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Student exchange agreement' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Next steps' })).not.toBeInTheDocument()
    for (const name of ['Edit', 'Start renewal', 'Delete']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
    expect(within(screen.getByRole('tabpanel')).getByRole('link', { name: 'Karolinska Institutet' })).toHaveAttribute('href', `/partners/${partner.id}`)

    await userEvent.click(screen.getByRole('tab', { name: 'Cooperation conditions' }))
    expect(await screen.findByText('Student study')).toBeInTheDocument()
    expect(screen.getByText('Tuition waiver')).toBeInTheDocument()

  })

  it('lets a read-only user download documents and compare versions side by side', async () => {
    stubFetch(handlers(agreement({ state: 'active', allowedTransitions: [], allowedActions: [] })), LEADER)
    renderApp(`/agreements/${id}`)
    await userEvent.click(await screen.findByRole('tab', { name: 'Documents' }))
    const download = await screen.findByRole('link', { name: 'Download: Signed agreement v2' })
    expect(download).toHaveAttribute('href', `/api/partners/agreements/${id}/documents/d2/content`)
    expect(screen.queryByRole('button', { name: 'Upload' })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: 'History' }))
    expect(await screen.findByText('Drafted')).toBeInTheDocument()
    const changed = await screen.findByText('Cooperation conditions 1 · Places per year')
    const row = changed.closest('tr')!
    expect(within(row).getByText('2').tagName).toBe('DEL')
    expect(within(row).getByText('4').tagName).toBe('INS')
  })

  it('renews an agreement in force into a new draft and opens it', async () => {
    const successor = '9e9e9e9e-3333-4c5e-9a43-1f2ad0c1a003'
    const { find } = stubFetch({
      ...handlers(agreement({ state: 'active', allowedTransitions: ['terminated'], allowedActions: ['edit', 'renew', 'addDocuments'] })),
      [`POST /api/partners/agreements/${id}/renewal`]: () => json(agreement({ id: successor, state: 'draft' }), 201),
      [`GET /api/partners/agreements/${successor}`]: () => json(agreement({ id: successor, state: 'draft', allowedTransitions: ['under_review'] }), 200, { ETag: '"1"' }),
    }, STAFF)
    renderApp(`/agreements/${id}`)
    await userEvent.click(await screen.findByRole('button', { name: 'Start renewal' }))
    // The confirmation's own button (the second one of that name) creates the successor.
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Start renewal' })).toHaveLength(2))
    await userEvent.click(screen.getAllByRole('button', { name: 'Start renewal' })[1]!)
    await waitFor(() => expect(find('POST', `/api/partners/agreements/${id}/renewal`)).toHaveLength(1))
    expect(await screen.findByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
  })
})
