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

  it('shows the service’s coded field errors in Chinese, fields named by their labels, no English message on the screen', async () => {
    stubFetch({
      [`GET /api/partners/agreements/${id}`]: () => json(stored, 200, { ETag: '"3"' }),
      [`PUT /api/partners/agreements/${id}`]: () => problem(400, {
        title: 'Invalid request', detail: 'The request has invalid fields', errors: [
          { field: 'title.en', code: 'size', message: 'must be at most 300 characters', params: { max: 300 } },
          { field: 'kind', code: 'one-of', message: 'must be one of memorandum, research', params: { allowed: ['memorandum', 'research'] } },
          { field: 'conditions[0].toYear', code: 'not-before', message: 'must not be before fromYear', params: { other: 'fromYear' } },
          { field: 'signatories', code: 'signatures-missing', message: 'needs a dated signatory on our side and on a partner side' },
        ],
      }),
    }, { ...STAFF, locale: 'zh-CN' })
    renderApp(`/agreements/${id}/edit`)
    await waitFor(() => expect(screen.getByLabelText('标题（英文）')).toHaveValue('Student exchange agreement'))
    await userEvent.click(screen.getByRole('button', { name: '保存' }))

    expect(await screen.findByText('不能超过 300 个字符')).toBeInTheDocument()
    expect(screen.getByText('须为以下之一：合作备忘录、科研合作')).toBeInTheDocument()
    expect(screen.getByText('不能早于起始学年')).toBeInTheDocument()
    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('请更正标出的字段。')
    expect(summary).toHaveTextContent('签署人：生效的协议须有我方和合作方各至少一位注明签署日期的签署人')
    expect(document.body.textContent).not.toMatch(/must|needs|invalid|signatories|conditions\[/)
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
